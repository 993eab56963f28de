import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { generateBookingCode } from '../../domain/booking/index.ts';
import { appSecret } from '../../storage/app-secret.ts';
import type { Db } from '../../storage/database.ts';

const CONFIRM_KEY = 'report_confirm';

/** A new public code of a report, in the booking codes' alphabet ('Z7QX-3M9P'); the unique constraint decides. */
export function newReportCode(): string {
  return generateBookingCode((size) => randomBytes(size));
}

/** A new Open311 token for a report filed through the API. */
export function newApiToken(): string {
  return randomBytes(18).toString('base64url');
}

function mac(key: Buffer, code: string): string {
  return createHmac('sha256', key).update(`report-confirm:${code}`).digest('base64url').slice(0, 32);
}

/**
 * The token of a report's confirmation link: an HMAC of its code under a key of the database, so the link
 * needs no stored secret and only the mail's recipient has it.
 * @example await confirmToken(db, 'Z7QX-3M9P') // 'pX2…' (32 characters)
 */
export async function confirmToken(db: Db, code: string): Promise<string> {
  return mac(await appSecret(db, CONFIRM_KEY), code);
}

/**
 * Loads (or makes, on a new database) the confirmation links' key when the server starts, so that checking a
 * link — even a wrong one — never writes: the key exists before any request asks for it.
 * @example app.addHook('onReady', () => prepareConfirmKey(db));
 */
export async function prepareConfirmKey(db: Db): Promise<void> {
  await appSecret(db, CONFIRM_KEY);
}

/** True when the token is the confirmation token of this code. */
export async function confirmTokenMatches(db: Db, code: string, token: string): Promise<boolean> {
  const expected = Buffer.from(await confirmToken(db, code));
  const sent = Buffer.from(token);
  return expected.length === sent.length && timingSafeEqual(expected, sent);
}

/**
 * Reads a typed or linked report code ('z7qx 3m9p', '/zgloszenia/Z7QX-3M9P'); null when it cannot be one.
 * @example parseReportCode('z7qx3m9p') // 'Z7QX-3M9P'
 */
export function parseReportCode(text: string): string | null {
  const symbols = text.trim().toUpperCase().replace(/[\s-]/g, '');
  if (!/^[2-9A-HJKMNP-Z]{8}$/.test(symbols)) return null;
  return `${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}
