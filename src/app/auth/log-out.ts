import { appendAudit } from '../../storage/audit-repository.ts';
import { hashToken } from '../../storage/session-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/**
 * Ends the session of this token. `deps.actor` is the member of staff logging out.
 * @example await logOut(deps, { token: request.cookies.okienko_sesja });
 */
export async function logOut(deps: UseCaseDeps, input: { token: string }): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    await tx.deleteFrom('staff_session').where('token_hash', '=', hashToken(input.token)).execute();
    await appendAudit(tx, deps.actor, deps.clock.now(), { action: 'auth.logout', subjectType: 'staff', subjectId: deps.actor.id ?? '' });
  });
}
