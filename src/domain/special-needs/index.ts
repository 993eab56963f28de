export {
  DEFAULT_ESCALATE_MINUTES,
  escalationDue,
  GROUND_FLOOR_REASONS,
  groundFloorFigures,
  nextGroundFloorStatus,
  offeredGroundFloorActions,
  type GroundFloorAction,
  type GroundFloorFigures,
  type GroundFloorReason,
  type GroundFloorStatus,
} from './ground-floor.ts';
export {
  earliestInterpreterDate,
  INTERPRETER_METHODS,
  NOTICE_WORKING_DAYS,
  PROPOSED_METHODS,
  SESSION_OUTCOMES,
  UNAVAILABLE_REASONS,
  type InterpreterMethod,
  type ProposedMethod,
  type SessionOutcome,
  type UnavailableReason,
} from './interpreter.ts';
export { ESCALATE_MINUTES_RANGE, readInformationPointPolicy, type InformationPointPolicyInput } from './policy-input.ts';
