import { isStaffRole, type StaffRole } from '../../domain/auth/roles.ts';
import { findSession, touchSession } from '../../storage/session-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** The member of staff behind a live session. */
export interface SignedInStaff {
  id: number;
  officeId: number;
  login: string;
  fullName: string;
  roles: StaffRole[];
  /** The session's synchroniser token, which every unsafe request of the session must carry. */
  csrfToken: string;
}

/**
 * The member of staff behind a session token, with the session's idle expiry moved on (at most once a
 * minute); undefined when the token is unknown or expired, or its member of staff deactivated. Runs on
 * every request that carries a session cookie: one look-up, and the touch only when it is due.
 * @example const staff = await resumeSession({ db, clock }, { token: request.cookies.okienko_sesja });
 */
export async function resumeSession(deps: Pick<UseCaseDeps, 'db' | 'clock'>, input: { token: string }): Promise<SignedInStaff | undefined> {
  const now = deps.clock.now();
  const session = await findSession(deps.db, input.token, now);
  if (!session) return undefined;
  await touchSession(deps.db, input.token, session, now);
  return {
    id: session.staffId,
    officeId: session.officeId,
    login: session.login,
    fullName: session.fullName,
    roles: session.roles.filter(isStaffRole),
    csrfToken: session.csrfToken,
  };
}
