import type { Random } from './random.ts';

// The values the fuzzer puts into fields, query strings and paths: valid-looking ones (so requests get past
// the first check and reach the use cases), boundary ones and hostile ones.

/** A value already percent-encoded for a form body, query string or path: bytes no well-formed JS string gives. */
export interface Encoded {
  encoded: string;
}
export type Text = string | Encoded;

/** Where a text goes: a body takes 100 kB, an address only what a browser would send. */
export type Place = 'body' | 'query' | 'path';

export type Mode = 'valid' | 'mutated' | 'hostile';

const LONE_SURROGATE = /([\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/;

/** Percent-encodes a text; a lone surrogate goes as its WTF-8 bytes (what a broken client would send). */
export function percentEncode(text: Text): string {
  if (typeof text !== 'string') return text.encoded;
  // split() with a capturing group puts each lone surrogate at an odd index.
  return text
    .split(LONE_SURROGATE)
    .map((part, index) => {
      if (index % 2 === 0) return encodeURIComponent(part);
      const code = part.charCodeAt(0);
      const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
      return bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    })
    .join('');
}

/** A text as the fuzzer prints it: long runs of one character shortened to «c×N». */
export function showText(text: string): string {
  return text.replace(/(.)\1{199,}/gsu, (run, char: string) => `«${JSON.stringify(char).slice(1, -1)}×${run.length / char.length}»`);
}

export const NUMBER_BOUNDARIES = [
  '0',
  '-1',
  '1',
  '2147483647',
  '2147483648',
  '9007199254740993',
  '1e309',
  '-1e309',
  '0.5',
  '1.0',
  '-0',
  '1e3',
  ' 1 ',
  '01',
  '0x10',
  'NaN',
  'Infinity',
];

const HUGE = 'x'.repeat(100_000);

const HOSTILE = [
  '\u0000',
  'a\u0000b',
  '\u0001\u0007\u001b[31m\u007f',
  '\u0085\u009b\u0090',
  '\r\n',
  'x\r\nSet-Cookie: fuzz=1',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\u2060',
  '\u0301\u0308\u0327',
  '\uD800',
  'a\uDFFFb',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR '1'='1' --",
  '1; DROP TABLE ticket; --',
  '😀👩‍👩‍👧‍👦🇵🇱',
  '%00',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '{{7*7}}${7*7}',
  '\uFEFF',
  '\uFFFF\uFFFE',
  '\u2028\u2029',
  'null',
  ' ',
  '\t',
  'ǅ ﬁ Å ẞ',
  '١٢٣',
  '１２３',
  'a'.repeat(256),
  'ą'.repeat(2000),
];

const ENCODED: Encoded[] = [
  '%ED%A0%80',
  '%FF%FE%FD',
  '%C0%AF',
  '%E0%A4%A',
  '%',
  '%%32%35',
  '%2e%2e%2f%2e%2e%2f',
  '%00',
  '%0d%0a',
  '+%2B+',
].map((encoded) => ({ encoded }));

/** A boundary value: empty, one character, the longest allowed and one more, the edges of numbers. */
export function boundaryText(random: Random, maxLength?: number): string {
  const choices = ['', 'a', ...NUMBER_BOUNDARIES];
  if (maxLength !== undefined && maxLength < 50_000) choices.push('ż'.repeat(maxLength), 'x'.repeat(maxLength + 1));
  return random.pick(choices);
}

/** A hostile value for a place: control characters, odd Unicode, markup, path tricks; 100 kB only in a body. */
export function hostileText(random: Random, place: Place): Text {
  if (place === 'body' && random.chance(0.08)) return HUGE;
  if (place !== 'body' && random.chance(0.04)) return 'x'.repeat(random.pick([300, 3000, 20_000]));
  if (place !== 'body' && random.chance(0.25)) return random.pick(ENCODED);
  return random.pick(HOSTILE);
}

/** Any value that is not valid-looking: boundary or hostile. */
export function badText(random: Random, place: Place, maxLength?: number): Text {
  return random.chance(0.4) ? boundaryText(random, maxLength) : hostileText(random, place);
}

/** Ids and codes that exist in the demo office, by kind, for valid-looking values. */
export type Known = Map<string, string[]>;

export function addKnown(known: Known, kind: string, ...values: (string | number)[]): void {
  const list = known.get(kind) ?? [];
  for (const value of values) if (!list.includes(String(value))) list.push(String(value));
  known.set(kind, list);
}

function dateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const ID_KINDS: [RegExp, string][] = [
  [/service|usluga|sprawy?$/, 'service'],
  [/desk|stanowisk/, 'desk'],
  [/unit|komork|wydzial/, 'unit'],
  [/room|sale/, 'room'],
  [/building|budyn/, 'building'],
  [/ticket|bilet/, 'ticket'],
  [/staff|pracowni/, 'staff'],
  [/device|urzadzeni|tablica/, 'device'],
  [/mail|poczta/, 'mail'],
  [/exception|wyjatki/, 'exception'],
  [/schedule|harmonogram|rowid/, 'schedule'],
  [/booking|rezerwacj/, 'booking'],
];

/** The kind of id a field or parameter name (or the path segment before it) most likely holds. */
export function idKindOf(name: string): string | undefined {
  const lower = name.toLowerCase();
  return ID_KINDS.find(([pattern]) => pattern.test(lower))?.[1];
}

/** A valid-looking text for a field, from its name and type (an e-mail for `email`, a date for `date`…). */
export function validText(random: Random, name: string, type: string, known: Known): string {
  const lower = name.toLowerCase();
  const kind = idKindOf(name);
  if (kind && (lower.endsWith('id') || type === 'number' || type === 'select-one') && known.get(kind)?.length)
    return random.pick(known.get(kind)!);
  if (type === 'email' || /e-?mail/.test(lower)) return random.pick(['jan.kowalski@example.pl', 'anna.nowak@poczta.example', 'a@b.pl']);
  if (type === 'tel' || /phone|telefon/.test(lower)) return random.pick(['+48 601 234 567', '601234567', '44 732 77 01']);
  if (type === 'date' || /date|dzien|day|_on$|^od$|^do$/.test(lower)) return dateIn(random.below(30) - 3);
  if (type === 'time' || /opens|closes|time|godzina|starts|ends/.test(lower)) return random.pick(['08:00', '09:30', '15:30', '23:59']);
  if (type === 'number' || /minutes|number|count|percent|floor|cap|limit|days|hours|port|position/.test(lower))
    return String(random.pick([0, 1, 2, 5, 10, 30, 120]));
  if (type === 'password' || /password|haslo/.test(lower)) return 'Bardzo-Dlugie-Haslo-2026!';
  if (/postal/.test(lower)) return '97-300';
  if (/website|url/.test(lower)) return 'https://example.pl/';
  if (/login/.test(lower) && known.get('login')?.length) return random.pick(known.get('login')!);
  if (/code|kod|letter/.test(lower) && known.get('code')?.length) return random.pick(known.get('code')!);
  if (lower === 'locale' || lower === 'jezyk') return random.pick(['pl', 'en', 'uk']);
  return random.pick(['Zażółć gęślą jaźń', 'Próba', 'Referat Testowy', 'Jan Kowalski', 'A', 'ul. Słowackiego 5']);
}
