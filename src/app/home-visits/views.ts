import { sql } from 'kysely';
import {
  authorisationStanding,
  expiresSoon,
  requestAllows,
  workingDaysBetween,
  type AuthorisationStanding,
  type DayPart,
  type InformedBy,
  type Outcome,
  type ReasonCategory,
  type RepresentativeKind,
  type RequestChannel,
  type RequestEvent,
  type RequestStatus,
  type Weekday,
} from '../../domain/home-visits/index.ts';
import { addDays, officeDate, publicHoliday } from '../../domain/organisation/index.ts';
import { forbidden, notFound } from '../../domain/shared/errors.ts';
import type { Language, Translated } from '../../domain/shared/translated.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Tx } from '../../storage/database.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { homeVisitPolicy, type HomeVisitPolicy } from './policy.ts';
import { assignableClerks } from './request-steps.ts';
import { inRequestScope, requestScopeOf, unitOf, type HomeVisitViewer, type RequestScope } from './scope.ts';

const isHoliday = (day: string) => publicHoliday(day) !== undefined;

/** Whether a request sent to its unit waits longer than the policy's working days for a clerk. */
export function requestOverdue(row: { status: RequestStatus; sent_at: Date | null }, today: string, policy: HomeVisitPolicy): boolean {
  if (row.status !== 'sent' || row.sent_at === null) return false;
  return workingDaysBetween(officeDate(row.sent_at), today, isHoliday) > policy.handleWithinDays;
}

export interface RequestListItem {
  id: number;
  takenAt: Date;
  applicantName: string;
  unit: Translated;
  matter: Translated | string;
  status: RequestStatus;
  caseSign: string | null;
  assignee: string | null;
  visitOn: string | null;
  visitTime: string | null;
  overdue: boolean;
  anonymised: boolean;
}

export interface RequestList {
  items: RequestListItem[];
  scope: 'all' | 'unit' | 'own';
}

function scopeFilter(scope: RequestScope) {
  return sql<boolean>`(${scope.all} OR r.assigned_to = ${scope.staffId} OR r.unit_id = ${scope.unitId ?? 0})`;
}

function matterOf(row: { service_name: Translated | null; matter_text: string }): Translated | string {
  return row.service_name && row.service_name.pl ? row.service_name : row.matter_text;
}

/**
 * The requests a viewer may see, newest first (the last 300): the Information Point all, a unit head their unit's,
 * a clerk theirs. Names are shown, so the read is audited (`home_visit.read_list`, ids only).
 */
export async function requestList(deps: UseCaseDeps, viewer: HomeVisitViewer): Promise<RequestList> {
  const now = deps.clock.now();
  const today = officeDate(now);
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    const scope = await requestScopeOf(tx, officeId, viewer);
    const policy = await homeVisitPolicy(tx, officeId);
    const rows = await tx
      .selectFrom('home_visit_request as r')
      .innerJoin('unit', 'unit.id', 'r.unit_id')
      .leftJoin('service', 'service.id', 'r.service_id')
      .leftJoin('staff', 'staff.id', 'r.assigned_to')
      .leftJoin('home_visit as v', (join) => join.onRef('v.request_id', '=', 'r.id').on('v.status', 'in', ['scheduled', 'done']))
      .select([
        'r.id',
        'r.taken_at',
        'r.applicant_name',
        translatedColumn('unit.name').as('unit_name'),
        sql<Translated | null>`CASE WHEN service.id IS NULL THEN NULL ELSE ${translatedColumn('service.name')} END`.as('service_name'),
        'r.matter_text',
        'r.status',
        'r.sent_at',
        'r.case_sign',
        'staff.full_name',
        'v.visit_on',
        'v.visit_time',
        'r.anonymised_at',
      ])
      .where('r.office_id', '=', officeId)
      .where(scopeFilter(scope))
      .orderBy('r.taken_at', 'desc')
      .orderBy('r.id', 'desc')
      .limit(300)
      .execute();
    const items = rows.map((row) => ({
      id: row.id,
      takenAt: row.taken_at,
      applicantName: row.applicant_name,
      unit: row.unit_name,
      matter: matterOf(row),
      status: row.status,
      caseSign: row.case_sign,
      assignee: row.full_name,
      visitOn: row.visit_on,
      visitTime: row.visit_time?.slice(0, 5) ?? null,
      overdue: requestOverdue(row, today, policy),
      anonymised: row.anonymised_at !== null,
    }));
    if (items.length > 0)
      await appendAudit(tx, deps.actor, now, {
        action: 'home_visit.read_list',
        subjectType: 'home_visit_request',
        details: { count: items.length, requestIds: items.map((i) => i.id) },
      });
    return { items, scope: scope.all ? 'all' : scope.unitId !== null ? 'unit' : 'own' };
  });
}

