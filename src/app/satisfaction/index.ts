// Residents' satisfaction (issue 18 part 1): one question after a visit or at a tablet by the exit.
// Use cases:
export { answerAfterTicket, answerAfterBooking, answerAtDevice } from './answer-question.ts';
export { moderateComment } from './moderate-comment.ts';
export { signFeedbackToken } from './feedback-link.ts';
export { inviteToRateVisit, feedbackInvitationForMail, INVITATION_DELAY_MS } from './feedback-invitation.ts';
export type { SatisfactionViewer } from './scope.ts';
// Read models:
export { ticketQuestion, bookingQuestion, type QuestionState } from './question-state.ts';
export { satisfactionOverview, OVERVIEW_DAYS, type SatisfactionOverview, type PendingComment } from './satisfaction-overview.ts';
