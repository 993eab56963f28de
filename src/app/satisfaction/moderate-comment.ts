import { MODERATION_DECISIONS } from '../../domain/satisfaction/index.ts';
import { one, type FormValues } from '../../domain/organisation/form-values.ts';
import { conflict, forbidden, notFound } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { satisfactionScope, type SatisfactionViewer } from './scope.ts';

/**
 * Approves or rejects a pending comment: the unit head of the answer's unit, or an administrator. Decided once
 * (a conditional update: of two moderators at once, one wins and the other hears it was already decided).
 * @example await moderateComment(deps, viewer, 12, { decision: 'approved' });
 */
export async function moderateComment(deps: UseCaseDeps, viewer: SatisfactionViewer, answerId: number, form: FormValues): Promise<void> {
  const v = new FieldCheck();
  const decision = v.oneOf('decision', one(form, 'decision'), MODERATION_DECISIONS);
  v.done();
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  await deps.db.transaction().execute(async (tx) => {
    const answer = await tx
      .selectFrom('satisfaction_answer')
      .select(['id', 'unit_id', 'comment_state'])
      .where('id', '=', answerId)
      .where('office_id', '=', officeId)
      .forUpdate()
      .executeTakeFirst();
    if (!answer || answer.comment_state === 'none') throw notFound();
    const scope = await satisfactionScope(tx, officeId, viewer);
    if (!scope.all && (scope.unitId === null || scope.unitId !== answer.unit_id)) throw forbidden();
    if (answer.comment_state !== 'pending') throw conflict('satisfaction.errors.alreadyModerated');
    await tx
      .updateTable('satisfaction_answer')
      .set({ comment_state: decision!, moderated_by: viewer.staffId, moderated_at: now })
      .where('id', '=', answerId)
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'satisfaction.moderate',
      subjectType: 'satisfaction_answer',
      subjectId: answerId,
      details: { decision: decision!, unitId: answer.unit_id },
    });
  });
}
