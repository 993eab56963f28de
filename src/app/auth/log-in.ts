import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { DomainError } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { afterLoginFailure, minutesToWait } from '../../domain/auth/login-throttle.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { createSession, hashToken } from '../../storage/session-repository.ts';
import type { Tx } from '../../storage/database.ts';
import type { Actor, UseCaseDeps } from '../shared/deps.ts';
import { hashPassword, verifyPassword } from './password.ts';
import type { DirectoryOutcome, StaffDirectory } from './directory.ts';

export interface LogInInput {
  login: unknown;
  password: unknown;
  /** The session cookie the browser still sent, if any: it is ended, so a planted session never survives a login. */
  previousToken?: string | undefined;
  /** The office's directory (LDAP), when configured: asked for logins that are not local accounts. */
  directory?: StaffDirectory | undefined;
}

export interface LoggedIn {
  staffId: number;
  roles: string[];
  /** For the session cookie; the database keeps only its hash. */
  token: string;
}

type Outcome =
  | { kind: 'ok'; session: LoggedIn }
  | { kind: 'failed' }
  | { kind: 'throttled'; minutes: number }
  | { kind: 'no_role' }
  | { kind: 'directory_unreachable' };

// What a directory account keeps as its password: no argon2 hash, so no local password ever matches it.
const DIRECTORY_PASSWORD = '!directory';
const LOGIN_FORMAT = /^[a-z0-9._-]{3,40}$/;

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
  // A login that is no local account goes to the directory, outside the transaction (a network call), unless
  // this address must wait: a guessing address never reaches the directory (nor locks its accounts).
  let fromDirectory: DirectoryOutcome | undefined;
  if (input.directory) {
    const local = await deps.db
      .selectFrom('staff')
      .select('id')
      .where(sql<string>`lower(login)`, '=', login)
      .where('directory_dn', 'is', null)
      .executeTakeFirst();
    if (!local) {
      const throttle = await deps.db
        .selectFrom('login_throttle')
        .select(['failures', 'blocked_until as blockedUntil'])
        .where('login_hash', '=', key.login_hash)
        .where('address', '=', key.address)
        .executeTakeFirst();
      if (minutesToWait(throttle ?? null, now) === 0) {
        fromDirectory = LOGIN_FORMAT.test(login)
          ? await input.directory.authenticate(login, password)
          : { kind: 'refused', reason: 'unknown_login' };
      }
    }
  }
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
      .where('directory_dn', 'is', null)
      .where(sql<string>`lower(login)`, '=', login)
      .executeTakeFirst();
    if (fromDirectory) return directoryLogin(tx, deps, input, key, throttle ?? null, now, fromDirectory);
    // An unknown login still costs one argon2 verification, so the answer's timing does not tell which exist.
    const matches = await verifyPassword(staff?.password_hash ?? (await timingDecoy()), password);
    if (!staff || !matches || !staff.active) {
      await recordFailure(
        tx,
        deps,
        key,
        throttle ?? null,
        now,
        !staff ? 'unknown_login' : matches ? 'inactive' : 'wrong_password',
        staff?.id,
      );
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
  if (outcome.kind === 'directory_unreachable') {
    throw new DomainError('unavailable', 'auth.login.directoryUnavailable', {
      fields: { login: { key: 'auth.login.directoryUnavailable' } },
    });
  }
  if (outcome.kind === 'no_role')
    throw new DomainError('validation', 'auth.login.noRole', { fields: { login: { key: 'auth.login.noRole' } } });
  throw outcome.kind === 'throttled' ? throttled(outcome.minutes) : failure();
}

type ThrottleKey = { login_hash: Buffer; address: string };
type Throttle = Parameters<typeof afterLoginFailure>[0];

/** A failed attempt: counted towards this address's wait, and audited (never the login typed). */
async function recordFailure(
  tx: Tx,
  deps: UseCaseDeps,
  key: ThrottleKey,
  throttle: Throttle,
  now: Date,
  reason: string,
  staffId: number | undefined,
): Promise<void> {
  const next = afterLoginFailure(throttle, now);
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
    ...(staffId !== undefined ? { subjectType: 'staff', subjectId: staffId } : {}),
    details: { reason, ...(next.blockedUntil ? { blockedUntil: next.blockedUntil.toISOString() } : {}) },
  });
}

/**
 * region: a login the directory answered. Its account is made at the first login (in the first office, with
 * no local password) and follows the directory at every one: name, e-mail, and the roles of its groups; an
 * account an administrator switched off here stays off. An unreachable directory is audited but does not
 * count towards the address's wait.
 */
async function directoryLogin(
  tx: Tx,
  deps: UseCaseDeps,
  input: LogInInput,
  key: ThrottleKey,
  throttle: Throttle,
  now: Date,
  answer: DirectoryOutcome,
): Promise<Outcome> {
  if (answer.kind === 'unreachable') {
    await appendAudit(tx, deps.actor, now, { action: 'auth.login_failed', details: { reason: 'directory_unreachable' } });
    return { kind: 'directory_unreachable' };
  }
  const known = await tx
    .selectFrom('staff')
    .select(['id', 'active', 'office_id'])
    .where('directory_dn', '=', answer.kind === 'ok' ? answer.dn : '')
    .executeTakeFirst();
  if (answer.kind === 'refused') {
    await recordFailure(tx, deps, key, throttle, now, answer.reason, known?.id);
    return answer.reason === 'no_role' ? { kind: 'no_role' } : { kind: 'failed' };
  }
  if (known && !known.active) {
    await recordFailure(tx, deps, key, throttle, now, 'inactive', known.id);
    return { kind: 'failed' };
  }
  const login = (typeof input.login === 'string' ? input.login : '').trim().toLowerCase();
  const person = { login, full_name: answer.fullName.trim().slice(0, 120) || login, email: answer.email.slice(0, 200) };
  let staffId: number;
  let officeId: number;
  if (known) {
    await tx.updateTable('staff').set(person).where('id', '=', known.id).execute();
    staffId = known.id;
    officeId = known.office_id;
  } else {
    const office = await tx.selectFrom('office').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
    const created = await tx
      .insertInto('staff')
      .values({ ...person, office_id: office.id, password_hash: DIRECTORY_PASSWORD, directory_dn: answer.dn })
      .returning('id')
      .executeTakeFirstOrThrow();
    staffId = created.id;
    officeId = office.id;
  }
  const had = (await tx.selectFrom('staff_role').select('role').where('staff_id', '=', staffId).orderBy('role').execute()).map(
    (r) => r.role,
  );
  if (!known || had.join(',') !== answer.roles.join(',')) {
    await tx.deleteFrom('staff_role').where('staff_id', '=', staffId).execute();
    await tx
      .insertInto('staff_role')
      .values(answer.roles.map((role) => ({ staff_id: staffId, role })))
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'staff.directory_sync',
      subjectType: 'staff',
      subjectId: staffId,
      details: { created: !known, roles: answer.roles.join(',') },
    });
  }
  await tx.deleteFrom('login_throttle').where('login_hash', '=', key.login_hash).where('address', '=', key.address).execute();
  if (input.previousToken) await tx.deleteFrom('staff_session').where('token_hash', '=', hashToken(input.previousToken)).execute();
  const { token } = await createSession(tx, staffId, now);
  const actor: Actor = { kind: 'staff', id: staffId, label: login, role: answer.roles.join(','), address: deps.actor.address, officeId };
  await appendAudit(tx, actor, now, { action: 'auth.login', subjectType: 'staff', subjectId: staffId, details: { directory: true } });
  return { kind: 'ok', session: { staffId, roles: answer.roles, token } };
}
