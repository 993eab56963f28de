import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { DomainError } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { afterLoginFailure, minutesToWait } from '../../domain/auth/login-throttle.ts';
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

type Outcome = { kind: 'ok'; session: LoggedIn } | { kind: 'failed' } | { kind: 'throttled'; minutes: number };

// An unknown login still costs one argon2 verification, so the answer's timing does not tell which logins exist.
let dummyHash: Promise<string> | undefined;
function timingDecoy(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

/** The same message for an unknown login, a wrong password and an inactive account: no user enumeration. */
function failure(): DomainError {
  return new DomainError('validation', 'auth.login.failed', { fields: { login: { key: 'auth.login.failed' } } });
}

/** Too many failures of this login from this address: the same words whether the login exists or not. */
function throttled(minutes: number): DomainError {
  const key = 'auth.login.throttled';
  return new DomainError('rate_limited', key, { values: { minutes }, fields: { login: { key, values: { minutes } } } });
}

/** The throttle's key of a login as typed (lower case): its SHA-256, never the text. */
function loginKey(login: string): Buffer {
  return createHash('sha256').update(login).digest();
}

/**
 * Checks a login and password and starts a session. Failures are throttled per login and address
 * (domain/auth/login-throttle.ts): from the fifth in a row that address waits 1, 2, 4… at most 15 minutes
 * before it may try this login again, whether the login exists or not; other addresses are not held up.
 * Every attempt is audited; a failure is committed before the error is thrown.
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
  const key = { login_hash: loginKey(login), address: deps.actor.address.slice(0, 64) || 'unknown' };
  const outcome = await deps.db.transaction().execute(async (tx): Promise<Outcome> => {
    // The row lock makes concurrent guesses from one address at one login count one after another.
    const throttle = await tx
      .selectFrom('login_throttle')
      .select(['failures', 'blocked_until as blockedUntil'])
      .where('login_hash', '=', key.login_hash)
      .where('address', '=', key.address)
      .forUpdate()
      .executeTakeFirst();
    const wait = minutesToWait(throttle ?? null, now);
    if (wait > 0) {
      await appendAudit(tx, deps.actor, now, { action: 'auth.login_throttled', details: { minutes: wait } });
      return { kind: 'throttled', minutes: wait };
    }
    const staff = await tx
      .selectFrom('staff')
      .select(['id', 'office_id', 'login', 'password_hash', 'active'])
      .where(sql<string>`lower(login)`, '=', login)
      .executeTakeFirst();
    // An unknown login still costs one argon2 verification, so the answer's timing does not tell which exist.
    const matches = await verifyPassword(staff?.password_hash ?? (await timingDecoy()), password);
    if (!staff || !matches || !staff.active) {
      const reason = !staff ? 'unknown_login' : matches ? 'inactive' : 'wrong_password';
      const next = afterLoginFailure(throttle ?? null, now);
      await tx
        .insertInto('login_throttle')
        .values({ ...key, failures: next.failures, blocked_until: next.blockedUntil, last_failure_at: now })
        .onConflict((oc) =>
          oc
            .columns(['login_hash', 'address'])
            .doUpdateSet({ failures: next.failures, blocked_until: next.blockedUntil, last_failure_at: now }),
        )
        .execute();
      // The attempted login is not written down: people sometimes type their password into that field.
      await appendAudit(tx, deps.actor, now, {
        action: 'auth.login_failed',
        ...(staff ? { subjectType: 'staff', subjectId: staff.id } : {}),
        details: { reason, ...(next.blockedUntil ? { blockedUntil: next.blockedUntil.toISOString() } : {}) },
      });
      return { kind: 'failed' };
    }

    await tx.deleteFrom('login_throttle').where('login_hash', '=', key.login_hash).where('address', '=', key.address).execute();
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
  throw outcome.kind === 'throttled' ? throttled(outcome.minutes) : failure();
}
