import { normaliseEmail, normalisePhone, type ContactResult, type EmailAddress, type PhoneNumber } from '../../domain/booking/index.ts';
import { FieldCheck, unreadableText } from '../../domain/shared/validate.ts';
import type { BookingContactColumn } from '../../storage/schema.ts';

/** Who books, as far as the service asks (data minimisation: what it does not ask is not kept). */
export interface BookingPerson {
  name: string | null;
  email: EmailAddress | null;
  phone: PhoneNumber | null;
}

const NAME_MAX = 200;

function reason<T>(result: ContactResult<T>, field: 'email' | 'phone'): string {
  if (result.ok) return '';
  if (result.reason === 'too_long') return field === 'email' ? 'booking.field.emailTooLong' : 'booking.field.phoneFormat';
  return field === 'email' ? 'booking.field.emailFormat' : 'booking.field.phoneFormat';
}

/**
 * Reads the person's details as the service asks for them (`booking_needs_name`, `booking_contact`),
 * throwing every field error at once (`name`, `email`, `phone`). Raw strings: '' when not given.
 * A detail the service does not ask for is dropped, even when typed.
 * @example readBookingPerson({ needsName: true, contact: 'email_or_phone' }, { name: 'Jan Kowalski', email: '', phone: '600 123 456' })
 *   // { name: 'Jan Kowalski', email: null, phone: { e164: '+48600123456', … } }
 */
export function readBookingPerson(
  service: { needsName: boolean; contact: BookingContactColumn },
  input: { name: string; email: string; phone: string },
): BookingPerson {
  const check = new FieldCheck();
  let name: string | null = null;
  if (service.needsName) {
    name = input.name.trim().replace(/\s+/g, ' ');
    const unreadable = name === '' ? null : unreadableText(name);
    if (name === '') check.fail('name', 'booking.field.nameRequired');
    else if (unreadable) check.fail('name', unreadable);
    else if (name.length > NAME_MAX) check.fail('name', 'booking.field.nameTooLong', { max: NAME_MAX });
  }
  const asksEmail = service.contact !== 'phone';
  const asksPhone = service.contact !== 'email';
  const emailGiven = asksEmail && input.email.trim() !== '';
  const phoneGiven = asksPhone && input.phone.trim() !== '';
  let email: EmailAddress | null = null;
  let phone: PhoneNumber | null = null;
  if (emailGiven) {
    const result = normaliseEmail(input.email);
    if (result.ok) email = result.value;
    else check.fail('email', reason(result, 'email'));
  }
  if (phoneGiven) {
    const result = normalisePhone(input.phone);
    if (result.ok) phone = result.value;
    else check.fail('phone', reason(result, 'phone'));
  }
  const emailNeeded = service.contact === 'email' || service.contact === 'email_and_phone';
  const phoneNeeded = service.contact === 'phone' || service.contact === 'email_and_phone';
  if (emailNeeded && !emailGiven) check.fail('email', 'booking.field.emailRequired');
  if (phoneNeeded && !phoneGiven) check.fail('phone', 'booking.field.phoneRequired');
  if (service.contact === 'email_or_phone' && !emailGiven && !phoneGiven) check.fail('email', 'booking.field.contactRequired');
  check.done();
  return { name, email, phone };
}

/** The advisory-lock keys of a person: their e-mail identity and their phone. */
export function personKeys(person: { email: EmailAddress | null; phone: PhoneNumber | null }): string[] {
  return [...(person.email ? [`email:${person.email.identity}`] : []), ...(person.phone ? [`phone:${person.phone.e164}`] : [])];
}
