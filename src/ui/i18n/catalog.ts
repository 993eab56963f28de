/** The languages of the UI: Polish first, then English and Ukrainian. */
export const LOCALES = ['pl', 'en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];

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
