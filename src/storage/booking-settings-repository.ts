import { registerConstraintMessages } from './database-errors.ts';

/**
 * Words the booking settings' constraints for the administrator's forms: the database decides that only
 * a desk serving the service takes its bookings, and that a schedule row is not entered twice.
 */
registerConstraintMessages({
  booking_schedule_desk_id_service_id_fkey: { kind: 'validation', field: 'desk_id', key: 'bookingStaff.errors.deskNotServing' },
  booking_schedule_desk_id_service_id_weekday_starts_at_key: { kind: 'conflict', field: 'starts_at', key: 'bookingStaff.errors.rowExists' },
  booking_schedule_check: { kind: 'validation', field: 'ends_at', key: 'bookingStaff.errors.endsBeforeStarts' },
});
