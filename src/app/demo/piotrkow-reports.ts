// The demo office's problem reports: the Contact Centre's categories and a dozen reports in several states,
// two of them with a photo drawn at load time (no picture files in the repository).
import sharp from 'sharp';
import type { Db, Tx } from '../../storage/database.ts';
import type { ReportCloseReasonColumn, ReportStatusColumn } from '../../storage/schema.ts';

export const DEMO_REPORT_CATEGORIES: {
  code: string;
  kind: 'place' | 'office';
  name_pl: string;
  name_en: string;
  name_uk: string;
  unit: string | null;
  /** Open311 attributes (domain/reports/service-attributes.ts): what more the category asks. */
  attributes?: unknown[];
}[] = [
  { code: 'roads', kind: 'place', name_pl: 'Drogi i chodniki', name_en: 'Roads and pavements', name_uk: 'Дороги й тротуари', unit: null },
  {
    code: 'lighting',
    kind: 'place',
    name_pl: 'Oświetlenie uliczne',
    name_en: 'Street lighting',
    name_uk: 'Вуличне освітлення',
    unit: null,
    attributes: [
      {
        code: 'pole',
        datatype: 'string',
        required: false,
        order: 1,
        description: { pl: 'Numer słupa', en: 'Pole number', uk: 'Номер стовпа' },
        datatypeDescription: {
          pl: 'Numer z tabliczki na słupie, na przykład OS-1204.',
          en: 'The number on the pole’s plate, for example OS-1204.',
          uk: 'Номер з таблички на стовпі, наприклад OS-1204.',
        },
      },
    ],
  },
  {
    code: 'green',
    kind: 'place',
    name_pl: 'Zieleń i drzewa',
    name_en: 'Green areas and trees',
    name_uk: 'Зелені зони й дерева',
    unit: null,
  },
  {
    code: 'rubbish',
    kind: 'place',
    name_pl: 'Odpady i zaśmiecenie',
    name_en: 'Rubbish and litter',
    name_uk: 'Відходи й сміття',
    unit: null,
    attributes: [
      {
        code: 'kind',
        datatype: 'singlevaluelist',
        required: false,
        order: 1,
        description: { pl: 'Rodzaj odpadów', en: 'Kind of rubbish', uk: 'Вид відходів' },
        datatypeDescription: { pl: '', en: '', uk: '' },
        values: [
          {
            key: 'litter',
            name: { pl: 'Śmieci na ulicy lub w parku', en: 'Litter in a street or park', uk: 'Сміття на вулиці чи в парку' },
          },
          { key: 'dumping', name: { pl: 'Dzikie wysypisko', en: 'Fly-tipping', uk: 'Стихійне звалище' } },
          { key: 'bins', name: { pl: 'Przepełnione kosze', en: 'Overflowing bins', uk: 'Переповнені урни' } },
          {
            key: 'bulky',
            name: { pl: 'Gabaryty (meble, sprzęt)', en: 'Bulky waste (furniture, appliances)', uk: 'Великогабаритні відходи' },
          },
        ],
      },
    ],
  },
  {
    code: 'signs',
    kind: 'place',
    name_pl: 'Znaki i sygnalizacja',
    name_en: 'Road signs and traffic lights',
    name_uk: 'Знаки й світлофори',
    unit: null,
  },
  {
    code: 'other-place',
    kind: 'place',
    name_pl: 'Inny problem w mieście',
    name_en: 'Another problem in the city',
    name_uk: 'Інша проблема в місті',
    unit: null,
  },
  {
    code: 'website',
    kind: 'office',
    name_pl: 'Strona internetowa urzędu',
    name_en: 'The office’s website',
    name_uk: 'Вебсайт установи',
    unit: 'BNOIC',
  },
  {
    code: 'office-service',
    kind: 'office',
    name_pl: 'Obsługa w urzędzie',
    name_en: 'Service at the office',
    name_uk: 'Обслуговування в установі',
    unit: 'CKM',
  },
];

const HOUR_MS = 3_600_000;

interface DemoReport {
  code: string;
  category: string;
  description: string;
  address: string | null;
  point: [number, number] | null;
  hoursAgo: number;
  status: ReportStatusColumn;
  reason?: ReportCloseReasonColumn;
  referTo?: string;
  duplicateOf?: string;
  reply?: string;
  hidden?: boolean;
  /** Answers to the category's attributes. */
  attributes?: Record<string, string>;
  /** A photo drawn for the demo (`DEMO_PHOTOS`). */
  photo?: keyof typeof DEMO_PHOTOS;
}

