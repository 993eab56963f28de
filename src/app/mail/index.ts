// The mail module's public face: the outbox worker's pass, the ports it words and sends mail through,
// and the administrator's view of outgoing mail.
export { sendDueMail, type MailDeps, type MailPassResult } from './send-due-mail.ts';
export type {
  BookingMailFacts,
  EventWords,
  FeedbackMailFacts,
  FeedbackMailWording,
  MailKind,
  MailLocale,
  MailSender,
  MailWording,
  OutgoingMail,
  RenderedMail,
  VisitPlace,
} from './mail-ports.ts';
export { listOutbox, readOutboxMail, readOutboxPage, OUTBOX_PAGE_SIZE, type OutboxMail, type OutboxRow } from './read-outbox.ts';
