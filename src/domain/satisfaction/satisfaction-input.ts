import { one, type FormValues } from '../organisation/form-values.ts';
import { FieldCheck } from '../shared/validate.ts';

/** The five faces, best first, as the question shows them. */
export const SCORES = [5, 4, 3, 2, 1] as const;
export type Score = (typeof SCORES)[number];
/** The longest comment a resident may leave. */
export const COMMENT_MAX = 1000;

/** One answer: the face chosen and the resident's optional words. */
export interface SatisfactionInput {
  score: Score;
  comment: string | null;
}

/**
 * Reads the question's form (`score` 1–5, `comment` optional); every mistake at once.
 * @example readSatisfaction({ score: '4', comment: '' }) // { score: 4, comment: null }
 */
export function readSatisfaction(form: FormValues): SatisfactionInput {
  const v = new FieldCheck();
  const raw = one(form, 'score').trim();
  const score = SCORES.find((s) => String(s) === raw) ?? null;
  if (score === null) v.fail('score', raw === '' ? 'satisfaction.errors.scoreMissing' : 'errors.choice');
  const comment = v.text('comment', one(form, 'comment'), { max: COMMENT_MAX, multiline: true, optional: true });
  v.done();
  return { score: score!, comment: comment === '' ? null : comment };
}

/** A comment's way through moderation (only the unit's head reads a pending one). */
export const COMMENT_STATES = ['none', 'pending', 'approved', 'rejected'] as const;
export type CommentState = (typeof COMMENT_STATES)[number];
export const MODERATION_DECISIONS = ['approved', 'rejected'] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];
