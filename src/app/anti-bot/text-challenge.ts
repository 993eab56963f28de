import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { challengeQuestion, newTextChallenge, type ChallengeLocale, type TextChallenge } from '../../domain/booking/index.ts';
import { appSecret } from '../../storage/app-secret.ts';
import type { Db } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/**
 * How long a question in words may be answered. Generous: people without JavaScript include those on
 * old devices and with screen readers, who may fill the rest of the form slowly.
 */
export const TEXT_CHALLENGE_MINUTES = 30;

/** A question ready for the form: its id (a hidden field) and the question in the person's language. */
export interface TextQuestion {
  id: string;
  question: string;
}

// A question is not stored when it is asked (an anonymous page view must not write a row): its id is the
// question itself, sealed with AES-256-GCM under a key of the database, so it can be neither read (the numbers
// would give the answer away) nor changed. Only an answered question is written down, to be used once.
const KEY_NAME = 'anti_bot_text';
const IV_BYTES = 12;
const TAG_BYTES = 16;

interface Sealed {
  n: string;
  f: number;
  s: number;
  o: 'plus' | 'minus';
  e: number;
}

function seal(key: Buffer, challenge: TextChallenge): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body: Sealed = {
    n: challenge.id,
    f: challenge.first,
    s: challenge.second,
    o: challenge.operation,
    e: challenge.expiresAt.getTime(),
  };
  const text = Buffer.concat([cipher.update(JSON.stringify(body), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), text]).toString('base64url');
}

/**
 * The question a form's id stands for, or null when the id was not made here (or was changed). Its `id` is
 * the question's own random nonce, the key under which an answered question is written down.
 * @example const challenge = await openTextChallenge(db, form.antiBotId); challengeAnswer(challenge!) // 7
 */
export async function openTextChallenge(db: Db, id: string): Promise<TextChallenge | null> {
  if (!/^[A-Za-z0-9_-]{60,400}$/.test(id)) return null;
  const bytes = Buffer.from(id, 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', await appSecret(db, KEY_NAME), bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const text = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    const body = JSON.parse(text) as Sealed;
    return { id: body.n, first: body.f, second: body.s, operation: body.o, expiresAt: new Date(body.e) };
  } catch {
    return null;
  }
}

/**
 * Makes a new question in words for a form shown without JavaScript; nothing is written.
 * @example const { id, question } = await newTextChallengeFor(deps, 'pl'); // question: 'Ile to jest jeden dodać sześć?'
 */
export async function newTextChallengeFor(deps: Pick<UseCaseDeps, 'db' | 'clock'>, locale: ChallengeLocale): Promise<TextQuestion> {
  const challenge = newTextChallenge((size) => randomBytes(size), deps.clock.now(), TEXT_CHALLENGE_MINUTES);
  return { id: seal(await appSecret(deps.db, KEY_NAME), challenge), question: challengeQuestion(challenge, locale) };
}

/**
 * The same question asked in another language (after the person switched language), or null when it can no
 * longer be answered (already used, or not one of ours): the page then asks a new one.
 * @example await textQuestion(db, id, 'en') // { id, question: 'What is one plus six?' }
 */
export async function textQuestion(db: Db, id: string, locale: ChallengeLocale): Promise<TextQuestion | null> {
  const challenge = await openTextChallenge(db, id);
  if (!challenge) return null;
  const used = await db.selectFrom('anti_bot_challenge').select('id').where('id', '=', challenge.id).executeTakeFirst();
  return used ? null : { id, question: challengeQuestion(challenge, locale) };
}
