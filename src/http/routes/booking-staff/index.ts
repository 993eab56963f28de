import type { FastifyInstance } from 'fastify';
import { dayBookingsRoutes } from './day-bookings.ts';
import { phoneBookingRoutes } from './phone-booking.ts';

/** Booking for staff: a visit booked over the phone, the day's bookings per unit and desk. */
export async function bookingStaffArea(app: FastifyInstance): Promise<void> {
  phoneBookingRoutes(app);
  dayBookingsRoutes(app);
}
