import { invalid, type DomainError } from '../../domain/shared/errors.ts';

/** Why an anti-bot proof was refused; each has its message in the `antiBot` catalogue. */
export type AntiBotRefusal = 'missing' | 'wrong' | 'expired' | 'used' | 'invalid';

/** The form field every anti-bot error is reported on (the component's fieldset has this id). */
export const ANTI_BOT_FIELD = 'antiBot';

/**
 * The field error for a refused proof.
 * @example throw antiBotError('wrong') // fields: { antiBot: { key: 'antiBot.error.wrong' } }
 */
export function antiBotError(refusal: AntiBotRefusal): DomainError {
  return invalid({ [ANTI_BOT_FIELD]: { key: `antiBot.error.${refusal}` } });
}
