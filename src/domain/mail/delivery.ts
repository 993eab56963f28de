import { MINUTE } from '../shared/time.ts';
/** The rules of the mail outbox: when a mail no longer applies, when to try again, and what an error may keep. */

export type OutboxKind = 'booking_confirmed' | 'booking_reminder' | 'booking_moved' | 'booking_cancelled';

export interface BookingState {
  status: 'booked' | 'checked_in' | 'cancelled' | 'no_show';
  version: number;
  email: string | null;
  anonymised: boolean;
}

/** Why a queued mail is not sent; stored with the skipped row for the staff page. */
export type SkipReason = 'no_booking' | 'no_email' | 'anonymised' | 'outdated_reminder' | 'visit_not_booked' | 'booking_cancelled';

/** Minutes to wait after the n-th failed attempt (1-based); the last step repeats. */
export const RETRY_MINUTES: readonly number[] = [1, 5, 15, 60, 240, 720];
/** After this many failed attempts the mail is given up ('failed'). */
export const MAX_ATTEMPTS = 7;
/** How long a claimed mail stays away from other workers: longer than any SMTP timeout of one send. */
export const LEASE_MINUTES = 10;

/**
 * Whether a queued mail still applies to the booking as it is now; null means send it.
 * @example skipReason('booking_reminder', 1, { status: 'booked', version: 2, email: 'a@b.pl', anonymised: false }) // 'outdated_reminder'
 */
export function skipReason(kind: OutboxKind, queuedForVersion: number | null, booking: BookingState | undefined): SkipReason | null {
  if (!booking) return 'no_booking';
  if (booking.anonymised) return 'anonymised';
  if (booking.email === null || booking.email === '') return 'no_email';
  if (kind === 'booking_reminder') {
    // A reminder speaks of one version of the visit: after a move its time is wrong, after a cancellation it is moot.
    if (queuedForVersion !== booking.version) return 'outdated_reminder';
    if (booking.status !== 'booked') return 'visit_not_booked';
  }
  // A confirmation or a change notice of a visit cancelled before it went out: the cancellation notice says it all.
  if ((kind === 'booking_confirmed' || kind === 'booking_moved') && booking.status === 'cancelled') return 'booking_cancelled';
  return null;
}

/**
 * What happens after a failed attempt: try again later, or give up.
 * @example afterFailure(1, new Date('2026-12-01T08:00:00Z')) // { retryAt: 2026-12-01T08:01:00Z }
 * @example afterFailure(7, now) // { giveUp: true }
 */
export function afterFailure(attempts: number, now: Date): { giveUp: true } | { giveUp: false; retryAt: Date } {
  if (attempts >= MAX_ATTEMPTS) return { giveUp: true };
  const minutes = RETRY_MINUTES[Math.min(Math.max(attempts, 1), RETRY_MINUTES.length) - 1]!;
  return { giveUp: false, retryAt: new Date(now.getTime() + minutes * MINUTE) };
}

/**
 * Until when a claimed mail belongs to the worker that claimed it.
 * @example leaseUntil(now) // now + 10 minutes
 */
export function leaseUntil(now: Date): Date {
  return new Date(now.getTime() + LEASE_MINUTES * MINUTE);
}

/**
 * An SMTP error as the outbox keeps it: one line, at most 500 characters, no e-mail addresses (servers
 * often quote the recipient, and the outbox outlives the booking's personal data).
 * @example errorText(new Error('550 5.1.1 <jan@example.pl>: Recipient rejected')) // '550 5.1.1 <…>: Recipient rejected'
 */
export function errorText(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const text = raw
    .replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '…')
    .replace(/\s+/g, ' ')
    .trim();
  return (text === '' ? 'unknown error' : text).slice(0, 500);
}

/**
 * The sender when MAIL_FROM is not set: the office's name at no-reply@ the public address's host, or at
 * the reserved `.invalid` domain when that host is not a domain name (localhost, an IP address).
 * @example defaultSender('Urząd Miasta', 'https://urzad.example.pl') // { name: 'Urząd Miasta', address: 'no-reply@urzad.example.pl' }
 */
export function defaultSender(officeName: string, publicUrl: string): { name: string; address: string } {
  const host = new URL(publicUrl).hostname;
  const isDomain = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host) && /[a-z]/i.test(host.split('.').pop() ?? '');
  return { name: officeName, address: `no-reply@${isDomain ? host : 'okienko.invalid'}` };
}
