import { parseBookingCode } from '../../domain/booking/index.ts';
import { DomainError, conflict, notFound } from '../../domain/shared/errors.ts';
import type { Tx } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { verifyManageToken, type ManageGrant } from './manage-token.ts';

/**
 * Checks a manage link (the code as typed or scanned, and its token) before any transaction opens:
 * a link that is not one, was altered or expired is refused without a database lookup of the code,
 * so the page cannot be used to find out which codes exist.
 * @example const grant = await manageGrant(deps, { code: 'k7qx-3m9p', token });
 */
export async function manageGrant(deps: UseCaseDeps, link: { code: string; token: string }): Promise<ManageGrant> {
  const code = parseBookingCode(link.code);
  if (code === null) throw new DomainError('forbidden', 'booking.manage.linkInvalid');
  return verifyManageToken(deps.db, code, link.token, deps.clock.now());
}

/**
 * The booking a verified link names, locked for the rest of the transaction when it is to change. A link
 * of an older version no longer works, and says why: the visit was cancelled (`linkCancelled`) or moved (`linkReplaced`).
 * @example const booking = await managedBooking(tx, officeId, grant, { forUpdate: true });
 */
export async function managedBooking(tx: Tx, officeId: number, grant: ManageGrant, options: { forUpdate: boolean }) {
  let query = tx.selectFrom('booking').selectAll().where('code', '=', grant.code).where('office_id', '=', officeId);
  if (options.forUpdate) query = query.forUpdate();
  const booking = await query.executeTakeFirst();
  if (!booking) throw notFound('booking.manage.notFound');
  // The link is of an older version: say what became of the visit since (cancelled, or moved to another time).
  if (booking.version !== grant.version)
    throw new DomainError('forbidden', booking.status === 'cancelled' ? 'booking.manage.linkCancelled' : 'booking.manage.linkReplaced');
  return booking;
}

/**
 * Refuses to change a booking that is no longer only booked, or whose time has come (409 with the reason).
 * @example assertChangeable(booking, now);
 */
export function assertChangeable(booking: { status: string; starts_at: Date }, now: Date): void {
  if (booking.status === 'cancelled') throw conflict('booking.manage.alreadyCancelled');
  if (booking.status === 'checked_in') throw conflict('booking.manage.checkedIn');
  if (booking.status === 'no_show') throw conflict('booking.manage.noShow');
  if (booking.starts_at <= now) throw conflict('booking.manage.visitStarted');
}
