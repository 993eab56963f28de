import { sql } from 'kysely';
import type { CloseReason, ReportStatus } from '../../domain/reports/index.ts';
import { notFound } from '../../domain/shared/errors.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import type { Db } from '../../storage/database.ts';

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

// Plain columns only, turned into a report in JavaScript (`toPublic`): Open311's default list reads up to
// 1,000 rows, and the driver's parsing of timestamps and JSON objects would cost more than the query.
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
      'c.name_pl as categoryPl',
      'c.name_en as categoryEn',
      'c.name_uk as categoryUk',
      sql<string | null>`CASE WHEN r.hidden_at IS NULL THEN r.description END`.as('description'),
      'r.address',
      'r.lat',
      'r.long',
      'r.status',
      'r.close_reason as closeReason',
      'r.refer_to as referTo',
      'd.code as duplicateOfCode',
      'u.name_pl as unitPl',
      'u.name_en as unitEn',
      'u.name_uk as unitUk',
      sql<number>`(extract(epoch FROM r.created_at) * 1000)::float8`.as('createdMs'),
      sql<number>`(extract(epoch FROM r.updated_at) * 1000)::float8`.as('updatedMs'),
      sql<boolean>`EXISTS (SELECT 1 FROM report_photo p WHERE p.report_id = r.id AND p.hidden_at IS NULL AND r.hidden_at IS NULL)`.as(
        'hasPhoto',
      ),
      sql<string | null>`CASE WHEN r.hidden_at IS NULL THEN r.media_url END`.as('mediaUrl'),
      sql<boolean>`r.hidden_at IS NOT NULL`.as('hidden'),
    ]);
}

type PublicRow = Awaited<ReturnType<ReturnType<typeof publicColumns>['executeTakeFirstOrThrow']>>;

function toPublic(row: PublicRow): PublicReport {
  return {
    id: row.id,
    code: row.code,
    categoryCode: row.categoryCode,
    category: { pl: row.categoryPl, en: row.categoryEn, uk: row.categoryUk },
    description: row.description,
    address: row.address,
    lat: row.lat,
    long: row.long,
    status: row.status,
    closeReason: row.closeReason,
    referTo: row.referTo,
    duplicateOfCode: row.duplicateOfCode,
    unit: row.unitPl === null ? null : { pl: row.unitPl, en: row.unitEn ?? '', uk: row.unitUk ?? '' },
    createdAt: new Date(row.createdMs),
    updatedAt: new Date(row.updatedMs),
    hasPhoto: row.hasPhoto,
    mediaUrl: row.mediaUrl,
    hidden: row.hidden,
  };
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
  const row = await publicColumns(db).where('r.code', '=', code).where('r.office_id', '=', officeId).executeTakeFirst();
  const report = row ? toPublic(row) : null;
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
  return (await q.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(query.limit).execute()).map(toPublic);
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
