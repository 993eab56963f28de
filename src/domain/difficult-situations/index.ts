// Difficult situations (seed, standard 8): the state machine and the readers of the forms.
export { nextSituationStatus, situationAllows, type SituationStatus, type SituationEvent } from './situation-state.ts';
export {
  SITUATION_CHANNELS,
  EXPECTATION_ANSWERS,
  ACTION_ROWS,
  parseVisitReference,
  readSituation,
  readSituationAction,
  readSituationClosing,
  actionState,
  type SituationChannel,
  type ExpectationAnswer,
  type VisitReference,
  type SituationInput,
  type SituationActionInput,
  type SituationClosingInput,
} from './situation-input.ts';
