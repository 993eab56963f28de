import {
  readAttributeAnswers,
  readAttributeDefinitions,
  readReport,
  type PhotoUpload,
  type RawReport,
  type ReportInput,
} from '../../domain/reports/index.ts';
import { DomainError, invalid, type FieldError } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Insertable } from 'kysely';
import pLimit from 'p-limit';
import type { Tx } from '../../storage/database.ts';
import type { ProblemReportTable } from '../../storage/schema.ts';
import { queueReportMail } from '../../storage/mail-outbox.ts';
import { consumeAntiBotProof, type AntiBotProof } from '../anti-bot/index.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { apiKeyId } from './open311-keys.ts';
import { preparePhoto, type PreparedPhoto } from './prepare-photo.ts';
import { newApiToken, newReportCode } from './report-codes.ts';

/** Where a report came from: the public form (with its anti-bot proof) or an Open311 client (with its api_key as sent). */
export type ReportSource = { kind: 'form'; proof: AntiBotProof | null } | { kind: 'open311'; apiKey: string };

/**
 * Reports this process stores at once (the database work); the others wait their turn in memory rather than
 * for a pool connection, which gives up after 5 seconds. So a burst of reports is stored, not refused, and it
 * never takes more than a few of the pool's connections from the queue.
 */
export const REPORT_WRITERS = 4;
/**
 * Photos this process re-encodes at once, before their report waits for a writer: a photo takes a core for a
 * few hundred milliseconds (sharp runs one libvips thread per operation, `prepare-photo.ts`), so reports
 * without a photo, most of a burst, no longer queue behind the photos' encoding.
 */
export const PHOTO_ENCODERS = 2;
/** Past this many waiting, a new report is refused as "busy, try again" (503 with Retry-After). */
export const MAX_WAITING_REPORTS = 5_000;
const writers = pLimit(REPORT_WRITERS);
const encoders = pLimit(PHOTO_ENCODERS);

export interface FileReportInput {
  report: RawReport;
  locale: 'pl' | 'en' | 'uk';
  source: ReportSource;
  /** The form's photo field as sent (checked and re-encoded here), or none. */
  photo?: PhotoUpload | null;
  /**
   * What the client posted, to read the answers to the category's attributes from (`attribute[code]`,
   * `attribute[code][]`); the public form sends its answers in the same shape.
   */
  posted?: Record<string, unknown>;
}

export interface FiledReport {
  id: number;
  code: string;
  status: 'unconfirmed' | 'open';
  /** Open311's token (API reports only). */
  token: string | null;
}

/**
 * Files a problem report, from the form or from Open311, in ONE transaction: the report, its confirmation
 * mail when an e-mail was given (the report stays unconfirmed until the link is used, as FixMyStreet does),
 * the anti-bot proof spent (form), and the audit row. A form report without an e-mail opens at once; so does
 * one from an Open311 client, whose key holder answers for it. Every report is moderated alike afterwards.
 * @example const filed = await fileReport(deps, { report: { category: 'roads', description: 'Dziura', address: 'Słowackiego 12' }, locale: 'pl', source: { kind: 'form', proof } });
 */
export async function fileReport(deps: UseCaseDeps, input: FileReportInput): Promise<FiledReport> {
  if (writers.pendingCount + encoders.pendingCount >= MAX_WAITING_REPORTS) throw new DomainError('unavailable', 'errors.unavailable');
  const prepared = input.photo ? await encoders(() => preparePhoto(input.photo)) : { photo: null, error: null };
  return writers(() => fileNow(deps, input, prepared));
}

/** The key of an Open311 client: missing or not live (unknown, revoked) is 403, as the spec asks. */
async function keyOf(deps: UseCaseDeps, source: ReportSource): Promise<number | null> {
  if (source.kind !== 'open311') return null;
  if (source.apiKey === '') throw new DomainError('forbidden', 'reports.open311.apiKeyMissing');
  const id = await apiKeyId(deps.db, deps.actor.officeId, source.apiKey);
  if (id === null) throw new DomainError('forbidden', 'reports.open311.apiKeyInvalid');
  return id;
}

