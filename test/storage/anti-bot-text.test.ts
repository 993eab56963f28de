import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  consumeAntiBotProof,
  newTextChallengeFor,
  openTextChallenge,
  purgeExpiredChallenges,
  textQuestion,
} from '../../src/app/anti-bot/index.ts';
import { challengeAnswer, numberInWords } from '../../src/domain/booking/index.ts';
import { DomainError } from '../../src/domain/shared/errors.ts';
import type { Clock } from '../../src/app/shared/deps.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const MINUTE = 60_000;
const issuedAt = new Date('2026-12-01T09:00:00Z');
const clock: Clock = { now: () => issuedAt };

/** Fails unless the promise rejects with the anti-bot field error of this key. */
async function refused(promise: Promise<unknown>, key: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof DomainError);
    assert.equal(error.kind, 'validation');
    assert.deepEqual(error.fields, { antiBot: { key } });
    return true;
  });
}

describe('the question in words: sealed, asked in any language, answered once', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    await database.drop();
  });

  async function fresh(): Promise<{ id: string; question: string; answer: number }> {
    const asked = await newTextChallengeFor({ db: database.db, clock }, 'pl');
    const answer = challengeAnswer((await openTextChallenge(database.db, asked.id))!);
    return { ...asked, answer };
  }

  function consume(id: string, answer: string, at = new Date(issuedAt.getTime() + MINUTE)): Promise<void> {
    return database.db.transaction().execute((tx) => consumeAntiBotProof(database.db, tx, at, { kind: 'text', id, answer }));
  }

  it('asks in Polish words and again in English or Ukrainian for the same id', async () => {
    const asked = await fresh();
    assert.match(asked.question, /^Ile to jest \p{L}+ (dodać|odjąć) \p{L}+\?$/u);
    assert.doesNotMatch(asked.question, /\d/);
    assert.match((await textQuestion(database.db, asked.id, 'en'))!.question, /^What is \w+ (plus|minus) \w+\?$/);
    assert.match((await textQuestion(database.db, asked.id, 'uk'))!.question, /^Скільки буде/);
  });

  it('accepts the right answer in digits, and then never again', async () => {
    const asked = await fresh();
    await consume(asked.id, String(asked.answer));
    await refused(consume(asked.id, String(asked.answer)), 'antiBot.error.used');
    assert.equal(await textQuestion(database.db, asked.id, 'pl'), null);
  });

  it('accepts the right answer in words, in another language too', async () => {
    const asked = await fresh();
    await consume(asked.id, ` ${numberInWords(asked.answer, 'uk').toUpperCase()} `);
  });

  it('refuses a wrong answer and keeps the question answerable', async () => {
    const asked = await fresh();
    await refused(consume(asked.id, String(asked.answer + 1)), 'antiBot.error.wrong');
    await refused(consume(asked.id, 'nie wiem'), 'antiBot.error.wrong');
    await consume(asked.id, String(asked.answer));
  });

  it('refuses an answer after the question expired', async () => {
    const asked = await fresh();
    await refused(consume(asked.id, String(asked.answer), new Date(issuedAt.getTime() + 31 * MINUTE)), 'antiBot.error.expired');
  });

  it('refuses an empty answer, an unknown id and no proof at all', async () => {
    const asked = await fresh();
    await refused(consume(asked.id, ''), 'antiBot.error.missing');
    await refused(consume('0123456789abcdef0123456789abcdef', '7'), 'antiBot.error.expired');
    await refused(consume('nonsense', '7'), 'antiBot.error.expired');
    await refused(
      database.db.transaction().execute((tx) => consumeAntiBotProof(database.db, tx, issuedAt, null)),
      'antiBot.error.missing',
    );
  });

  it('stays usable when the transaction that used it rolls back', async () => {
    const asked = await fresh();
    await assert.rejects(
      database.db.transaction().execute(async (tx) => {
        await consumeAntiBotProof(database.db, tx, issuedAt, { kind: 'text', id: asked.id, answer: String(asked.answer) });
        throw new Error('the booking failed after the check');
      }),
      /the booking failed/,
    );
    await consume(asked.id, String(asked.answer));
  });

  it('answers one of two simultaneous uses and refuses the other', async () => {
    const asked = await fresh();
    const results = await Promise.allSettled([consume(asked.id, String(asked.answer)), consume(asked.id, String(asked.answer))]);
    assert.deepEqual(results.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
  });

  it('writes nothing when a question is asked, and keeps an answered one until an hour after it expired', async () => {
    const rows = async () =>
      Number(
        (
          await database.db
            .selectFrom('anti_bot_challenge')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await rows();
    const asked = await fresh();
    await textQuestion(database.db, asked.id, 'en');
    assert.equal(await rows(), before, 'asking writes nothing');
    await consume(asked.id, String(asked.answer));
    assert.equal(await rows(), before + 1, 'answering writes the question down, to be used once');
    const nonce = (await openTextChallenge(database.db, asked.id))!.id;
    const kept = () => database.db.selectFrom('anti_bot_challenge').select('id').where('id', '=', nonce).execute();
    assert.equal((await purgeExpiredChallenges(database.db, new Date(issuedAt.getTime() + 30 * MINUTE))) >= 0, true);
    assert.equal((await kept()).length, 1, 'kept while it could still be answered');
    assert.ok((await purgeExpiredChallenges(database.db, new Date(issuedAt.getTime() + 2 * 60 * MINUTE))) >= 1);
    assert.equal((await kept()).length, 0);
  });

  it('refuses a question whose sealed id was changed', async () => {
    const asked = await fresh();
    const bytes = Buffer.from(asked.id, 'base64url');
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
    await refused(consume(bytes.toString('base64url'), String(asked.answer)), 'antiBot.error.expired');
    assert.equal(await textQuestion(database.db, bytes.toString('base64url'), 'pl'), null);
  });
});
