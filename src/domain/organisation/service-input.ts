import { FieldCheck } from '../shared/validate.ts';
import { one, type FormValues } from './form-values.ts';

export const SERVICE_LANGUAGES = ['pl', 'en', 'uk'] as const;
type Language = (typeof SERVICE_LANGUAGES)[number];
type PerLanguage = Record<Language, string>;

export interface ServiceInput {
  unitId: number;
  ticketLetter: string;
  name: PerLanguage;
  description: PerLanguage;
  documents: PerLanguage;
  fees: PerLanguage;
  payment: PerLanguage;
  /** Words and phrases residents use for the matter (the directory's synonyms), one or more a line. */
  keywords: PerLanguage;
  typicalMinutes: number;
  /** The longest wait the office aims at for this service (service figures); null: none. */
  waitTargetMinutes: number | null;
  bookableOnline: boolean;
  groundFloorPossible: boolean;
  active: boolean;
}

/** One document or fee per line: trims each line and drops the empty ones, so the kiosk lists no blanks. */
export function normaliseLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Reads and checks the service form. The Polish name is required; the other languages fall back to it
 * on public screens, so they may stay empty.
 * @example readService({ unit_id: '1', ticket_letter: 'a', name_pl: 'Dowód osobisty', typical_minutes: '15' }).ticketLetter // 'A'
 */
export function readService(form: FormValues): ServiceInput {
  const v = new FieldCheck();
  const perLanguage = (prefix: string, max: number, required: boolean, lines = false): PerLanguage => {
    const out: PerLanguage = { pl: '', en: '', uk: '' };
    for (const language of SERVICE_LANGUAGES) {
      const raw = one(form, `${prefix}_${language}`);
      const text = v.text(`${prefix}_${language}`, lines ? normaliseLines(raw) : raw, {
        max,
        optional: !(required && language === 'pl'),
        multiline: prefix !== 'name',
      });
      out[language] = text;
    }
    return out;
  };
  const input: ServiceInput = {
    unitId: v.integer('unit_id', one(form, 'unit_id'), { min: 1, max: 2_147_483_647 }) ?? 0,
    ticketLetter: v.text('ticket_letter', one(form, 'ticket_letter').toUpperCase(), {
      max: 1,
      pattern: /^[A-Z]$/,
      patternKey: 'admin.errors.ticketLetter',
    }),
    name: perLanguage('name', 200, true),
    description: perLanguage('description', 2000, false),
    documents: perLanguage('documents', 4000, false, true),
    fees: perLanguage('fees', 2000, false, true),
    payment: perLanguage('payment', 2000, false),
    keywords: perLanguage('keywords', 2000, false, true),
    typicalMinutes: v.integer('typical_minutes', one(form, 'typical_minutes'), { min: 1, max: 480 }) ?? 15,
    waitTargetMinutes: v.integer('wait_target_minutes', one(form, 'wait_target_minutes'), { min: 1, max: 480, optional: true }),
    bookableOnline: v.flag(one(form, 'bookable_online')),
    groundFloorPossible: v.flag(one(form, 'ground_floor_possible')),
    active: v.flag(one(form, 'active')),
  };
  v.done();
  return input;
}
