import { FieldCheck } from '../shared/validate.ts';
import { ATTRIBUTE_DATATYPES, type ServiceAttribute } from './service-attributes.ts';

/** The most questions a category asks, and the most choices of one list. */
export const MAX_ATTRIBUTES = 20;
export const MAX_ATTRIBUTE_CHOICES = 50;

const CODE = /^[a-z][a-z0-9_]{0,39}$/;
const KEY = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * Reads the Contact Centre's form of one question a category asks (an Open311 attribute): its code (what a
 * client posts it under, `attribute[code]`: a small letter, then small letters, digits or `_`), the kind of
 * answer (a datatype of the spec's), whether it must be answered, the question and how to answer in Polish
 * (English and Ukrainian optional), its place, and for a list its choices, one a line as
 * `key | polski | English | українська` (the last two optional). Every mistake at once, under its field.
 * @example readAttributeInput({ code: 'pole', datatype: 'string', questionPl: 'Numer słupa' }).code // 'pole'
 */
export function readAttributeInput(raw: Record<string, unknown>): ServiceAttribute {
  const v = new FieldCheck();
  const code = v.text('code', raw.code, { max: 40, pattern: CODE, patternKey: 'reports.categories.attributes.codeFormat' });
  const datatype = v.oneOf('datatype', raw.datatype, ATTRIBUTE_DATATYPES) ?? 'string';
  const question = {
    pl: v.text('questionPl', raw.questionPl, { max: 300 }),
    en: v.text('questionEn', raw.questionEn, { max: 300, optional: true }),
    uk: v.text('questionUk', raw.questionUk, { max: 300, optional: true }),
  };
  const hint = {
    pl: v.text('hintPl', raw.hintPl, { max: 300, optional: true }),
    en: v.text('hintEn', raw.hintEn, { max: 300, optional: true }),
    uk: v.text('hintUk', raw.hintUk, { max: 300, optional: true }),
  };
  const order = v.integer('order', raw.order, { min: 1, max: 99, optional: true }) ?? 1;
  const lines = v
    .text('choices', raw.choices, { max: 20_000, optional: true, multiline: true })
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const isList = datatype === 'singlevaluelist' || datatype === 'multivaluelist';
  const values: ServiceAttribute['values'] = [];
  if (!v.has('choices') && !v.has('datatype')) {
    if (isList && lines.length === 0) v.fail('choices', 'reports.categories.attributes.choicesMissing');
    else if (!isList && lines.length > 0) v.fail('choices', 'reports.categories.attributes.choicesNotList');
    else if (lines.length > MAX_ATTRIBUTE_CHOICES)
      v.fail('choices', 'reports.categories.attributes.choicesMany', { max: MAX_ATTRIBUTE_CHOICES });
    else
      for (const [i, line] of lines.entries()) {
        const [key = '', pl = '', en = '', uk = '', ...rest] = line.split('|').map((part) => part.trim());
        const repeated = values.some((value) => value.key === key);
        if (!KEY.test(key) || pl === '' || rest.length > 0 || [pl, en, uk].some((name) => name.length > 300) || repeated) {
          v.fail('choices', repeated ? 'reports.categories.attributes.choiceRepeated' : 'reports.categories.attributes.choiceLine', {
            line: i + 1,
          });
          break;
        }
        values.push({ key, name: { pl, en, uk } });
      }
  }
  v.done();
  return { code, datatype, required: v.flag(raw.required), description: question, datatypeDescription: hint, order, values };
}

/**
 * A category's questions with one added or put in place of the one of its code, in order (by place, then
 * as they were). Refuses a new question under a code the category already asks, and a twenty-first.
 * @example withAttribute(current, question, { replacing: null })
 */
export function withAttribute(
  current: readonly ServiceAttribute[],
  attribute: ServiceAttribute,
  options: { replacing: string | null },
): ServiceAttribute[] {
  const v = new FieldCheck();
  if (options.replacing === null && current.some((a) => a.code === attribute.code))
    v.fail('code', 'reports.categories.attributes.codeTaken');
  if (options.replacing === null && current.length >= MAX_ATTRIBUTES)
    v.fail('code', 'reports.categories.attributes.tooMany', { max: MAX_ATTRIBUTES });
  v.done();
  const others = current.filter((a) => a.code !== (options.replacing ?? attribute.code));
  return [...others, attribute].sort((x, y) => x.order - y.order);
}
