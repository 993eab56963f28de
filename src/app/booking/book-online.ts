import { bookingRefusalError } from '../../domain/booking/index.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { bookingDesksBusyAt } from '../../storage/booking-repository.ts';
import { consumeAntiBotProof, type AntiBotProof } from '../anti-bot/index.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { KeyedQueue } from '../shared/keyed-queue.ts';
import { bookVisit, type BookedVisit, type BookVisitInput } from './book-visit.ts';
import { readBookingPerson } from './booking-person.ts';

export interface BookOnlineInput extends Omit<BookVisitInput, 'source'> {
  /** The anti-bot proof sent with the form (ALTCHA payload or the answer in words); spent only if the booking commits. */
  proof: AntiBotProof | null;
}

/** Attempts at one desk time in this process, one after another (see ARCHITECTURE.md, "A booking burst"). */
const sameTime = new KeyedQueue();

/**
 * The public flow's last step: books a visit for a resident who passed the anti-bot step. Attempts at one
 * time wait for each other; each then asks one indexed look-up whether the time is still free on some desk
 * (most attempts of a burst end there, with the proof unspent), and only then books it in one transaction
 * that spends the proof last. The person's details are checked first, so their errors come before "taken".
 * @example const booked = await bookOnline(deps, { serviceId: 3, startsAt, name: '', email: 'jan@poczta.pl', phone: '', locale: 'pl', proof });
 */
export async function bookOnline(deps: UseCaseDeps, input: BookOnlineInput): Promise<BookedVisit> {
  if (Number.isNaN(input.startsAt.getTime())) throw invalid({ time: { key: 'booking.refusal.slotNotOffered' } });
  const { officeId } = deps.actor;
  return sameTime.run(`${officeId}:${input.serviceId}:${input.startsAt.getTime()}`, async () => {
    const desks = await bookingDesksBusyAt(deps.db, { officeId, serviceId: input.serviceId, at: input.startsAt });
    if (desks?.busy) {
      readBookingPerson(desks, input);
      throw bookingRefusalError({ kind: 'slot_taken' });
    }
    return bookVisit(deps, { ...input, source: 'online' }, (tx) => consumeAntiBotProof(deps.db, tx, deps.clock.now(), input.proof));
  });
}
