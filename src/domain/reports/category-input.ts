import { FieldCheck } from '../shared/validate.ts';

/** A report category as the Contact Centre edits it; `code` is its Open311 service_code. */
export interface CategoryInput {
  code: string;
  kind: 'place' | 'office';
  name: { pl: string; en: string; uk: string };
  position: number;
  active: boolean;
}

/**
 * Reads the category form: a code (Open311's service_code: a small letter, then letters, digits, `-` or `_`,
 * 2–40 in all), the kind (a place in the city or the office itself), the name in Polish (English and
 * Ukrainian optional), a position in the list and whether it is offered (a retired one keeps its reports).
 * @example readCategory({ code: 'trees', kind: 'place', namePl: 'Drzewa', active: 'on' }).code // 'trees'
 */
export function readCategory(raw: Record<string, unknown>): CategoryInput {
  const v = new FieldCheck();
  const code = v.text('code', raw.code, { max: 40, pattern: /^[a-z][a-z0-9_-]{1,39}$/, patternKey: 'reports.categories.codeFormat' });
  const kind = raw.kind === 'place' || raw.kind === 'office' ? raw.kind : null;
  if (kind === null) v.fail('kind', 'reports.categories.kindMissing');
  const pl = v.text('namePl', raw.namePl, { max: 120 });
  const en = v.text('nameEn', raw.nameEn, { max: 120, optional: true });
  const uk = v.text('nameUk', raw.nameUk, { max: 120, optional: true });
  const position = v.integer('position', raw.position, { min: 0, max: 999, optional: true });
  v.done();
  return { code, kind: kind ?? 'place', name: { pl, en, uk }, position: position ?? 0, active: v.flag(raw.active) };
}
