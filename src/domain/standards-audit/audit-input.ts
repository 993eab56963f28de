import { one, type FormValues } from '../organisation/form-values.ts';
import { FieldCheck } from '../shared/validate.ts';
import { isStandard, STANDARDS, type Standard } from './checklist.ts';

export const AUDIT_CHANNELS = ['in_person', 'phone'] as const;
export type AuditChannel = (typeof AUDIT_CHANNELS)[number];
export const ITEM_RESULTS = ['met', 'not_met', 'not_observed'] as const;
export type ItemResult = (typeof ITEM_RESULTS)[number];

const MAX_ID = 2_147_483_647;

/** One audit as the auditor recorded it: where, how, when, and each item's result. */
export interface AuditInput {
  unitId: number;
  deskId: number | null;
  channel: AuditChannel;
  performedOn: string;
  note: string;
  results: { itemId: number; result: ItemResult; note: string }[];
}

/**
 * Reads the audit form against the checklist it was shown (`result-<item>` and `note-<item>` per item); every item
 * needs a result — "not observed" is an answer too. The day is today or earlier.
 * @example readAudit({ unit: '2', channel: 'phone', performedOn: '2026-12-03', 'result-7': 'met' }, [7], '2026-12-03')
 */
export function readAudit(form: FormValues, itemIds: readonly number[], today: string): AuditInput {
  const v = new FieldCheck();
  const unitId = v.integer('unit', one(form, 'unit'), { min: 1, max: MAX_ID });
  const deskId = v.integer('desk', one(form, 'desk'), { min: 1, max: MAX_ID, optional: true });
  const channel = v.oneOf('channel', one(form, 'channel'), AUDIT_CHANNELS);
  const performedOn = v.date('performedOn', one(form, 'performedOn'));
  if (performedOn !== null && performedOn > today) v.fail('performedOn', 'standardsAudit.errors.inFuture');
  const note = v.text('note', one(form, 'note'), { max: 2000, multiline: true, optional: true });
  const results = itemIds.map((itemId) => {
    const raw = one(form, `result-${itemId}`);
    if (raw === '') v.fail(`result-${itemId}`, 'standardsAudit.errors.resultMissing');
    const result = v.oneOf(`result-${itemId}`, raw, ITEM_RESULTS);
    const itemNote = v.text(`note-${itemId}`, one(form, `note-${itemId}`), { max: 1000, optional: true });
    return { itemId, result: result!, note: itemNote };
  });
  v.done();
  return { unitId: unitId!, deskId, channel: channel!, performedOn: performedOn!, note, results };
}

/** A new checklist item: its standard and its words (Polish required; English and Ukrainian optional). */
export interface ChecklistItemInput {
  standard: Standard;
  pl: string;
  en: string;
  uk: string;
}

export function readChecklistItem(form: FormValues): ChecklistItemInput {
  const v = new FieldCheck();
  const raw = one(form, 'standard');
  const standard = v.oneOf('standard', raw, STANDARDS);
  const pl = v.text('wordingPl', one(form, 'wordingPl'), { max: 500 });
  const en = v.text('wordingEn', one(form, 'wordingEn'), { max: 500, optional: true });
  const uk = v.text('wordingUk', one(form, 'wordingUk'), { max: 500, optional: true });
  v.done();
  return { standard: standard !== null && isStandard(standard) ? standard : 'greeting', pl, en, uk };
}

/**
 * A score: the share of items met among those observed (met or not met), in whole percent; null when nothing was
 * observed, so an audit by phone does not count the desk's items against anyone.
 * @example scorePercent({ met: 3, notMet: 1 }) // 75
 */
export function scorePercent(counts: { met: number; notMet: number }): number | null {
  const observed = counts.met + counts.notMet;
  return observed === 0 ? null : Math.round((counts.met / observed) * 100);
}
