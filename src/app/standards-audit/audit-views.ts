import { sql } from 'kysely';
import { scorePercent, STANDARDS, type AuditChannel, type ItemResult, type Standard } from '../../domain/standards-audit/index.ts';
import { notFound } from '../../domain/shared/errors.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { auditScope, type AuditViewer } from './scope.ts';

/** A score with what it is made of: items met, not met (not observed ones do not count). */
export interface Score {
  met: number;
  notMet: number;
  percent: number | null;
}

export interface AuditListItem {
  id: number;
  performedOn: string;
  unitName: Translated;
  deskNumber: string | null;
  channel: AuditChannel;
  score: Score;
}

export interface AuditOverview {
  scope: 'all' | 'unit' | 'none';
  audits: AuditListItem[];
  /** Per standard, over every audit in scope. */
  byStandard: { standard: Standard; score: Score }[];
  /** Per unit, over every audit in scope. */
  byUnit: { unitName: Translated; audits: number; score: Score }[];
  /** Per month of the audits (YYYY-MM), oldest first: the chart over time. */
  byMonth: { month: string; audits: number; score: Score }[];
}

function scoreOf(met: number | string, notMet: number | string): Score {
  const counts = { met: Number(met), notMet: Number(notMet) };
  return { ...counts, percent: scorePercent(counts) };
}

const MET = sql<string>`count(*) FILTER (WHERE r.result = 'met')`;
const NOT_MET = sql<string>`count(*) FILTER (WHERE r.result = 'not_met')`;

/**
 * The audits a viewer may read (administrator and auditor: all; unit head: their unit), with scores per standard,
 * per unit and per month.
 * @example const overview = await auditOverview(deps, { staffId, roles: ['unit_head'] });
 */
export async function auditOverview(deps: Pick<UseCaseDeps, 'db' | 'actor'>, viewer: AuditViewer): Promise<AuditOverview> {
  const officeId = deps.actor.officeId;
  const scope = await auditScope(deps.db, officeId, viewer);
  if (!scope.all && scope.unitId === null) return { scope: 'none', audits: [], byStandard: [], byUnit: [], byMonth: [] };
  const unitId = scope.all ? null : scope.unitId;
  const base = deps.db
    .selectFrom('standard_audit as a')
    .innerJoin('standard_audit_result as r', 'r.audit_id', 'a.id')
    .where('a.office_id', '=', officeId)
    .$if(unitId !== null, (q) => q.where('a.unit_id', '=', unitId));
  const [audits, byStandard, byUnit, byMonth] = await Promise.all([
    base
      .innerJoin('unit', 'unit.id', 'a.unit_id')
      .leftJoin('desk', 'desk.id', 'a.desk_id')
      .select([
        'a.id',
        'a.performed_on',
        'a.channel',
        'desk.number as deskNumber',
        translatedColumn('unit.name').as('unitName'),
        MET.as('met'),
        NOT_MET.as('notMet'),
      ])
      .groupBy(['a.id', 'desk.number', 'unit.id'])
      .orderBy('a.performed_on', 'desc')
      .orderBy('a.id', 'desc')
      .limit(200)
      .execute(),
    base
      .innerJoin('standard_audit_item as i', 'i.id', 'r.item_id')
      .select(['i.standard', MET.as('met'), NOT_MET.as('notMet')])
      .groupBy('i.standard')
      .execute(),
    base
      .innerJoin('unit', 'unit.id', 'a.unit_id')
      .select([
        translatedColumn('unit.name').as('unitName'),
        sql<string>`count(DISTINCT a.id)`.as('audits'),
        MET.as('met'),
        NOT_MET.as('notMet'),
      ])
      .groupBy('unit.id')
      .orderBy('unit.name_pl')
      .execute(),
    base
      .select([
        sql<string>`to_char(a.performed_on, 'YYYY-MM')`.as('month'),
        sql<string>`count(DISTINCT a.id)`.as('audits'),
        MET.as('met'),
        NOT_MET.as('notMet'),
      ])
      .groupBy(sql`to_char(a.performed_on, 'YYYY-MM')`)
      .orderBy(sql`to_char(a.performed_on, 'YYYY-MM')`)
      .execute(),
  ]);
  const standards = new Map(byStandard.map((r) => [r.standard, r]));
  return {
    scope: scope.all ? 'all' : 'unit',
    audits: audits.map((a) => ({
      id: a.id,
      performedOn: a.performed_on,
      unitName: a.unitName,
      deskNumber: a.deskNumber,
      channel: a.channel,
      score: scoreOf(a.met, a.notMet),
    })),
    byStandard: STANDARDS.filter((s) => standards.has(s)).map((s) => ({
      standard: s,
      score: scoreOf(standards.get(s)!.met, standards.get(s)!.notMet),
    })),
    byUnit: byUnit.map((u) => ({ unitName: u.unitName, audits: Number(u.audits), score: scoreOf(u.met, u.notMet) })),
    byMonth: byMonth.map((m) => ({ month: m.month, audits: Number(m.audits), score: scoreOf(m.met, m.notMet) })),
  };
}

