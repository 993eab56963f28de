import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { BookingMailFacts, EventWords } from './mail-ports.ts';
import { OFFICE_TIME_ZONE } from '../../domain/organisation/index.ts';

export interface BookingCalendar {
  filename: string;
  method: 'PUBLISH' | 'CANCEL';
  content: string;
}

/**
 * The visit as an iCalendar object, one builder for the mail's attachment and the confirmation page's
 * download.
 *
 * - Times are written in UTC (`DTSTART:20261201T083000Z`) with `X-WR-TIMEZONE:Europe/Warsaw`. ical-generator
 *   writes a native Date given a time zone in the *process's* local time and leaves the VTIMEZONE to an
 *   extra generator package; UTC instants are exact on every day, DST changes included, and every
 *   calendar shows them in its owner's zone (the library's README recommends UTC where possible).
 * - The method is PUBLISH, not REQUEST: REQUEST is an invitation that asks the attendee to accept or
 *   decline and sends the answer to the organizer (RFC 5546 §3.2.2), and the office has no mailbox that
 *   reads those answers. Gmail, Outlook and Apple Mail offer "add to calendar" for a PUBLISH object.
 * - The UID stays the same for the life of the booking and SEQUENCE is the booking's version, so a moved
 *   visit replaces the event and a cancellation (METHOD:CANCEL, STATUS:CANCELLED) removes it.
 * @example const ics = bookingCalendar(facts, wording.event(facts), new Date()); // { filename: 'wizyta-K7QX-3M9P.ics', method: 'PUBLISH', content: 'BEGIN:VCALENDAR…' }
 */
export function bookingCalendar(facts: BookingMailFacts, words: EventWords, stamp: Date): BookingCalendar {
  const cancelled = facts.status === 'cancelled';
  const method = cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH;
  const calendar = ical({
    prodId: { company: 'Okienko', product: 'Okienko', language: facts.locale.toUpperCase() },
    method,
    x: [['X-WR-TIMEZONE', OFFICE_TIME_ZONE]],
  });
  calendar.createEvent({
    id: `booking-${facts.code}@${new URL(facts.bookUrl).hostname}`,
    sequence: facts.version,
    stamp,
    start: facts.startsAt,
    end: facts.endsAt,
    summary: words.summary,
    description: words.description,
    location: words.location,
    url: facts.manageUrl,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    // RFC 5546 wants an organizer on PUBLISH and CANCEL: the office, at its public contact address.
    organizer: facts.office.email !== '' ? { name: facts.office.name, email: facts.office.email } : null,
  });
  return { filename: `wizyta-${facts.code}.ics`, method: cancelled ? 'CANCEL' : 'PUBLISH', content: calendar.toString() };
}
