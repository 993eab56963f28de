// The booking use cases: what can be booked and when, booking a visit, the owner's manage link, arrival at the kiosk, and the jobs (no-shows, anonymisation).
export { readBookingPolicy, slotPolicyOf, DEFAULT_BOOKING_POLICY, type BookingPolicy } from './booking-policy.ts';
export {
  bookableServices,
  bookingService,
  type BookableServiceSummary,
  type BookableUnit,
  type BookingPlace,
  type BookingServiceDetails,
} from './bookable-services.ts';
export { freeDays, type FreeDay, type FreeDays } from './free-days.ts';
export { freeTimes, nearestFreeTimes, type FreeTimeOption, type FreeTimes } from './free-times.ts';
export { bookVisit, type BookedVisit, type BookVisitInput } from './book-visit.ts';
export { bookOnline, type BookOnlineInput } from './book-online.ts';
export { readBookingPerson, type BookingPerson } from './booking-person.ts';
export { bookingByManageLink, type BookingView } from './booking-view.ts';
export { cancelBooking, type CancelledBooking } from './cancel-booking.ts';
export { moveBooking } from './move-booking.ts';
export { manageLinkExpiry, prepareManageKey, signManageToken, verifyManageToken, type ManageGrant } from './manage-token.ts';
export { checkInBooking, type CheckedInBooking, type CheckInInput } from './check-in.ts';
export { markNoShows, type MarkedNoShows } from './mark-no-shows.ts';
export { anonymiseBookings, type AnonymisedBookings } from './anonymise-bookings.ts';
export { updateBookingPolicy } from './update-booking-policy.ts';
export { updateServiceBooking } from './update-service-booking.ts';
export { addBookingSchedule } from './add-booking-schedule.ts';
export { deleteBookingSchedule } from './delete-booking-schedule.ts';
export { dayBookings, type DayBooking, type DayBookings, type DayDesk, type DayUnit } from './day-bookings.ts';
export { bookByPhone, phoneBookingConfirmation, type PhoneBookingConfirmation, type PhoneBookingForm } from './phone-booking.ts';
export {
  bookingSettings,
  serviceBookingSettings,
  type BookingScheduleRow,
  type ServiceBookingSettings,
  type ServingDesk,
} from './booking-settings.ts';
export { bookingIcs } from './booking-ics.ts';
