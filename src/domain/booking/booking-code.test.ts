import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BOOKING_CODE_ALPHABET, formatBookingCode, generateBookingCode, parseBookingCode } from './booking-code.ts';

/** Hands out the given bytes in order, as many as asked for, then zeros. */
const fixedBytes = (bytes: number[]) => {
  let next = 0;
  return (size: number) => Uint8Array.from({ length: size }, () => bytes[next++] ?? 0);
};
const codes = fc.stringMatching(new RegExp(`^[${BOOKING_CODE_ALPHABET}]{8}$`)).map(formatBookingCode);

describe('booking codes', () => {
  it('has 31 symbols without 0, O, 1, I or L', () => {
    assert.equal(BOOKING_CODE_ALPHABET.length, 31);
    assert.equal(new Set(BOOKING_CODE_ALPHABET).size, 31);
    assert.doesNotMatch(BOOKING_CODE_ALPHABET, /[0O1IL]/);
  });

  it('maps bytes to symbols and skips bytes that would bias the draw', () => {
    assert.equal(generateBookingCode(fixedBytes([0, 1, 30, 31, 248, 255, 247, 62, 9, 10])), '23Z2-Z2BC');
  });

  it('draws again when the bytes given were all biased', () => {
    assert.equal(generateBookingCode(fixedBytes(Array<number>(16).fill(250))), '2222-2222');
  });

  const read: [string, string, string | null][] = [
    ['as printed', 'K7QX-3M9P', 'K7QX-3M9P'],
    ['lower case with spaces and a newline from a scanner', ' k7qx 3m9p\n', 'K7QX-3M9P'],
    ['without the dash', 'k7qx3m9p', 'K7QX-3M9P'],
    ['with an en dash and extra dashes', 'K7-QX–3M-9P', 'K7QX-3M9P'],
    ['inside a scanned link', 'https://urzad.example/rezerwacja/K7QX-3M9P?lang=pl', 'K7QX-3M9P'],
    ['a link ending with a slash', 'https://urzad.example/rezerwacja/k7qx-3m9p/', 'K7QX-3M9P'],
    ['with O typed for a symbol that does not exist', 'K7QX-3M9O', null],
    ['with the digit 1', 'K7QX-3M91', null],
    ['one symbol short', 'K7QX-3M9', null],
    ['one symbol too many', 'K7QX-3M9PA', null],
    ['empty', '', null],
  ];
  for (const [name, typed, expected] of read) {
    it(`reads a code ${name}`, () => assert.equal(parseBookingCode(typed), expected));
  }

  it('reads back every generated code (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), (bytes) => {
        const code = generateBookingCode(fixedBytes([...bytes]));
        assert.match(code, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
        assert.equal(parseBookingCode(code), code);
      }),
    );
  });

  it('reads a code however it is typed: case, spaces and dashes anywhere (property)', () => {
    const noise = fc.array(fc.constantFrom('', ' ', '-', '  '), { minLength: 9, maxLength: 9 });
    fc.assert(
      fc.property(codes, noise, fc.boolean(), (code, gaps, lower) => {
        const symbols = code.replace('-', '');
        const typed =
          Array.from(symbols, (s) => s)
            .map((symbol, i) => gaps[i]! + (lower ? symbol.toLowerCase() : symbol))
            .join('') + gaps[8]!;
        assert.equal(parseBookingCode(typed), code);
      }),
    );
  });

  it('maps the 248 unbiased byte values onto the 31 symbols equally, 8 each', () => {
    const counts = new Map<string, number>();
    for (let code = 0; code < 31; code += 1) {
      // Each draw asks for 16 bytes and uses the first 8 that are unbiased: give it 8 of the values, then biased padding.
      const bytes = [...Array.from({ length: 8 }, (_, i) => code * 8 + i), ...Array<number>(8).fill(255)];
      for (const symbol of generateBookingCode(fixedBytes(bytes)).replace('-', '')) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    }
    assert.equal(counts.size, 31);
    assert.deepEqual(new Set(counts.values()), new Set([8]));
  });
});
