import type { Locale } from './catalog.ts';

/**
 * The office's words in the three languages of the UI: ONE choice per thing, used in every catalogue, with
 * the variants a translator might reach for and that we refuse (glossary.test.ts checks every catalogue
 * against both). Floors follow the Polish numbering of the building: 0 is the ground floor ("parter"), and
 * "1. piętro" is the floor above it. "Перший поверх" would mislead a Ukrainian reader here (at home it is
 * the floor one enters, in Poland "1. piętro" is one floor up), so we say "партер" and count the floors
 * above it: "поверх 1 над партером".
 */
export interface GlossaryTerm {
  /** What the term is, in the code's English (STYLE.md's glossary). */
  concept: string;
  /** The word the catalogues use, per language (its dictionary form). */
  words: Record<Locale, string>;
  /** What every inflected form of the word starts with, per language (how the test finds it in a message). */
  stems: Record<Locale, string>;
  /** Variants no catalogue text may use, per language. */
  forbidden: Partial<Record<Locale, readonly RegExp[]>>;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    concept: 'ground floor',
    words: { pl: 'parter', en: 'ground floor', uk: 'партер' },
    stems: { pl: 'parter', en: 'ground floor', uk: 'партер' },
    // "перший поверх" is ambiguous next to the Polish "1. piętro"; "вхідний поверх" is no term of the office.
    forbidden: { uk: [/перш\S* повер/iu, /вхідн\S* повер/iu], en: [/\bfirst floor\b/i] },
  },
  {
    concept: 'floor N (above the ground floor)',
    words: { pl: '{n}. piętro', en: 'floor {n}', uk: 'поверх {n} над партером' },
    stems: { pl: 'piętr', en: 'floor', uk: 'поверх' },
    forbidden: {},
  },
  {
    concept: 'basement',
    words: { pl: 'piwnica', en: 'basement', uk: 'підвал' },
    stems: { pl: 'piwnic', en: 'basement', uk: 'підвал' },
    forbidden: {},
  },
  {
    concept: 'desk',
    words: { pl: 'stanowisko', en: 'desk', uk: 'віконце' },
    stems: { pl: 'stanowisk', en: 'desk', uk: 'віконц' },
    forbidden: { pl: [/okienk/iu], en: [/\bcounter\b/i, /\bwindow\b/i], uk: [/робоч\S* місц/iu] },
  },
  {
    concept: 'ticket',
    words: { pl: 'bilet', en: 'ticket', uk: 'талон' },
    stems: { pl: 'bilet', en: 'ticket', uk: 'талон' },
    forbidden: { pl: [/numer(ek|ka|ki|ków|kiem)(?![\p{L}])/iu], uk: [/квит/iu] },
  },
  {
    concept: 'kiosk',
    words: { pl: 'biletomat', en: 'ticket machine', uk: 'термінал талонів' },
    stems: { pl: 'biletomat', en: 'ticket machine', uk: 'термінал' },
    forbidden: { pl: [/bileter/iu], en: [/\bkiosk/i], uk: [/кіоск/iu, /автомат\S* для/iu] },
  },
  {
    concept: 'board',
    words: { pl: 'tablica', en: 'board', uk: 'табло' },
    stems: { pl: 'tablic', en: 'board', uk: 'табло' },
    forbidden: {},
  },
  {
    concept: 'unit',
    words: { pl: 'komórka organizacyjna', en: 'unit', uk: 'підрозділ' },
    stems: { pl: 'komórk', en: 'unit', uk: 'підрозділ' },
    forbidden: { en: [/\bdepartment/i], uk: [/відділ/iu] },
  },
  {
    concept: 'service',
    words: { pl: 'sprawa', en: 'service', uk: 'справа' },
    stems: { pl: 'spraw', en: 'service', uk: 'справ' },
    forbidden: { pl: [/usług/iu], uk: [/послуг/iu] },
  },
  {
    concept: 'booking',
    words: { pl: 'rezerwacja', en: 'booking', uk: 'бронювання' },
    stems: { pl: 'rezerwac', en: 'booking', uk: 'бронюван' },
    forbidden: {
      en: [/\bappointment/i, /\breservation/i],
      // "запис" is also an entry of the log and an account ("обліковий запис"): only its booking senses are refused.
      uk: [
        /код\S* запису/iu,
        /є запис(?![\p{L}])/iu,
        /запис(атися|уватися)|запиш(іться|уться)/iu,
        /онлайн-запис/iu,
        /запис на візит/iu,
        /цей запис скасовано/iu,
      ],
    },
  },
  { concept: 'visit', words: { pl: 'wizyta', en: 'visit', uk: 'візит' }, stems: { pl: 'wizyt', en: 'visit', uk: 'візит' }, forbidden: {} },
  {
    concept: 'information point',
    words: { pl: 'Punkt Informacyjny', en: 'Information Point', uk: 'Інформаційний пункт' },
    stems: { pl: 'Punkt', en: 'Information Point', uk: 'Інформаційн' },
    forbidden: { en: [/information desk/i], uk: [/пункт\S* інформац/iu] },
  },
  {
    concept: 'building',
    words: { pl: 'budynek', en: 'building', uk: 'будівля' },
    stems: { pl: 'budyn', en: 'building', uk: 'будівл' },
    forbidden: { uk: [/будин(ок|ку|ки|ків|ком|ках)/iu] },
  },
  {
    concept: 'room',
    words: { pl: 'pokój', en: 'room', uk: 'кімната' },
    stems: { pl: 'pok', en: 'room', uk: 'кімнат' },
    forbidden: { pl: [/(?<![\p{L}])sal(a|i|ę|e|ą|om|ami|ach)?(?![\p{L}])(?! obsługi)/iu], uk: [/кабінет/iu, /приміщенн/iu] },
  },
];

/**
 * A floor in the glossary's words.
 * @example floorWords('uk', 0) // 'партер'
 * @example floorWords('uk', 2) // 'поверх 2 над партером'
 */
export function floorWords(locale: Locale, floor: number): string {
  const term = floor === 0 ? GLOSSARY[0]! : GLOSSARY[1]!;
  return term.words[locale].replace('{n}', String(floor));
}
