import { checkNewPassword } from '../../domain/auth/password-policy.ts';
import { forbidden } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { hashToken } from '../../storage/session-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { hashPassword, verifyPassword } from './password.ts';

export interface ChangePasswordInput {
  currentPassword: unknown;
  newPassword: unknown;
  repeatPassword: unknown;
  /** The session the change is made from: it stays; every other session of the person ends. */
  sessionToken: string;
}

function text(raw: unknown): string {
  return typeof raw === 'string' ? raw : '';
}

/**
 * Changes the acting member of staff's own password after checking the current one.
 * @example await changePassword(deps, { currentPassword, newPassword, repeatPassword, sessionToken });
 */
export async function changePassword(deps: UseCaseDeps, input: ChangePasswordInput): Promise<void> {
  const staffId = deps.actor.id;
  if (deps.actor.kind !== 'staff' || staffId === null) throw forbidden();
  const current = text(input.currentPassword);
  const password = text(input.newPassword);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const staff = await tx
      .selectFrom('staff')
      .select(['login', 'password_hash'])
      .where('id', '=', staffId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const v = new FieldCheck();
    if (current === '') v.fail('currentPassword', 'errors.required');
    else if (!(await verifyPassword(staff.password_hash, current))) v.fail('currentPassword', 'auth.password.currentWrong');
    checkNewPassword(v, 'newPassword', 'repeatPassword', { login: staff.login, current, password, repeat: text(input.repeatPassword) });
    v.done();

    await tx
      .updateTable('staff')
      .set({ password_hash: await hashPassword(password), password_changed_at: now })
      .where('id', '=', staffId)
      .execute();
    // Whoever may have learnt the old password loses the sessions it opened.
    await tx.deleteFrom('staff_session').where('staff_id', '=', staffId).where('token_hash', '<>', hashToken(input.sessionToken)).execute();
    await appendAudit(tx, deps.actor, now, { action: 'auth.password_change', subjectType: 'staff', subjectId: staffId });
  });
}
