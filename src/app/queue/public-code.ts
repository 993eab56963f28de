import { randomBytes } from 'node:crypto';

// No 0/O, 1/I: a code copied from a printed ticket by hand must not be misread. 32 letters: 5 bits each.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * A ticket's code for the follow page: 12 characters from a cryptographic random source (60 bits), so it
 * cannot be guessed or counted through; it carries nothing about the ticket or the person.
 * @example newPublicCode() // 'K7QH2MZC9TXA'
 */
export function newPublicCode(): string {
  // 256 is a multiple of 32, so taking each byte modulo 32 favours no letter.
  return [...randomBytes(12)].map((byte) => ALPHABET[byte % 32]).join('');
}

/** Whether a text has the shape of a public code (checked before any database look-up). */
export function isPublicCode(value: string): boolean {
  return /^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}$/.test(value);
}