export interface VisitItem {
  id: number;
  visitOn: string;
  visitTime: string;
  informedBy: InformedBy;
  status: 'scheduled' | 'done' | 'cancelled' | 'moved';
  outcome: Outcome | null;
  documentsTaken: string;
  note: string;
  reason: string;
  authorisationNumber: string | null;
  employee: string;
}

export interface AuthorisationItem {
  id: number;
  number: string | null;
  employeeId: number;
  employee: string;
  unit: Translated | null;
  scope: string;
  legalBasis: string;
  validFrom: string;
  validUntil: string;
  standing: AuthorisationStanding;
  requestedAt: Date;
  requestedBy: string;
  decidedAt: Date | null;
  refusalReason: string;
  revokeReason: string;
  revokedAt: Date | null;
  requestId: number | null;
  visitsDone: number;
  expiresSoon: boolean;
}

export interface RequestDetail {
  id: number;
  officeName: string;
  takenAt: Date;
  takenBy: string;
  channel: RequestChannel;
  applicantName: string;
  visitAddress: string;
  phone: string;
  email: string;
  /** The language the resident is written to in. */
  locale: Language;
  representativeName: string;
  representativeKind: RepresentativeKind | null;
  representativePhone: string;
  unitId: number;
  unit: Translated;
  unitCode: string;
  serviceId: number | null;
  matter: Translated | string;
  reasonCategory: ReasonCategory;
  preferredDays: Weekday[];
  preferredTime: DayPart;
  preferredNotes: string;
  accessNotes: string;
  status: RequestStatus;
  sentAt: Date | null;
  caseSign: string | null;
  assignedTo: number | null;
  assignee: string | null;
  cancelReason: string;
  anonymised: boolean;
  overdue: boolean;
  visits: VisitItem[];
  /** The assigned clerk's authorisations, newest first. */
  authorisations: AuthorisationItem[];
  /** What the viewer may do now: the request's events the viewer's role offers. */
  offered: RequestEvent[];
  /** The viewer may ask for an authorisation from this page. */
  mayAskAuthorisation: boolean;
  /** The clerks a unit head may assign. */
  clerks: { id: number; name: string }[];
}

async function authorisationsOf(tx: Tx, officeId: number, where: { employeeId?: number; ids?: number[] }, today: string, warnOn: string) {
  let query = tx
    .selectFrom('home_visit_authorisation as a')
    .innerJoin('staff as e', 'e.id', 'a.employee_id')
    .innerJoin('staff as q', 'q.id', 'a.requested_by')
    .leftJoin('unit', 'unit.id', 'a.unit_id')
    .select([
      'a.id',
      'a.number',
      'a.employee_id',
      'e.full_name as employee',
      sql<Translated | null>`CASE WHEN unit.id IS NULL THEN NULL ELSE ${translatedColumn('unit.name')} END`.as('unit_name'),
      'a.scope',
      'a.legal_basis',
      'a.valid_from',
      'a.valid_until',
      'a.status',
      'a.requested_at',
      'q.full_name as requested_by',
      'a.decided_at',
      'a.refusal_reason',
      'a.revoke_reason',
      'a.revoked_at',
      'a.request_id',
      sql<number>`(SELECT count(*)::int FROM home_visit v WHERE v.authorisation_id = a.id AND v.status = 'done')`.as('visits_done'),
    ])
    .where('a.office_id', '=', officeId);
  if (where.employeeId !== undefined) query = query.where('a.employee_id', '=', where.employeeId);
  if (where.ids !== undefined) query = query.where('a.id', 'in', where.ids.length > 0 ? where.ids : [0]);
  const rows = await query.orderBy('a.requested_at', 'desc').orderBy('a.id', 'desc').limit(500).execute();
  return rows.map((r) => authorisationItem(r, today, warnOn));
}

