import type { FieldError } from '../shared/errors.ts';
import { invalid } from '../shared/errors.ts';
import type { Translated } from '../shared/translated.ts';
import { unreadableText } from '../shared/validate.ts';

/** Open311 GeoReport v2's datatypes of a service attribute. */
export const ATTRIBUTE_DATATYPES = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const;
export type AttributeDatatype = (typeof ATTRIBUTE_DATATYPES)[number];

/**
 * A question a category asks beyond the description (an Open311 service definition's attribute): a street
 * lamp's pole number, the kind of rubbish. `code` is the name a client posts it under (`attribute[code]`).
 */
export interface ServiceAttribute {
  code: string;
  datatype: AttributeDatatype;
  required: boolean;
  /** The question, as the spec's `description`. */
  description: Translated;
  /** How to answer, as the spec's `datatype_description` (may be empty). */
  datatypeDescription: Translated;
  order: number;
  /** The choices of a single or multiple value list; none for the other datatypes. */
  values: { key: string; name: Translated }[];
}

/** An answer as stored: text (string, text, number and datetime as sent, trimmed), a list's key, or its keys. */
export type AttributeAnswers = Record<string, string | string[]>;

const CODE = /^[a-z][a-z0-9_]{0,39}$/;
const KEY = /^[A-Za-z0-9_-]{1,40}$/;
const NUMBER = /^-?\d{1,15}([.,]\d{1,6})?$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;
/** The longest answer of a `string` attribute and of a `text` one. */
export const ATTRIBUTE_STRING_MAX = 200;
export const ATTRIBUTE_TEXT_MAX = 2000;

function translatedOf(raw: unknown): Translated | null {
  if (raw === null || typeof raw !== 'object') return null;
  const { pl, en = '', uk = '' } = raw as Record<string, unknown>;
  if (typeof pl !== 'string' || pl.trim() === '' || typeof en !== 'string' || typeof uk !== 'string') return null;
  if ([pl, en, uk].some((t) => t.length > 300 || (t !== '' && unreadableText(t) !== null))) return null;
  return { pl, en, uk };
}

/**
 * Reads a category's attributes as kept (JSON in the database, or the demo's list) into checked definitions:
 * codes unique and plain, a datatype of the spec's, a list's choices unique and only for lists. Refuses a
 * definition it cannot trust instead of guessing (a thrown Error, not a person's mistake: the Contact Centre's
 * form has its own reader).
 * @example readAttributeDefinitions([{ code: 'pole', datatype: 'string', required: false, description: { pl: 'Numer słupa' } }])
 */
export function readAttributeDefinitions(raw: unknown): ServiceAttribute[] {
  if (!Array.isArray(raw)) throw new Error('attributes: not a list');
  const seen = new Set<string>();
  return raw
    .map((item: unknown, i): ServiceAttribute => {
      const a = (item ?? {}) as Record<string, unknown>;
      const code = typeof a.code === 'string' && CODE.test(a.code) ? a.code : null;
      if (code === null || seen.has(code)) throw new Error(`attributes[${i}]: a missing, malformed or repeated code`);
      seen.add(code);
      const datatype = ATTRIBUTE_DATATYPES.find((d) => d === a.datatype);
      if (!datatype) throw new Error(`attributes.${code}: an unknown datatype`);
      const description = translatedOf(a.description);
      if (!description) throw new Error(`attributes.${code}: no description in Polish`);
      const isList = datatype === 'singlevaluelist' || datatype === 'multivaluelist';
      const rawValues = Array.isArray(a.values) ? (a.values as unknown[]) : [];
      const keys = new Set<string>();
      const values = rawValues.map((v) => {
        const value = (v ?? {}) as Record<string, unknown>;
        const name = translatedOf(value.name);
        if (typeof value.key !== 'string' || !KEY.test(value.key) || keys.has(value.key) || !name)
          throw new Error(`attributes.${code}: a bad or repeated choice`);
        keys.add(value.key);
        return { key: value.key, name };
      });
      if (isList !== values.length > 0) throw new Error(`attributes.${code}: choices belong to lists, and every list has some`);
      return {
        code,
        datatype,
        required: a.required === true,
        description,
        datatypeDescription: translatedOf(a.datatypeDescription) ?? { pl: '', en: '', uk: '' },
        order: typeof a.order === 'number' && Number.isInteger(a.order) ? a.order : i + 1,
        values,
      };
    })
    .sort((x, y) => x.order - y.order);
}

/** The field name of an attribute's answer, in our errors and in Open311's: `attribute[pole]`. */
export function attributeField(code: string): string {
  return `attribute[${code}]`;
}

/**
 * Reads the answers to a category's attributes from what a client posted (`attribute[code]` once, or
 * `attribute[code][]` for each value of a multiple value list): a required one answered, a number a number, a
 * datetime ISO 8601 with its zone, a list's answer one of its keys. Answers to questions the category does
 * not ask are left out (a client may send what another city asks). Every mistake at once, under
 * `attribute[code]`.
 * @example readAttributeAnswers(defs, { 'attribute[pole]': 'S-1204' }) // { pole: 'S-1204' }
 */
export function readAttributeAnswers(definitions: readonly ServiceAttribute[], posted: Record<string, unknown>): AttributeAnswers {
  const answers: AttributeAnswers = {};
  const errors: Record<string, FieldError> = {};
  for (const a of definitions) {
    const field = attributeField(a.code);
    const single = posted[field];
    const many = posted[`${field}[]`];
    const sent = [single, many]
      .flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : v === undefined ? [] : [v]))
      .map((v) => (typeof v === 'string' ? v.trim() : null));
    if (sent.some((v) => v === null)) {
      errors[field] = { key: 'reports.attributes.format' };
      continue;
    }
    const texts = (sent as string[]).filter((v) => v !== '');
    if (texts.length === 0) {
      if (a.required) errors[field] = { key: 'errors.required' };
      continue;
    }
    if (a.datatype === 'multivaluelist') {
      const keys = [...new Set(texts)];
      if (keys.some((k) => !a.values.some((v) => v.key === k))) errors[field] = { key: 'reports.attributes.choice' };
      else answers[a.code] = keys;
      continue;
    }
    if (texts.length > 1) {
      errors[field] = { key: 'reports.attributes.oneValue' };
      continue;
    }
    const text = texts[0]!;
    const unreadable = unreadableText(text, a.datatype === 'text');
    const max = a.datatype === 'text' ? ATTRIBUTE_TEXT_MAX : ATTRIBUTE_STRING_MAX;
    if (unreadable) errors[field] = { key: unreadable };
    else if (text.length > max) errors[field] = { key: 'errors.tooLong', values: { max } };
    else if (a.datatype === 'number' && !NUMBER.test(text)) errors[field] = { key: 'reports.attributes.number' };
    else if (a.datatype === 'datetime' && (!DATETIME.test(text) || Number.isNaN(new Date(text).getTime())))
      errors[field] = { key: 'reports.attributes.datetime' };
    else if (a.datatype === 'singlevaluelist' && !a.values.some((v) => v.key === text))
      errors[field] = { key: 'reports.attributes.choice' };
    else answers[a.code] = a.datatype === 'number' ? text.replace(',', '.') : text;
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return answers;
}
