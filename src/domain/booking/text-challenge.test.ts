import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LARGEST_NUMBER_IN_WORDS, numberInWords, readNumber } from './number-words.ts';
import { challengeAnswer, challengeQuestion, checkChallengeAnswer, newTextChallenge, type TextChallenge } from './text-challenge.ts';

const ISSUED = new Date('2026-11-24T08:00:00Z');
const bytesOf = (id: number[], numbers: number[]) => {
  const calls = [Uint8Array.from(id), Uint8Array.from(numbers)];
  return () => calls.shift()!;
};
const onePlusSix: TextChallenge = {
  id: 'a'.repeat(32),
  first: 1,
  second: 6,
  operation: 'plus',
  expiresAt: new Date('2026-11-24T08:10:00Z'),
};

describe('text question', () => {
  it('asks in words in Polish, English and Ukrainian', () => {
    assert.equal(challengeQuestion(onePlusSix, 'pl'), 'Ile to jest jeden dodać sześć?');
    assert.equal(challengeQuestion(onePlusSix, 'en'), 'What is one plus six?');
    assert.equal(challengeQuestion(onePlusSix, 'uk'), 'Скільки буде один додати шість?');
    const nineMinusFour = { ...onePlusSix, first: 9, second: 4, operation: 'minus' as const };
    assert.equal(challengeQuestion(nineMinusFour, 'pl'), 'Ile to jest dziewięć odjąć cztery?');
    assert.equal(challengeQuestion(nineMinusFour, 'uk'), "Скільки буде дев'ять відняти чотири?");
    assert.equal(challengeAnswer(nineMinusFour), 5);
  });

  it('builds the question and its identity from the random bytes given', () => {
    const challenge = newTextChallenge(bytesOf(Array<number>(16).fill(171), [0, 0, 5]), ISSUED, 10);
    assert.deepEqual(challenge, {
      id: 'ab'.repeat(16),
      first: 1,
      second: 6,
      operation: 'plus',
      expiresAt: new Date('2026-11-24T08:10:00Z'),
    });
  });

  const answers: [string, string, string][] = [
    ['digits', '7', 'correct'],
    ['a Polish word in any case with a full stop', ' Siedem. ', 'correct'],
    ['an English word', 'seven', 'correct'],
    ['a Ukrainian word', 'сім', 'correct'],
    ['a wrong number', '8', 'wrong'],
    ['a word that is no number', 'siedmioro', 'wrong'],
    ['nothing', '', 'wrong'],
  ];
  for (const [name, typed, expected] of answers) {
    it(`checks an answer given as ${name}`, () => assert.equal(checkChallengeAnswer(onePlusSix, typed, ISSUED), expected));
  }

  it('accepts the answer until it expires, and not after, even when right', () => {
    assert.equal(checkChallengeAnswer(onePlusSix, '7', new Date('2026-11-24T08:10:00Z')), 'correct');
    assert.equal(checkChallengeAnswer(onePlusSix, '7', new Date('2026-11-24T08:10:00.001Z')), 'expired');
  });

  it('reads Polish words typed without diacritics and Ukrainian apostrophes of any kind', () => {
    assert.equal(readNumber('szesc'), 6);
    assert.equal(readNumber('pietnascie'), 15);
    assert.equal(readNumber('дев’ять'), 9);
    assert.equal(readNumber('девʼять'), 9);
    assert.equal(readNumber('dwie'), 2);
  });

  it('reads back every number it writes, in every language (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: LARGEST_NUMBER_IN_WORDS }),
        fc.constantFrom('pl' as const, 'en' as const, 'uk' as const),
        (n, locale) => {
          assert.equal(readNumber(numberInWords(n, locale)), n);
          assert.equal(readNumber(numberInWords(n, locale).toUpperCase()), n);
        },
      ),
    );
  });

  it('asks only questions whose answer is a number it can write in words, with a fresh identity (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.uint8Array({ minLength: 3, maxLength: 3 }), (id, numbers) => {
        const challenge = newTextChallenge(bytesOf([...id], [...numbers]), ISSUED, 10);
        const answer = challengeAnswer(challenge);
        assert.ok(answer >= 1 && answer <= LARGEST_NUMBER_IN_WORDS && challenge.first >= 1 && challenge.second >= 1);
        assert.match(challenge.id, /^[0-9a-f]{32}$/);
        for (const locale of ['pl', 'en', 'uk'] as const) {
          assert.equal(checkChallengeAnswer(challenge, numberInWords(answer, locale), ISSUED), 'correct');
          assert.doesNotMatch(challengeQuestion(challenge, locale), /\d/);
        }
      }),
    );
  });
});
