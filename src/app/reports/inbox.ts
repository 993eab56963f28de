import { sql } from 'kysely';
import { readAttributeDefinitions, REPORT_STATUSES, type CloseReason, type ReportStatus } from '../../domain/reports/index.ts';
import { notFound } from '../../domain/shared/errors.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

export interface InboxFilter {
  status?: ReportStatus | 'active' | undefined;
  categoryId?: number | undefined;
  unitId?: number | undefined;
  hidden?: boolean | undefined;
}

export interface InboxRow {
  id: number;
  code: string;
  category: Translated;
  status: ReportStatus;
  address: string | null;
  unit: string | null;
  createdAt: Date;
  hidden: boolean;
  source: 'form' | 'open311';
}

export const INBOX_LIMIT = 200;

/**
 * The Contact Centre's inbox: reports newest first with filters (status, or "active" for everything not
 * yet fixed or closed; category; unit; hidden). No reporter's data here.
 * @example await reportInbox(deps, { status: 'active' })
 */
export async function reportInbox(deps: Pick<UseCaseDeps, 'db' | 'actor'>, filter: InboxFilter): Promise<InboxRow[]> {
  let q = deps.db
    .selectFrom('problem_report as r')
    .innerJoin('report_category as c', 'c.id', 'r.category_id')
    .leftJoin('unit as u', 'u.id', 'r.unit_id')
    .select([
      'r.id',
      'r.code',
      translatedColumn('c.name').as('category'),
      'r.status',
      'r.address',
      'u.code as unit',
      'r.created_at as createdAt',
      sql<boolean>`r.hidden_at IS NOT NULL`.as('hidden'),
      'r.source',
    ])
    .where('r.office_id', '=', deps.actor.officeId);
  if (filter.status === 'active') q = q.where('r.status', 'in', ['open', 'investigating', 'in_progress', 'action_scheduled']);
  else if (filter.status && (REPORT_STATUSES as readonly string[]).includes(filter.status)) q = q.where('r.status', '=', filter.status);
  if (filter.categoryId) q = q.where('r.category_id', '=', filter.categoryId);
  if (filter.unitId) q = q.where('r.unit_id', '=', filter.unitId);
  if (filter.hidden !== undefined) q = q.where('r.hidden_at', filter.hidden ? 'is not' : 'is', null);
  return q.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(INBOX_LIMIT).execute();
}

export interface StaffReportUpdate {
  kind: 'status' | 'reply' | 'note' | 'assign';
  status: ReportStatus | null;
  closeReason: CloseReason | null;
  body: string | null;
  unit: string | null;
  staff: string | null;
  public: boolean;
  at: Date;
}

export interface StaffReport {
  id: number;
  code: string;
  categoryCode: string;
  category: Translated;
  description: string;
  address: string | null;
  lat: number | null;
  long: number | null;
  pageLink: string | null;
  status: ReportStatus;
  closeReason: CloseReason | null;
  referTo: string | null;
  duplicateOfCode: string | null;
  duplicates: string[];
  unitId: number | null;
  source: 'form' | 'open311';
  createdAt: Date;
  hidden: boolean;
  hasPhoto: boolean;
  /** Open311's media_url: a link to a picture elsewhere, never fetched by the server. */
  mediaUrl: string | null;
  /** Whether contact data exists (reading it is a separate, audited step). */
  hasContact: boolean;
  anonymised: boolean;
  /** Answers to the category's Open311 attributes, in the category's order: the question and the answer's words. */
  attributes: StaffAttributeAnswer[];
  updates: StaffReportUpdate[];
}

/** One answer to a category's attribute: a list's keys are given as their names. */
export interface StaffAttributeAnswer {
  code: string;
  question: Translated;
  /** Text as sent, or the chosen choices' names. */
  answer: string | Translated[];
}

/** The answers of a report in its category's order, lists' keys named; answers to questions since removed are left out. */
function answersOf(definitions: unknown, answers: unknown): StaffAttributeAnswer[] {
  const given = (answers ?? {}) as Record<string, string | string[]>;
  return readAttributeDefinitions(definitions)
    .filter((a) => given[a.code] !== undefined)
    .map((a) => {
      const value = given[a.code]!;
      const keys = Array.isArray(value) ? value : [value];
      return {
        code: a.code,
        question: a.description,
        answer:
          a.values.length === 0 ? keys.join(', ') : keys.map((k) => a.values.find((v) => v.key === k)?.name ?? { pl: k, en: k, uk: k }),
      };
    });
}

/**
 * One report for the Contact Centre, with every update and note, but without the reporter's contact data:
 * that is `reporterContact`, read on purpose and audited.
 * @example const report = await staffReport(deps, 4);
 */
