// The queue's pure core: what the kiosk, the desk panel and the board agree on. No I/O, no clock.
export {
  formatTicketNumber,
  parseTicketNumber,
  isTicketLetter,
  MAX_TICKET_NUMBER,
  type TicketLetter,
  type TicketNumber,
} from './ticket-number.ts';
export { minutesOfTime, timeOfMinutes } from './time-of-day.ts';
export { DEFAULT_PRIORITY_REASONS, isPriorityReasonCode, type PriorityReasonCode } from './priority-reason.ts';
export {
  decideIssue,
  type ClosedReason,
  type HoursToday,
  type IssueDecision,
  type IssueRefusal,
  type IssuingRules,
  type LocalisedText,
  type TicketRequest,
} from './issuing-rules.ts';
export {
  callTicket,
  cancelTicket,
  DEFAULT_RECALL_POLICY,
  finishService,
  markNoShow,
  newTicket,
  offeredActions,
  recallTicket,
  returnToQueue,
  startService,
  transferTicket,
  type DeskOfCall,
  type RecallPolicy,
  type TicketError,
  type TicketOutcome,
  type TicketResult,
  type TicketState,
  type TicketStatus,
} from './ticket-state.ts';
export {
  chooseNextTicket,
  classifyTicket,
  DEFAULT_CALL_POLICY,
  mayCall,
  type CallClass,
  type CallPolicy,
  type NextCall,
  type WaitingTicket,
} from './call-order.ts';
export {
  DEFAULT_ESTIMATE_POLICY,
  estimateWait,
  serviceTime,
  type EstimatePolicy,
  type ServiceTime,
  type WaitEstimate,
} from './wait-estimate.ts';
