// The demo city hall of Piotrków Trybunalski: the office, its buildings, rooms, units, desks, hours and
// staff. Addresses follow the real seat; phone numbers, e-mail addresses, people and exceptions are made
// up for the demonstration (the office row is marked is_demo, and every page says so).

/** The staff roles (as in the staff_role check constraint); app code may not import them from http. */
export type DemoRole =
  'admin' | 'clerk' | 'information_point' | 'unit_head' | 'city_secretary' | 'register_keeper' | 'contact_centre' | 'auditor';

export const DEMO_OFFICE = {
  name: 'Urząd Miasta Piotrkowa Trybunalskiego',
  short_name: 'UM Piotrków Trybunalski',
  street: 'Pasaż Karola Rudowskiego 10',
  postal_code: '97-300',
  city: 'Piotrków Trybunalski',
  phone: '+48 44 000 00 10',
  email: 'kontakt@um-piotrkow.example',
  website: 'https://um-piotrkow.example',
  a11y_status: 'partial',
  a11y_published_on: '2026-03-31',
  a11y_updated_on: '2026-11-02',
  a11y_prepared_on: '2026-03-20',
  a11y_reviewed_on: '2026-11-02',
  a11y_contact_name: 'Biuro Nadzoru Organizacyjnego i Cyfryzacji',
  a11y_contact_email: 'dostepnosc@um-piotrkow.example',
  a11y_contact_phone: '+48 44 000 00 20',
  a11y_exceptions: [
    'Część załączników PDF opublikowanych przed 2024 rokiem nie ma struktury nagłówków ani opisów tabel.',
    'Nagrania sesji Rady Miasta nie mają napisów ani transkrypcji.',
    'Plan budynków jest obrazem; jego treść opisujemy tekstem w opisie dostępności architektonicznej.',
  ].join('\n'),
} as const;

export type BuildingKey = 'main' | 'a';

export const DEMO_BUILDINGS: Record<
  BuildingKey,
  {
    name: string;
    street: string;
    floors: number;
    ground_floor_accessible: boolean;
    has_lift: boolean;
    accessible_parking: boolean;
    accessible_toilet: boolean;
    induction_loop: boolean;
    sign_language_video: boolean;
    accessibility_notes: string;
  }
> = {
  main: {
    name: 'Siedziba główna',
    street: 'Pasaż Karola Rudowskiego 10',
    floors: 4,
    ground_floor_accessible: true,
    has_lift: true,
    accessible_parking: true,
    accessible_toilet: true,
    induction_loop: true,
    sign_language_video: false,
    accessibility_notes: [
      'Wejście główne od Pasażu Karola Rudowskiego, bez progów, drzwi otwierane automatycznie.',
      'Winda obsługuje wszystkie kondygnacje; przyciski opisane alfabetem Braille’a.',
      'Dwa miejsca parkingowe dla osób z niepełnosprawnościami przed wejściem głównym.',
      'Toaleta dostosowana na parterze, obok sali obsługi mieszkańców.',
      'Pętla indukcyjna przy stanowiskach 1–3 na parterze.',
    ].join('\n'),
  },
  a: {
    name: 'Budynek A',
    street: 'ul. Szkolna 28',
    floors: 3,
    ground_floor_accessible: true,
    has_lift: false,
    accessible_parking: true,
    accessible_toilet: true,
    induction_loop: false,
    sign_language_video: true,
    accessibility_notes: [
      'Wejście od ul. Szkolnej z pochylnią; dzwonek przywołujący pracownika przy drzwiach.',
      'Brak windy: sprawy z wyższych pięter załatwimy z Tobą na parterze (Punkt Informacyjny wezwie pracownika).',
      'Punkt Informacyjny z wideotłumaczem polskiego języka migowego na parterze, bez wcześniejszego umawiania.',
      'Jedno miejsce parkingowe dla osób z niepełnosprawnościami na dziedzińcu.',
      'Toaleta dostosowana na parterze.',
    ].join('\n'),
  },
};

export const DEMO_ROOMS: { building: BuildingKey; floor: number; number: string; name: string }[] = [
  { building: 'main', floor: 0, number: 'P.01', name: 'Sala obsługi mieszkańców' },
  { building: 'main', floor: 0, number: 'P.02', name: 'Kasa' },
  { building: 'main', floor: 1, number: '104', name: 'Urząd Stanu Cywilnego' },
  { building: 'main', floor: 2, number: '201', name: 'Podatki i opłaty lokalne' },
  { building: 'main', floor: 3, number: '301', name: 'Sekretarz Miasta' },
  { building: 'main', floor: 3, number: '305', name: 'Biuro Nadzoru Organizacyjnego i Cyfryzacji' },
  { building: 'a', floor: 0, number: 'A.0.1', name: 'Punkt Informacyjny' },
  { building: 'a', floor: 0, number: 'A.0.2', name: 'Centrum Kontaktów z Mieszkańcami' },
  { building: 'a', floor: 0, number: 'A.0.5', name: 'Sala obsługi kierowców' },
];

