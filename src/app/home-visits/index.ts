// Home visits (seed 7.3): the Information Point's request, the unit head's hand-off, the City Secretary's
// authorisations and their register, the clerk's visits.
// Use cases:
export { takeRequest, sendRequest, assignRequest, cancelRequest } from './request-steps.ts';
export { requestAuthorisation, grantAuthorisation, refuseAuthorisation, revokeAuthorisation } from './authorisation-steps.ts';
export { scheduleVisit, completeVisit } from './visit-steps.ts';
export { anonymiseHomeVisits } from './anonymise-requests.ts';
export { homeVisitPolicyOf, updateHomeVisitPolicy, type HomeVisitPolicy } from './policy.ts';
export type { HomeVisitViewer } from './scope.ts';
// The mail worker's reader:
export { homeVisitForMail } from './visit-mail.ts';
// Read models:
export {
  requestList,
  requestDetail,
  secretaryQueue,
  authorisationRegister,
  homeVisitCounts,
  requestFormChoices,
  authorisationEmployees,
  authorisationDetail,
  type RequestList,
  type RequestListItem,
  type RequestDetail,
  type VisitItem,
  type AuthorisationItem,
  type RegisterFilter,
  type RegisterView,
  type HomeVisitCounts,
} from './views.ts';
