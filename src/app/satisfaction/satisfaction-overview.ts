import { sql } from 'kysely';
import type { Score } from '../../domain/satisfaction/index.ts';
import { SCORES } from '../../domain/satisfaction/index.ts';
import { DAY } from '../../domain/shared/time.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { satisfactionScope, type SatisfactionViewer } from './scope.ts';

/** The period the overview counts. */
export const OVERVIEW_DAYS = 30;

/** A comment waiting for the unit head or the administrator. */
export interface PendingComment {
  id: number;
  answeredAt: Date;
  score: Score;
  via: 'ticket' | 'booking' | 'device';
  unitName: Translated | null;
  serviceName: Translated | null;
  comment: string;
}

export interface SatisfactionOverview {
  scope: 'all' | 'unit' | 'none';
  unitName: Translated | null;
  days: number;
  /** Answers per face, best first (all five, zeros included). */
  counts: { score: Score; answers: number }[];
  total: number;
  /** The mean face to one decimal, null without answers. */
  average: number | null;
  pending: PendingComment[];
  /** Approved comments of the period, newest first. */
  approved: PendingComment[];
}

/**
 * Counts per face over the last 30 days and the comments to moderate, within the viewer's scope (administrator: all;
 * unit head: their unit). Reading the residents' words is audited (`satisfaction.read_comments`, ids only).
 * @example const overview = await satisfactionOverview(deps, { staffId, roles: ['unit_head'] });
 */
export async function satisfactionOverview(deps: UseCaseDeps, viewer: SatisfactionViewer): Promise<SatisfactionOverview> {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - OVERVIEW_DAYS * DAY);
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    const scope = await satisfactionScope(tx, officeId, viewer);
    const unitId = scope.all ? null : scope.unitId;
    const empty: SatisfactionOverview = {
      scope: 'none',
      unitName: null,
      days: OVERVIEW_DAYS,
      counts: SCORES.map((score) => ({ score, answers: 0 })),
      total: 0,
      average: null,
      pending: [],
      approved: [],
    };
    if (!scope.all && unitId === null) return empty;
    const unitName =
      unitId === null
        ? null
        : ((await tx.selectFrom('unit').select(translatedColumn('name').as('name')).where('id', '=', unitId).executeTakeFirst())?.name ??
          null);
    const counted = await tx
      .selectFrom('satisfaction_answer')
      .select(['score', sql<string>`count(*)`.as('n')])
      .where('office_id', '=', officeId)
      .where('answered_at', '>=', since)
      .$if(unitId !== null, (q) => q.where('unit_id', '=', unitId))
      .groupBy('score')
      .execute();
    const byScore = new Map(counted.map((r) => [r.score, Number(r.n)]));
    const counts = SCORES.map((score) => ({ score, answers: byScore.get(score) ?? 0 }));
    const total = counts.reduce((sum, c) => sum + c.answers, 0);
    const average = total === 0 ? null : Math.round((counts.reduce((sum, c) => sum + c.score * c.answers, 0) / total) * 10) / 10;
    const comments = await tx
      .selectFrom('satisfaction_answer as a')
      .leftJoin('unit', 'unit.id', 'a.unit_id')
      .leftJoin('service', 'service.id', 'a.service_id')
      .select([
        'a.id',
        'a.answered_at',
        'a.score',
        'a.comment',
        'a.comment_state',
        'a.device_id',
        'a.booking_id',
        sql<Translated | null>`CASE WHEN unit.id IS NULL THEN NULL ELSE json_build_object('pl', unit.name_pl, 'en', unit.name_en, 'uk', unit.name_uk) END`.as(
          'unitName',
        ),
        sql<Translated | null>`CASE WHEN service.id IS NULL THEN NULL ELSE json_build_object('pl', service.name_pl, 'en', service.name_en, 'uk', service.name_uk) END`.as(
          'serviceName',
        ),
      ])
      .where('a.office_id', '=', officeId)
      .where((eb) =>
        eb.or([eb('a.comment_state', '=', 'pending'), eb.and([eb('a.comment_state', '=', 'approved'), eb('a.answered_at', '>=', since)])]),
      )
      .$if(unitId !== null, (q) => q.where('a.unit_id', '=', unitId))
      .orderBy('a.answered_at', 'desc')
      .limit(200)
      .execute();
    const shown = comments.map((c) => ({
      state: c.comment_state,
      item: {
        id: c.id,
        answeredAt: c.answered_at,
        score: c.score as Score,
        via: c.device_id !== null ? ('device' as const) : c.booking_id !== null ? ('booking' as const) : ('ticket' as const),
        unitName: c.unitName,
        serviceName: c.serviceName,
        comment: c.comment ?? '',
      },
    }));
    if (shown.length > 0)
      await appendAudit(tx, deps.actor, now, {
        action: 'satisfaction.read_comments',
        subjectType: 'satisfaction_answer',
        details: { count: shown.length, ids: shown.map((c) => c.item.id), unitId },
      });
    return {
      scope: scope.all ? 'all' : 'unit',
      unitName,
      days: OVERVIEW_DAYS,
      counts,
      total,
      average,
      pending: shown.filter((c) => c.state === 'pending').map((c) => c.item),
      approved: shown.filter((c) => c.state === 'approved').map((c) => c.item),
    };
  });
}
