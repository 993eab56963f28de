/**
 * The symbols of a booking code: digits and capitals without the ones people and fonts confuse
 * (0/O, 1/I/L), so a code read aloud on the phone or typed from paper arrives as written.
 */
export const BOOKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const BOOKING_CODE_LENGTH = 8;

/*
 * Why guessing codes is hopeless: 31^8 = 852 891 037 441 codes (about 2^39.6). Even with 20 000 live
 * bookings (a month ahead of a busy office), one random guess hits any of them with a chance of
 * 20 000 / 8.5·10^11 ≈ 2.3·10^-8. At a rate limit of 10 tries a minute per address (14 400 a day) an
 * address expects one hit in about 8 years, and a hit gives little: the manage page also needs the
 * signed token from the e-mail, so a code alone shows no personal data, and checking in needs the
 * person at the kiosk. Uniqueness among live codes is the database's unique constraint; a collision
 * (chance 2.3·10^-8 per new code) just draws again.
 */

/** Random bytes from the caller (`crypto.randomBytes` in the app): the domain itself stays pure. */
export type RandomBytes = (size: number) => Uint8Array;

const CODE_PATTERN = new RegExp(`^[${BOOKING_CODE_ALPHABET}]{${BOOKING_CODE_LENGTH}}$`);

// 248 = 8 × 31: bytes from 248 up are dropped, so every symbol is exactly equally likely (no modulo bias).
const UNBIASED_BELOW = 256 - (256 % BOOKING_CODE_ALPHABET.length);

/**
 * Draws a new booking code, formatted 'XXXX-XXXX'.
 * @example generateBookingCode(randomBytes) // 'K7QX-3M9P'
 */
export function generateBookingCode(randomBytes: RandomBytes): string {
  let symbols = '';
  while (symbols.length < BOOKING_CODE_LENGTH) {
    for (const byte of randomBytes(BOOKING_CODE_LENGTH * 2)) {
      if (byte < UNBIASED_BELOW && symbols.length < BOOKING_CODE_LENGTH)
        symbols += BOOKING_CODE_ALPHABET[byte % BOOKING_CODE_ALPHABET.length]!;
    }
  }
  return formatBookingCode(symbols);
}

/**
 * Puts the dash in eight symbols: 'K7QX3M9P' → 'K7QX-3M9P', the form stored, printed and shown.
 * @example formatBookingCode('K7QX3M9P') // 'K7QX-3M9P'
 */
export function formatBookingCode(symbols: string): string {
  return `${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

/**
 * Reads what a person typed or the kiosk's scanner sent: any case, spaces and dashes anywhere, and a
 * scanned link whose last path segment is the code. Null when it cannot be a code (wrong length or a
 * symbol outside the alphabet), so the kiosk says so without a database lookup.
 * @example parseBookingCode(' k7qx 3m9p\n') // 'K7QX-3M9P'
 * @example parseBookingCode('https://urzad.example/rezerwacja/K7QX-3M9P') // 'K7QX-3M9P'
 * @example parseBookingCode('K7QX-3M9O') // null (O is not in the alphabet)
 */
export function parseBookingCode(text: string): string | null {
  const segment =
    text
      .trim()
      .split(/[?#]/)[0]!
      .split('/')
      .filter((part) => part.trim() !== '')
      .pop() ?? '';
  const symbols = segment.replace(/[\s\u00a0\u2010-\u2013-]/g, '').toUpperCase();
  if (!CODE_PATTERN.test(symbols)) return null;
  return formatBookingCode(symbols);
}