function authorisationItem(
  r: {
    id: number;
    number: string | null;
    employee_id: number;
    employee: string;
    unit_name: Translated | null;
    scope: string;
    legal_basis: string;
    valid_from: string;
    valid_until: string;
    status: 'requested' | 'granted' | 'refused' | 'revoked';
    requested_at: Date;
    requested_by: string;
    decided_at: Date | null;
    refusal_reason: string;
    revoke_reason: string;
    revoked_at: Date | null;
    request_id: number | null;
    visits_done: number;
  },
  today: string,
  warnOn: string,
): AuthorisationItem {
  const dates = { status: r.status, validFrom: r.valid_from, validUntil: r.valid_until };
  return {
    id: r.id,
    number: r.number,
    employeeId: r.employee_id,
    employee: r.employee,
    unit: r.unit_name,
    scope: r.scope,
    legalBasis: r.legal_basis,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    standing: authorisationStanding(dates, today),
    requestedAt: r.requested_at,
    requestedBy: r.requested_by,
    decidedAt: r.decided_at,
    refusalReason: r.refusal_reason,
    revokeReason: r.revoke_reason,
    revokedAt: r.revoked_at,
    requestId: r.request_id,
    visitsDone: r.visits_done,
    expiresSoon: expiresSoon(dates, today, warnOn),
  };
}

/** The events each role offers on a request's page. */
function offeredEvents(
  viewer: HomeVisitViewer,
  status: RequestStatus,
  row: { assigned_to: number | null },
  headOfUnit: boolean,
): RequestEvent[] {
  const events: RequestEvent[] = [];
  if (viewer.roles.includes('information_point')) events.push('send', 'cancel');
  if (headOfUnit) events.push('assign', 'cancel');
  if (row.assigned_to === viewer.staffId) events.push('schedule', 'move', 'complete', 'cancel');
  return [...new Set(events)].filter((e) => requestAllows(status, e));
}

/**
 * One request with the resident's data, its visits and the assigned clerk's authorisations. The read is audited
 * (`home_visit.read`), as every read of a request's personal data is.
 */
