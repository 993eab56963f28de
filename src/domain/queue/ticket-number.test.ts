import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatTicketNumber, isTicketLetter, MAX_TICKET_NUMBER, parseTicketNumber } from './ticket-number.ts';

const letters = fc.constantFrom(...Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i)));
const numbers = fc.integer({ min: 1, max: MAX_TICKET_NUMBER });

describe('ticket numbers', () => {
  for (const [letter, number, expected] of [
    ['A', 1, 'A001'],
    ['A', 12, 'A012'],
    ['Z', 999, 'Z999'],
    ['B', 1000, 'B1000'],
    ['C', 9999, 'C9999'],
  ] as const) {
    it(`spells ${letter} ${number} as ${expected}`, () => {
      assert.equal(formatTicketNumber(letter, number), expected);
    });
  }

  it('refuses letters no service can have', () => {
    for (const letter of ['a', 'Ł', 'AB', '', '1']) {
      assert.equal(isTicketLetter(letter), false, letter);
      assert.throws(() => formatTicketNumber(letter, 1), RangeError);
    }
  });

  it('refuses numbers outside 1–9999 and fractions', () => {
    for (const number of [0, -1, 10000, 1.5, Number.NaN]) assert.throws(() => formatTicketNumber('A', number), RangeError);
  });

  it('reads what a clerk types back into letter and number', () => {
    assert.deepEqual(parseTicketNumber(' a12 '), { letter: 'A', number: 12 });
    assert.deepEqual(parseTicketNumber('A0012'), { letter: 'A', number: 12 });
    assert.deepEqual(parseTicketNumber('B1000'), { letter: 'B', number: 1000 });
  });

  it('answers null for texts that are not ticket numbers', () => {
    for (const text of ['', 'A', 'A0', '12', 'AA12', 'Ł012', 'A12345', 'A-12', 'A 12']) assert.equal(parseTicketNumber(text), null, text);
  });

  it('reads back every number it spells (property)', () => {
    fc.assert(
      fc.property(letters, numbers, (letter, number) => {
        assert.deepEqual(parseTicketNumber(formatTicketNumber(letter, number)), { letter, number });
      }),
    );
  });

  it('spells numbers so that text order within a width follows number order (property)', () => {
    fc.assert(
      fc.property(letters, fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }), (letter, a, b) => {
        const order = Math.sign(a - b);
        assert.equal(Math.sign(formatTicketNumber(letter, a).localeCompare(formatTicketNumber(letter, b))), order);
      }),
    );
  });
});
