import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** The result of reading a contact detail a person typed. */
export type ContactResult<T> = { ok: true; value: T } | { ok: false; reason: 'required' | 'format' | 'too_long' };

/** An e-mail address as the person gave it, and the form two bookings are compared by. */
export interface EmailAddress {
  /** Where mail is sent: the local part as typed, the domain in lower case. */
  address: string;
  /** For "one booking per person": the whole address in lower case. */
  identity: string;
}

/** A phone number of any country, Polish when typed without a country code. */
export interface PhoneNumber {
  /** '+48600123456', '+380671234567' (E.164): stored and compared. */
  e164: string;
  /** '+48 600 123 456', '+380 67 123 4567': shown. */
  display: string;
}

// The office's country: a number typed without a country code is a Polish one.
const HOME_COUNTRY = 'PL';
// Digits with the usual separators, after an optional '+'; letters (vanity numbers, "ext.") are refused.
const TYPED_PHONE = /^\+?[0-9\s\u00a0().\u2010-\u2013-]+$/u;
const MAX_PHONE_TYPED = 40;
// The booking table's own check: E.164 has at most 15 digits.
const E164 = /^\+[0-9]{8,15}$/;

// RFC 5321 limits: 64 for the local part, 254 for a usable address (a path of 256 minus the brackets).
const MAX_LOCAL = 64;
const MAX_ADDRESS = 254;
// Letters of any script are allowed (SMTPUTF8 addresses and IDN domains such as łódź.pl exist).
const LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/**
 * Reads an e-mail address: trims it and lower-cases the domain (domains are case-insensitive). The local
 * part is kept as typed for sending, because RFC 5321 lets a mail server treat it case-sensitively, but
 * the identity used to enforce one booking per person lower-cases it too: every mail provider in use
 * treats 'Jan.Kowalski' and 'jan.kowalski' as one mailbox, and a person should not get around the rule
 * with the shift key. Dots and '+tags' are not removed: that equivalence is one provider's convention,
 * not a rule of e-mail, and applying it everywhere would merge different people's mailboxes.
 * Quoted local parts and IP-literal domains are refused: nobody books a visit from one.
 * @example normaliseEmail('  Jan.Kowalski@Poczta.PL ') // { ok: true, value: { address: 'Jan.Kowalski@poczta.pl', identity: 'jan.kowalski@poczta.pl' } }
 */
export function normaliseEmail(raw: string): ContactResult<EmailAddress> {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'required' };
  if (text.length > MAX_ADDRESS) return { ok: false, reason: 'too_long' };
  const at = text.lastIndexOf('@');
  const local = text.slice(0, at);
  const domain = text
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, '');
  const labels = domain.split('.');
  const valid =
    at > 0 &&
    local.length <= MAX_LOCAL &&
    LOCAL.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    /^\p{L}{2,}$/u.test(labels[labels.length - 1]!);
  if (!valid) return { ok: false, reason: 'format' };
  return { ok: true, value: { address: `${local}@${domain}`, identity: `${local.toLowerCase()}@${domain}` } };
}

/**
 * Reads a phone number of any country, checked against the numbering plans of libphonenumber's full ("max")
 * metadata: a number without a country code is Polish (600 123 456, 44 732 77 00), any other country is
 * written with its code (+380 67 123 4567, 00380…). Spaces, dashes, dots and brackets are allowed; letters,
 * extensions and numbers no plan allows (a leading 0 after +48, a digit too many) are refused as 'format'.
 * @example normalisePhone('+48 600-123-456') // { ok: true, value: { e164: '+48600123456', display: '+48 600 123 456' } }
 * @example normalisePhone('+380 67 123 45 67') // { ok: true, value: { e164: '+380671234567', display: '+380 67 123 4567' } }
 */
export function normalisePhone(raw: string): ContactResult<PhoneNumber> {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'required' };
  if (text.length > MAX_PHONE_TYPED) return { ok: false, reason: 'too_long' };
  if (!TYPED_PHONE.test(text)) return { ok: false, reason: 'format' };
  const number = parsePhoneNumberFromString(text, HOME_COUNTRY);
  if (!number?.isValid() || number.ext !== undefined || !E164.test(number.number)) return { ok: false, reason: 'format' };
  return { ok: true, value: { e164: number.number, display: number.formatInternational() } };
}