// Simple drawings, made JPEG as a resident's photo is stored (re-encoded, no metadata): a pothole in a road, and
// a tree's broken branch over a path.
const DEMO_PHOTOS = {
  pothole: `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
    <rect width="800" height="600" fill="#9cc3de"/><rect y="230" width="800" height="370" fill="#5b5e62"/>
    <rect y="220" width="800" height="14" fill="#b9b4a8"/>
    <g fill="#f2f2ee">${[0, 1, 2, 3, 4].map((i) => `<rect x="${40 + i * 170}" y="400" width="90" height="12"/>`).join('')}</g>
    <ellipse cx="430" cy="480" rx="150" ry="55" fill="#2d2f31"/><ellipse cx="440" cy="488" rx="95" ry="28" fill="#4a6a80" opacity="0.7"/>
  </svg>`,
  branch: `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
    <rect width="800" height="600" fill="#cfe3ef"/><rect y="380" width="800" height="220" fill="#6f9a4f"/>
    <polygon points="330,600 470,600 430,380 370,380" fill="#c8b79a"/>
    <rect x="120" y="120" width="46" height="280" fill="#5a4030"/><circle cx="143" cy="120" r="110" fill="#3f7a3a"/>
    <line x1="230" y1="430" x2="560" y2="520" stroke="#5a4030" stroke-width="22" stroke-linecap="round"/>
    <circle cx="560" cy="500" r="60" fill="#4f8a45"/>
  </svg>`,
} as const;

const drawn = new Map<string, Promise<Buffer>>();
/** A demo photo's JPEG bytes, drawn once a process. */
function demoPhoto(name: keyof typeof DEMO_PHOTOS): Promise<Buffer> {
  let bytes = drawn.get(name);
  if (!bytes) {
    bytes = sharp(Buffer.from(DEMO_PHOTOS[name])).jpeg({ quality: 80 }).toBuffer();
    drawn.set(name, bytes);
  }
  return bytes;
}

const DEMO_REPORTS: DemoReport[] = [
  {
    code: 'D2RA-4KQM',
    category: 'roads',
    description: 'Głęboka dziura w jezdni przy przejściu dla pieszych, samochody ją omijają po przeciwnym pasie.',
    address: 'ul. Słowackiego 45',
    point: [51.4063, 19.6912],
    hoursAgo: 3,
    status: 'open',
    photo: 'pothole',
  },
  {
    code: 'D2RB-7HNP',
    category: 'lighting',
    description: 'Nie świecą trzy latarnie z rzędu od skrzyżowania z ul. Sienkiewicza.',
    address: 'ul. Kopernika',
    point: null,
    hoursAgo: 20,
    status: 'investigating',
    attributes: { pole: 'OS-1204' },
  },
  {
    code: 'D2RC-9MXT',
    category: 'green',
    description: 'Złamany konar wisi nad ławką na placu zabaw.',
    address: 'Park im. ks. Józefa Poniatowskiego',
    point: [51.4096, 19.6834],
    hoursAgo: 30,
    status: 'action_scheduled',
    photo: 'branch',
    reply: 'Wycinka konara zaplanowana na czwartek rano; do tego czasu miejsce jest ogrodzone.',
  },
  {
    code: 'D2RD-3FWY',
    category: 'rubbish',
    description: 'Przepełnione kosze i worki obok wiaty przystanku.',
    address: 'al. Armii Krajowej, przystanek Dworzec PKP',
    point: null,
    hoursAgo: 50,
    status: 'fixed',
    reply: 'Kosze opróżnione, przystanek dostanie większy kosz.',
    attributes: { kind: 'bins' },
  },
  {
    code: 'D2RE-6GUV',
    category: 'signs',
    description: 'Sygnalizacja dla pieszych nie reaguje na przycisk.',
    address: 'skrzyżowanie ul. Słowackiego i ul. Wojska Polskiego',
    point: [51.4017, 19.6955],
    hoursAgo: 70,
    status: 'in_progress',
  },
  {
    code: 'D2RF-8JZE',
    category: 'roads',
    description: 'Zapadnięta studzienka kanalizacyjna na drodze wojewódzkiej.',
    address: 'ul. Sulejowska 120',
    point: null,
    hoursAgo: 96,
    status: 'closed',
    reason: 'not_responsible',
    referTo: 'Zarząd Dróg Wojewódzkich w Łodzi, tel. 42 000 00 00 (droga wojewódzka nr 716).',
  },
  {
    code: 'D2RG-5KCH',
    category: 'roads',
    description: 'Dziura w jezdni przy przejściu, niebezpieczna dla rowerzystów.',
    address: 'ul. Słowackiego 47',
    point: null,
    hoursAgo: 2,
    status: 'closed',
    reason: 'duplicate',
    duplicateOf: 'D2RA-4KQM',
  },
  {
    code: 'D2RH-2NBS',
    category: 'website',
    description: 'Formularz w Biuletynie Informacji Publicznej nie otwiera się na telefonie.',
    address: 'https://bip.piotrkow.pl',
    point: null,
    hoursAgo: 120,
    status: 'fixed',
    reply: 'Poprawiliśmy wyświetlanie formularza na małych ekranach. Dziękujemy.',
  },
  {
    code: 'D2RJ-4PDT',
    category: 'office-service',
    description: 'Brak informacji przy wejściu, gdzie jest kasa urzędu.',
    address: 'Pasaż Rudowskiego 10',
    point: null,
    hoursAgo: 150,
    status: 'closed',
    reason: 'no_further_action',
    reply: 'Oznaczenia kierunkowe są przy windzie; dodamy tablicę przy wejściu przy najbliższej wymianie.',
  },
  {
    code: 'D2RK-7QEW',
    category: 'other-place',
    description: 'Porzucony rower przypięty do barierki od kilku miesięcy.',
    address: 'Rynek Trybunalski 8',
    point: [51.4047, 19.703],
    hoursAgo: 8,
    status: 'open',
  },
  {
    code: 'D2RM-9SGX',
    category: 'lighting',
    description: 'Latarnia świeci przez cały dzień.',
    address: 'ul. Wojska Polskiego 80',
    point: null,
    hoursAgo: 1,
    status: 'unconfirmed',
  },
  {
    code: 'D2RN-3TYZ',
    category: 'green',
    description: 'Treść ukryta przez Centrum Kontaktów.',
    address: 'ul. Narutowicza 2',
    point: null,
    hoursAgo: 40,
    status: 'open',
    hidden: true,
  },
];

