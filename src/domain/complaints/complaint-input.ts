import { one, type FormValues } from '../organisation/form-values.ts';
import { FieldCheck } from '../shared/validate.ts';

export const COMPLAINT_KINDS = ['complaint', 'request'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];
export const COMPLAINT_CHANNELS = ['form', 'letter', 'email', 'in_person', 'problem_report'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export const REPLY_METHODS = ['letter', 'email', 'electronic_delivery', 'in_person'] as const;
export type ReplyMethod = (typeof REPLY_METHODS)[number];
export type ComplaintStatus = 'open' | 'answered' | 'unexamined';

const LONG_TEXT = 4000;
const ID = { min: 1, max: 2_147_483_647, optional: true } as const;

/** Who sent it, as the form gives it. */
export interface ComplaintSender {
  name: string;
  address: string;
  email: string;
}

/**
 * A complaint or request without the sender's name and address is left unexamined (Rozporządzenie Rady
 * Ministrów of 8 January 2002 on complaints and requests, §8 ust. 1); the address may be a postal one or an
 * address for electronic delivery (art. 63 §2 KPA).
 */
export function isExaminable(sender: ComplaintSender): boolean {
  return sender.name !== '' && sender.address !== '';
}

function senderOf(v: FieldCheck, form: FormValues): ComplaintSender {
  return {
    name: v.text('senderName', one(form, 'senderName'), { max: 200, optional: true }),
    address: v.text('senderAddress', one(form, 'senderAddress'), { max: 400, optional: true, multiline: true }),
    email: v.email('senderEmail', one(form, 'senderEmail'), { optional: true }),
  };
}

/** The register's entry as the Contact Centre types it. */
export interface ComplaintEntryInput {
  kind: ComplaintKind;
  receivedOn: string;
  channel: ComplaintChannel;
  sender: ComplaintSender;
  subject: string;
  unitId: number | null;
  assignee: string;
}

/**
 * Reads the register's form; every mistake at once. A receipt date after `today` is refused.
 * @example readComplaintEntry({ kind: 'complaint', receivedOn: '2026-12-01', channel: 'letter', subject: '…' }, '2026-12-03')
 */
export function readComplaintEntry(form: FormValues, today: string): ComplaintEntryInput {
  const v = new FieldCheck();
  const kind = v.oneOf('kind', one(form, 'kind'), COMPLAINT_KINDS);
  const receivedOn = v.date('receivedOn', one(form, 'receivedOn'));
  if (receivedOn !== null && receivedOn > today) v.fail('receivedOn', 'complaints.errors.receivedInFuture');
  const channel = v.oneOf('channel', one(form, 'channel'), COMPLAINT_CHANNELS);
  const sender = senderOf(v, form);
  const subject = v.text('subject', one(form, 'subject'), { max: LONG_TEXT, multiline: true });
  const unitId = v.integer('unit', one(form, 'unit'), ID);
  const assignee = v.text('assignee', one(form, 'assignee'), { max: 200, optional: true });
  v.done();
  return { kind: kind!, receivedOn: receivedOn!, channel: channel!, sender, subject, unitId, assignee };
}

/** What a resident sends through the public form. */
export interface PublicComplaintInput {
  kind: ComplaintKind;
  sender: ComplaintSender;
  subject: string;
}

/** Reads the public form: the kind, the sender (each part optional; without name and address it is not examined) and the subject. */
export function readPublicComplaint(form: FormValues): PublicComplaintInput {
  const v = new FieldCheck();
  const kind = v.oneOf('kind', one(form, 'kind'), COMPLAINT_KINDS);
  const sender = senderOf(v, form);
  const subject = v.text('subject', one(form, 'subject'), { max: LONG_TEXT, multiline: true });
  v.done();
  return { kind: kind!, sender, subject };
}

/** Who handles it and how far it got. */
export interface ComplaintHandlingInput {
  unitId: number | null;
  assignee: string;
  handling: string;
}

export function readComplaintHandling(form: FormValues): ComplaintHandlingInput {
  const v = new FieldCheck();
  const unitId = v.integer('unit', one(form, 'unit'), ID);
  const assignee = v.text('assignee', one(form, 'assignee'), { max: 200, optional: true });
  const handling = v.text('handling', one(form, 'handling'), { max: LONG_TEXT, optional: true, multiline: true });
  v.done();
  return { unitId, assignee, handling };
}

/** The notice of delay (art. 36 KPA): when it went out, why, and the new date, after the current deadline. */
export interface DelayNoticeInput {
  notifiedOn: string;
  reason: string;
  newDueOn: string;
}

export function readDelayNotice(
  form: FormValues,
  entry: { receivedOn: string; dueOn: string; newDueOn: string | null },
  today: string,
): DelayNoticeInput {
  const v = new FieldCheck();
  const notifiedOn = v.date('notifiedOn', one(form, 'notifiedOn'));
  if (notifiedOn !== null && (notifiedOn > today || notifiedOn < entry.receivedOn))
    v.fail('notifiedOn', 'complaints.errors.notifiedOnRange');
  const reason = v.text('reason', one(form, 'reason'), { max: 2000, multiline: true });
  const newDueOn = v.date('newDueOn', one(form, 'newDueOn'));
  const current = entry.newDueOn ?? entry.dueOn;
  if (newDueOn !== null && newDueOn <= current) v.fail('newDueOn', 'complaints.errors.newDueOnAfter', { date: current });
  v.done();
  return { notifiedOn: notifiedOn!, reason, newDueOn: newDueOn! };
}

/** The reply: its date (from receipt to today), how it went out, and the handling in a few words. */
export interface ComplaintReplyInput {
  repliedOn: string;
  method: ReplyMethod;
  handling: string;
}

export function readComplaintReply(form: FormValues, receivedOn: string, today: string): ComplaintReplyInput {
  const v = new FieldCheck();
  const repliedOn = v.date('repliedOn', one(form, 'repliedOn'));
  if (repliedOn !== null && (repliedOn > today || repliedOn < receivedOn)) v.fail('repliedOn', 'complaints.errors.repliedOnRange');
  const method = v.oneOf('method', one(form, 'method'), REPLY_METHODS);
  const handling = v.text('handling', one(form, 'handling'), { max: LONG_TEXT, multiline: true });
  v.done();
  return { repliedOn: repliedOn!, method: method!, handling };
}

/** The register's settings. */
export interface ComplaintPolicyInput {
  retentionDays: number;
  nearDueDays: number;
}

export function readComplaintPolicy(form: FormValues): ComplaintPolicyInput {
  const v = new FieldCheck();
  const retentionDays = v.integer('retentionDays', one(form, 'retentionDays'), { min: 30, max: 7300 });
  const nearDueDays = v.integer('nearDueDays', one(form, 'nearDueDays'), { min: 0, max: 30 });
  v.done();
  return { retentionDays: retentionDays!, nearDueDays: nearDueDays! };
}
