import { sql } from 'kysely';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './database.ts';
import { HOUR, MINUTE } from '../domain/shared/time.ts';

export const SESSION_IDLE_MS = 2 * HOUR;
export const SESSION_ABSOLUTE_MS = 12 * HOUR;

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface SessionRow {
  staffId: number;
  officeId: number;
  login: string;
  fullName: string;
  roles: string[];
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
}

/** The live session of a token, or undefined when it is unknown, expired or its staff member is deactivated. */
export async function findSession(db: Db, token: string, now: Date): Promise<SessionRow | undefined> {
  const row = await db
    .selectFrom('staff_session')
    .innerJoin('staff', 'staff.id', 'staff_session.staff_id')
    .select([
      'staff.id as staffId',
      'staff.office_id as officeId',
      'staff.login',
      'staff.full_name as fullName',
      'staff_session.csrf_token as csrfToken',
      'staff_session.created_at as createdAt',
      'staff_session.last_seen_at as lastSeenAt',
    ])
    // The roles in the same round trip: every staff request pays this lookup.
    .select(sql<string[] | null>`(SELECT array_agg(role ORDER BY role) FROM staff_role WHERE staff_id = staff.id)`.as('roles'))
    .where('staff_session.token_hash', '=', hashToken(token))
    .where('staff_session.expires_at', '>', now)
    .where('staff.active', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...row, roles: row.roles ?? [] };
}

/** Moves the idle expiry on, at most once a minute per session to spare the database. */
export async function touchSession(db: Db, token: string, session: SessionRow, now: Date): Promise<void> {
  if (now.getTime() - session.lastSeenAt.getTime() < MINUTE) return;
  const absolute = session.createdAt.getTime() + SESSION_ABSOLUTE_MS;
  await db
    .updateTable('staff_session')
    .set({ last_seen_at: now, expires_at: new Date(Math.min(absolute, now.getTime() + SESSION_IDLE_MS)) })
    .where('token_hash', '=', hashToken(token))
    .execute();
}

/** Starts a session; returns the token for the cookie (the database keeps only its hash). */
export async function createSession(db: Db, staffId: number, now: Date): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await db
    .insertInto('staff_session')
    .values({
      token_hash: hashToken(token),
      staff_id: staffId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + SESSION_IDLE_MS),
    })
    .execute();
  return { token, csrfToken };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('staff_session').where('token_hash', '=', hashToken(token)).execute();
}

export interface DeviceRow {
  id: number;
  officeId: number;
  kind: 'kiosk' | 'board' | 'printer' | 'feedback';
  name: string;
  /** The building it stands in, when the administrator said so. */
  buildingId: number | null;
}

/** The device holding this token, unless the token is unknown or revoked. */
export async function findDeviceByToken(db: Db, token: string): Promise<DeviceRow | undefined> {
  return db
    .selectFrom('device')
    .select(['id', 'office_id as officeId', 'kind', 'name', 'building_id as buildingId'])
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}