export async function requestDetail(
  deps: UseCaseDeps,
  viewer: HomeVisitViewer,
  id: number,
  read: 'page' | 'document' = 'page',
): Promise<RequestDetail> {
  const now = deps.clock.now();
  const today = officeDate(now);
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('home_visit_request as r')
      .innerJoin('unit', 'unit.id', 'r.unit_id')
      .innerJoin('office', 'office.id', 'r.office_id')
      .innerJoin('staff as t', 't.id', 'r.taken_by')
      .leftJoin('service', 'service.id', 'r.service_id')
      .leftJoin('staff as c', 'c.id', 'r.assigned_to')
      .selectAll('r')
      .select([
        translatedColumn('unit.name').as('unit_name'),
        'unit.code as unit_code',
        'office.name as office_name',
        't.full_name as taken_by_name',
        'c.full_name as assignee',
        sql<Translated | null>`CASE WHEN service.id IS NULL THEN NULL ELSE ${translatedColumn('service.name')} END`.as('service_name'),
      ])
      .where('r.id', '=', id)
      .where('r.office_id', '=', officeId)
      .executeTakeFirst();
    if (!row) throw notFound();
    const scope = await requestScopeOf(tx, officeId, viewer);
    if (!inRequestScope(scope, row)) throw forbidden();
    const policy = await homeVisitPolicy(tx, officeId);
    const visits = await tx
      .selectFrom('home_visit as v')
      .innerJoin('staff', 'staff.id', 'v.employee_id')
      .innerJoin('home_visit_authorisation as a', 'a.id', 'v.authorisation_id')
      .select([
        'v.id',
        'v.visit_on',
        'v.visit_time',
        'v.informed_by',
        'v.status',
        'v.outcome',
        'v.documents_taken',
        'v.note',
        'v.reason',
        'a.number',
        'staff.full_name',
      ])
      .where('v.request_id', '=', id)
      .orderBy('v.id')
      .execute();
    const authorisations =
      row.assigned_to === null
        ? []
        : await authorisationsOf(tx, officeId, { employeeId: row.assigned_to }, today, addDays(today, policy.expiryWarningDays));
    const headOfUnit = viewer.roles.includes('unit_head') && (await unitOf(tx, officeId, viewer.staffId)) === row.unit_id;
    const clerks = headOfUnit ? (await assignableClerks(tx, officeId, row.unit_id)).map((c) => ({ id: c.id, name: c.full_name })) : [];
    await appendAudit(tx, deps.actor, now, {
      action: read === 'page' ? 'home_visit.read' : 'home_visit.read_document',
      subjectType: 'home_visit_request',
      subjectId: id,
    });
    const ended = row.status === 'done' || row.status === 'cancelled';
    return {
      id: row.id,
      officeName: row.office_name,
      takenAt: row.taken_at,
      takenBy: row.taken_by_name,
      channel: row.channel,
      applicantName: row.applicant_name,
      visitAddress: row.visit_address,
      phone: row.phone,
      email: row.email,
      locale: row.locale,
      representativeName: row.representative_name,
      representativeKind: row.representative_kind,
      representativePhone: row.representative_phone,
      unitId: row.unit_id,
      unit: row.unit_name,
      unitCode: row.unit_code,
      serviceId: row.service_id,
      matter: matterOf(row),
      reasonCategory: row.reason_category,
      preferredDays: row.preferred_days as Weekday[],
      preferredTime: row.preferred_time,
      preferredNotes: row.preferred_notes,
      accessNotes: row.access_notes,
      status: row.status,
      sentAt: row.sent_at,
      caseSign: row.case_sign,
      assignedTo: row.assigned_to,
      assignee: row.assignee,
      cancelReason: row.cancel_reason,
      anonymised: row.anonymised_at !== null,
      overdue: requestOverdue(row, today, policy),
      visits: visits.map((v) => ({
        id: v.id,
        visitOn: v.visit_on,
        visitTime: v.visit_time.slice(0, 5),
        informedBy: v.informed_by,
        status: v.status,
        outcome: v.outcome,
        documentsTaken: v.documents_taken,
        note: v.note,
        reason: v.reason,
        authorisationNumber: v.number,
        employee: v.full_name,
      })),
      authorisations,
      offered: row.anonymised_at === null ? offeredEvents(viewer, row.status, row, headOfUnit) : [],
      mayAskAuthorisation: !ended && row.assigned_to !== null && (headOfUnit || row.assigned_to === viewer.staffId),
      clerks,
    };
  });
}

/** The City Secretary's page: authorisations waiting for a decision, and the latest decided. Audited. */
export async function secretaryQueue(deps: UseCaseDeps): Promise<{ pending: AuthorisationItem[]; decided: AuthorisationItem[] }> {
  const now = deps.clock.now();
  const today = officeDate(now);
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    const policy = await homeVisitPolicy(tx, officeId);
    const all = await authorisationsOf(tx, officeId, {}, today, addDays(today, policy.expiryWarningDays));
    const pending = all.filter((a) => a.standing === 'requested').reverse();
    const decided = all.filter((a) => a.standing !== 'requested').slice(0, 100);
    await appendAudit(tx, deps.actor, now, {
      action: 'home_visit.read_authorisations',
      subjectType: 'home_visit_authorisation',
      details: { pending: pending.length, decided: decided.length },
    });
    return { pending, decided };
  });
}

