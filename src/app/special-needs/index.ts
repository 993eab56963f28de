// The Information Point's use cases (seed 7.1 and 7.2): each one transaction with its audit row.
export { registerGroundFloorRequest } from './register-ground-floor-request.ts';
export { changeGroundFloorRequest } from './change-ground-floor-request.ts';
export { escalateGroundFloorRequests } from './escalate-ground-floor-requests.ts';
export { setInterpreterStatus, startInterpreterSession, endInterpreterSession, INTERPRETER_EVENT } from './interpreter-status.ts';
export {
  requestInterpreter,
  answerInterpreterRequest,
  anonymiseInterpreterRequests,
  readInterpreterRequests,
  INTERPRETER_REQUEST_RETENTION_DAYS,
  type InterpreterRequestView,
} from './interpreter-requests.ts';
export { updateInformationPointPolicy } from './update-policy.ts';
// Read models.
export { informationPointPolicy, type InformationPointPolicy } from './policy.ts';
export { isGroundFloorEvent } from './ground-floor-events.ts';
export {
  deskGroundFloorAlerts,
  groundFloorChoices,
  groundFloorFiguresByUnit,
  officeGroundFloorRequests,
  unitGroundFloorRequests,
  type GroundFloorChoices,
  type GroundFloorRequestView,
  type UnitGroundFloorFigures,
} from './ground-floor-views.ts';
export {
  interpreterAvailability,
  interpreterDesk,
  publicInterpreterView,
  type InterpreterAvailability,
  type InterpreterSessionView,
  type PublicInterpreterView,
} from './interpreter-views.ts';
export type { InterpreterPlace } from './interpreter-place.ts';
