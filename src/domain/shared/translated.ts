/** The languages of Okienko: Polish first, then English and Ukrainian. */
export const LANGUAGES = ['pl', 'en', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text the office keeps in each language (a service's name, a holiday's reason); Polish is always there. */
export interface Translated {
  pl: string;
  en: string;
  uk: string;
}

/** A translated text as shown: the words, and their language when it is not the one asked for (for a `lang` attribute). */
export interface TextIn {
  value: string;
  /** Set only when the text fell back to Polish in a page of another language. */
  lang: Language | undefined;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The text in a language, or in Polish (marked with its `lang`) when that translation is empty.
 * @example inLanguage({ pl: 'Kasa', en: '', uk: 'Каса' }, 'en') // { value: 'Kasa', lang: 'pl' }
 */
export function inLanguage(text: Translated, language: Language): TextIn {
  const chosen = text[language].trim();
  if (chosen !== '') return { value: chosen, lang: undefined };
  return { value: text.pl.trim(), lang: language === 'pl' ? undefined : 'pl' };
}

/**
 * A one-item-per-line text (documents, fees) in a language, as its non-empty lines.
 * @example linesIn({ pl: 'Dowód\nWniosek', en: '', uk: '' }, 'pl') // { lines: ['Dowód', 'Wniosek'], lang: undefined }
 */
export function linesIn(text: Translated, language: Language): { lines: string[]; lang: Language | undefined } {
  const { value, lang } = inLanguage(text, language);
  return {
    lines: value
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    lang,
  };
}
