import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { DomainError } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { afterFailedLogin, isLocked } from '../../domain/auth/lockout.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { createSession, hashToken } from '../../storage/session-repository.ts';
import type { Actor, UseCaseDeps } from '../shared/deps.ts';
import { hashPassword, verifyPassword } from './password.ts';

export interface LogInInput {
  login: unknown;
  password: unknown;
  /** The session cookie the browser still sent, if any: it is ended, so a planted session never survives a login. */
  previousToken?: string | undefined;
}

export interface LoggedIn {
  staffId: number;
  roles: string[];
  /** For the session cookie; the database keeps only its hash. */
  token: string;
}

type Outcome = { kind: 'ok'; session: LoggedIn } | { kind: 'failed' } | { kind: 'locked' };

// An unknown login still costs one argon2 verification, so the answer's timing does not tell which logins exist.
let dummyHash: Promise<string> | undefined;
function timingDecoy(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

/** The same message for an unknown login, a wrong password and an inactive account: no user enumeration. */
function failure(key: 'auth.login.failed' | 'auth.login.locked'): DomainError {
  return new DomainError('validation', key, { fields: { login: { key } } });
}

/**
 * Checks a login and password and starts a session. A failure counts against the account (five in a
 * row lock it for 15 minutes) and is audited; the failure is committed before the error is thrown.
 * `deps.actor` is the anonymous visitor (kind `public`) with their address.
 * @example const { token, roles } = await logIn(deps, { login: 'jan.kowalski', password });
 */
export async function logIn(deps: UseCaseDeps, input: LogInInput): Promise<LoggedIn> {
  const v = new FieldCheck();
  const login = v.text('login', input.login, { max: 40 }).toLowerCase();
  const password = typeof input.password === 'string' ? input.password : '';
  if (password === '') v.fail('password', 'errors.required');
  v.done();

  const now = deps.clock.now();
  const outcome = await deps.db.transaction().execute(async (tx): Promise<Outcome> => {
    // The row lock makes concurrent guesses at one account count one after another.
    const staff = await tx
      .selectFrom('staff')
      .select(['id', 'office_id', 'login', 'password_hash', 'active', 'failed_logins', 'locked_until'])
      .where(sql<string>`lower(login)`, '=', login)
      .forUpdate()
      .executeTakeFirst();
    // The attempted login is not written down: people sometimes type their password into that field.
    if (!staff) {
      await verifyPassword(await timingDecoy(), password);
      await appendAudit(tx, deps.actor, now, { action: 'auth.login_failed', details: { reason: 'unknown_login' } });
      return { kind: 'failed' };
    }
    if (isLocked(staff.locked_until, now)) {
      await appendAudit(tx, deps.actor, now, {
        action: 'auth.login_failed',
        subjectType: 'staff',
        subjectId: staff.id,
        details: { reason: 'locked' },
      });
      return { kind: 'locked' };
    }
    const matches = await verifyPassword(staff.password_hash, password);
    if (!matches || !staff.active) {
      const reason = matches ? 'inactive' : 'wrong_password';
      const next = afterFailedLogin(staff.failed_logins, now);
      await tx
        .updateTable('staff')
        .set({ failed_logins: next.failedLogins, locked_until: next.lockedUntil })
        .where('id', '=', staff.id)
        .execute();
      await appendAudit(tx, deps.actor, now, {
        action: 'auth.login_failed',
        subjectType: 'staff',
        subjectId: staff.id,
        details: { reason },
      });
      if (next.lockedNow) {
        await appendAudit(tx, deps.actor, now, {
          action: 'auth.lockout',
          subjectType: 'staff',
          subjectId: staff.id,
          details: { until: next.lockedUntil?.toISOString() },
        });
        return { kind: 'locked' };
      }
      return { kind: 'failed' };
    }

    await tx.updateTable('staff').set({ failed_logins: 0, locked_until: null }).where('id', '=', staff.id).execute();
    if (input.previousToken) await tx.deleteFrom('staff_session').where('token_hash', '=', hashToken(input.previousToken)).execute();
    const roles = (await tx.selectFrom('staff_role').select('role').where('staff_id', '=', staff.id).orderBy('role').execute()).map(
      (r) => r.role,
    );
    const { token } = await createSession(tx, staff.id, now);
    const actor: Actor = {
      kind: 'staff',
      id: staff.id,
      label: staff.login,
      role: roles.join(','),
      address: deps.actor.address,
      officeId: staff.office_id,
    };
    await appendAudit(tx, actor, now, { action: 'auth.login', subjectType: 'staff', subjectId: staff.id });
    return { kind: 'ok', session: { staffId: staff.id, roles, token } };
  });

  if (outcome.kind === 'ok') return outcome.session;
  throw failure(outcome.kind === 'locked' ? 'auth.login.locked' : 'auth.login.failed');
}
