import { numberInWords, readNumber, type ChallengeLocale } from './number-words.ts';
import type { RandomBytes } from './booking-code.ts';
import { MINUTE } from '../shared/time.ts';

/**
 * A question in words for people without JavaScript (where the proof-of-work cannot run), like the
 * seed's "1 + 6 =". Screen readers read it aloud; nothing is an image. The server writes it down under
 * `id` once it is answered (single use) and refuses it after `expiresAt`.
 */
export interface TextChallenge {
  /** 32 hex characters from 16 random bytes: unguessable, the key an answered question is written down under. */
  id: string;
  first: number;
  second: number;
  operation: 'plus' | 'minus';
  expiresAt: Date;
}

export type ChallengeCheck = 'correct' | 'wrong' | 'expired';

const QUESTIONS: Record<ChallengeLocale, Record<TextChallenge['operation'], (a: string, b: string) => string>> = {
  pl: { plus: (a, b) => `Ile to jest ${a} dodać ${b}?`, minus: (a, b) => `Ile to jest ${a} odjąć ${b}?` },
  en: { plus: (a, b) => `What is ${a} plus ${b}?`, minus: (a, b) => `What is ${a} minus ${b}?` },
  uk: { plus: (a, b) => `Скільки буде ${a} додати ${b}?`, minus: (a, b) => `Скільки буде ${a} відняти ${b}?` },
};

const hex = (bytes: Uint8Array): string => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * A new question from random bytes: a sum of two numbers from 1 to 9, or a difference of numbers up to
 * 10 with a positive result, so every answer has a word in all three languages. The slight modulo bias
 * of the numbers does not matter: what stops a script is reading words, not unpredictability.
 * @example newTextChallenge(randomBytes, now, 10) // { id: '9f…', first: 1, second: 6, operation: 'plus', expiresAt: now + 10 min }
 */
export function newTextChallenge(randomBytes: RandomBytes, issuedAt: Date, lifetimeMinutes: number): TextChallenge {
  const id = hex(randomBytes(16));
  const bytes = randomBytes(3);
  const [pick, x, y] = [bytes[0] ?? 0, bytes[1] ?? 0, bytes[2] ?? 0];
  const expiresAt = new Date(issuedAt.getTime() + lifetimeMinutes * MINUTE);
  if (pick % 2 === 0) return { id, first: 1 + (x % 9), second: 1 + (y % 9), operation: 'plus', expiresAt };
  const first = 2 + (x % 9);
  return { id, first, second: 1 + (y % (first - 1)), operation: 'minus', expiresAt };
}

/**
 * The question in a language, numbers in words.
 * @example challengeQuestion({ first: 1, second: 6, operation: 'plus', … }, 'pl') // 'Ile to jest jeden dodać sześć?'
 */
export function challengeQuestion(challenge: TextChallenge, locale: ChallengeLocale): string {
  return QUESTIONS[locale][challenge.operation](numberInWords(challenge.first, locale), numberInWords(challenge.second, locale));
}

/**
 * The expected answer.
 * @example challengeAnswer({ first: 9, second: 4, operation: 'minus', … }) // 5
 */
export function challengeAnswer(challenge: TextChallenge): number {
  return challenge.operation === 'plus' ? challenge.first + challenge.second : challenge.first - challenge.second;
}

/**
 * Checks an answer given at an instant: digits or a word in any of the three languages are accepted
 * (a Ukrainian speaker on the Polish page may answer in Ukrainian). Expired wins over correct.
 * @example checkChallengeAnswer(challenge, 'siedem', now) // 'correct' for "jeden dodać sześć"
 */
export function checkChallengeAnswer(challenge: TextChallenge, typed: string, at: Date): ChallengeCheck {
  if (at > challenge.expiresAt) return 'expired';
  return readNumber(typed) === challengeAnswer(challenge) ? 'correct' : 'wrong';
}