async function fileNow(deps: UseCaseDeps, input: FileReportInput, prepared: PhotoResult): Promise<FiledReport> {
  const keyId = await keyOf(deps, input.source);
  const actor = keyId === null ? deps.actor : { ...deps.actor, label: `open311 key ${keyId}` };
  const { report, photo } = readWithPhoto(input, prepared);
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  const category = await deps.db
    .selectFrom('report_category')
    .select(['id', 'unit_id', 'attributes'])
    .where('office_id', '=', officeId)
    .where('code', '=', report.categoryCode)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!category) throw invalid({ category: { key: keyId === null ? 'reports.input.categoryUnknown' : 'reports.open311.serviceUnknown' } });
  const answers = readAttributeAnswers(readAttributeDefinitions(category.attributes), input.posted ?? {});
  const unconfirmed = input.source.kind === 'form' && report.email !== null;
  const status = unconfirmed ? 'unconfirmed' : 'open';
  const token = input.source.kind === 'open311' ? newApiToken() : null;
  return deps.db.transaction().execute(async (tx) => {
    const row = await insertReport(tx, {
      office_id: officeId,
      code: newReportCode(),
      category_id: category.id,
      description: report.description,
      address: report.address,
      lat: report.point?.lat ?? null,
      long: report.point?.long ?? null,
      page_link: report.pageLink,
      email: report.email,
      first_name: report.firstName,
      last_name: report.lastName,
      phone: report.phone,
      media_url: report.mediaUrl,
      locale: input.locale,
      source: input.source.kind,
      api_key_id: keyId,
      api_token: token,
      status,
      unit_id: category.unit_id,
      attributes: JSON.stringify(answers),
      created_at: now,
      confirmed_at: unconfirmed ? null : now,
      updated_at: now,
    });
    if (photo)
      await tx
        .insertInto('report_photo')
        .values({ report_id: row.id, content_type: photo.type, bytes: photo.bytes, created_at: now })
        .execute();
    if (report.email !== null)
      await queueReportMail(tx, { officeId, reportId: row.id, kind: unconfirmed ? 'report_confirm' : 'report_status', at: now });
    if (input.source.kind === 'form') await consumeAntiBotProof(deps.db, tx, now, input.source.proof);
    await appendAudit(tx, actor, now, {
      action: 'report.file',
      subjectType: 'problem_report',
      subjectId: row.id,
      details: {
        code: row.code,
        category: report.categoryCode,
        source: input.source.kind,
        status,
        photo: photo !== null,
        attributes: Object.keys(answers),
      },
    });
    return { id: row.id, code: row.code, status, token };
  });
}

type PhotoResult = Awaited<ReturnType<typeof preparePhoto>>;

/** Reads the report with its prepared photo, with every mistake of both at once (the photo's under `photo`). */
function readWithPhoto(input: FileReportInput, prepared: PhotoResult): { report: ReportInput; photo: PreparedPhoto | null } {
  let report: ReportInput | null = null;
  let fields: Record<string, FieldError> = {};
  try {
    report = readReport(input.report);
  } catch (error) {
    if (!(error instanceof DomainError) || error.kind !== 'validation') throw error;
    fields = { ...error.fields };
  }
  if (prepared.error) fields.photo = prepared.error;
  if (!report || Object.keys(fields).length > 0) throw invalid(fields);
  return { report, photo: prepared.photo };
}

/** Inserts the report; a code already taken (a chance of 1 in 10^11) draws another. */
async function insertReport(tx: Tx, values: Insertable<ProblemReportTable>): Promise<{ id: number; code: string }> {
  for (;;) {
    const row = await tx
      .insertInto('problem_report')
      .values(values)
      .onConflict((oc) => oc.column('code').doNothing())
      .returning(['id', 'code'])
      .executeTakeFirst();
    if (row) return row;
    values.code = newReportCode();
  }
}
