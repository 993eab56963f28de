// The booking module's public face: free slots, the fairness rules, arrival, codes, the text question,
// retention. Pure: the caller passes the clock's instant and random bytes.
export type { BookingDesk, BookingSchedule, SlotPolicy, SlotQuery, TakenTime } from './schedule.ts';
export { keptForWalkIns, deskGrid, type GridRules, type GridSlot } from './slot-grid.ts';
export { slotId, parseSlotId, type SlotIdentity } from './slot-id.ts';
export {
  bookingWindow,
  capLeft,
  freeDeskSlots,
  freeSlots,
  groupTakenByDay,
  OpenSlotsMemo,
  type BookingWindow,
  type DayTaken,
  type DeskSlot,
  type FreeTime,
  type SlotDay,
  type SlotOptions,
  type TakenByDay,
} from './slots.ts';
export { dayWithoutBooking, type DayWithoutBooking } from './closed-days.ts';
export { normaliseEmail, normalisePhone, type ContactResult, type EmailAddress, type PhoneNumber } from './contact.ts';
export {
  arrivalWindow,
  decideCheckIn,
  isActiveBooking,
  isNoShow,
  noShowAfter,
  DEFAULT_ARRIVAL_POLICY,
  type ArrivalPolicy,
  type ArrivingBooking,
  type BookingStatus,
  type CheckInDecision,
} from './arrival.ts';
export {
  bookingRefusalError,
  checkBooking,
  type BookingContext,
  type BookingDecision,
  type BookingRefusal,
  type BookingRequest,
  type PersonBooking,
} from './booking-rules.ts';
export {
  BOOKING_CODE_ALPHABET,
  BOOKING_CODE_LENGTH,
  formatBookingCode,
  generateBookingCode,
  parseBookingCode,
  type RandomBytes,
} from './booking-code.ts';
export { numberInWords, readNumber, LARGEST_NUMBER_IN_WORDS, type ChallengeLocale } from './number-words.ts';
export {
  challengeAnswer,
  challengeQuestion,
  checkChallengeAnswer,
  newTextChallenge,
  type ChallengeCheck,
  type TextChallenge,
} from './text-challenge.ts';
export { anonymisationDueOn, dueForAnonymisation, retentionCutoff, type RetainedBooking } from './retention.ts';
export {
  BOOKING_CONTACTS,
  LATE_ARRIVAL_RULES,
  readBookingPolicyForm,
  readBookingScheduleForm,
  readServiceBookingForm,
  type BookingPolicyInput,
  type BookingScheduleInput,
  type ServiceBookingInput,
} from './settings-input.ts';
export { dayViewScope, DAY_VIEW_ROLES, type DayViewScope } from './day-view.ts';
