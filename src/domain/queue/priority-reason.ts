/**
 * Why a ticket is served out of turn (seed 7.1: people with reduced mobility, the ill and the elderly are
 * served out of turn). The office configures its list; a code is what the database stores and the
 * message catalogues word ("queue.priority.<code>").
 */
export type PriorityReasonCode = string & { readonly __brand: 'PriorityReasonCode' };

/** The reasons an office starts with; an administrator may add or retire codes. */
export const DEFAULT_PRIORITY_REASONS: readonly PriorityReasonCode[] = [
  'reduced_mobility',
  'disability',
  'pregnancy',
  'child_in_arms',
  'age_75_plus',
] as PriorityReasonCode[];

/**
 * Whether a text can be a reason code: lower-case letters, digits and underscores, 2–40 characters,
 * so that it is safe in a message key and a URL.
 * @example isPriorityReasonCode('child_in_arms') // true
 * @example isPriorityReasonCode('Ciąża') // false
 */
export function isPriorityReasonCode(value: unknown): value is PriorityReasonCode {
  return typeof value === 'string' && /^[a-z][a-z0-9_]{1,39}$/.test(value);
}
