// Difficult situations at a desk or on the phone (seed, standard 8), recorded as the standard's steps.
// Use cases:
export { recordSituation } from './record-situation.ts';
export { addSituationAction, completeSituationAction, closeSituation } from './change-situation.ts';
export type { SituationViewer } from './scope.ts';
// Read models:
export {
  situationList,
  situationDetail,
  situationFigures,
  situationUnits,
  type SituationList,
  type SituationListItem,
  type SituationDetail,
  type SituationAction,
  type SituationFigure,
} from './situation-views.ts';
