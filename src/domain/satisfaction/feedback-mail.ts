// The invitation to rate a booked visit (issue 18 part 1): whether it still goes out when the mail worker takes it.

/** A booked visit as the invitation's sender finds it. */
export interface InvitedVisit {
  status: 'booked' | 'checked_in' | 'cancelled' | 'no_show';
  email: string | null;
  anonymised: boolean;
  /** When the visit's ticket was finished; null when it never was (called and not come, cancelled). */
  endedAt: Date | null;
  /** Whether the visit was rated already (on the follow page, before the mail went). */
  answered: boolean;
}

/** Why a queued invitation is not sent; kept with the skipped row for the outbox page. */
export type FeedbackSkipReason = 'no_booking' | 'anonymised' | 'no_email' | 'not_served' | 'answered' | 'too_late';

/**
 * Whether the invitation still applies; null means send it. A visit rated meanwhile, or whose answer window closed
 * (a worker stopped for days), gets no mail that would only say "already rated" or "too late".
 * @example feedbackSkipReason({ status: 'checked_in', email: 'a@b.pl', anonymised: false, endedAt, answered: true }, now, WEEK) // 'answered'
 */
export function feedbackSkipReason(visit: InvitedVisit | undefined, now: Date, answerWindowMs: number): FeedbackSkipReason | null {
  if (!visit) return 'no_booking';
  if (visit.anonymised) return 'anonymised';
  if (visit.email === null || visit.email === '') return 'no_email';
  if (visit.endedAt === null || visit.status === 'cancelled' || visit.status === 'booked') return 'not_served';
  if (visit.answered) return 'answered';
  if (now.getTime() - visit.endedAt.getTime() > answerWindowMs) return 'too_late';
  return null;
}
