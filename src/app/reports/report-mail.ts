import { inLanguage } from '../../domain/shared/translated.ts';
import type { Db } from '../../storage/database.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { ReportMailFacts } from '../mail/mail-ports.ts';
import { confirmToken } from './report-codes.ts';

/** The public page of a report under PUBLIC_URL. */
export function reportUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/$/, '')}/zgloszenia/${code}`;
}

/**
 * What a report's mail says, read when it is sent (so a status mail tells the status as it is then), or
 * null when there is no one to write to (no e-mail, or anonymised).
 * @example await reportForMail(db, 12, 'report_confirm', 'https://urzad.example') // { code: 'Z7QX-3M9P', confirmUrl: '…/potwierdz?t=…', … }
 */
export async function reportForMail(
  db: Db,
  reportId: number,
  kind: 'report_confirm' | 'report_status',
  publicUrl: string,
): Promise<ReportMailFacts | null> {
  const row = await db
    .selectFrom('problem_report as r')
    .innerJoin('report_category as c', 'c.id', 'r.category_id')
    .innerJoin('office as o', 'o.id', 'r.office_id')
    .select([
      'r.code',
      'r.email',
      'r.locale',
      'r.status',
      'r.close_reason',
      'r.refer_to',
      'o.name as officeName',
      translatedColumn('c.name').as('category'),
    ])
    .where('r.id', '=', reportId)
    .where('r.anonymised_at', 'is', null)
    .executeTakeFirst();
  if (!row?.email) return null;
  const followUrl = reportUrl(publicUrl, row.code);
  return {
    kind,
    locale: row.locale,
    email: row.email,
    code: row.code,
    officeName: row.officeName,
    category: inLanguage(row.category, row.locale).value,
    status: row.status,
    closeReason: row.close_reason,
    referTo: row.refer_to,
    followUrl,
    confirmUrl: kind === 'report_confirm' ? `${followUrl}/potwierdz?t=${await confirmToken(db, row.code)}` : null,
  };
}
