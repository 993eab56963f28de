import { one, type FormValues } from '../organisation/form-values.ts';
import { FieldCheck } from '../shared/validate.ts';

export const SITUATION_CHANNELS = ['desk', 'phone'] as const;
export type SituationChannel = (typeof SITUATION_CHANNELS)[number];
export const EXPECTATION_ANSWERS = ['yes', 'partly', 'no'] as const;
export type ExpectationAnswer = (typeof EXPECTATION_ANSWERS)[number];
/** Action rows on the recording form. */
export const ACTION_ROWS = 3;

const BOOKING_CODE = /^([23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4})-?([23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4})$/;
const TICKET_NUMBER = /^([A-Z])0*(\d{1,4})$/;

/** The visit an incident is linked to: a booking by its code, or a ticket by its number on the incident's day. */
export type VisitReference = { kind: 'booking'; code: string } | { kind: 'ticket'; letter: string; number: number };

/**
 * A booking code (`K7QX-3M9P`, with or without the hyphen) or a ticket number (`A012`); null for anything else.
 * @example parseVisitReference('a012') // { kind: 'ticket', letter: 'A', number: 12 }
 */
export function parseVisitReference(text: string): VisitReference | null {
  const upper = text.trim().toUpperCase();
  const booking = BOOKING_CODE.exec(upper);
  if (booking) return { kind: 'booking', code: `${booking[1]!}-${booking[2]!}` };
  const ticket = TICKET_NUMBER.exec(upper);
  if (ticket && Number(ticket[2]) >= 1) return { kind: 'ticket', letter: ticket[1]!, number: Number(ticket[2]) };
  return null;
}

/** One promised action (step 6): what, by whom, by when. */
export interface SituationActionInput {
  description: string;
  responsible: string;
  dueOn: string;
}

/** An incident as the standard's steps. */
export interface SituationInput {
  occurredOn: string;
  occurredTime: string;
  channel: SituationChannel;
  unitId: number;
  facts: string;
  clientRemarks: string;
  solution: string;
  reference: VisitReference | null;
  actions: SituationActionInput[];
}

function actionOf(v: FieldCheck, form: FormValues, prefix: string, from: string | null, required: boolean): SituationActionInput | null {
  const raw = ['Description', 'Responsible', 'DueOn'].map((part) => one(form, `${prefix}${part}`).trim());
  if (!required && raw.every((text) => text === '')) return null;
  const description = v.text(`${prefix}Description`, raw[0], { max: 1000, multiline: true });
  const responsible = v.text(`${prefix}Responsible`, raw[1], { max: 200 });
  const dueOn = v.date(`${prefix}DueOn`, raw[2]);
  if (dueOn !== null && from !== null && dueOn < from) v.fail(`${prefix}DueOn`, 'situations.errors.dueBeforeIncident');
  return { description, responsible, dueOn: dueOn ?? '' };
}

/**
 * Reads the recording form; every mistake at once. The incident is today or earlier; an action row is either
 * empty or whole, its deadline not before the incident.
 * @example readSituation({ occurredOn: '2026-12-03', occurredTime: '10:15', channel: 'desk', unit: '2', facts: '…', solution: '…' }, '2026-12-03')
 */
export function readSituation(form: FormValues, today: string): SituationInput {
  const v = new FieldCheck();
  const occurredOn = v.date('occurredOn', one(form, 'occurredOn'));
  if (occurredOn !== null && occurredOn > today) v.fail('occurredOn', 'situations.errors.inFuture');
  const occurredTime = v.time('occurredTime', one(form, 'occurredTime'));
  const channel = v.oneOf('channel', one(form, 'channel'), SITUATION_CHANNELS);
  const unitId = v.integer('unit', one(form, 'unit'), { min: 1, max: 2_147_483_647 });
  const facts = v.text('facts', one(form, 'facts'), { max: 4000, multiline: true });
  const clientRemarks = v.text('clientRemarks', one(form, 'clientRemarks'), { max: 4000, multiline: true, optional: true });
  const solution = v.text('solution', one(form, 'solution'), { max: 4000, multiline: true });
  const referenceText = v.text('reference', one(form, 'reference'), { max: 20, optional: true });
  const reference = referenceText === '' ? null : parseVisitReference(referenceText);
  if (referenceText !== '' && reference === null && !v.has('reference')) v.fail('reference', 'situations.errors.reference');
  const actions: SituationActionInput[] = [];
  for (let row = 1; row <= ACTION_ROWS; row += 1) {
    const action = actionOf(v, form, `action${row}`, occurredOn, false);
    if (action) actions.push(action);
  }
  v.done();
  return {
    occurredOn: occurredOn!,
    occurredTime: occurredTime!,
    channel: channel!,
    unitId: unitId!,
    facts,
    clientRemarks,
    solution,
    reference,
    actions,
  };
}

/** One more action, added on the situation's page. */
export function readSituationAction(form: FormValues, occurredOn: string): SituationActionInput {
  const v = new FieldCheck();
  const action = actionOf(v, form, 'action', occurredOn, true);
  v.done();
  return action!;
}

/** Closing (step 7): did the solution meet the client's expectations, and anything to add. */
export interface SituationClosingInput {
  metExpectations: ExpectationAnswer;
  closingNote: string;
}

export function readSituationClosing(form: FormValues): SituationClosingInput {
  const v = new FieldCheck();
  const metExpectations = v.oneOf('metExpectations', one(form, 'metExpectations'), EXPECTATION_ANSWERS);
  const closingNote = v.text('closingNote', one(form, 'closingNote'), { max: 4000, multiline: true, optional: true });
  v.done();
  return { metExpectations: metExpectations!, closingNote };
}

/**
 * An open action's standing: done, overdue (its day has passed) or pending.
 * @example actionState({ dueOn: '2026-12-01', done: false }, '2026-12-03') // 'overdue'
 */
export function actionState(action: { dueOn: string; done: boolean }, today: string): 'done' | 'overdue' | 'pending' {
  if (action.done) return 'done';
  return today > action.dueOn ? 'overdue' : 'pending';
}