/** The register's filters (BNOiC): a standing, a unit, a year of the number; empty means all. */
export interface RegisterFilter {
  standing: 'valid' | 'expired' | 'revoked' | 'pending' | null;
  unitId: number | null;
  year: number | null;
}

export interface RegisterView {
  items: AuthorisationItem[];
  units: { id: number; name: Translated }[];
  years: number[];
}

/**
 * The register of the City Secretary's authorisations (seed 7.3 d): every granted entry (valid, not yet valid,
 * expired, revoked) with the visits done under it. Nothing here is changed except by revoking; every read writes
 * `home_visit.read_register`.
 */
export async function authorisationRegister(deps: UseCaseDeps, filter: RegisterFilter): Promise<RegisterView> {
  const now = deps.clock.now();
  const today = officeDate(now);
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    const policy = await homeVisitPolicy(tx, officeId);
    const granted = await tx
      .selectFrom('home_visit_authorisation')
      .select(['id', 'unit_id', 'number_year'])
      .where('office_id', '=', officeId)
      .where('number', 'is not', null)
      .execute();
    const ids = granted
      .filter((g) => (filter.unitId === null || g.unit_id === filter.unitId) && (filter.year === null || g.number_year === filter.year))
      .map((g) => g.id);
    const items = (await authorisationsOf(tx, officeId, { ids }, today, addDays(today, policy.expiryWarningDays)))
      .filter((a) => filter.standing === null || a.standing === filter.standing)
      .sort((a, b) => (b.number ?? '').localeCompare(a.number ?? '', 'pl', { numeric: true }));
    const units = await tx
      .selectFrom('unit')
      .select(['id', translatedColumn('unit.name').as('name')])
      .where('office_id', '=', officeId)
      .orderBy('code')
      .execute();
    const years = [...new Set(granted.map((g) => g.number_year!))].sort((a, b) => b - a);
    await appendAudit(tx, deps.actor, now, {
      action: 'home_visit.read_register',
      subjectType: 'home_visit_authorisation',
      details: { count: items.length, standing: filter.standing, unitId: filter.unitId, year: filter.year },
    });
    return { items, units, years };
  });
}

/** The numbers each role's start page shows. */
export interface HomeVisitCounts {
  /** Information Point: taken but not sent; on their way (sent to scheduled). */
  toSend: number;
  inProgress: number;
  /** Unit head: sent and waiting for a clerk; of those, past the working days of the policy. */
  toAssign: number;
  overdue: number;
  waitingAuthorisation: number;
  /** City Secretary: authorisations to decide. */
  pendingAuthorisations: number;
  /** Register keeper and clerk: valid authorisations, and those ending within the warning days. */
  validAuthorisations: number;
  expiringSoon: number;
  /** Clerk: requests to schedule, and visits scheduled. */
  toSchedule: number;
  scheduled: number;
}

