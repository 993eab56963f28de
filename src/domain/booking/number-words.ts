/** The languages of the public pages. */
export type ChallengeLocale = 'pl' | 'en' | 'uk';

/** Numbers 0–20 in words, nominative: the first form is written in questions, all are accepted as answers. */
const WORDS: Record<ChallengeLocale, readonly (readonly string[])[]> = {
  pl: [
    ['zero'],
    ['jeden', 'jedna', 'jedno'],
    ['dwa', 'dwie'],
    ['trzy'],
    ['cztery'],
    ['pięć'],
    ['sześć'],
    ['siedem'],
    ['osiem'],
    ['dziewięć'],
    ['dziesięć'],
    ['jedenaście'],
    ['dwanaście'],
    ['trzynaście'],
    ['czternaście'],
    ['piętnaście'],
    ['szesnaście'],
    ['siedemnaście'],
    ['osiemnaście'],
    ['dziewiętnaście'],
    ['dwadzieścia'],
  ],
  en: [
    ['zero'],
    ['one'],
    ['two'],
    ['three'],
    ['four'],
    ['five'],
    ['six'],
    ['seven'],
    ['eight'],
    ['nine'],
    ['ten'],
    ['eleven'],
    ['twelve'],
    ['thirteen'],
    ['fourteen'],
    ['fifteen'],
    ['sixteen'],
    ['seventeen'],
    ['eighteen'],
    ['nineteen'],
    ['twenty'],
  ],
  uk: [
    ['нуль'],
    ['один', 'одна', 'одне'],
    ['два', 'дві'],
    ['три'],
    ['чотири'],
    ["п'ять"],
    ['шість'],
    ['сім'],
    ['вісім'],
    ["дев'ять"],
    ['десять'],
    ['одинадцять'],
    ['дванадцять'],
    ['тринадцять'],
    ['чотирнадцять'],
    ["п'ятнадцять"],
    ['шістнадцять'],
    ['сімнадцять'],
    ['вісімнадцять'],
    ["дев'ятнадцять"],
    ['двадцять'],
  ],
};

export const LARGEST_NUMBER_IN_WORDS = 20;

/**
 * The number in words in a language (0–20).
 * @example numberInWords(6, 'pl') // 'sześć'
 */
export function numberInWords(value: number, locale: ChallengeLocale): string {
  const forms = WORDS[locale][value];
  if (!forms) throw new RangeError(`No words for ${value}`);
  return forms[0]!;
}

/**
 * Folds what a person typed so that small differences do not matter: case, surrounding spaces and
 * punctuation, Polish letters typed without diacritics ('szesc'), and the several apostrophes of
 * Ukrainian keyboards (' ’ ʼ). Words are folded the same way, so the comparison stays exact.
 */
function fold(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[’ʼ`´]/g, "'")
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/^[\s.,!?]+|[\s.,!?]+$/g, '');
}

const BY_WORD = new Map<string, number>(
  Object.values(WORDS).flatMap((numbers) => numbers.flatMap((forms, value) => forms.map((form): [string, number] => [fold(form), value]))),
);

/**
 * Reads a number typed as digits or as a word in Polish, English or Ukrainian; null when it is neither.
 * @example readNumber(' Siedem. ') // 7
 * @example readNumber("дев’ять") // 9
 */
export function readNumber(typed: string): number | null {
  const text = fold(typed);
  if (/^\d{1,3}$/.test(text)) return Number(text);
  return BY_WORD.get(text) ?? null;
}
