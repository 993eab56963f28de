import type { MailKindColumn } from '../../storage/schema.ts';
import type { Translated } from '../../domain/shared/translated.ts';

export type MailKind = MailKindColumn;
export type MailLocale = 'pl' | 'en' | 'uk';

/** Where the visit takes place, as the resident needs it to find the desk. */
export interface VisitPlace {
  buildingName: string;
  street: string;
  postalCode: string;
  city: string;
  floor: number;
  roomNumber: string | null;
  roomName: string;
  deskNumber: string;
  deskName: string;
}

/** Everything a booking mail or calendar event says, read from the database in the booking's language. */
export interface BookingMailFacts {
  kind: MailKind;
  locale: MailLocale;
  code: string;
  status: 'booked' | 'checked_in' | 'cancelled' | 'no_show';
  /** The booking's current version: the calendar event's SEQUENCE. */
  version: number;
  startsAt: Date;
  endsAt: Date;
  office: { name: string; shortName: string; phone: string; email: string; website: string };
  service: { name: string; documents: string; fees: string; payment: string };
  place: VisitPlace;
  /** The signed manage link; null once the visit can no longer be managed (cancelled). */
  manageUrl: string | null;
  /** Where to book another visit. */
  bookUrl: string;
}

/** A mail in words, ready to send. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** The calendar event's words in the booking's language. */
export interface EventWords {
  summary: string;
  description: string;
  location: string;
}

/**
 * Words a booking mail and its calendar event. The user interface layer implements it from its message
 * catalogues; use cases receive it, so they never import the UI.
 */
export interface MailWording {
  mail(facts: BookingMailFacts): RenderedMail;
  event(facts: BookingMailFacts): EventWords;
}

/** One message to hand to the mail transport. */
export interface OutgoingMail {
  /** MAIL_FROM as written, or the office's name and a no-reply address. */
  from: string | { name: string; address: string };
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The iCalendar object, sent as a text/calendar alternative and as an attachment. */
  calendar: { filename: string; method: 'PUBLISH' | 'CANCEL'; content: string } | null;
}

/** Delivers a message or throws; answers the Message-ID it was given. */
export interface MailSender {
  /** 'smtp' delivers; 'demo' builds the real message and delivers it nowhere (no SMTP_URL). */
  readonly mode: 'smtp' | 'demo';
  /** `message` is the built MIME message, answered by the demo transport only. */
  send(mail: OutgoingMail): Promise<{ messageId: string; message?: Buffer }>;
}

/** What a problem report's mail says, read in the report's language (never its description: a mail may be forwarded). */
export interface ReportMailFacts {
  kind: 'report_confirm' | 'report_status';
  locale: MailLocale;
  email: string;
  code: string;
  officeName: string;
  category: string;
  status: 'unconfirmed' | 'open' | 'investigating' | 'in_progress' | 'action_scheduled' | 'fixed' | 'closed';
  closeReason: 'not_responsible' | 'duplicate' | 'no_further_action' | null;
  referTo: string | null;
  /** The report's public page. */
  followUrl: string;
  /** The confirmation link ('report_confirm' only). */
  confirmUrl: string | null;
}

/** Words a problem report's mail; the UI implements it from its catalogues. */
export interface ReportMailWording {
  reportMail(facts: ReportMailFacts): RenderedMail;
}

/** What the answer to a request for an interpreter in person says, in the request's language (no name in it). */
export interface InterpreterMailFacts {
  locale: MailLocale;
  email: string;
  officeName: string;
  officePhone: string;
  decision: 'confirmed' | 'proposed';
  method: 'pjm' | 'sjm' | 'skogn';
  /** The day and time asked for (office time, "YYYY-MM-DD" and "HH:MM"). */
  visitOn: string;
  visitTime: string;
  proposedOn: string | null;
  proposedTime: string | null;
  proposedMethod: 'pjm' | 'sjm' | 'skogn' | 'video' | null;
  reason: string;
  /** The public page of the interpreter: where to come, the hours. */
  pageUrl: string;
}

/** Words the answer to an interpreter request; the UI implements it from its catalogues. */
export interface InterpreterMailWording {
  interpreterMail(facts: InterpreterMailFacts): RenderedMail;
}

/** What the invitation to rate a booked visit says, in the booking's language (no name in it: a mail may be forwarded). */
export interface FeedbackMailFacts {
  locale: MailLocale;
  email: string;
  code: string;
  officeName: string;
  officePhone: string;
  officeWebsite: string;
  /** The service, in the booking's language. */
  serviceName: string;
  /** The visit's booked time. */
  visitAt: Date;
  /** The last instant the link answers. */
  answerUntil: Date;
  /** The signed link to the question (`/ocena/wizyta/<code>?t=…`). */
  feedbackUrl: string;
}

/** Words the invitation to rate a booked visit; the UI implements it from its catalogues. */
export interface FeedbackMailWording {
  feedbackMail(facts: FeedbackMailFacts): RenderedMail;
}

/**
 * What the mail of a home visit says, in the request's language: the date while the visit is scheduled (with the
 * date it replaces when it was moved), or its cancellation. Never the resident's name or address.
 */
export interface HomeVisitMailFacts {
  locale: MailLocale;
  email: string;
  officeName: string;
  officePhone: string;
  decision: 'scheduled' | 'cancelled';
  /** Office time, "YYYY-MM-DD" and "HH:MM". */
  visitOn: string;
  visitTime: string;
  /** The date this one replaces, when the visit was moved. */
  movedFrom: { visitOn: string; visitTime: string } | null;
  /** Who comes, and the City Secretary's authorisation they will show. */
  employeeName: string;
  authorisationNumber: string;
  unitName: Translated;
  unitPhone: string;
  /** The matter: the catalogue's service, or null for a matter in words (which the mail does not repeat). */
  serviceName: Translated | null;
}

/** Words a home visit's mail; the UI implements it from its catalogues. */
export interface HomeVisitMailWording {
  homeVisitMail(facts: HomeVisitMailFacts): RenderedMail;
}