export async function homeVisitCounts(deps: UseCaseDeps, viewer: HomeVisitViewer): Promise<HomeVisitCounts> {
  const today = officeDate(deps.clock.now());
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    const policy = await homeVisitPolicy(tx, officeId);
    const warnOn = addDays(today, policy.expiryWarningDays);
    const unitId = viewer.roles.includes('unit_head') ? await unitOf(tx, officeId, viewer.staffId) : null;
    const requests = await tx
      .selectFrom('home_visit_request')
      .select(['status', 'sent_at', 'unit_id', 'assigned_to'])
      .where('office_id', '=', officeId)
      .where('status', 'not in', ['done', 'cancelled'])
      .execute();
    const auths = await tx
      .selectFrom('home_visit_authorisation')
      .select(['status', 'valid_from', 'valid_until', 'employee_id'])
      .where('office_id', '=', officeId)
      .where('status', 'in', ['requested', 'granted'])
      .execute();
    const unitRequests = requests.filter((r) => unitId !== null && r.unit_id === unitId);
    const own = requests.filter((r) => r.assigned_to === viewer.staffId);
    const seen =
      viewer.roles.includes('register_keeper') || viewer.roles.includes('city_secretary')
        ? auths
        : auths.filter((a) => a.employee_id === viewer.staffId);
    const dates = (a: (typeof auths)[number]) => ({ status: a.status, validFrom: a.valid_from, validUntil: a.valid_until });
    return {
      toSend: requests.filter((r) => r.status === 'registered').length,
      inProgress: requests.filter((r) => r.status !== 'registered').length,
      toAssign: unitRequests.filter((r) => r.status === 'sent').length,
      overdue: unitRequests.filter((r) => requestOverdue(r, today, policy)).length,
      waitingAuthorisation: unitRequests.filter((r) => r.status === 'assigned').length,
      pendingAuthorisations: auths.filter((a) => a.status === 'requested').length,
      validAuthorisations: seen.filter((a) => authorisationStanding(dates(a), today) === 'valid').length,
      expiringSoon: seen.filter((a) => expiresSoon(dates(a), today, warnOn)).length,
      toSchedule: own.filter((r) => r.status === 'authorised' || r.status === 'assigned').length,
      scheduled: own.filter((r) => r.status === 'scheduled').length,
    };
  });
}

/** The office's units and active services, for the request form. */
export async function requestFormChoices(deps: UseCaseDeps) {
  const officeId = deps.actor.officeId;
  const units = await deps.db
    .selectFrom('unit')
    .select(['id', translatedColumn('unit.name').as('name')])
    .where('office_id', '=', officeId)
    .orderBy('code')
    .execute();
  const services = await deps.db
    .selectFrom('service')
    .select(['id', translatedColumn('service.name').as('name')])
    .where('office_id', '=', officeId)
    .where('active', '=', true)
    .orderBy('name_pl')
    .execute();
  return { units, services };
}

/** The employees the viewer may ask an authorisation for: themselves, and a unit head the clerks of the unit. */
export async function authorisationEmployees(deps: UseCaseDeps, viewer: HomeVisitViewer) {
  const officeId = deps.actor.officeId;
  return deps.db.transaction().execute(async (tx) => {
    const unitId = viewer.roles.includes('unit_head') ? await unitOf(tx, officeId, viewer.staffId) : null;
    const clerks = unitId === null ? [] : await assignableClerks(tx, officeId, unitId);
    const self = await tx.selectFrom('staff').select(['id', 'full_name']).where('id', '=', viewer.staffId).executeTakeFirstOrThrow();
    return [self, ...clerks.filter((c) => c.id !== self.id)].map((s) => ({ id: s.id, name: s.full_name }));
  });
}

/** One authorisation, as the City Secretary decides it and the register shows it; 404 when not this office's. */
export async function authorisationDetail(deps: UseCaseDeps, id: number, read: 'page' | 'document' = 'page'): Promise<AuthorisationItem> {
  const now = deps.clock.now();
  const today = officeDate(now);
  return deps.db.transaction().execute(async (tx) => {
    const policy = await homeVisitPolicy(tx, deps.actor.officeId);
    const [item] = await authorisationsOf(tx, deps.actor.officeId, { ids: [id] }, today, addDays(today, policy.expiryWarningDays));
    if (!item) throw notFound();
    if (read === 'document')
      await appendAudit(tx, deps.actor, now, {
        action: 'home_visit.read_authorisation',
        subjectType: 'home_visit_authorisation',
        subjectId: id,
      });
    return item;
  });
}
