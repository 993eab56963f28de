import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { solveChallenge, type Challenge, type Payload } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { antiBotProofFrom, consumeAntiBotProof, newAltchaChallenge } from '../../src/app/anti-bot/index.ts';
import { systemActor, systemClock, type Clock, type UseCaseDeps } from '../../src/app/shared/deps.ts';
import { DomainError } from '../../src/domain/shared/errors.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const MINUTE = 60_000;

async function refused(promise: Promise<unknown>, key: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof DomainError);
    assert.deepEqual(error.fields, { antiBot: { key } });
    return true;
  });
}

/** What the widget posts: the challenge it fetched and the solution its workers found, base64 JSON. */
async function solvedPayload(challenge: Challenge): Promise<{ payload: string; counter: number }> {
  const solution = await solveChallenge({ challenge, deriveKey });
  assert.ok(solution);
  const payload: Payload = { challenge: { parameters: challenge.parameters, signature: challenge.signature! }, solution };
  return { payload: Buffer.from(JSON.stringify(payload)).toString('base64'), counter: solution.counter };
}

describe('the ALTCHA proof-of-work: signed, solved, used once', () => {
  let database: TestDatabase;
  let deps: UseCaseDeps;
  before(async () => {
    database = await createTestDatabase();
    const office = await database.db
      .insertInto('office')
      .values({ name: 'Urząd Miasta Testowa Wola', short_name: 'UM Testowa Wola' })
      .returning('id')
      .executeTakeFirstOrThrow();
    deps = { db: database.db, clock: systemClock, actor: systemActor(office.id) };
  });
  after(async () => {
    await database.drop();
  });

  function consume(payload: string, at = new Date()): Promise<void> {
    return database.db.transaction().execute((tx) => consumeAntiBotProof(database.db, tx, at, { kind: 'altcha', payload }));
  }

  it('makes a SHA-256 challenge expiring in 15 minutes, within the default max number without a policy row', async () => {
    const before = Date.now();
    const challenge = await newAltchaChallenge(deps);
    assert.equal(challenge.parameters.algorithm, 'SHA-256');
    assert.match(challenge.signature ?? '', /^[0-9a-f]{64}$/);
    const expiresIn = challenge.parameters.expiresAt! * 1000 - before;
    assert.ok(expiresIn > 14 * MINUTE && expiresIn <= 15 * MINUTE, String(expiresIn));
    assert.ok((await solvedPayload(challenge)).counter <= 100_000);
  });

  it('takes its cost from booking_policy.challenge_max_number', async () => {
    await database.db.insertInto('booking_policy').values({ office_id: deps.actor.officeId, challenge_max_number: 1000 }).execute();
    try {
      for (let i = 0; i < 5; i += 1) assert.ok((await solvedPayload(await newAltchaChallenge(deps))).counter <= 1000);
    } finally {
      await database.db.deleteFrom('booking_policy').execute();
    }
  });

  it('accepts a solved challenge once and refuses it the second time', async () => {
    const { payload } = await solvedPayload(await newAltchaChallenge(deps));
    await consume(payload);
    await refused(consume(payload), 'antiBot.error.used');
  });

  it('stays usable when the transaction that used it rolls back', async () => {
    const { payload } = await solvedPayload(await newAltchaChallenge(deps));
    await assert.rejects(
      database.db.transaction().execute(async (tx) => {
        await consumeAntiBotProof(database.db, tx, new Date(), { kind: 'altcha', payload });
        throw new Error('the booking failed after the check');
      }),
      /the booking failed/,
    );
    await consume(payload);
  });

  it('refuses a payload whose challenge or solution was changed', async () => {
    const challenge = await newAltchaChallenge(deps);
    const { payload } = await solvedPayload(challenge);
    const decoded = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as Payload;
    const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64');
    const longer = {
      ...decoded,
      challenge: {
        ...decoded.challenge,
        parameters: { ...decoded.challenge.parameters, expiresAt: decoded.challenge.parameters.expiresAt! + 3600 },
      },
    };
    await refused(consume(encode(longer)), 'antiBot.error.invalid');
    await refused(
      consume(encode({ ...decoded, solution: { ...decoded.solution, counter: decoded.solution.counter + 1 } })),
      'antiBot.error.invalid',
    );
    await refused(consume(encode({ ...decoded, solution: { ...decoded.solution, derivedKey: 'ab'.repeat(32) } })), 'antiBot.error.invalid');
    await refused(
      consume(encode({ ...decoded, challenge: { ...decoded.challenge, signature: 'cd'.repeat(32) } })),
      'antiBot.error.invalid',
    );
    await refused(consume('not base64 at all {'), 'antiBot.error.invalid');
    await refused(
      consume(encode({ challenge: { parameters: { algorithm: 'SHA-256', expiresAt: 9e9, nonce: 'abc' }, signature: 'x' }, solution: {} })),
      'antiBot.error.invalid',
    );
    // The untouched payload still works: the refusals above spent nothing.
    await consume(payload);
  });

  it('refuses a challenge past its expiry, by the clock of the server and by the clock passed in', async () => {
    const hourAgo: Clock = { now: () => new Date(Date.now() - 60 * MINUTE) };
    const old = await solvedPayload(await newAltchaChallenge({ ...deps, clock: hourAgo }));
    await refused(consume(old.payload), 'antiBot.error.expired');
    const current = await solvedPayload(await newAltchaChallenge(deps));
    await refused(consume(current.payload, new Date(Date.now() + 16 * MINUTE)), 'antiBot.error.expired');
  });

  it('reads the proof from a form: the widget’s payload first, else the question’s id and answer', () => {
    assert.deepEqual(antiBotProofFrom({ antiBotPayload: 'eyJ9', antiBotId: 'a', antiBotAnswer: '7' }), { kind: 'altcha', payload: 'eyJ9' });
    assert.deepEqual(antiBotProofFrom({ antiBotPayload: '', antiBotId: ' ab ', antiBotAnswer: ' siedem ' }), {
      kind: 'text',
      id: 'ab',
      answer: 'siedem',
    });
    assert.deepEqual(antiBotProofFrom({ antiBotId: 'ab' }), { kind: 'text', id: 'ab', answer: '' });
    assert.equal(antiBotProofFrom({ name: 'x' }), null);
    assert.equal(antiBotProofFrom(undefined), null);
  });
});