export async function staffReport(deps: Pick<UseCaseDeps, 'db' | 'actor'>, reportId: number): Promise<StaffReport> {
  const row = await deps.db
    .selectFrom('problem_report as r')
    .innerJoin('report_category as c', 'c.id', 'r.category_id')
    .leftJoin('problem_report as d', 'd.id', 'r.duplicate_of')
    .select([
      'r.id',
      'r.code',
      'c.code as categoryCode',
      translatedColumn('c.name').as('category'),
      'r.description',
      'r.address',
      'r.lat',
      'r.long',
      'r.page_link as pageLink',
      'r.media_url as mediaUrl',
      'r.status',
      'r.close_reason as closeReason',
      'r.refer_to as referTo',
      'd.code as duplicateOfCode',
      'r.unit_id as unitId',
      'r.source',
      'r.created_at as createdAt',
      sql<boolean>`r.hidden_at IS NOT NULL`.as('hidden'),
      sql<boolean>`EXISTS (SELECT 1 FROM report_photo p WHERE p.report_id = r.id)`.as('hasPhoto'),
      sql<boolean>`(r.email IS NOT NULL OR r.first_name IS NOT NULL OR r.last_name IS NOT NULL OR r.phone IS NOT NULL)`.as('hasContact'),
      sql<boolean>`r.anonymised_at IS NOT NULL`.as('anonymised'),
      'c.attributes as definitions',
      'r.attributes as answers',
      sql<string[]>`coalesce((SELECT array_agg(x.code ORDER BY x.id) FROM problem_report x WHERE x.duplicate_of = r.id), '{}')`.as(
        'duplicates',
      ),
    ])
    .where('r.id', '=', reportId)
    .where('r.office_id', '=', deps.actor.officeId)
    .executeTakeFirst();
  if (!row) throw notFound('reports.notFound');
  const updates = await deps.db
    .selectFrom('report_update as w')
    .leftJoin('unit as u', 'u.id', 'w.unit_id')
    .leftJoin('staff as s', 's.id', 'w.staff_id')
    .select([
      'w.kind',
      'w.status',
      'w.close_reason as closeReason',
      'w.body',
      'u.code as unit',
      's.full_name as staff',
      'w.public',
      'w.created_at as at',
    ])
    .where('w.report_id', '=', reportId)
    .orderBy('w.created_at')
    .orderBy('w.id')
    .execute();
  const { definitions, answers, ...report } = row;
  return { ...report, attributes: answersOf(definitions, answers), updates };
}

export interface ReporterContact {
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
}

/**
 * The reporter's contact data, for the Contact Centre that must reach them; every read writes an audit
 * row ('report.read_contact'), in the same transaction as the read.
 * @example const contact = await reporterContact(deps, 4); contact.email // 'ala@example.pl'
 */
export async function reporterContact(deps: UseCaseDeps, reportId: number): Promise<ReporterContact> {
  return deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('problem_report')
      .select(['id', 'email', 'first_name as firstName', 'last_name as lastName', 'phone'])
      .where('id', '=', reportId)
      .where('office_id', '=', deps.actor.officeId)
      .executeTakeFirst();
    if (!row) throw notFound('reports.notFound');
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'report.read_contact',
      subjectType: 'problem_report',
      subjectId: row.id,
    });
    return { email: row.email, firstName: row.firstName, lastName: row.lastName, phone: row.phone };
  });
}

export interface ResponseTimeRow {
  /** The category's or the unit's name; null for reports assigned to no unit. */
  name: Translated | null;
  reports: number;
  answered: number;
  /** Median hours from filing to the first response (a status change or a public reply). */
  medianHours: number | null;
  /** Median hours from filing to fixed or closed. */
  medianHoursToClose: number | null;
}

/**
 * Response-time figures of confirmed reports per category and per unit: how many, how many answered,
 * and the median hours to a first answer and to closing.
 * @example const { byCategory, byUnit } = await responseTimes(deps);
 */
export async function responseTimes(
  deps: Pick<UseCaseDeps, 'db' | 'actor'>,
): Promise<{ byCategory: ResponseTimeRow[]; byUnit: ResponseTimeRow[] }> {
  const figures = (group: 'category' | 'unit') =>
    sql<{ name: Translated | null; reports: string; answered: string; medianHours: number | null; medianHoursToClose: number | null }>`
      SELECT ${group === 'category' ? sql`json_build_object('pl', c.name_pl, 'en', c.name_en, 'uk', c.name_uk)` : sql`CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('pl', u.name_pl, 'en', u.name_en, 'uk', u.name_uk) END`} AS name,
        count(*) AS reports,
        count(r.first_response_at) AS answered,
        round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.first_response_at - r.created_at)) / 3600)::numeric, 1)::float8 AS "medianHours",
        round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.closed_at - r.created_at)) / 3600)::numeric, 1)::float8 AS "medianHoursToClose"
      FROM problem_report r
      JOIN report_category c ON c.id = r.category_id
      LEFT JOIN unit u ON u.id = r.unit_id
      WHERE r.office_id = ${deps.actor.officeId} AND r.status <> 'unconfirmed'
      GROUP BY ${group === 'category' ? sql`c.id` : sql`u.id`}
      ORDER BY count(*) DESC`.execute(deps.db);
  const [byCategory, byUnit] = await Promise.all([figures('category'), figures('unit')]);
  const rows = (result: typeof byCategory) => result.rows.map((r) => ({ ...r, reports: Number(r.reports), answered: Number(r.answered) }));
  return { byCategory: rows(byCategory), byUnit: rows(byUnit) };
}
