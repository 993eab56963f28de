import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { Db } from '../../src/storage/database.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { auditRows, postOk, serviceForm } from '../support/admin.ts';
import { testClock } from '../support/booking.ts';
import { loginAs, type StaffClient, type TestServer, startTestServer } from '../support/server.ts';

// Thursday 3 December 2026, 11:00 in Warsaw; the visits below are on Friday 20 November.
const clock = testClock('2026-12-03T10:00:00Z');
const DAY = '2026-11-20';
const at = (hhmm: string) => new Date(`${DAY}T${hhmm}:00+01:00`);

/** Everything a refused request could have written: the tables the figures read and the audit log. */
async function writtenRows(db: Db): Promise<string> {
  const counts = await sql<{ s: string }>`
    SELECT concat_ws(',', (SELECT count(*) FROM audit_log), (SELECT count(*) FROM ticket), (SELECT count(*) FROM booking),
                          (SELECT string_agg(coalesce(wait_target_minutes::text, '-'), ',' ORDER BY id) FROM service)) AS s`.execute(db);
  return counts.rows[0]!.s;
}

describe('service figures: the page, its charts and its exports', () => {
  let server: TestServer;
  let admin: StaffClient;
  let head: StaffClient;
  let headless: StaffClient;
  let first: { id: number; unitId: number; letter: string; name: string };
  let second: { id: number; unitId: number; letter: string; name: string };

  before(async () => {
    server = await startTestServer({ clock });
    const db = server.db;
    const office = await currentOffice(db);
    // Two services of two different units, each with a desk that serves it.
    const services = await db
      .selectFrom('service')
      .innerJoin('desk_service', 'desk_service.service_id', 'service.id')
      .select([
        'service.id',
        'service.unit_id as unitId',
        'service.ticket_letter as letter',
        'service.name_pl as name',
        'desk_service.desk_id as deskId',
      ])
      .where('service.office_id', '=', office.id)
      .orderBy('service.ticket_letter')
      .execute();
    const a = services[0]!;
    const b = services.find((s) => s.unitId !== a.unitId)!;
    first = a;
    second = b;
    const reason = await db.selectFrom('priority_reason').select('code').where('office_id', '=', office.id).executeTakeFirstOrThrow();
    await db.updateTable('service').set({ wait_target_minutes: 12 }).where('id', '=', a.id).execute();
    let n = 0;
    const ticket = (serviceId: number, letter: string, deskId: number | null, fields: Record<string, unknown>) => {
      n += 1;
      return {
        office_id: office.id,
        service_id: serviceId,
        letter,
        office_day: DAY,
        number: n,
        public_code: `TESTSTATS22${'ABCDEFGHJK'[n]}`,
        source: 'kiosk' as const,
        issued_at: at('09:00'),
        arrived_at: at('09:00'),
        desk_id: deskId,
        ...fields,
      };
    };
    await db
      .insertInto('ticket')
      .values([
        ticket(a.id, a.letter, a.deskId, {
          status: 'done',
          outcome: 'settled',
          called_at: at('09:05'),
          started_at: at('09:06'),
          ended_at: at('09:10'),
        }),
        ticket(a.id, a.letter, a.deskId, {
          status: 'done',
          outcome: 'settled',
          called_at: at('09:10'),
          started_at: at('09:10'),
          ended_at: at('09:16'),
        }),
        ticket(a.id, a.letter, a.deskId, {
          status: 'done',
          outcome: 'settled',
          called_at: at('09:20'),
          started_at: at('09:20'),
          ended_at: at('09:28'),
          priority_reason: reason.code,
          transfers: 1,
        }),
        ticket(a.id, a.letter, a.deskId, { status: 'no_show', called_at: at('09:30'), ended_at: at('09:33'), recalls: 2 }),
        ticket(a.id, a.letter, null, { status: 'cancelled', ended_at: at('09:02') }),
        ticket(b.id, b.letter, b.deskId, {
          status: 'done',
          outcome: 'settled',
          called_at: at('10:01'),
          started_at: at('10:02'),
          ended_at: at('10:05'),
        }),
      ] as never)
      .execute();
    const booking = (code: string, status: 'no_show' | 'cancelled', starts: string) => ({
      office_id: office.id,
      service_id: a.id,
      desk_id: a.deskId,
      code,
      starts_at: at(starts),
      ends_at: at(`${starts.slice(0, 3)}45`),
      office_day: DAY,
      status,
      source: 'online' as const,
      created_at: at('08:00'),
      no_show_at: status === 'no_show' ? at('12:00') : null,
      cancelled_at: status === 'cancelled' ? at('08:30') : null,
    });
    await db
      .insertInto('booking')
      .values([booking('STAT-NSHW', 'no_show', '11:30'), booking('STAT-CNCX', 'cancelled', '12:30')])
      .execute();
    admin = await loginAs(server, 'admin');
    head = await loginAs(server, 'unit_head');
    await db
      .updateTable('staff')
      .set({ unit_id: a.unitId })
      .where('id', '=', (head as StaffClient & { staffId: number }).staffId)
      .execute();
    headless = await loginAs(server, 'unit_head');
  });
  after(() => server.close());

  async function csv(client: StaffClient, path: string): Promise<Record<string, string>[]> {
    const response = await client.get(path);
    const text = await response.text();
    assert.equal(response.status, 200, text.slice(0, 500));
    assert.match(response.headers.get('content-type') ?? '', /text\/csv/);
    return parse<Record<string, string>>(text, { bom: true, columns: true });
  }

  it('computes the figures of a service: counts, shares, times and the share above the target', async () => {
    const rows = await csv(admin, `/statystyki/tabela.csv?from=${DAY}&to=${DAY}&by=service`);
    const row = rows.find((r) => r['Sprawa']!.startsWith(`${first.letter} — `))!;
    assert.ok(row, JSON.stringify(rows));
    assert.equal(row['Bilety'], '5');
    assert.equal(row['Rezerwacje'], '1');
    assert.equal(row['Obsłużeni'], '3');
    assert.equal(row['% obsłużonych'], '60');
    assert.equal(row['Nieobecni'], '2');
    assert.equal(row['% nieobecnych'], '33.3');
    assert.equal(row['Przekazania'], '1');
    assert.equal(row['% poza kolejnością'], '20');
    // Waits 5, 10, 20, 30 minutes; services 4, 6, 8 minutes; PostgreSQL's percentile_cont interpolates.
    assert.equal(row['Czas oczekiwania (min): średnio'], '16.3');
    assert.equal(row['Czas oczekiwania (min): mediana'], '15');
    assert.equal(row['Czas oczekiwania (min): 90. percentyl'], '27');
    assert.equal(row['Czas oczekiwania (min): najdłużej'], '30');
    assert.equal(row['Czas obsługi (min): średnio'], '6');
    assert.equal(row['Czas obsługi (min): 90. percentyl'], '7.6');
    assert.equal(row['Czas obsługi (min): najdłużej'], '8');
    assert.equal(row['% czekających dłużej niż cel'], '50');
    const total = rows.at(-1)!;
    assert.equal(total['Sprawa'], 'Razem');
    assert.equal(total['Bilety'], '6');
    assert.equal(total['% czekających dłużej niż cel'], '50', 'the other service has no target: only calls with a target count');
  });

  it('groups by hour in office time and by desk, with the tickets never called apart', async () => {
    const hours = await csv(admin, `/statystyki/tabela.csv?from=${DAY}&to=${DAY}&by=hour`);
    assert.deepEqual(
      hours.map((r) => [r['Godzina'], r['Bilety']]),
      [
        ['9:00–10:00', '6'],
        ['11:00–12:00', '0'],
        ['Razem', '6'],
      ],
      'tickets by arrival hour, booked visits by their hour',
    );
    const desks = await csv(admin, `/statystyki/tabela.csv?from=${DAY}&to=${DAY}&by=desk`);
    assert.ok(desks.some((r) => r['Stanowisko'] === 'Nie wywołano (bez stanowiska)' && r['Bilety'] === '1'));
  });

  it('shows the page with its charts drawn as SVG, each with its data table, and the table of figures', async () => {
    // The satisfaction chart only when someone answered that day (the demo office may hold answers).
    const answered = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM satisfaction_answer
      WHERE (answered_at AT TIME ZONE 'Europe/Warsaw')::date = ${DAY}::date`.execute(server.db);
    const charts = answered.rows[0]!.n > 0 ? 3 : 2;
    for (const by of ['service', 'unit', 'desk', 'day', 'hour']) {
      const response = await admin.get(`/statystyki?from=${DAY}&to=${DAY}&by=${by}`);
      const html = await response.text();
      assert.equal(response.status, 200, html.slice(0, 500));
      assert.equal((html.match(/<svg class="chart__svg"/g) ?? []).length, charts, by);
      assert.equal((html.match(/Dane wykresu/g) ?? []).length, 2 * charts, 'a data table per chart, each with its caption and region name');
      assert.ok(html.includes('Statystyki obsługi'));
      assert.ok(!html.includes('style='), 'no inline style: the CSP allows none');
    }
    const english = await admin.get(`/statystyki?from=${DAY}&to=${DAY}`, { headers: { 'accept-language': 'en' } });
    assert.ok((await english.text()).includes('Service figures'));
  });

  it('adds satisfaction to the table, its chart and the export: answers and the average score', async () => {
    const db = server.db;
    const office = await currentOffice(db);
    const tickets = await db
      .selectFrom('ticket')
      .select(['id', 'service_id', 'desk_id'])
      .where('office_day', '=', DAY)
      .where('status', '=', 'done')
      .where('service_id', '=', first.id)
      .orderBy('id')
      .limit(2)
      .execute();
    for (const [i, t] of tickets.entries())
      await db
        .insertInto('satisfaction_answer')
        .values({
          office_id: office.id,
          ticket_id: t.id,
          service_id: t.service_id,
          unit_id: first.unitId,
          desk_id: t.desk_id,
          answered_at: at('10:30'),
          score: i === 0 ? 5 : 2,
        })
        .execute();
    const rows = await csv(admin, `/statystyki/tabela.csv?from=${DAY}&to=${DAY}&by=service`);
    const row = rows.find((r) => r['Sprawa']!.startsWith(`${first.letter} — `))!;
    assert.equal(row['Zadowolenie: odpowiedzi'], '2');
    assert.equal(row['Zadowolenie: średnia ocena (1–5)'], '3.5');
    const other = rows.find((r) => r['Sprawa']!.startsWith(`${second.letter} — `))!;
    assert.equal(other['Zadowolenie: odpowiedzi'], '0');
    assert.equal(other['Zadowolenie: średnia ocena (1–5)'], '');
    const html = await (await admin.get(`/statystyki?from=${DAY}&to=${DAY}&by=service`)).text();
    assert.equal((html.match(/<svg class="chart__svg"/g) ?? []).length, 3, 'the satisfaction chart, with its data table');
    assert.ok(html.includes('Dane wykresu „Zadowolenie: średnia ocena od 1 do 5”'));
    assert.match(html, /<td class="num">2<\/td><td class="num">3,5<\/td>/);
    await db
      .deleteFrom('satisfaction_answer')
      .where(
        'ticket_id',
        'in',
        tickets.map((t) => t.id),
      )
      .execute();
  });

  it('gives a unit head their own unit only, and refuses another unit', async () => {
    const rows = await csv(head, `/statystyki/tabela.csv?from=${DAY}&to=${DAY}&by=service`);
    assert.deepEqual(
      rows.map((r) => r['Sprawa']!.split(' — ')[0]),
      [first.letter, 'Razem'],
    );
    const page = await (await head.get(`/statystyki?from=${DAY}&to=${DAY}&by=service`)).text();
    assert.ok(!page.includes(second.name), 'another unit’s service is not on the page');
    const visits = await csv(head, `/statystyki/bilety.csv?from=${DAY}&to=${DAY}`);
    assert.equal(visits.length, 5);
    const before = await writtenRows(server.db);
    const other = await head.get(`/statystyki?from=${DAY}&to=${DAY}&unit=${second.unitId}`);
    assert.equal(other.status, 403);
    assert.ok((await other.text()).includes('tylko swojej komórki'));
    assert.equal((await head.get(`/statystyki/bilety.csv?unit=${second.unitId}`)).status, 403);
    assert.equal(await writtenRows(server.db), before);
    const none = await headless.get('/statystyki');
    assert.equal(none.status, 200);
    assert.ok((await none.text()).includes('nie jest przypisane do żadnej komórki'));
    assert.equal((await headless.get('/statystyki/bilety.csv')).status, 409);
  });

  it('exports every ticket of the period as CSV and XLSX, read back, without personal data, and audits it', async () => {
    const rows = await csv(admin, `/statystyki/bilety.csv?from=${DAY}&to=${DAY}`);
    assert.equal(rows.length, 6);
    const noShow = rows.find((r) => r['Stan'] === 'Nieobecny')!;
    assert.equal(noShow['Przybycie'], '09:00:00');
    assert.equal(noShow['Wywołanie'], '09:30:00');
    assert.equal(noShow['Oczekiwanie (min)'], '30');
    assert.equal(noShow['Skąd bilet'], 'Biletomat');
    const response = await admin.get(`/statystyki/bilety.xlsx?from=${DAY}&to=${DAY}`);
    assert.equal(response.status, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.name, 'Bilety');
    assert.equal(sheet.rowCount, 7);
    assert.equal(sheet.getRow(1).getCell(1).value, 'Dzień');
    const table = await admin.get(`/statystyki/tabela.xlsx?from=${DAY}&to=${DAY}&by=unit`);
    const tableBook = new ExcelJS.Workbook();
    await tableBook.xlsx.load(Buffer.from(await table.arrayBuffer()) as unknown as ArrayBuffer);
    assert.equal(tableBook.worksheets[0]!.getRow(1).getCell(1).value, 'Komórka');
    const audit = await auditRows(server.db, 'stats.export');
    assert.ok(
      audit.some((a) => JSON.stringify(a.details).includes('"what":"visits"') && JSON.stringify(a.details).includes('"format":"xlsx"')),
    );
  });

  it('refuses a bad period with a clear message and writes nothing, on the page and the exports', async () => {
    const cases: [string, string][] = [
      ['from=2026-12-10&to=2026-12-01', 'Dzień końcowy musi być taki sam jak początkowy albo późniejszy.'],
      ['from=2020-01-01&to=2026-12-01', 'Okres może mieć najwyżej 366 dni.'],
      ['from=wczoraj&to=%3Cscript%3E', 'Wpisz prawdziwą datę'],
      ['by=miesiac', 'Wybierz jedną z podanych możliwości.'],
      ['unit=abc', 'Wpisz liczbę całkowitą'],
      ['unit=99999999999', 'od 1 do'],
    ];
    for (const [query, message] of cases) {
      for (const path of ['/statystyki', '/statystyki/tabela.csv', '/statystyki/bilety.xlsx']) {
        const before = await writtenRows(server.db);
        const response = await admin.get(`${path}?${query}`);
        const html = await response.text();
        assert.equal(response.status, 422, `${path}?${query}`);
        assert.ok(html.includes(message), `${path}?${query} should say "${message}"`);
        assert.ok(html.includes('Błąd:'), 'the title says there is an error');
        assert.equal(await writtenRows(server.db), before, 'nothing written');
      }
    }
  });

  it('lets the administrator set a service’s waiting-time target, and refuses a bad one', async () => {
    const form = { ...serviceForm(second.unitId, second.letter, second.name), wait_target_minutes: '15' };
    await postOk(admin, `/admin/sprawy/${second.id}`, form);
    const row = await server.db.selectFrom('service').select('wait_target_minutes').where('id', '=', second.id).executeTakeFirstOrThrow();
    assert.equal(row.wait_target_minutes, 15);
    for (const [value, message] of [
      ['0', 'od 1 do 480'],
      ['pół godziny', 'Wpisz liczbę całkowitą'],
    ] as const) {
      const before = await writtenRows(server.db);
      const response = await admin.postForm(`/admin/sprawy/${second.id}`, { ...form, wait_target_minutes: value });
      const html = await response.text();
      assert.equal(response.status, 422);
      assert.ok(html.includes(message), `should say "${message}"`);
      assert.equal(await writtenRows(server.db), before);
    }
    await postOk(admin, `/admin/sprawy/${second.id}`, { ...form, wait_target_minutes: '' });
    const cleared = await server.db
      .selectFrom('service')
      .select('wait_target_minutes')
      .where('id', '=', second.id)
      .executeTakeFirstOrThrow();
    assert.equal(cleared.wait_target_minutes, null);
  });
});