export interface AuditDetail {
  id: number;
  performedOn: string;
  unitName: Translated;
  deskNumber: string | null;
  channel: AuditChannel;
  note: string;
  score: Score;
  /** Each item with the words it was recorded against, in the checklist's order. */
  results: { standard: Standard; wording: Translated; result: ItemResult; note: string }[];
}

/**
 * One audit as recorded, within the viewer's scope (404 outside it: a unit head does not learn of other units' audits).
 * Its notes may name people, so the read is audited.
 * @example const audit = await auditDetail(deps, viewer, 12);
 */
export async function auditDetail(deps: UseCaseDeps, viewer: AuditViewer, id: number): Promise<AuditDetail> {
  const officeId = deps.actor.officeId;
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const scope = await auditScope(tx, officeId, viewer);
    const audit = await tx
      .selectFrom('standard_audit as a')
      .innerJoin('unit', 'unit.id', 'a.unit_id')
      .leftJoin('desk', 'desk.id', 'a.desk_id')
      .select([
        'a.id',
        'a.unit_id',
        'a.performed_on',
        'a.channel',
        'a.note',
        'desk.number as deskNumber',
        translatedColumn('unit.name').as('unitName'),
      ])
      .where('a.id', '=', id)
      .where('a.office_id', '=', officeId)
      .executeTakeFirst();
    if (!audit || (!scope.all && audit.unit_id !== scope.unitId)) throw notFound();
    const results = await tx
      .selectFrom('standard_audit_result as r')
      .innerJoin('standard_audit_item as i', 'i.id', 'r.item_id')
      .select(['i.standard', 'i.wording_pl', 'i.wording_en', 'i.wording_uk', 'r.result', 'r.note'])
      .where('r.audit_id', '=', id)
      .orderBy('i.position')
      .orderBy('i.id')
      .execute();
    await appendAudit(tx, deps.actor, now, { action: 'standards_audit.read', subjectType: 'standard_audit', subjectId: id });
    const count = (result: string) => results.filter((r) => r.result === result).length;
    return {
      id: audit.id,
      performedOn: audit.performed_on,
      unitName: audit.unitName,
      deskNumber: audit.deskNumber,
      channel: audit.channel,
      note: audit.note,
      score: scoreOf(count('met'), count('not_met')),
      results: results.map((r) => ({
        standard: r.standard as Standard,
        wording: { pl: r.wording_pl, en: r.wording_en, uk: r.wording_uk },
        result: r.result,
        note: r.note,
      })),
    };
  });
}

/** The audit form's choices: the office's units and desks. */
export async function auditFormChoices(
  deps: Pick<UseCaseDeps, 'db' | 'actor'>,
): Promise<{ units: { id: number; name: Translated }[]; desks: { id: number; number: string }[] }> {
  const officeId = deps.actor.officeId;
  const [units, desks] = await Promise.all([
    deps.db
      .selectFrom('unit')
      .select(['id', translatedColumn('name').as('name')])
      .where('office_id', '=', officeId)
      .orderBy('name_pl')
      .execute(),
    deps.db
      .selectFrom('desk')
      .select(['id', 'number'])
      .where('office_id', '=', officeId)
      .where('active', '=', true)
      .orderBy('number')
      .execute(),
  ]);
  return { units, desks };
}
