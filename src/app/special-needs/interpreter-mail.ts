import { sql } from 'kysely';
import type { Db } from '../../storage/database.ts';
import type { InterpreterMailFacts, MailLocale } from '../mail/mail-ports.ts';

const LOCALES: readonly string[] = ['pl', 'en', 'uk'];

/**
 * What the answer to a request for an interpreter in person says, read when the mail is sent: null when the
 * request has no e-mail address, was anonymised, or is not answered (nothing to say).
 * @example await interpreterAnswerForMail(db, 4, 'https://urzad.example') // { decision: 'proposed', proposedMethod: 'video', … }
 */
export async function interpreterAnswerForMail(db: Db, requestId: number, publicUrl: string): Promise<InterpreterMailFacts | null> {
  const row = await db
    .selectFrom('interpreter_request as r')
    .innerJoin('office as o', 'o.id', 'r.office_id')
    .select([
      'r.email',
      'r.locale',
      'r.status',
      'r.method',
      sql<string>`to_char(r.visit_on, 'YYYY-MM-DD')`.as('visitOn'),
      sql<string>`to_char(r.visit_time, 'HH24:MI')`.as('visitTime'),
      sql<string | null>`to_char(r.proposed_on, 'YYYY-MM-DD')`.as('proposedOn'),
      sql<string | null>`to_char(r.proposed_time, 'HH24:MI')`.as('proposedTime'),
      'r.proposed_method',
      'r.answer_reason',
      'o.name as officeName',
      'o.phone as officePhone',
    ])
    .where('r.id', '=', requestId)
    .where('r.anonymised_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.email === '' || (row.status !== 'confirmed' && row.status !== 'proposed')) return null;
  return {
    locale: (LOCALES.includes(row.locale) ? row.locale : 'pl') as MailLocale,
    email: row.email,
    officeName: row.officeName,
    officePhone: row.officePhone,
    decision: row.status,
    method: row.method,
    visitOn: row.visitOn,
    visitTime: row.visitTime,
    proposedOn: row.proposedOn,
    proposedTime: row.proposedTime,
    proposedMethod: row.proposed_method,
    reason: row.answer_reason,
    pageUrl: `${publicUrl.replace(/\/$/, '')}/tlumacz-migowy`,
  };
}
