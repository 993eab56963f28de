import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../domain/shared/errors.ts';
import { appSecret } from '../../storage/app-secret.ts';
import type { Db } from '../../storage/database.ts';

/** What a manage link proves: who holds it may see, cancel or move this booking at this version. */
export interface ManageGrant {
  code: string;
  version: number;
  expiresAt: Date;
}

const KEY_NAME = 'booking_manage';
const DAY = 86_400_000;
const TOKEN = /^([1-9][0-9]{0,5})\.([1-9][0-9]{8,10})\.([A-Za-z0-9_-]{22})$/;

function mac(key: Buffer, code: string, version: number, expiresSeconds: number): string {
  // 16 bytes of HMAC-SHA256 are plenty against forgery and keep the link short enough to type from paper.
  return createHmac('sha256', key)
    .update(`booking-manage:v1:${code}:${version}:${expiresSeconds}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

/**
 * When a manage link made for a visit stops working: a day after the visit ends.
 * @example manageLinkExpiry(new Date('2026-12-01T09:30:00Z')) // 2026-12-02T09:30:00.000Z
 */
export function manageLinkExpiry(visitEndsAt: Date): Date {
  return new Date(visitEndsAt.getTime() + DAY);
}

/**
 * Signs a manage link's token for a booking code at its current version. Moving or cancelling bumps
 * the version, so an older link stops working.
 * @example const token = await signManageToken(db, { code: 'ABCD-EFGH', version: 1, expiresAt }); // '1.1796100000.x3…'
 */
export async function signManageToken(db: Db, grant: ManageGrant): Promise<string> {
  const seconds = Math.floor(grant.expiresAt.getTime() / 1000);
  return `${grant.version}.${seconds}.${mac(await appSecret(db, KEY_NAME), grant.code, grant.version, seconds)}`;
}

/**
 * Checks a manage link's token for a booking code. A token that was altered, or made for another code,
 * answers "link invalid"; an expired one says so.
 * @example await verifyManageToken(db, 'ABCD-EFGH', token, now) // { code: 'ABCD-EFGH', version: 1, expiresAt }
 */
export async function verifyManageToken(db: Db, code: string, token: string, now: Date): Promise<ManageGrant> {
  const match = TOKEN.exec(token);
  if (!match) throw new DomainError('forbidden', 'booking.manage.linkInvalid');
  const version = Number(match[1]);
  const seconds = Number(match[2]);
  const expected = Buffer.from(mac(await appSecret(db, KEY_NAME), code, version, seconds));
  const given = Buffer.from(match[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    throw new DomainError('forbidden', 'booking.manage.linkInvalid');
  const expiresAt = new Date(seconds * 1000);
  if (now > expiresAt) throw new DomainError('forbidden', 'booking.manage.linkExpired');
  return { code, version, expiresAt };
}

/**
 * Makes sure the signing key is loaded in this process before a transaction starts: a use case that
 * signs inside a transaction then needs no second connection from the pool (a burst of cold requests,
 * each holding one connection and waiting for another, would otherwise starve the pool).
 * @example await prepareManageKey(deps.db); await deps.db.transaction().execute(async (tx) => { …; await signManageToken(deps.db, grant); });
 */
export async function prepareManageKey(db: Db): Promise<void> {
  await appSecret(db, KEY_NAME);
}
