// Directory benchmark: "Gdzie załatwię sprawę?" over 1,000 services of one office. Target: p99 ≤ 50 ms.
// The search use case is timed directly (the ranking statement and the matters' details, 1,000 searches one
// after another), and the public results address over HTTP for a smaller number (its per-address limit
// allows 240 a minute). An office's ticket letters are unique, which caps a real office at 26 services:
// this throwaway database drops that one constraint, so the ranking scans 1,000 services of one office, the
// worst case (a whole region's catalogue in one office).
import { sql } from 'kysely';
import { searchDirectory } from '../src/app/directory/index.ts';
import { systemActor, systemClock } from '../src/app/shared/deps.ts';
import { currentOffice } from '../src/storage/office-repository.ts';
import { percentile, startBenchQueue } from './support/queue-setup.ts';

const SERVICES = 1000;
const SEARCHES = 1000;
const HTTP_SEARCHES = 200;

const SUBJECTS = [
  ['zezwolenie', 'permit', 'дозвіл'],
  ['zaświadczenie', 'certificate', 'довідка'],
  ['wniosek', 'application', 'заява'],
  ['deklaracja', 'declaration', 'декларація'],
  ['rejestracja', 'registration', 'реєстрація'],
  ['zgłoszenie', 'notification', 'повідомлення'],
  ['opłata', 'fee', 'плата'],
  ['dofinansowanie', 'grant', 'дотація'],
] as const;
const OBJECTS = [
  ['sprzedaż alkoholu', 'alcohol sales', 'продаж алкоголю'],
  ['wycinka drzewa', 'felling a tree', 'вирубка дерева'],
  ['zajęcie pasa drogowego', 'use of the road', 'зайняття дороги'],
  ['działalność gospodarcza', 'business activity', 'підприємницька діяльність'],
  ['imprezę masową', 'mass event', 'масовий захід'],
  ['lokal mieszkalny', 'flat', 'житлове приміщення'],
  ['targowisko', 'market stall', 'ринок'],
  ['wymianę pieca', 'boiler replacement', 'заміна котла'],
  ['kartę parkingową', 'parking card', 'паркувальна картка'],
  ['ogródek działkowy', 'allotment', 'садова ділянка'],
  ['przyłącze wodne', 'water connection', 'водопровід'],
  ['reklamę', 'advertising', 'реклама'],
  ['taksówkę', 'taxi licence', 'таксі'],
] as const;

const QUERIES = [
  'zgubiłem dowód osobisty',
  'meldunek',
  'podatek od psa',
  'rejestracja auta',
  'prawo jazdy',
  'zezwolenie na sprzedaz alkoholu',
  'wycinka drzew',
  'dog tax',
  'ID card',
  'паспорт',
  'реєстрація авто',
  'karta parkingowa dla niepelnosprawnych',
  'dofinansowanie wymiany pieca',
  'smieci',
];

const queue = await startBenchQueue();
try {
  const { db } = queue;
  const office = await currentOffice(db);
  await sql`ALTER TABLE service DROP CONSTRAINT service_office_id_ticket_letter_key`.execute(db);
  const unit = await db.selectFrom('unit').select('id').where('office_id', '=', office.id).executeTakeFirstOrThrow();
  const existing = Number(
    (
      await db
        .selectFrom('service')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const rows = [];
  for (let i = existing; i < SERVICES; i += 1) {
    const s = SUBJECTS[i % SUBJECTS.length]!;
    const o = OBJECTS[Math.floor(i / SUBJECTS.length) % OBJECTS.length]!;
    const n = Math.floor(i / (SUBJECTS.length * OBJECTS.length));
    rows.push({
      office_id: office.id,
      unit_id: unit.id,
      ticket_letter: String.fromCharCode(65 + (i % 26)),
      name_pl: `${s[0]} — ${o[0]} (${i})`,
      name_en: `${s[1]} — ${o[1]} ${n}`,
      name_uk: `${s[2]} — ${o[2]} ${n}`,
      keywords_pl: [o[0], `${s[0]} ${o[0]}`, `sprawa ${i}`, 'urząd', 'formularz', 'termin'].join('\n'),
      keywords_en: [o[1], `${s[1]} ${o[1]}`, 'form', 'deadline'].join('\n'),
      keywords_uk: [o[2], `${s[2]} ${o[2]}`, 'форма', 'термін'].join('\n'),
      documents_pl: 'Wniosek\nDowód osobisty\nPełnomocnictwo (jeśli dotyczy)',
      fees_pl: 'Opłata skarbowa: 17 zł',
    });
  }
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('service')
      .values(rows.slice(i, i + 200))
      .execute();
  await sql`ANALYZE service`.execute(db);
  const total = Number(
    (
      await db
        .selectFrom('service')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

  const deps = { db, clock: systemClock, actor: systemActor(office.id) };
  for (const q of QUERIES) await searchDirectory(deps, q); // each statement prepared once per connection
  const durations: number[] = [];
  let found = 0;
  for (let i = 0; i < SEARCHES; i += 1) {
    const started = performance.now();
    const answer = await searchDirectory(deps, QUERIES[i % QUERIES.length]!);
    durations.push(performance.now() - started);
    if (answer.matters.length > 0) found += 1;
  }
  const http: number[] = [];
  for (let i = 0; i < HTTP_SEARCHES; i += 1) {
    const started = performance.now();
    const response = await fetch(`${queue.url}/gdzie-zalatwie/wyniki?q=${encodeURIComponent(QUERIES[i % QUERIES.length]!)}`);
    await response.text();
    if (response.status !== 200) throw new Error(`the results address answered ${response.status}`);
    http.push(performance.now() - started);
  }
  console.log(`services: ${total}; searches: ${SEARCHES} (${found} with a result)`);
  console.log(`search use case: p50 ${percentile(durations, 50).toFixed(1)} ms, p99 ${percentile(durations, 99).toFixed(1)} ms`);
  console.log(
    `GET /gdzie-zalatwie/wyniki (${HTTP_SEARCHES}): p50 ${percentile(http, 50).toFixed(1)} ms, p99 ${percentile(http, 99).toFixed(1)} ms`,
  );
  console.log(
    `bench directory: p99_ms=${percentile(durations, 99).toFixed(1)} services=${total} http_p99_ms=${percentile(http, 99).toFixed(1)}`,
  );
} finally {
  await queue.close();
}