/** Adds the categories and the demo reports once (nothing when the office already has categories). */
export async function addDemoReports(db: Db | Tx, officeId: number, now: Date): Promise<void> {
  const existing = await db.selectFrom('report_category').select('id').where('office_id', '=', officeId).limit(1).executeTakeFirst();
  if (existing) return;
  const units = await db.selectFrom('unit').select(['id', 'code']).where('office_id', '=', officeId).execute();
  const unitId = (code: string | null) => (code === null ? null : (units.find((u) => u.code === code)?.id ?? null));
  const categories = await db
    .insertInto('report_category')
    .values(
      DEMO_REPORT_CATEGORIES.map((c, i) => ({
        office_id: officeId,
        code: c.code,
        kind: c.kind,
        name_pl: c.name_pl,
        name_en: c.name_en,
        name_uk: c.name_uk,
        unit_id: unitId(c.unit),
        position: i,
        attributes: JSON.stringify(c.attributes ?? []),
      })),
    )
    .returning(['id', 'code', 'unit_id'])
    .execute();
  const ids = new Map<string, number>();
  for (const r of DEMO_REPORTS) {
    const category = categories.find((c) => c.code === r.category)!;
    const createdAt = new Date(now.getTime() - r.hoursAgo * HOUR_MS);
    const changedAt = new Date(createdAt.getTime() + Math.min(r.hoursAgo / 2, 24) * HOUR_MS);
    const worked = r.status !== 'open' && r.status !== 'unconfirmed';
    const done = r.status === 'fixed' || r.status === 'closed';
    const row = await db
      .insertInto('problem_report')
      .values({
        office_id: officeId,
        code: r.code,
        category_id: category.id,
        description: r.description,
        address: r.address,
        lat: r.point?.[0] ?? null,
        long: r.point?.[1] ?? null,
        page_link: 'https://piotrkow.pl/',
        email: r.status === 'unconfirmed' ? 'mieszkaniec@example.com' : null,
        locale: 'pl',
        source: 'form',
        status: r.status,
        close_reason: r.reason ?? null,
        refer_to: r.referTo ?? null,
        duplicate_of: r.duplicateOf ? ids.get(r.duplicateOf)! : null,
        unit_id: category.unit_id,
        attributes: JSON.stringify(r.attributes ?? {}),
        hidden_at: r.hidden ? changedAt : null,
        created_at: createdAt,
        confirmed_at: r.status === 'unconfirmed' ? null : createdAt,
        updated_at: worked ? changedAt : createdAt,
        first_response_at: worked ? changedAt : null,
        closed_at: done ? changedAt : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(r.code, row.id);
    if (r.photo)
      await db
        .insertInto('report_photo')
        .values({ report_id: row.id, content_type: 'image/jpeg', bytes: await demoPhoto(r.photo), created_at: createdAt })
        .execute();
    if (worked)
      await db
        .insertInto('report_update')
        .values({
          report_id: row.id,
          kind: 'status',
          status: r.status,
          close_reason: r.reason ?? null,
          body: r.referTo ?? null,
          public: true,
          created_at: changedAt,
        })
        .execute();
    if (r.reply)
      await db
        .insertInto('report_update')
        .values({ report_id: row.id, kind: 'reply', body: r.reply, public: true, created_at: changedAt })
        .execute();
  }
}