export type UnitCode = 'SO' | 'KM' | 'USC' | 'PO' | 'CKM' | 'BNOIC' | 'SM' | 'PI';

export const DEMO_UNITS: {
  code: UnitCode;
  name_pl: string;
  name_en: string;
  name_uk: string;
  building: BuildingKey;
  room: string;
  phone: string;
  email: string;
}[] = [
  {
    code: 'SO',
    name_pl: 'Referat Spraw Obywatelskich (dowody osobiste i ewidencja ludności)',
    name_en: 'Citizens’ Affairs (ID cards and residence registration)',
    name_uk: 'Відділ у справах громадян (посвідчення особи та реєстрація місця проживання)',
    building: 'main',
    room: 'P.01',
    phone: '+48 44 000 00 31',
    email: 'so@um-piotrkow.example',
  },
  {
    code: 'KM',
    name_pl: 'Referat Komunikacji (pojazdy i prawa jazdy)',
    name_en: 'Transport (vehicles and driving licences)',
    name_uk: 'Відділ транспорту (транспортні засоби та посвідчення водія)',
    building: 'a',
    room: 'A.0.5',
    phone: '+48 44 000 00 32',
    email: 'km@um-piotrkow.example',
  },
  {
    code: 'USC',
    name_pl: 'Urząd Stanu Cywilnego',
    name_en: 'Civil Registry Office',
    name_uk: 'Відділ реєстрації актів цивільного стану',
    building: 'main',
    room: '104',
    phone: '+48 44 000 00 33',
    email: 'usc@um-piotrkow.example',
  },
  {
    code: 'PO',
    name_pl: 'Referat Podatków i Opłat Lokalnych',
    name_en: 'Local Taxes and Fees',
    name_uk: 'Відділ місцевих податків і зборів',
    building: 'main',
    room: '201',
    phone: '+48 44 000 00 34',
    email: 'podatki@um-piotrkow.example',
  },
  {
    code: 'CKM',
    name_pl: 'Centrum Kontaktów z Mieszkańcami',
    name_en: 'Residents’ Contact Centre',
    name_uk: 'Центр контактів з мешканцями',
    building: 'a',
    room: 'A.0.2',
    phone: '+48 44 000 00 35',
    email: 'ckm@um-piotrkow.example',
  },
  {
    code: 'BNOIC',
    name_pl: 'Biuro Nadzoru Organizacyjnego i Cyfryzacji',
    name_en: 'Office of Organisational Supervision and Digitalisation',
    name_uk: 'Бюро організаційного нагляду та цифровізації',
    building: 'main',
    room: '305',
    phone: '+48 44 000 00 36',
    email: 'bnoic@um-piotrkow.example',
  },
  {
    code: 'SM',
    name_pl: 'Sekretarz Miasta',
    name_en: 'City Secretary',
    name_uk: 'Секретар міста',
    building: 'main',
    room: '301',
    phone: '+48 44 000 00 37',
    email: 'sekretarz@um-piotrkow.example',
  },
  {
    code: 'PI',
    name_pl: 'Punkt Informacyjny',
    name_en: 'Information Point',
    name_uk: 'Інформаційний пункт',
    building: 'a',
    room: 'A.0.1',
    phone: '+48 44 000 00 10',
    email: 'informacja@um-piotrkow.example',
  },
];

/** Ten desks in the two buildings, each with the ticket letters of the services it serves. */
export const DEMO_DESKS: { number: string; building: BuildingKey; room: string; floor: number; name: string; letters: string[] }[] = [
  { number: '1', building: 'main', room: 'P.01', floor: 0, name: 'Dowody osobiste', letters: ['A', 'B'] },
  { number: '2', building: 'main', room: 'P.01', floor: 0, name: 'Dowody osobiste i meldunek', letters: ['A', 'B', 'C'] },
  { number: '3', building: 'main', room: 'P.01', floor: 0, name: 'Meldunek', letters: ['C', 'B'] },
  { number: '4', building: 'main', room: '104', floor: 1, name: 'Urząd Stanu Cywilnego', letters: ['F', 'G'] },
  { number: '5', building: 'main', room: '104', floor: 1, name: 'Urząd Stanu Cywilnego', letters: ['F'] },
  { number: '6', building: 'main', room: '201', floor: 2, name: 'Podatki', letters: ['H', 'J', 'P'] },
  { number: '7', building: 'main', room: '201', floor: 2, name: 'Opłaty lokalne', letters: ['J', 'H'] },
  { number: '8', building: 'a', room: 'A.0.1', floor: 0, name: 'Punkt Informacyjny', letters: ['L', 'K'] },
  { number: '9', building: 'a', room: 'A.0.5', floor: 0, name: 'Rejestracja pojazdów', letters: ['D', 'E'] },
  { number: '10', building: 'a', room: 'A.0.5', floor: 0, name: 'Prawa jazdy', letters: ['E', 'D'] },
];

