import { sql } from 'kysely';
import {
  actionState,
  type ExpectationAnswer,
  type SituationChannel,
  type SituationStatus,
} from '../../domain/difficult-situations/index.ts';
import { officeDate, OFFICE_TIME_ZONE } from '../../domain/organisation/index.ts';
import { forbidden, notFound } from '../../domain/shared/errors.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Tx } from '../../storage/database.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { inScope, scopeOf, type SituationScope, type SituationViewer } from './scope.ts';

export interface SituationAction {
  id: number;
  situationId: number;
  description: string;
  responsible: string;
  dueOn: string;
  done: boolean;
  state: 'done' | 'overdue' | 'pending';
}

export interface SituationListItem {
  id: number;
  occurredAt: Date;
  unit: Translated;
  channel: SituationChannel;
  status: SituationStatus;
  metExpectations: ExpectationAnswer | null;
  openActions: number;
  overdueActions: number;
}

export interface SituationList {
  items: SituationListItem[];
  /** Actions not yet done, soonest deadline first, overdue flagged. */
  openActions: SituationAction[];
  /** Whether the viewer sees a unit's situations (a unit head with a unit) or everything (an administrator). */
  scope: 'all' | 'unit' | 'own';
}

function scopeFilter(scope: SituationScope) {
  return sql<boolean>`(${scope.all} OR difficult_situation.recorded_by = ${scope.staffId} OR difficult_situation.unit_id = ${scope.unitId ?? 0})`;
}

function actionOf(
  row: { id: number; situation_id: number; description: string; responsible: string; due_on: string; done_at: Date | null },
  today: string,
): SituationAction {
  const done = row.done_at !== null;
  return {
    id: row.id,
    situationId: row.situation_id,
    description: row.description,
    responsible: row.responsible,
    dueOn: row.due_on,
    done,
    state: actionState({ dueOn: row.due_on, done }, today),
  };
}

async function actionsOf(tx: Tx, situationIds: number[], today: string): Promise<SituationAction[]> {
  if (situationIds.length === 0) return [];
  const rows = await tx
    .selectFrom('difficult_situation_action')
    .select(['id', 'situation_id', 'description', 'responsible', 'due_on', 'done_at'])
    .where('situation_id', 'in', situationIds)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
  return rows.map((row) => actionOf(row, today));
}

/**
 * The situations a viewer may see, newest first (the last 200), and their open actions with deadlines. The
 * actions' texts may name people, so a list that shows any writes a `situation.read_list` audit row.
 */
export async function situationList(deps: UseCaseDeps, viewer: SituationViewer): Promise<SituationList> {
  const now = deps.clock.now();
  const today = officeDate(now);
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    const scope = await scopeOf(tx, officeId, viewer);
    const rows = await tx
      .selectFrom('difficult_situation')
      .innerJoin('unit', 'unit.id', 'difficult_situation.unit_id')
      .select([
        'difficult_situation.id',
        'difficult_situation.occurred_at',
        translatedColumn('unit.name').as('unit_name'),
        'difficult_situation.channel',
        'difficult_situation.status',
        'difficult_situation.met_expectations',
      ])
      .where('difficult_situation.office_id', '=', officeId)
      .where(scopeFilter(scope))
      .orderBy('difficult_situation.occurred_at', 'desc')
      .limit(200)
      .execute();
    const actions = await actionsOf(
      tx,
      rows.map((r) => r.id),
      today,
    );
    const items = rows.map((row) => {
      const own = actions.filter((a) => a.situationId === row.id && !a.done);
      return {
        id: row.id,
        occurredAt: row.occurred_at,
        unit: row.unit_name,
        channel: row.channel,
        status: row.status,
        metExpectations: row.met_expectations,
        openActions: own.length,
        overdueActions: own.filter((a) => a.state === 'overdue').length,
      };
    });
    const openActions = actions.filter((a) => !a.done);
    if (openActions.length > 0)
      await appendAudit(tx, deps.actor, now, {
        action: 'situation.read_list',
        subjectType: 'difficult_situation',
        details: { count: items.length, situationIds: items.map((i) => i.id) },
      });
    return { items, openActions, scope: scope.all ? 'all' : scope.unitId !== null ? 'unit' : 'own' };
  });
}

export interface SituationDetail {
  id: number;
  occurredAt: Date;
  unit: Translated;
  channel: SituationChannel;
  facts: string;
  clientRemarks: string;
  solution: string;
  /** The linked visit, as staff know it: a ticket number ("A012") or a booking code. */
  reference: string | null;
  status: SituationStatus;
  metExpectations: ExpectationAnswer | null;
  closingNote: string;
  closedAt: Date | null;
  recordedBy: string;
  actions: SituationAction[];
}

