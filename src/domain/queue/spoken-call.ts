// The words a board says for a call, in Polish: "Numer A zero dwanaście, stanowisko pięć", and where the desk
// stands when it is in another building than the board: "…, Budynek A, ulica Szkolna 28".

const UNITS = ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'];
const TEENS = [
  'dziesięć',
  'jedenaście',
  'dwanaście',
  'trzynaście',
  'czternaście',
  'piętnaście',
  'szesnaście',
  'siedemnaście',
  'osiemnaście',
  'dziewiętnaście',
];
const TENS = [
  '',
  '',
  'dwadzieścia',
  'trzydzieści',
  'czterdzieści',
  'pięćdziesiąt',
  'sześćdziesiąt',
  'siedemdziesiąt',
  'osiemdziesiąt',
  'dziewięćdziesiąt',
];
const HUNDREDS = ['', 'sto', 'dwieście', 'trzysta', 'czterysta', 'pięćset', 'sześćset', 'siedemset', 'osiemset', 'dziewięćset'];

/**
 * A number from 0 to 999 in Polish words.
 * @example polishNumber(212) // 'dwieście dwanaście'
 */
export function polishNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 10) return UNITS[n]!;
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) words.push(HUNDREDS[hundreds]!);
  if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10]!);
  else {
    if (rest >= 20) words.push(TENS[Math.floor(rest / 10)]!);
    if (rest % 10 > 0) words.push(UNITS[rest % 10]!);
  }
  return words.join(' ');
}

/**
 * Digits as they are read from a ticket: each leading zero aloud, then the rest as one number ("012" → "zero dwanaście").
 * Letters are kept as they are, for the voice to spell.
 */
export function spokenCode(code: string): string {
  const words: string[] = [];
  const letters = /^[^0-9]*/.exec(code)?.[0] ?? '';
  if (letters !== '') words.push(letters.split('').join(' '));
  const digits = code.slice(letters.length);
  if (/^\d+$/.test(digits)) {
    const zeros = /^0*/.exec(digits)?.[0].length ?? 0;
    const significant = digits.slice(zeros);
    for (let i = 0; i < (significant === '' ? zeros - 1 : zeros); i++) words.push('zero');
    words.push(polishNumber(Number(significant === '' ? '0' : significant)));
  } else if (digits !== '') words.push(digits);
  return words.join(' ');
}

/** The building of a desk in another building than the board's: its name and street, as the board shows them. */
export interface CallBuilding {
  name: string;
  street: string;
}

const STREET_WORDS: [RegExp, string][] = [
  [/(^|\s)ul\.\s*/gi, '$1ulica '],
  [/(^|\s)al\.\s*/gi, '$1aleja '],
  [/(^|\s)pl\.\s*/gi, '$1plac '],
  [/(^|\s)os\.\s*/gi, '$1osiedle '],
];

/**
 * A street as it is said: the abbreviations of Polish addresses in full (the speech engine reads the numbers).
 * @example spokenStreet('ul. Szkolna 28') // 'ulica Szkolna 28'
 */
export function spokenStreet(street: string): string {
  return STREET_WORDS.reduce((text, [pattern, words]) => text.replace(pattern, words), street.trim()).replace(/\s+/g, ' ');
}

/**
 * The sentence a board says for a call; the building and its street when the desk is in another building.
 * @example spokenCall('A012', '5') // 'Numer A zero dwanaście, stanowisko pięć'
 * @example spokenCall('D001', '9', { name: 'Budynek A', street: 'ul. Szkolna 28' }) // 'Numer D zero zero jeden, stanowisko dziewięć, Budynek A, ulica Szkolna 28'
 */
export function spokenCall(number: string, desk: string, building: CallBuilding | null = null): string {
  const call = `Numer ${spokenCode(number)}, stanowisko ${spokenCode(desk)}`;
  if (building === null) return call;
  return [call, building.name.trim(), spokenStreet(building.street)].filter((part) => part !== '').join(', ');
}

/**
 * Which building a board names for a call: none when the desk stands in the board's own building or the office
 * has one building; the desk's when the board stands elsewhere, or when nobody set where the board stands.
 * @example namedBuilding({ deskBuildingId: 2, boardBuildingId: 1, officeBuildings: 2 }) // true
 */
export function namedBuilding(input: { deskBuildingId: number; boardBuildingId: number | null; officeBuildings: number }): boolean {
  if (input.officeBuildings < 2) return false;
  return input.boardBuildingId === null || input.boardBuildingId !== input.deskBuildingId;
}
