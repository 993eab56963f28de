// Home visits (seed 7.3): the request's and the authorisation's state machines, the EZD case sign, the rule that
// a visit needs an authorisation valid on its date, and the readers of the forms.
export {
  REQUEST_STATUSES,
  REQUEST_EVENTS,
  nextRequestStatus,
  requestAllows,
  requestEnded,
  type RequestStatus,
  type RequestEvent,
} from './request-state.ts';
export {
  AUTHORISATION_STATUSES,
  AUTHORISATION_EVENTS,
  nextAuthorisationStatus,
  authorisationAllows,
  authorisationStanding,
  expiresSoon,
  type AuthorisationStatus,
  type AuthorisationEvent,
  type AuthorisationStanding,
  type AuthorisationDates,
} from './authorisation-state.ts';
export { parseCaseSign, authorisationNumber, AUTHORISATION_SIGN_PREFIX, type CaseSign, type CaseSignProblem } from './case-sign.ts';
export { authorisationFor, workingDaysBetween, type HeldAuthorisation } from './scheduling.ts';
export {
  REASON_CATEGORIES,
  REPRESENTATIVE_KINDS,
  WEEKDAYS,
  DAY_PARTS,
  REQUEST_CHANNELS,
  INFORMED_BY,
  OUTCOMES,
  MAX_AUTHORISATION_DAYS,
  readVisitRequest,
  readAssignment,
  readAuthorisationRequest,
  readReason,
  readSchedule,
  readOutcome,
  type ReasonCategory,
  type RepresentativeKind,
  type Weekday,
  type DayPart,
  type RequestChannel,
  type InformedBy,
  type Outcome,
  type VisitRequestInput,
  type AssignmentInput,
  type AuthorisationRequestInput,
  type ScheduleInput,
  type OutcomeInput,
} from './request-input.ts';
