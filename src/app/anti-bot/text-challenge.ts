import { randomBytes } from 'node:crypto';
import { challengeQuestion, newTextChallenge, type ChallengeLocale, type TextChallenge } from '../../domain/booking/index.ts';
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

/**
 * Makes and stores a new question in words for a form shown without JavaScript.
 * @example const { id, question } = await newTextChallengeFor(deps, 'pl'); // question: 'Ile to jest jeden dodać sześć?'
 */
export async function newTextChallengeFor(deps: Pick<UseCaseDeps, 'db' | 'clock'>, locale: ChallengeLocale): Promise<TextQuestion> {
  const challenge = newTextChallenge((size) => randomBytes(size), deps.clock.now(), TEXT_CHALLENGE_MINUTES);
  await deps.db
    .insertInto('anti_bot_challenge')
    .values({
      id: challenge.id,
      kind: 'text',
      first: challenge.first,
      second: challenge.second,
      operation: challenge.operation,
      expires_at: challenge.expiresAt,
    })
    .execute();
  return { id: challenge.id, question: challengeQuestion(challenge, locale) };
}

/**
 * The same stored question asked in another language (after the person switched language), or null
 * when there is no such question any more (used or purged): the page then asks a new one.
 * @example await textQuestion(db, id, 'en') // { id, question: 'What is one plus six?' }
 */
export async function textQuestion(db: Db, id: string, locale: ChallengeLocale): Promise<TextQuestion | null> {
  const row = await db
    .selectFrom('anti_bot_challenge')
    .select(['first', 'second', 'operation', 'expires_at'])
    .where('id', '=', id)
    .where('kind', '=', 'text')
    .where('used_at', 'is', null)
    .executeTakeFirst();
  const challenge = row && storedChallenge(id, row);
  return challenge ? { id, question: challengeQuestion(challenge, locale) } : null;
}

/** A stored row back as the domain's question; null for a row that is not a text question. */
export function storedChallenge(
  id: string,
  row: { first: number | null; second: number | null; operation: 'plus' | 'minus' | null; expires_at: Date },
): TextChallenge | null {
  if (row.first === null || row.second === null || row.operation === null) return null;
  return { id, first: row.first, second: row.second, operation: row.operation, expiresAt: row.expires_at };
}
