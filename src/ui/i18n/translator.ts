import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES, type Locale } from './catalog.ts';
import { catalogs } from './catalogs.ts';

export type MessageValues = Record<string, string | number | Date>;
export type Translate = (key: string, values?: MessageValues) => string;

const merged: Record<Locale, Map<string, string>> = { pl: new Map(), en: new Map(), uk: new Map() };
for (const catalog of catalogs) {
  for (const locale of LOCALES) {
    for (const [key, text] of Object.entries(catalog[locale])) {
      if (merged[locale].has(key)) throw new Error(`Message key ${key} is defined twice`);
      merged[locale].set(key, text);
    }
  }
}

const compiled = new Map<string, IntlMessageFormat>();

/** Every message key with its text, per language (for the completeness test). */
export function allMessages(locale: Locale): ReadonlyMap<string, string> {
  return merged[locale];
}

export { isLanguage as isLocale } from '../../domain/shared/translated.ts';

/**
 * A function that words a message key in one language, with ICU plurals (1 sprawa, 2 sprawy, 5 spraw).
 * A key missing in the catalogues comes back as the key itself, so the gap is visible, not blank.
 * @example const t = translator('pl'); t('errors.tooLong', { max: 5 }) // "Wpisz najwyżej 5 znaków."
 */
export function translator(locale: Locale): Translate {
  return (key, values) => {
    const text = merged[locale].get(key) ?? merged.pl.get(key);
    if (text === undefined) return key;
    const cacheKey = `${locale}\u0000${key}`;
    let format = compiled.get(cacheKey);
    if (!format) {
      format = new IntlMessageFormat(text, locale);
      compiled.set(cacheKey, format);
    }
    return String(format.format(values));
  };
}
