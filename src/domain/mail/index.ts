export { skipReason, afterFailure, leaseUntil, errorText, defaultSender, RETRY_MINUTES, MAX_ATTEMPTS, LEASE_MINUTES } from './delivery.ts';
export type { OutboxKind, BookingState, SkipReason } from './delivery.ts';
