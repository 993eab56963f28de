import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { STAFF_ROLES, type StaffRole } from '../../src/domain/auth/roles.ts';
import { createSession, hashToken } from '../../src/storage/session-repository.ts';
import type { Db } from '../../src/storage/database.ts';
import { registerDevice } from '../support/queue.ts';
import { createStaff } from '../support/server.ts';

// Who the fuzzer speaks as: an anonymous visitor, each staff role, a kiosk and a board. Requests may log a
// subject out, revoke its device, deactivate it or take its role away: each is made alive again before its
// next request, cheaply (a session row, as loginAs does; a device row).

export interface Subject {
  name: string;
  role?: StaffRole;
  deviceKind?: 'kiosk' | 'board';
  staffId?: number;
  login?: string;
  session?: { token: string; csrfToken: string };
  device?: { id: number; token: string };
  /** The double-submit token of public forms (login, booking): any well-formed value, in cookie and field. */
  formToken: string;
}

export const PASSWORD = 'test-password-123';

const formToken = () => randomBytes(32).toString('base64url');

/** The subjects: anonymous, one per staff role, a kiosk and a board; made alive by `keepAlive`. */
export function allSubjects(): Subject[] {
  return [
    { name: 'anonymous', formToken: formToken() },
    ...STAFF_ROLES.map((role) => ({ name: role, role, formToken: formToken() })),
    { name: 'kiosk', deviceKind: 'kiosk' as const, formToken: formToken() },
    { name: 'board', deviceKind: 'board' as const, formToken: formToken() },
  ];
}

async function staffAlive(db: Db, subject: Subject): Promise<{ staff: boolean; session: boolean }> {
  if (subject.staffId === undefined || !subject.session) return { staff: subject.staffId !== undefined, session: false };
  const row = await sql<{ staff: boolean; session: boolean }>`
    SELECT (s.active AND EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = s.id AND r.role = ${subject.role})) AS staff,
           EXISTS (SELECT 1 FROM staff_session x WHERE x.staff_id = s.id AND x.token_hash = ${hashToken(subject.session.token)}
                   AND x.expires_at > now()) AS session
    FROM staff s WHERE s.id = ${subject.staffId}`.execute(db);
  return row.rows[0] ?? { staff: false, session: false };
}

/**
 * Makes a subject usable: a member of staff who is active, holds the role and has a live session; a device
 * not revoked. Returns true when it had to write (so the caller takes a new fingerprint).
 * @example if (await keepAlive(db, subject, (login) => logins.push(login))) watch.forget();
 */
export async function keepAlive(db: Db, subject: Subject, onNewLogin: (login: string) => void): Promise<boolean> {
  if (subject.role) {
    const alive = await staffAlive(db, subject);
    if (alive.staff && alive.session) return false;
    if (!alive.staff) {
      const staff = await createStaff(db, [subject.role], PASSWORD);
      subject.staffId = staff.id;
      subject.login = staff.login;
      onNewLogin(staff.login);
    }
    subject.session = await createSession(db, subject.staffId!, new Date());
    return true;
  }
  if (subject.deviceKind) {
    if (subject.device) {
      const row = await db
        .selectFrom('device')
        .select('id')
        .where('id', '=', subject.device.id)
        .where('revoked_at', 'is', null)
        .where('kind', '=', subject.deviceKind)
        .executeTakeFirst();
      if (row) return false;
    }
    subject.device = await registerDevice(db, subject.deviceKind);
    return true;
  }
  return false;
}

/** The cookies a subject's browser holds: language, public form tokens, its session or device. */
export function cookiesOf(subject: Subject, language: string, deviceByCookie: boolean): string[] {
  const cookies = [`jezyk=${language}`, `okienko_logowanie=${subject.formToken}`, `okienko_rezerwacja=${subject.formToken}`];
  if (subject.session) cookies.push(`okienko_sesja=${subject.session.token}`);
  if (subject.device && deviceByCookie) cookies.push(`okienko_urzadzenie=${subject.device.token}`);
  return cookies;
}

/** The token a form of this subject carries in `_csrf`: the session's, else the public forms' double-submit one. */
export function csrfOf(subject: Subject): string {
  return subject.session?.csrfToken ?? subject.formToken;
}