/** One situation with its steps and actions; the read is audited (`situation.read`). */
export async function situationDetail(deps: UseCaseDeps, viewer: SituationViewer, id: number): Promise<SituationDetail> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('difficult_situation')
      .innerJoin('unit', 'unit.id', 'difficult_situation.unit_id')
      .innerJoin('staff', 'staff.id', 'difficult_situation.recorded_by')
      .leftJoin('ticket', 'ticket.id', 'difficult_situation.ticket_id')
      .leftJoin('booking', 'booking.id', 'difficult_situation.booking_id')
      .select([
        'difficult_situation.id',
        'difficult_situation.unit_id',
        'difficult_situation.recorded_by',
        'difficult_situation.occurred_at',
        translatedColumn('unit.name').as('unit_name'),
        'difficult_situation.channel',
        'difficult_situation.facts',
        'difficult_situation.client_remarks',
        'difficult_situation.solution',
        'difficult_situation.status',
        'difficult_situation.met_expectations',
        'difficult_situation.closing_note',
        'difficult_situation.closed_at',
        'staff.full_name',
        'ticket.letter',
        'ticket.number',
        'booking.code',
      ])
      .where('difficult_situation.id', '=', id)
      .where('difficult_situation.office_id', '=', officeId)
      .executeTakeFirst();
    if (!row) throw notFound();
    if (!inScope(await scopeOf(tx, officeId, viewer), row)) throw forbidden();
    const reference = row.letter !== null && row.number !== null ? `${row.letter}${String(row.number).padStart(3, '0')}` : row.code;
    const actions = await actionsOf(tx, [id], officeDate(now));
    await appendAudit(tx, deps.actor, now, { action: 'situation.read', subjectType: 'difficult_situation', subjectId: id });
    return {
      id: row.id,
      occurredAt: row.occurred_at,
      unit: row.unit_name,
      channel: row.channel,
      facts: row.facts,
      clientRemarks: row.client_remarks,
      solution: row.solution,
      reference,
      status: row.status,
      metExpectations: row.met_expectations,
      closingNote: row.closing_note,
      closedAt: row.closed_at,
      recordedBy: row.full_name,
      actions,
    };
  });
}

/** A unit's month: how many situations, how they closed, and their actions. */
export interface SituationFigure {
  month: string;
  unit: Translated;
  total: number;
  closed: number;
  metYes: number;
  metPartly: number;
  metNo: number;
  actions: number;
  overdueActions: number;
}

/**
 * Figures by unit and month (months of the office's calendar) over the situations the viewer may see, newest
 * month first. Counts only; no texts, so no audit row.
 */
export async function situationFigures(deps: UseCaseDeps, viewer: SituationViewer): Promise<SituationFigure[]> {
  const today = officeDate(deps.clock.now());
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    const scope = await scopeOf(tx, officeId, viewer);
    const month = sql<string>`to_char(difficult_situation.occurred_at AT TIME ZONE ${sql.lit(OFFICE_TIME_ZONE)}, 'YYYY-MM')`;
    const actions = tx
      .selectFrom('difficult_situation_action')
      .select([
        'situation_id',
        sql<number>`count(*)::int`.as('actions'),
        sql<number>`count(*) FILTER (WHERE done_at IS NULL AND due_on < ${today}::date)::int`.as('overdue'),
      ])
      .groupBy('situation_id')
      .as('a');
    const rows = await tx
      .selectFrom('difficult_situation')
      .innerJoin('unit', 'unit.id', 'difficult_situation.unit_id')
      .leftJoin(actions, 'a.situation_id', 'difficult_situation.id')
      .select([
        month.as('month'),
        'unit.id as unit_id',
        translatedColumn('unit.name').as('unit_name'),
        sql<number>`count(*)::int`.as('total'),
        sql<number>`count(*) FILTER (WHERE difficult_situation.status = 'closed')::int`.as('closed'),
        sql<number>`count(*) FILTER (WHERE difficult_situation.met_expectations = 'yes')::int`.as('met_yes'),
        sql<number>`count(*) FILTER (WHERE difficult_situation.met_expectations = 'partly')::int`.as('met_partly'),
        sql<number>`count(*) FILTER (WHERE difficult_situation.met_expectations = 'no')::int`.as('met_no'),
        sql<number>`coalesce(sum(a.actions), 0)::int`.as('actions'),
        sql<number>`coalesce(sum(a.overdue), 0)::int`.as('overdue'),
      ])
      .where('difficult_situation.office_id', '=', officeId)
      .where(scopeFilter(scope))
      .groupBy([month, 'unit.id', 'unit.code', 'unit.name_pl', 'unit.name_en', 'unit.name_uk'])
      .orderBy('month', 'desc')
      .orderBy('unit.code')
      .execute();
    return rows.map((r) => ({
      month: r.month,
      unit: r.unit_name,
      total: r.total,
      closed: r.closed,
      metYes: r.met_yes,
      metPartly: r.met_partly,
      metNo: r.met_no,
      actions: r.actions,
      overdueActions: r.overdue,
    }));
  });
}

/** The office's units, for the recording form; and the viewer's own unit as its default. */
export async function situationUnits(
  deps: UseCaseDeps,
  staffId: number,
): Promise<{ units: { id: number; name: Translated }[]; ownUnitId: number | null }> {
  const officeId = deps.actor.officeId;
  const units = await deps.db
    .selectFrom('unit')
    .select(['id', translatedColumn('unit.name').as('name')])
    .where('office_id', '=', officeId)
    .orderBy('code')
    .execute();
  const staff = await deps.db.selectFrom('staff').select('unit_id').where('id', '=', staffId).executeTakeFirst();
  return { units, ownUnitId: staff?.unit_id ?? null };
}
