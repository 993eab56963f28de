// The words a board says for a call, in Polish: "Numer A zero dwanaście, stanowisko pięć".

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

/**
 * The sentence a board says for a call.
 * @example spokenCall('A012', '5') // 'Numer A zero dwanaście, stanowisko pięć'
 */
export function spokenCall(number: string, desk: string): string {
  return `Numer ${spokenCode(number)}, stanowisko ${spokenCode(desk)}`;
}
