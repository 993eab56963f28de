import { sql } from 'kysely';
import type { CloseReason, ReportStatus } from '../../domain/reports/index.ts';
import { notFound } from '../../domain/shared/errors.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import type { Db } from '../../storage/database.ts';
import { translatedColumn } from '../../storage/translated-text.ts';

/** A report as anyone may see it: never the reporter's name, e-mail, phone or the photo's metadata. */
export interface PublicReport {
  id: number;
  code: string;
  categoryCode: string;
  category: Translated;
  /** Null when the Contact Centre hid it as abusive. */
  description: string | null;
  address: string | null;
  lat: number | null;
  long: number | null;
  status: ReportStatus;
  closeReason: CloseReason | null;
  referTo: string | null;
  duplicateOfCode: string | null;
  unit: Translated | null;
  createdAt: Date;
  updatedAt: Date;
  hasPhoto: boolean;
  /** Open311's media_url as its client gave it; null when none or the report is hidden. */
  mediaUrl: string | null;
  hidden: boolean;
}

export interface PublicReply {
  kind: 'status' | 'reply';
  status: ReportStatus | null;
  closeReason: CloseReason | null;
  body: string | null;
  at: Date;
}

function publicColumns(db: Db) {
  return db
    .selectFrom('problem_report as r')
    .innerJoin('report_category as c', 'c.id', 'r.category_id')
    .leftJoin('unit as u', 'u.id', 'r.unit_id')
    .leftJoin('problem_report as d', 'd.id', 'r.duplicate_of')
    .select([
      'r.id',
      'r.code',
      'c.code as categoryCode',
      translatedColumn('c.name').as('category'),
      sql<string | null>`CASE WHEN r.hidden_at IS NULL THEN r.description END`.as('description'),
      'r.address',
      'r.lat',
      'r.long',
      'r.status',
      'r.close_reason as closeReason',
      'r.refer_to as referTo',
      'd.code as duplicateOfCode',
      sql<Translated | null>`CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('pl', u.name_pl, 'en', u.name_en, 'uk', u.name_uk) END`.as(
        'unit',
      ),
      'r.created_at as createdAt',
      'r.updated_at as updatedAt',
      sql<boolean>`EXISTS (SELECT 1 FROM report_photo p WHERE p.report_id = r.id AND p.hidden_at IS NULL AND r.hidden_at IS NULL)`.as(
        'hasPhoto',
      ),
      sql<string | null>`CASE WHEN r.hidden_at IS NULL THEN r.media_url END`.as('mediaUrl'),
      sql<boolean>`r.hidden_at IS NOT NULL`.as('hidden'),
    ]);
}

/**
 * A report's public page: the report and its public replies, by code. An unconfirmed report is not public
 * yet ("not found"); a hidden one shows its status without its words.
 * @example const { report, replies } = await publicReport(db, officeId, 'Z7QX-3M9P');
 */
export async function publicReport(
  db: Db,
  officeId: number,
  code: string,
  options: { includeUnconfirmed?: boolean } = {},
): Promise<{ report: PublicReport; replies: PublicReply[] }> {
  const report = await publicColumns(db).where('r.code', '=', code).where('r.office_id', '=', officeId).executeTakeFirst();
  if (!report || (report.status === 'unconfirmed' && !options.includeUnconfirmed)) throw notFound('reports.notFound');
  const replies = await db
    .selectFrom('report_update')
    .select(['kind', 'status', 'close_reason as closeReason', 'body', 'created_at as at'])
    .where('report_id', '=', report.id)
    .where('public', '=', true)
    .where('hidden_at', 'is', null)
    .where('kind', 'in', ['status', 'reply'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return { report, replies: replies as PublicReply[] };
}

/** The filters of Open311's GET requests. */
export interface ReportQuery {
  codes?: readonly string[];
  categoryCodes?: readonly string[];
  statuses?: readonly ('open' | 'closed')[];
  from?: Date;
  to?: Date;
  limit: number;
}

/**
 * Public reports, newest first, filtered as Open311's GET requests asks: by code, category, open or
 * closed, and a creation window (the route enforces its 90 days). Served by the partial index
 * `problem_report_public`.
 * @example await listPublicReports(db, officeId, { from, to, limit: 1000 })
 */
export async function listPublicReports(db: Db, officeId: number, query: ReportQuery): Promise<PublicReport[]> {
  let q = publicColumns(db).where('r.office_id', '=', officeId).where('r.status', '<>', 'unconfirmed').where('r.hidden_at', 'is', null);
  if (query.codes && query.codes.length > 0) q = q.where('r.code', 'in', [...query.codes]);
  if (query.categoryCodes && query.categoryCodes.length > 0) q = q.where('c.code', 'in', [...query.categoryCodes]);
  if (query.statuses && query.statuses.length === 1)
    q =
      query.statuses[0] === 'closed' ? q.where('r.status', 'in', ['fixed', 'closed']) : q.where('r.status', 'not in', ['fixed', 'closed']);
  if (query.from) q = q.where('r.created_at', '>=', query.from);
  if (query.to) q = q.where('r.created_at', '<=', query.to);
  return q.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(query.limit).execute();
}

/**
 * The service request id of an Open311 token (the report filed through the API with it), or null.
 * @example await reportCodeByToken(db, officeId, 'q2…') // 'Z7QX-3M9P'
 */
export async function reportCodeByToken(db: Db, officeId: number, token: string): Promise<string | null> {
  const row = await db
    .selectFrom('problem_report')
    .select('code')
    .where('api_token', '=', token)
    .where('office_id', '=', officeId)
    .executeTakeFirst();
  return row?.code ?? null;
}

/**
 * A report's photo, for its public page; null when there is none or it (or the report) was hidden.
 * @example const photo = await reportPhoto(db, officeId, 'Z7QX-3M9P');
 */
export async function reportPhoto(db: Db, officeId: number, code: string): Promise<{ bytes: Buffer; type: string } | null> {
  const row = await db
    .selectFrom('report_photo as p')
    .innerJoin('problem_report as r', 'r.id', 'p.report_id')
    .select(['p.bytes', 'p.content_type'])
    .where('r.code', '=', code)
    .where('r.office_id', '=', officeId)
    .where('r.status', '<>', 'unconfirmed')
    .where('r.hidden_at', 'is', null)
    .where('p.hidden_at', 'is', null)
    .executeTakeFirst();
  return row ? { bytes: row.bytes, type: row.content_type } : null;
}

/**
 * A report's photo for the Contact Centre, hidden or not (the staff decide on it); null when there is none.
 * @example const photo = await staffReportPhoto(deps, 4);
 */
export async function staffReportPhoto(
  deps: { db: Db; actor: { officeId: number } },
  reportId: number,
): Promise<{ bytes: Buffer; type: string } | null> {
  const row = await deps.db
    .selectFrom('report_photo as p')
    .innerJoin('problem_report as r', 'r.id', 'p.report_id')
    .select(['p.bytes', 'p.content_type'])
    .where('r.id', '=', reportId)
    .where('r.office_id', '=', deps.actor.officeId)
    .executeTakeFirst();
  return row ? { bytes: row.bytes, type: row.content_type } : null;
}
