/** The result of reading a contact detail a person typed. */
export type ContactResult<T> = { ok: true; value: T } | { ok: false; reason: 'required' | 'format' | 'too_long' | 'not_polish' };

/** An e-mail address as the person gave it, and the form two bookings are compared by. */
export interface EmailAddress {
  /** Where mail is sent: the local part as typed, the domain in lower case. */
  address: string;
  /** For "one booking per person": the whole address in lower case. */
  identity: string;
}

/** A Polish phone number. */
export interface PolishPhone {
  /** '+48600123456': stored and compared. */
  e164: string;
  /** '+48 600 123 456': shown. */
  display: string;
}

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
 * Reads a Polish phone number: nine digits, the first not 0, optionally after +48 or 0048; spaces and
 * dashes anywhere are allowed. A number with another country's prefix is refused as 'not_polish' so
 * the message can say why (booking reminders go to Polish numbers only).
 * @example normalisePhone('+48 600-123-456') // { ok: true, value: { e164: '+48600123456', display: '+48 600 123 456' } }
 * @example normalisePhone('+380 44 123 4567') // { ok: false, reason: 'not_polish' }
 */
export function normalisePhone(raw: string): ContactResult<PolishPhone> {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'required' };
  const compact = text.replace(/[\s\u00a0\u2010-\u2013-]/g, '');
  const match = /^(?:\+48|0048|48(?=\d{9}$))?(\d{9})$/.exec(compact);
  if (!match) return { ok: false, reason: /^(?:\+|00)(?!48)\d{6,}$/.test(compact) ? 'not_polish' : 'format' };
  const digits = match[1]!;
  if (digits.startsWith('0')) return { ok: false, reason: 'format' };
  return { ok: true, value: { e164: `+48${digits}`, display: `+48 ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` } };
}
