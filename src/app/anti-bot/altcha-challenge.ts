import { createChallenge, randomInt, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { appSecret } from '../../storage/app-secret.ts';
import type { Db } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { MINUTE } from '../../domain/shared/time.ts';

/** How long a proof-of-work challenge may be solved and sent: the widget fetches a new one when it runs out. */
export const ALTCHA_CHALLENGE_MINUTES = 15;

/** The policy's default when the office has no booking_policy row (the column's default). */
export const DEFAULT_CHALLENGE_MAX_NUMBER = 100_000;

/**
 * One SHA-256 per attempt: the server derives one key to make a challenge and one to check it, so the
 * cost lands on the client only. The work is set by the counter, not by the algorithm's cost.
 */
export const ALTCHA_ALGORITHM = 'SHA-256';

const SECRET_NAME = 'altcha';

/** The HMAC key that signs challenges, as the string altcha-lib expects; made on first use. */
export async function altchaSecret(db: Db): Promise<string> {
  return (await appSecret(db, SECRET_NAME)).toString('hex');
}

/**
 * A new signed proof-of-work challenge, in the format the `altcha` widget (v3) fetches. Deterministic
 * mode of altcha-lib v2: the server picks the counter from 1 to the office's `challenge_max_number`
 * and publishes half of the key it derives; the client tries counters 0, 1, 2, … until its key starts
 * with that half, so it makes on average half the max number of attempts, and at most all of them.
 * Nothing is stored: the signature makes the challenge tamper-proof, and a solved one is recorded
 * only when it is used (see consume-proof.ts).
 * @example const challenge = await newAltchaChallenge(deps); // { parameters: { algorithm: 'SHA-256', nonce, salt, keyPrefix, expiresAt, … }, signature }
 */
export async function newAltchaChallenge(deps: Pick<UseCaseDeps, 'db' | 'clock' | 'actor'>): Promise<Challenge> {
  const policy = await deps.db
    .selectFrom('booking_policy')
    .select('challenge_max_number')
    .where('office_id', '=', deps.actor.officeId)
    .executeTakeFirst();
  const maxNumber = policy?.challenge_max_number ?? DEFAULT_CHALLENGE_MAX_NUMBER;
  return createChallenge({
    algorithm: ALTCHA_ALGORITHM,
    cost: 1,
    counter: randomInt(maxNumber),
    deriveKey,
    expiresAt: new Date(deps.clock.now().getTime() + ALTCHA_CHALLENGE_MINUTES * MINUTE),
    hmacSignatureSecret: await altchaSecret(deps.db),
  });
}
