/**
 * A ticket's number as residents see it: the service's letter and its number of the day (A001, A002 …).
 * Uniqueness per office, letter and office day is a database constraint; this file only spells numbers.
 */

/** One capital letter A–Z, the same shape the `service.ticket_letter` column accepts. */
export type TicketLetter = string & { readonly __brand: 'TicketLetter' };

/** The highest number of a day: four digits is what boards and printed tickets have room for. */
export const MAX_TICKET_NUMBER = 9999;

/**
 * Whether a text is a valid ticket letter (one capital letter A–Z, no Polish diacritics:
 * boards read it aloud and printers print it in a code page without them).
 * @example isTicketLetter('A') // true
 * @example isTicketLetter('Ł') // false
 */
export function isTicketLetter(value: unknown): value is TicketLetter {
  return typeof value === 'string' && /^[A-Z]$/.test(value);
}

/**
 * Spells a ticket: the letter and the number with at least three digits, four from 1000 on.
 * Throws a RangeError on a letter or number no ticket can have: that is a bug, not bad input.
 * @example formatTicketNumber('A', 12) // 'A012'
 * @example formatTicketNumber('B', 1000) // 'B1000'
 */
export function formatTicketNumber(letter: string, number: number): string {
  if (!isTicketLetter(letter)) throw new RangeError(`Not a ticket letter: ${JSON.stringify(letter)}`);
  if (!Number.isInteger(number) || number < 1 || number > MAX_TICKET_NUMBER) {
    throw new RangeError(`Not a ticket number: ${number}`);
  }
  return `${letter}${String(number).padStart(3, '0')}`;
}

/** A ticket number read back into its parts. */
export interface TicketNumber {
  letter: TicketLetter;
  number: number;
}

/**
 * Reads what a clerk typed or a QR code carried ("a012", " A12 ", "A0012") back into letter and number;
 * null when it is not a ticket number. `formatTicketNumber` of the result gives the canonical spelling.
 * @example parseTicketNumber('A012') // { letter: 'A', number: 12 }
 * @example parseTicketNumber('A0') // null
 */
export function parseTicketNumber(text: string): TicketNumber | null {
  const match = /^([A-Za-z])0*(\d{1,4})$/.exec(text.trim());
  if (!match) return null;
  const letter = match[1]!.toUpperCase();
  const number = Number(match[2]);
  if (!isTicketLetter(letter) || number < 1 || number > MAX_TICKET_NUMBER) return null;
  return { letter, number };
}
