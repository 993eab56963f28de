import { confirmReport } from '../../domain/reports/index.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { confirmTokenMatches } from './report-codes.ts';

/**
 * The confirmation link of a report sent with an e-mail: an unconfirmed report opens (and becomes public);
 * a link used again changes nothing and says so. A wrong token is "not found", as is an unknown code.
 * @example await confirmReportByLink(deps, { code: 'Z7QX-3M9P', token }) // { confirmed: true }
 */
export async function confirmReportByLink(deps: UseCaseDeps, input: { code: string; token: string }): Promise<{ confirmed: boolean }> {
  if (!(await confirmTokenMatches(deps.db, input.code, input.token))) throw notFound();
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const report = await tx
      .selectFrom('problem_report')
      .select(['id', 'status'])
      .where('code', '=', input.code)
      .where('office_id', '=', deps.actor.officeId)
      .forUpdate()
      .executeTakeFirst();
    if (!report) throw notFound();
    if (confirmReport(report.status) === report.status) return { confirmed: false };
    await tx
      .updateTable('problem_report')
      .set((eb) => ({ status: 'open', confirmed_at: now, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', report.id)
      .execute();
    await appendAudit(tx, deps.actor, now, { action: 'report.confirm', subjectType: 'problem_report', subjectId: report.id });
    return { confirmed: true };
  });
}
