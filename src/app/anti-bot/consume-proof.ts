import { verifySolution, type Payload } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { checkChallengeAnswer } from '../../domain/booking/index.ts';
import type { Db, Tx } from '../../storage/database.ts';
import { ALTCHA_ALGORITHM, altchaSecret } from './altcha-challenge.ts';
import { antiBotError } from './errors.ts';
import type { AntiBotProof } from './proof.ts';
import { openTextChallenge } from './text-challenge.ts';

// A widget payload is a few hundred characters; anything much longer is not one.
const MAX_PAYLOAD_LENGTH = 4_096;

/**
 * Checks a proof and spends it inside the caller's transaction, so it is spent exactly when the form's
 * change commits: if anything later in the transaction fails and it rolls back, the proof stays usable
 * and the person may send the same form again. Throws a validation error on field `antiBot`
 * (`antiBot.error.missing | wrong | expired | used | invalid`).
 * A wrong answer to a question in words does not spend it: guessing gains nothing, since every guess
 * costs a request either way (the route's rate limit bounds them) and a fresh page brings a fresh question.
 * `db` is the pool's handle, for the widget's key as the process keeps it; `tx` the use case's transaction.
 * @example await deps.db.transaction().execute(async (tx) => { …; await consumeAntiBotProof(deps.db, tx, deps.clock.now(), antiBotProofFrom(body)); });
 */
export async function consumeAntiBotProof(db: Db, tx: Tx, at: Date, proof: AntiBotProof | null): Promise<void> {
  if (!proof) throw antiBotError('missing');
  if (proof.kind === 'text') await consumeTextAnswer(db, tx, at, proof.id, proof.answer);
  else await consumeAltchaPayload(db, tx, at, proof.payload);
}

async function consumeTextAnswer(db: Db, tx: Tx, at: Date, id: string, answer: string): Promise<void> {
  if (answer === '') throw antiBotError('missing');
  // A question that is not ours (or was changed) cannot be answered: ask a new one.
  const challenge = await openTextChallenge(db, id);
  if (!challenge) throw antiBotError('expired');
  const check = checkChallengeAnswer(challenge, answer, at);
  if (check !== 'correct') throw antiBotError(check);
  // Its nonce as the primary key lets an answered question be used once.
  const inserted = await tx
    .insertInto('anti_bot_challenge')
    .values({
      id: challenge.id,
      kind: 'text',
      first: challenge.first,
      second: challenge.second,
      operation: challenge.operation,
      expires_at: challenge.expiresAt,
      used_at: at,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) throw antiBotError('used');
}

/** The widget's payload: base64 of `{ challenge: { parameters, signature }, solution: { counter, derivedKey } }`. */
function parsePayload(payload: string): Payload | null {
  if (payload.length > MAX_PAYLOAD_LENGTH) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { challenge, solution } = parsed as Partial<Payload>;
    if (typeof challenge?.signature !== 'string' || typeof challenge.parameters !== 'object' || typeof solution !== 'object') return null;
    return parsed as Payload;
  } catch {
    return null;
  }
}

async function consumeAltchaPayload(db: Db, tx: Tx, at: Date, payload: string): Promise<void> {
  const parsed = parsePayload(payload);
  const parameters = parsed?.challenge.parameters;
  // We only ever issue SHA-256 challenges with an expiry; anything else was not made here.
  if (!parsed || parameters?.algorithm !== ALTCHA_ALGORITHM || typeof parameters.expiresAt !== 'number') throw antiBotError('invalid');
  const expiresAt = new Date(parameters.expiresAt * 1000);
  if (at >= expiresAt) throw antiBotError('expired');
  // The widget's key, as the process keeps it (`db`: the pool's handle); it never changes once made.
  const secret = await altchaSecret(db);
  // A payload shaped by hand (odd hex, wrong types) makes the library throw: that is a refusal, not a fault.
  const result = await verifySolution({
    challenge: parsed.challenge,
    solution: parsed.solution,
    deriveKey,
    hmacSignatureSecret: secret,
  }).catch(() => ({ verified: false, expired: false }));
  if (result.expired) throw antiBotError('expired');
  if (!result.verified) throw antiBotError('invalid');
  // The signature is unique to the challenge: the primary key lets it be used once.
  const inserted = await tx
    .insertInto('anti_bot_challenge')
    .values({ id: parsed.challenge.signature!, kind: 'altcha', expires_at: expiresAt, used_at: at })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) throw antiBotError('used');
}
