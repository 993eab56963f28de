import { randomBytes } from 'node:crypto';

// No 0/O, 1/I: a code copied from a printed ticket by hand must not be misread. 32 letters: 5 bits each.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

const CODE_LENGTH = 12;
// Random bytes drawn from the system in batches: one draw per ticket cost more than the rest of the code.
// Every byte is used once and the batch is never reused.
const BATCH = 100 * CODE_LENGTH;
let batch = Buffer.alloc(0);
let used = 0;

/**
 * A ticket's code for the follow page: 12 characters from a cryptographic random source (60 bits), so it
 * cannot be guessed or counted through; it carries nothing about the ticket or the person.
 * @example newPublicCode() // 'K7QH2MZC9TXA'
 */
export function newPublicCode(): string {
  const bytes = takeRandomBytes(CODE_LENGTH);
  let code = '';
  // 256 is a multiple of 32, so taking each byte modulo 32 favours no letter.
  for (const byte of bytes) code += ALPHABET.charAt(byte % 32);
  return code;
}

function takeRandomBytes(count: number): Buffer {
  if (used + count > batch.length) {
    batch = randomBytes(BATCH);
    used = 0;
  }
  const taken = batch.subarray(used, used + count);
  used += count;
  return taken;
}

/** Whether a text has the shape of a public code (checked before any database look-up). */
export function isPublicCode(value: string): boolean {
  return /^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}$/.test(value);
}
