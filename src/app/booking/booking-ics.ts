import { DomainError, notFound } from '../../domain/shared/errors.ts';
import { bookingCalendar } from '../mail/booking-calendar.ts';
import { bookingForMail } from '../mail/booking-facts.ts';
import type { MailWording } from '../mail/mail-ports.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { verifyManageToken } from './manage-token.ts';

export interface BookingIcsDeps extends UseCaseDeps {
  /** Words the event in the booking's language (the UI's `bookingMailWording`). */
  wording: Pick<MailWording, 'event'>;
  /** PUBLIC_URL, for the event's UID and its manage link. */
  publicUrl: string;
}

/**
 * The calendar file of a booking for the confirmation page's download: the same event the confirmation
 * mail carries (same UID, SEQUENCE = the booking's version). The manage link's token is the key; a
 * token of an older version (the visit has moved since) is refused like a forged one. The file holds no
 * personal data, so the read writes no audit row.
 * @example const { filename, content } = await bookingIcs({ ...deps, wording: bookingMailWording, publicUrl }, { code: 'K7QX-3M9P', token });
 */
export async function bookingIcs(
  deps: BookingIcsDeps,
  input: { code: string; token: string },
): Promise<{ filename: string; content: string }> {
  const code = input.code.trim().toUpperCase();
  const grant = await verifyManageToken(deps.db, code, input.token, deps.clock.now());
  const found = await bookingForMail(deps.db, { code }, 'booking_confirmed', deps.publicUrl);
  if (!found) throw notFound();
  if (found.booking.version !== grant.version) throw new DomainError('forbidden', 'booking.manage.linkInvalid');
  const calendar = bookingCalendar(found.facts, deps.wording.event(found.facts), deps.clock.now());
  return { filename: calendar.filename, content: calendar.content };
}
