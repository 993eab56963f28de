// The kiosk and special needs and buildings: priority with the ground floor (seed 7.1) from the kiosk, on the
// screen and the printed ticket; what happens when a service cannot be served downstairs; the street of a
// place in another building than the kiosk's.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/server.ts';
import { openAllDay, registerDevice, serviceId, writtenRows, usePrinter } from '../support/queue.ts';
import { decodeEscPos } from '../support/escpos-decode.ts';
import { startTestPrinter, type TestPrinter } from '../support/test-printer.ts';

describe('kiosk: special needs and buildings', () => {
  let server: TestServer;
  let printer: TestPrinter;
  let kiosk: { id: number; token: string };
  let keys = 0;
  const get = (path: string) =>
    fetch(`${server.url}${path}`, { redirect: 'manual', headers: { cookie: `okienko_urzadzenie=${kiosk.token}` } });
  const post = (fields: Record<string, string>) =>
    fetch(`${server.url}/kiosk/bilety`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: `okienko_urzadzenie=${kiosk.token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ issueKey: `places-test-key-${String((keys += 1)).padStart(4, '0')}`, ...fields }),
    });
  const unitOf = async (letter: string) =>
    (await server.db.selectFrom('service').select('unit_id').where('ticket_letter', '=', letter).executeTakeFirstOrThrow()).unit_id;
  const building = (name: string) =>
    server.db.selectFrom('building').select(['id', 'street', 'postal_code', 'city']).where('name', '=', name).executeTakeFirstOrThrow();
  /** Prints through the test printer and answers the printed ticket's lines. */
  const printed = async (fields: Record<string, string>) => {
    const before = printer.jobs.length;
    const response = await post(fields);
    assert.equal(response.status, 303);
    const jobs = await printer.waitForJobs(before + 2);
    return { location: response.headers.get('location') ?? '', lines: decodeEscPos(jobs[before + 1]!).lines.map((l) => l.trim()) };
  };

  before(async () => {
    server = await startTestServer();
    printer = await startTestPrinter();
    await openAllDay(server.db);
    kiosk = await registerDevice(server.db, 'kiosk');
    await usePrinter(server.db, kiosk.id, printer);
  });
  beforeEach(async () => {
    await server.db.updateTable('device').set({ building_id: null }).where('id', '=', kiosk.id).execute();
  });
  after(async () => {
    await printer.close();
    await server.close();
  });

  it('asks a priority resident whether they need the ground floor, and carries the answer to the service tiles', async () => {
    const question = await (await get('/kiosk/parter?pierwszenstwo=reduced_mobility')).text();
    assert.match(question, /<h1 class="kiosk__title">Czy możesz pójść na piętro\?<\/h1>/);
    assert.match(
      question,
      /href="\/kiosk\?pierwszenstwo=reduced_mobility&amp;parter=tak"[^>]*><span[^>]*>Nie — obsłużcie mnie na parterze/,
    );
    // No reason, no ground-floor question: seed 7.1 pairs the ground floor with priority.
    const bare = await get('/kiosk/parter');
    assert.equal(bare.status, 303);
    assert.equal(bare.headers.get('location'), '/kiosk/pierwszenstwo');
    const h = await serviceId(server.db, 'H');
    const unit = await (await get(`/kiosk/wydzial/${await unitOf('H')}?pierwszenstwo=reduced_mobility&parter=tak`)).text();
    assert.match(unit, /Obsługa na parterze: urzędnik zejdzie do Ciebie\./);
    assert.match(
      unit,
      new RegExp(
        `name="serviceId" value="${h}"/><input type="hidden" name="issueKey" value="[A-Za-z0-9_-]{22}"/><input type="hidden" name="priorityReason" value="reduced_mobility"/><input type="hidden" name="groundFloor" value="tak"/>`,
      ),
    );
    // Without the ground floor chosen, no tile sends it.
    const plain = await (await get(`/kiosk/wydzial/${await unitOf('H')}?pierwszenstwo=reduced_mobility`)).text();
    assert.doesNotMatch(plain, /name="groundFloor"/);
  });

  it('issues a ground-floor priority ticket and says the reason and the ground floor on the screen and the printed ticket', async () => {
    const { location, lines } = await printed({
      serviceId: String(await serviceId(server.db, 'H')),
      priorityReason: 'reduced_mobility',
      groundFloor: 'tak',
    });
    const code = location.split('/')[3]!.split('?')[0]!;
    const row = await server.db
      .selectFrom('ticket')
      .select(['priority_reason', 'ground_floor'])
      .where('public_code', '=', code)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { priority_reason: 'reduced_mobility', ground_floor: true });
    assert.ok(lines.includes('Poza kolejnością: Ograniczona sprawność ruchowa'), lines.join('\n'));
    assert.ok(lines.includes('Obsługa na parterze'), lines.join('\n'));
    // The tax office is on floor 2: the resident waits downstairs, where the clerk comes.
    assert.ok(lines.includes('parter - urzędnik zejdzie do Ciebie'), lines.join('\n'));
    assert.ok(!lines.some((line) => /2\. piętro|piętro 2/.test(line)), lines.join('\n'));
    const html = await (await get(location)).text();
    assert.match(html, /<dt[^>]*>Obsługa<\/dt><dd data-field="care">poza kolejnością \(Ograniczona sprawność ruchowa\), na parterze<\/dd>/);
    assert.match(html, /<dd data-field="where">Siedziba główna, parter — urzędnik zejdzie do Ciebie<\/dd>/);
    const print = await (await get(`/kiosk/bilet/${code}/druk`)).text();
    assert.match(print, /class="print-ticket__care">Poza kolejnością: Ograniczona sprawność ruchowa</);
    assert.match(print, /class="print-ticket__care">Obsługa na parterze</);
  });

  it('says what happens instead when a service cannot be served on the ground floor, and never sends it', async () => {
    const g = await serviceId(server.db, 'G');
    const path = `/kiosk/wydzial/${await unitOf('G')}?pierwszenstwo=reduced_mobility&parter=tak`;
    const withLift = await (await get(path)).text();
    const tile = new RegExp(`name="serviceId" value="${g}"[\\s\\S]*?</form>`).exec(withLift)?.[0] ?? '';
    assert.doesNotMatch(tile, /name="groundFloor"/);
    assert.match(
      tile,
      /Tej sprawy nie załatwimy na parterze: 1. piętro, pokój 104\. W budynku jest winda; dostaniesz bilet poza kolejnością\./,
    );
    const main = await building('Siedziba główna');
    await server.db.updateTable('building').set({ has_lift: false }).where('id', '=', main.id).execute();
    try {
      assert.match(
        await (await get(path)).text(),
        /a w budynku nie ma windy\. Zapytaj w Punkcie Informacyjnym o wizytę urzędnika w domu\./,
      );
    } finally {
      await server.db.updateTable('building').set({ has_lift: true }).where('id', '=', main.id).execute();
    }
  });

  it('refuses a ground-floor ticket for a service that cannot be served there, and writes nothing', async () => {
    const before = await writtenRows(server.db);
    const response = await post({
      serviceId: String(await serviceId(server.db, 'G')),
      priorityReason: 'reduced_mobility',
      groundFloor: 'tak',
    });
    assert.equal(response.status, 422);
    assert.match(await response.text(), /Tej sprawy nie można załatwić na parterze\./);
    assert.deepEqual(await writtenRows(server.db), before);
  });

  it('names the street of a place in another building than the kiosk’s, on the tiles, the screen and the printed ticket', async () => {
    const main = await building('Siedziba główna');
    const a = await building('Budynek A');
    await server.db.updateTable('device').set({ building_id: main.id }).where('id', '=', kiosk.id).execute();
    const start = await (await get('/kiosk')).text();
    const vehicles = new RegExp(`href="/kiosk/wydzial/${await unitOf('D')}"[\\s\\S]*?</a>`).exec(start)?.[0] ?? '';
    assert.match(vehicles, /W innym budynku: Budynek A, ul\. Szkolna 28/);
    const { location, lines } = await printed({ serviceId: String(await serviceId(server.db, 'D')) });
    const address = `${a.street}, ${a.postal_code} ${a.city}`;
    assert.ok(lines.includes('Budynek A') && lines.includes(address), lines.join('\n'));
    assert.ok(lines.includes('Inny budynek: wyjdź i przejdź pod ten adres.'), lines.join('\n'));
    const html = await (await get(location)).text();
    assert.match(
      html,
      new RegExp(`Ta sprawa jest w innym budynku: Budynek A, ${address}\\. Wyjdź z tego budynku i przejdź pod ten adres\\.`),
    );
    // In the kiosk's own building nothing is said about buildings.
    const own = await printed({ serviceId: String(await serviceId(server.db, 'A')) });
    assert.ok(!own.lines.some((line) => /Inny budynek|Pasaż/.test(line)), own.lines.join('\n'));
    assert.doesNotMatch(await (await get(own.location)).text(), /innym budynku/);
  });

  it('keeps today’s wording when the kiosk’s building is not set', async () => {
    const { location, lines } = await printed({ serviceId: String(await serviceId(server.db, 'D')) });
    assert.ok(!lines.some((line) => /Inny budynek|Szkolna/.test(line)), lines.join('\n'));
    const html = await (await get(location)).text();
    assert.doesNotMatch(html, /innym budynku/);
    assert.match(html, /<dd data-field="where">Budynek A, parter, pokój A\.0\.5<\/dd>/);
    assert.doesNotMatch(await (await get('/kiosk')).text(), /W innym budynku/);
  });
});
