import type { FormValues } from '../../domain/organisation/form-values.ts';
import { readPassword } from '../../domain/organisation/staff-input.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN } from '../auth/password.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/**
 * Sets a new password for a member of staff and ends all their sessions, so whoever held the old
 * password is logged out everywhere. Also lifts a lock after failed logins.
 * @example await resetStaffPassword(deps, 9, { password: 'nowe-haslo-12345' });
 */
export async function resetStaffPassword(deps: UseCaseDeps, id: number, form: FormValues): Promise<void> {
  const passwordHash = await hashPassword(readPassword(form, PASSWORD_MIN, PASSWORD_MAX));
  await deps.db.transaction().execute(async (tx) => {
    const now = deps.clock.now();
    const updated = await tx
      .updateTable('staff')
      .set({ password_hash: passwordHash, password_changed_at: now })
      .where('id', '=', id)
      .where('office_id', '=', deps.actor.officeId)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw notFound();
    const ended = await tx.deleteFrom('staff_session').where('staff_id', '=', id).executeTakeFirst();
    await appendAudit(tx, deps.actor, now, {
      action: 'staff.password_reset',
      subjectType: 'staff',
      subjectId: id,
      details: { sessionsEnded: Number(ended.numDeletedRows) },
    });
  });
}
