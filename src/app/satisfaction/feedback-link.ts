import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../domain/shared/errors.ts';
import { appSecret } from '../../storage/app-secret.ts';
import type { Db } from '../../storage/database.ts';

const KEY_NAME = 'satisfaction_link';
const TOKEN = /^([1-9][0-9]{8,10})\.([A-Za-z0-9_-]{22})$/;

function mac(key: Buffer, code: string, expiresSeconds: number): string {
  return createHmac('sha256', key).update(`satisfaction:v1:${code}:${expiresSeconds}`).digest().subarray(0, 16).toString('base64url');
}

/**
 * Signs the link of the mail after a booked visit: who holds it may answer the question for that booking, once.
 * @example const token = await signFeedbackToken(db, 'K7QX-3M9P', expiresAt); // '1796100000.x3…'
 */
export async function signFeedbackToken(db: Db, code: string, expiresAt: Date): Promise<string> {
  const seconds = Math.floor(expiresAt.getTime() / 1000);
  return `${seconds}.${mac(await appSecret(db, KEY_NAME), code, seconds)}`;
}

/**
 * Checks the link's token for a booking code: an altered token or one of another code is "link invalid", an old one "expired".
 * @example await verifyFeedbackToken(db, 'K7QX-3M9P', token, now);
 */
export async function verifyFeedbackToken(db: Db, code: string, token: string, now: Date): Promise<void> {
  const match = TOKEN.exec(token);
  if (!match) throw new DomainError('forbidden', 'satisfaction.errors.linkInvalid');
  const seconds = Number(match[1]);
  const expected = Buffer.from(mac(await appSecret(db, KEY_NAME), code, seconds));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    throw new DomainError('forbidden', 'satisfaction.errors.linkInvalid');
  if (now.getTime() > seconds * 1000) throw new DomainError('forbidden', 'satisfaction.errors.linkExpired');
}
