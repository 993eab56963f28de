import { normalisePhone } from '../booking/contact.ts';
import { many, one, type FormValues } from '../organisation/form-values.ts';
import { LANGUAGES, type Language } from '../shared/translated.ts';
import { FieldCheck } from '../shared/validate.ts';
import { parseCaseSign } from './case-sign.ts';

/** Why a visit is needed, as a category only: the form never asks for a diagnosis or any medical detail. */
export const REASON_CATEGORIES = ['mobility', 'chronic_illness', 'disability', 'temporary_condition', 'old_age', 'other'] as const;
export type ReasonCategory = (typeof REASON_CATEGORIES)[number];
/** Who speaks for the resident, when someone does. */
export const REPRESENTATIVE_KINDS = ['carer', 'family', 'legal_guardian', 'attorney'] as const;
export type RepresentativeKind = (typeof REPRESENTATIVE_KINDS)[number];
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const DAY_PARTS = ['morning', 'midday', 'afternoon', 'any'] as const;
export type DayPart = (typeof DAY_PARTS)[number];
/** How the Information Point took the request. */
export const REQUEST_CHANNELS = ['desk', 'phone'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/** The annex's table as the Information Point fills it in. */
export interface VisitRequestInput {
  channel: RequestChannel;
  applicantName: string;
  visitAddress: string;
  phone: string;
  email: string;
  /** The language the resident is written to in; Polish unless asked otherwise. */
  locale: Language;
  representativeName: string;
  representativeKind: RepresentativeKind | null;
  representativePhone: string;
  serviceId: number | null;
  matterText: string;
  unitId: number | null;
  reasonCategory: ReasonCategory;
  preferredDays: Weekday[];
  preferredTime: DayPart;
  preferredNotes: string;
  accessNotes: string;
}

const MAX_ID = 2_147_483_647;

function phoneOf(v: FieldCheck, field: string, raw: string, optional: boolean): string {
  if (raw.trim() === '' && optional) return '';
  const phone = normalisePhone(raw);
  if (phone.ok) return phone.value.e164;
  v.fail(field, phone.reason === 'required' ? 'errors.required' : 'homeVisits.errors.phone');
  return '';
}

/**
 * Reads the request form; every mistake at once. The matter is a service of the catalogue or a text; without a
 * service, the competent unit must be chosen. A representative's kind goes with their name. Both the consent
 * to the visit and the information clause (RODO art. 13) must be confirmed.
 * @example readVisitRequest({ channel: 'phone', applicantName: 'Jan Kowalski', visitAddress: 'ul. Słowackiego 5 m. 3', phone: '600123456', service: '4', reasonCategory: 'mobility', preferredTime: 'any', consent: 'on', clauseGiven: 'on' })
 */
export function readVisitRequest(form: FormValues): VisitRequestInput {
  const v = new FieldCheck();
  const channel = v.oneOf('channel', one(form, 'channel'), REQUEST_CHANNELS);
  const applicantName = v.text('applicantName', one(form, 'applicantName'), { max: 200 });
  const visitAddress = v.text('visitAddress', one(form, 'visitAddress'), { max: 400, multiline: true });
  const phone = phoneOf(v, 'phone', one(form, 'phone'), false);
  const email = v.email('email', one(form, 'email'), { optional: true });
  const locale = v.oneOf('locale', one(form, 'locale'), LANGUAGES, { optional: true }) ?? 'pl';
  const representativeName = v.text('representativeName', one(form, 'representativeName'), { max: 200, optional: true });
  const representativeKind = v.oneOf('representativeKind', one(form, 'representativeKind'), REPRESENTATIVE_KINDS, { optional: true });
  const representativePhone = phoneOf(v, 'representativePhone', one(form, 'representativePhone'), true);
  if (representativeName !== '' && representativeKind === null && !v.has('representativeKind'))
    v.fail('representativeKind', 'homeVisits.errors.representativeKind');
  if (representativeName === '' && (representativeKind !== null || representativePhone !== '') && !v.has('representativeName'))
    v.fail('representativeName', 'homeVisits.errors.representativeName');
  const serviceId = v.integer('service', one(form, 'service'), { min: 1, max: MAX_ID, optional: true });
  const matterText = v.text('matterText', one(form, 'matterText'), { max: 1000, multiline: true, optional: true });
  const unitId = v.integer('unit', one(form, 'unit'), { min: 1, max: MAX_ID, optional: true });
  if (serviceId === null && matterText === '' && !v.has('service') && !v.has('matterText')) v.fail('service', 'homeVisits.errors.matter');
  if (serviceId === null && unitId === null && !v.has('unit') && !v.has('service')) v.fail('unit', 'homeVisits.errors.unitWithoutService');
  const reasonCategory = v.oneOf('reasonCategory', one(form, 'reasonCategory'), REASON_CATEGORIES);
  const days = many(form, 'preferredDays');
  const preferredDays = WEEKDAYS.filter((d) => days.includes(d));
  if (days.some((d) => !(WEEKDAYS as readonly string[]).includes(d))) v.fail('preferredDays', 'errors.choice');
  const preferredTime = v.oneOf('preferredTime', one(form, 'preferredTime'), DAY_PARTS);
  const preferredNotes = v.text('preferredNotes', one(form, 'preferredNotes'), { max: 500, optional: true });
  const accessNotes = v.text('accessNotes', one(form, 'accessNotes'), { max: 500, multiline: true, optional: true });
  if (!v.flag(one(form, 'consent'))) v.fail('consent', 'homeVisits.errors.consent');
  if (!v.flag(one(form, 'clauseGiven'))) v.fail('clauseGiven', 'homeVisits.errors.clauseGiven');
  v.done();
  return {
    channel: channel!,
    applicantName,
    visitAddress,
    phone,
    email,
    locale,
    representativeName,
    representativeKind,
    representativePhone,
    serviceId,
    matterText,
    unitId,
    reasonCategory: reasonCategory!,
    preferredDays,
    preferredTime: preferredTime!,
    preferredNotes,
    accessNotes,
  };
}

/** The unit head's step: the EZD case sign and the clerk who will do the work. */
export interface AssignmentInput {
  caseSign: string;
  clerkId: number;
}

export function readAssignment(form: FormValues, currentYear: number): AssignmentInput {
  const v = new FieldCheck();
  const raw = v.text('caseSign', one(form, 'caseSign'), { max: 40 });
  let caseSign = '';
  if (raw !== '') {
    const parsed = parseCaseSign(raw, currentYear);
    if (parsed.ok) caseSign = parsed.sign.text;
    else v.fail('caseSign', `homeVisits.errors.caseSign.${parsed.problem}`);
  }
  const clerkId = v.integer('clerk', one(form, 'clerk'), { min: 1, max: MAX_ID });
  v.done();
  return { caseSign, clerkId: clerkId! };
}

/** What is asked of the City Secretary: the employee, the scope, the legal basis and the period. */
export interface AuthorisationRequestInput {
  employeeId: number;
  scope: string;
  legalBasis: string;
  validFrom: string;
  validUntil: string;
}

/** The longest period one authorisation may cover. */
export const MAX_AUTHORISATION_DAYS = 366;

export function readAuthorisationRequest(form: FormValues, today: string): AuthorisationRequestInput {
  const v = new FieldCheck();
  const employeeId = v.integer('employee', one(form, 'employee'), { min: 1, max: MAX_ID });
  const scope = v.text('scope', one(form, 'scope'), { max: 1000, multiline: true });
  const legalBasis = v.text('legalBasis', one(form, 'legalBasis'), { max: 500, multiline: true });
  const validFrom = v.date('validFrom', one(form, 'validFrom'));
  const validUntil = v.date('validUntil', one(form, 'validUntil'));
  if (validFrom !== null && validFrom < today) v.fail('validFrom', 'homeVisits.errors.fromInPast');
  if (validFrom !== null && validUntil !== null) {
    if (validUntil < validFrom) v.fail('validUntil', 'homeVisits.errors.untilBeforeFrom');
    else if ((Date.parse(validUntil) - Date.parse(validFrom)) / 86_400_000 >= MAX_AUTHORISATION_DAYS)
      v.fail('validUntil', 'homeVisits.errors.tooLong', { days: MAX_AUTHORISATION_DAYS });
  }
  v.done();
  return { employeeId: employeeId!, scope, legalBasis, validFrom: validFrom!, validUntil: validUntil! };
}

/** A reason (refusal, revocation, cancellation, moving a visit). */
export function readReason(form: FormValues): string {
  const v = new FieldCheck();
  const reason = v.text('reason', one(form, 'reason'), { max: 1000, multiline: true });
  v.done();
  return reason;
}

/** How the resident was told of the date (seed 7.3 c): a phone call, a letter, an e-mail. */
export const INFORMED_BY = ['phone', 'letter', 'email'] as const;
export type InformedBy = (typeof INFORMED_BY)[number];

export interface ScheduleInput {
  visitOn: string;
  visitTime: string;
  informedBy: InformedBy;
  reason: string;
}

/** The clerk's date for the visit; not in the past. Moving one also needs a reason (`requireReason`). */
export function readSchedule(form: FormValues, today: string, requireReason: boolean): ScheduleInput {
  const v = new FieldCheck();
  const visitOn = v.date('visitOn', one(form, 'visitOn'));
  if (visitOn !== null && visitOn < today) v.fail('visitOn', 'homeVisits.errors.visitInPast');
  const visitTime = v.time('visitTime', one(form, 'visitTime'));
  const informedBy = v.oneOf('informedBy', one(form, 'informedBy'), INFORMED_BY);
  const reason = v.text('moveReason', one(form, 'moveReason'), { max: 1000, multiline: true, optional: !requireReason });
  v.done();
  return { visitOn: visitOn!, visitTime: visitTime!, informedBy: informedBy!, reason };
}

/** The visit's outcome as the clerk records it. */
export const OUTCOMES = ['handled', 'documents_taken', 'not_home', 'refused_by_resident'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface OutcomeInput {
  outcome: Outcome;
  documentsTaken: string;
  note: string;
}

export function readOutcome(form: FormValues): OutcomeInput {
  const v = new FieldCheck();
  const outcome = v.oneOf('outcome', one(form, 'outcome'), OUTCOMES);
  const documentsTaken = v.text('documentsTaken', one(form, 'documentsTaken'), { max: 1000, multiline: true, optional: true });
  if (outcome === 'documents_taken' && documentsTaken === '' && !v.has('documentsTaken'))
    v.fail('documentsTaken', 'homeVisits.errors.documentsTaken');
  const note = v.text('note', one(form, 'note'), { max: 1000, multiline: true, optional: true });
  v.done();
  return { outcome: outcome!, documentsTaken, note };
}

/** The office's home-visit settings as the administrator's form gives them. */
export interface HomeVisitPolicyInput {
  handleWithinDays: number;
  expiryWarningDays: number;
  retentionDays: number;
}

/**
 * Reads the settings form: working days a request may wait for a clerk (1–30), days before an authorisation ends
 * that it is flagged (1–90), and days after a request ends that its personal data is kept (1–3650).
 * @example readHomeVisitPolicy({ handleWithinDays: '3', expiryWarningDays: '14', retentionDays: '90' }) // { handleWithinDays: 3, … }
 */
export function readHomeVisitPolicy(form: FormValues): HomeVisitPolicyInput {
  const v = new FieldCheck();
  const handleWithinDays = v.integer('handleWithinDays', one(form, 'handleWithinDays'), { min: 1, max: 30 });
  const expiryWarningDays = v.integer('expiryWarningDays', one(form, 'expiryWarningDays'), { min: 1, max: 90 });
  const retentionDays = v.integer('retentionDays', one(form, 'retentionDays'), { min: 1, max: 3650 });
  v.done();
  return { handleWithinDays: handleWithinDays!, expiryWarningDays: expiryWarningDays!, retentionDays: retentionDays! };
}
