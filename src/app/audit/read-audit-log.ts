import { sql } from 'kysely';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { OFFICE_TIME_ZONE } from '../../domain/organisation/index.ts';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilterInput {
  action?: unknown;
  actor?: unknown;
  subjectType?: unknown;
  subjectId?: unknown;
  from?: unknown;
  to?: unknown;
  page?: unknown;
}

export interface AuditFilter {
  action: string;
  actor: string;
  subjectType: string;
  subjectId: string;
  from: string | null;
  to: string | null;
  page: number;
}

export interface AuditRow {
  id: string;
  at: Date;
  actorKind: string;
  actorLabel: string;
  role: string;
  action: string;
  subjectType: string;
  subjectId: string;
  details: unknown;
  address: string;
}

/**
 * Reads the filters of the audit log page; bad values throw field errors.
 * @example const filter = readAuditFilter({ action: 'auth', from: '2026-11-01' });
 */
export function readAuditFilter(input: AuditFilterInput): AuditFilter {
  const v = new FieldCheck();
  const filter: AuditFilter = {
    action: v.text('action', input.action, { max: 80, optional: true, pattern: /^[a-z_.]+$/, patternKey: 'audit.filter.actionFormat' }),
    actor: v.text('actor', input.actor, { max: 80, optional: true }),
    subjectType: v.text('subjectType', input.subjectType, { max: 40, optional: true }),
    subjectId: v.text('subjectId', input.subjectId, { max: 80, optional: true }),
    from: v.date('from', input.from, { optional: true }),
    to: v.date('to', input.to, { optional: true }),
    page: v.integer('page', input.page, { min: 1, max: 1_000_000, optional: true }) ?? 1,
  };
  if (filter.from && filter.to && filter.from > filter.to) v.fail('to', 'audit.filter.toBeforeFrom');
  v.done();
  return filter;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * One page of the audit log, newest first. The log holds staff logins and client addresses, so
 * reading it is itself audited (with the filters' names, not their values).
 * @example const { rows, hasNext } = await readAuditLog(deps, readAuditFilter(request.query));
 */
export async function readAuditLog(deps: UseCaseDeps, filter: AuditFilter): Promise<{ rows: AuditRow[]; hasNext: boolean }> {
  return deps.db.transaction().execute(async (tx) => {
    let query = tx
      .selectFrom('audit_log')
      .select([
        'id',
        'at',
        'actor_kind as actorKind',
        'actor_label as actorLabel',
        'role',
        'action',
        'subject_type as subjectType',
        'subject_id as subjectId',
        'details',
        'address',
      ]);
    // "auth" finds auth.login, auth.logout…; "auth.login" finds only itself.
    if (filter.action)
      query = query.where((eb) => eb.or([eb('action', '=', filter.action), eb('action', 'like', `${escapeLike(filter.action)}.%`)]));
    if (filter.actor) query = query.where('actor_label', '=', filter.actor);
    if (filter.subjectType) query = query.where('subject_type', '=', filter.subjectType);
    if (filter.subjectId) query = query.where('subject_id', '=', filter.subjectId);
    // Days are the office's days: from its midnight to the next one, across DST changes.
    if (filter.from) query = query.where('at', '>=', sql<Date>`(${filter.from}::date)::timestamp AT TIME ZONE ${OFFICE_TIME_ZONE}`);
    if (filter.to) query = query.where('at', '<', sql<Date>`(${filter.to}::date + 1)::timestamp AT TIME ZONE ${OFFICE_TIME_ZONE}`);
    const rows = await query
      .orderBy('id', 'desc')
      .limit(AUDIT_PAGE_SIZE + 1)
      .offset((filter.page - 1) * AUDIT_PAGE_SIZE)
      .execute();
    const used = Object.entries(filter)
      .filter(([key, value]) => key !== 'page' && value !== '' && value !== null)
      .map(([key]) => key);
    await appendAudit(tx, deps.actor, deps.clock.now(), { action: 'audit.read', details: { filters: used, page: filter.page } });
    return { rows: rows.slice(0, AUDIT_PAGE_SIZE), hasNext: rows.length > AUDIT_PAGE_SIZE };
  });
}
