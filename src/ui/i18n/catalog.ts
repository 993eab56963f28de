import { LANGUAGES, type Language } from '../../domain/shared/translated.ts';

/** The languages of the UI (the domain's languages): Polish first, then English and Ukrainian. */
export const LOCALES = LANGUAGES;
export type Locale = Language;

/**
 * Declares one area's messages in ICU MessageFormat. English and Ukrainian must carry every Polish key
 * (the compiler checks it, and a test checks the merged catalogues).
 * @example export default defineCatalog({ pl: { 'x.count': '{n, plural, one {# sprawa} few {# sprawy} many {# spraw} other {# sprawy}}' }, en: {...}, uk: {...} });
 */
export function defineCatalog<K extends string>(catalog: {
  pl: Record<K, string>;
  en: Record<K, string>;
  uk: Record<K, string>;
}): { pl: Record<K, string>; en: Record<K, string>; uk: Record<K, string> } {
  return catalog;
}