type Hours = [weekday: number, opens: string, closes: string][];

const OFFICE_WEEK: Hours = [
  [1, '08:00', '17:00'],
  [2, '07:30', '15:30'],
  [3, '07:30', '15:30'],
  [4, '07:30', '15:30'],
  [5, '07:30', '14:30'],
];

export const DEMO_BUILDING_HOURS: Record<BuildingKey, Hours> = { main: OFFICE_WEEK, a: OFFICE_WEEK };

/** Units that stop serving before the building closes (the day's paperwork must be finished). */
export const DEMO_UNIT_HOURS: Partial<Record<UnitCode, Hours>> = {
  USC: [
    [1, '08:00', '16:00'],
    [2, '07:30', '15:00'],
    [3, '07:30', '15:00'],
    [4, '07:30', '15:00'],
    [5, '07:30', '14:00'],
  ],
  KM: [
    [1, '08:00', '16:30'],
    [2, '07:30', '15:00'],
    [3, '07:30', '15:00'],
    [4, '07:30', '15:00'],
    [5, '07:30', '14:00'],
  ],
};

export const DEMO_EXCEPTIONS: {
  building: BuildingKey | null;
  starts_on: string;
  ends_on: string;
  kind: 'closed' | 'short_hours';
  opens: string | null;
  closes: string | null;
  reason_pl: string;
  reason_en: string;
  reason_uk: string;
}[] = [
  {
    building: null,
    starts_on: '2026-12-31',
    ends_on: '2026-12-31',
    kind: 'short_hours',
    opens: '07:30',
    closes: '12:00',
    reason_pl: 'Sylwester — krótszy dzień pracy urzędu',
    reason_en: 'New Year’s Eve — a shorter working day',
    reason_uk: 'Переддень Нового року — скорочений робочий день',
  },
  {
    building: 'a',
    starts_on: '2026-12-07',
    ends_on: '2026-12-07',
    kind: 'closed',
    opens: null,
    closes: null,
    reason_pl: 'Przegląd instalacji elektrycznej w budynku A',
    reason_en: 'Inspection of the electrical installation in building A',
    reason_uk: 'Перевірка електромережі в будинку A',
  },
];

/** One member of staff per role, with a fixed demo password (printed at every start of the demo). */
export const DEMO_STAFF: { role: DemoRole; login: string; full_name: string; unit: UnitCode; position: string; badge_number: string }[] = [
  {
    role: 'admin',
    login: 'demo.admin',
    full_name: 'Katarzyna Nowicka',
    unit: 'BNOIC',
    position: 'Informatyk — administrator systemu',
    badge_number: 'UM-0101',
  },
  { role: 'clerk', login: 'demo.urzednik', full_name: 'Tomasz Wiśniewski', unit: 'SO', position: 'Podinspektor', badge_number: 'UM-0102' },
  {
    role: 'information_point',
    login: 'demo.informacja',
    full_name: 'Magdalena Zielińska',
    unit: 'PI',
    position: 'Referent w Punkcie Informacyjnym',
    badge_number: 'UM-0103',
  },
  {
    role: 'unit_head',
    login: 'demo.kierownik',
    full_name: 'Piotr Kamiński',
    unit: 'KM',
    position: 'Kierownik Referatu Komunikacji',
    badge_number: 'UM-0104',
  },
  {
    role: 'city_secretary',
    login: 'demo.sekretarz',
    full_name: 'Ewa Lewandowska',
    unit: 'SM',
    position: 'Sekretarz Miasta',
    badge_number: 'UM-0105',
  },
  {
    role: 'register_keeper',
    login: 'demo.rejestr',
    full_name: 'Marek Dąbrowski',
    unit: 'BNOIC',
    position: 'Inspektor — rejestr upoważnień',
    badge_number: 'UM-0106',
  },
  {
    role: 'contact_centre',
    login: 'demo.ckm',
    full_name: 'Agnieszka Wójcik',
    unit: 'CKM',
    position: 'Specjalista w Centrum Kontaktów z Mieszkańcami',
    badge_number: 'UM-0107',
  },
  // Audits of the standards (issue 18): the "mystery client" of the Office of Organisational Supervision.
  {
    role: 'auditor',
    login: 'demo.audytor',
    full_name: 'Joanna Mazur',
    unit: 'BNOIC',
    position: 'Inspektor — audyty standardów obsługi',
    badge_number: 'UM-0108',
  },
];

/**
 * The fixed demo password of a role: known, so that anyone trying the demo can log in.
 * @example demoPassword('clerk') // 'demo-clerk-2026'
 */
export function demoPassword(role: DemoRole): string {
  return `demo-${role}-2026`;
}
