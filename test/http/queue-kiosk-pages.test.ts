import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/server.ts';
import { openAllDay, registerDevice, serviceId, writtenRows } from '../support/queue.ts';
import { decodeEscPos } from '../support/escpos-decode.ts';
import { PRINTER_STATUSES, startTestPrinter, type TestPrinter } from '../support/test-printer.ts';

describe('kiosk pages', () => {
  let server: TestServer;
  let printer: TestPrinter;
  let kiosk: { id: number; token: string };
  const get = (path: string, token = kiosk.token) =>
    fetch(`${server.url}${path}`, { redirect: 'manual', headers: { cookie: `okienko_urzadzenie=${token}` } });
  const post = (fields: Record<string, string>) =>
    fetch(`${server.url}/kiosk/bilety`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: `okienko_urzadzenie=${kiosk.token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
    });
  const issue = async (letter: string, extra: Record<string, string> = {}) => {
    const response = await post({ serviceId: String(await serviceId(server.db, letter)), ...extra });
    assert.equal(response.status, 303);
    return response.headers.get('location') ?? '';
  };
  const setPrinter = (settings: object) =>
    server.db
      .updateTable('device')
      .set({ settings: JSON.stringify(settings) })
      .where('id', '=', kiosk.id)
      .execute();

  before(async () => {
    server = await startTestServer();
    printer = await startTestPrinter();
    await openAllDay(server.db);
    kiosk = await registerDevice(server.db, 'kiosk');
  });
  after(async () => {
    await printer.close();
    await server.close();
  });

  it('shows units, the priority and booking buttons and the language buttons on the first screen', async () => {
    const response = await get('/kiosk');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const html = await response.text();
    assert.match(html, /<h1 class="kiosk__title">Wybierz sprawę<\/h1>/);
    assert.match(html, /href="\/kiosk\/wydzial\/\d+"/);
    assert.match(html, /href="\/kiosk\/pierwszenstwo"[^>]*><span[^>]*>Potrzebuję pierwszeństwa</);
    assert.match(html, /href="\/kiosk\/rezerwacja"[^>]*><span[^>]*>Mam rezerwację</);
    assert.match(html, /href="\/jezyk\/uk\?wroc=%2Fkiosk"/);
  });

  it('lists a unit’s services as one-touch forms', async () => {
    const unit = await server.db.selectFrom('service').select('unit_id').where('ticket_letter', '=', 'A').executeTakeFirstOrThrow();
    const html = await (await get(`/kiosk/wydzial/${unit.unit_id}`)).text();
    assert.match(
      html,
      new RegExp(
        `<form method="post" action="/kiosk/bilety"[^>]*><input type="hidden" name="serviceId" value="${await serviceId(server.db, 'A')}"`,
      ),
    );
    assert.equal((await get('/kiosk/wydzial/999999')).status, 404);
  });

  it('issues a ticket without a printer and shows the number, the QR code and the printable ticket', async () => {
    const location = await issue('A');
    assert.match(location, /^\/kiosk\/bilet\/[23456789A-HJ-NP-Z]{12}$/);
    const html = await (await get(location)).text();
    assert.match(html, /class="ticket__number">.*A001<\/p>/);
    assert.match(html, /nikt nie czeka przed Tobą/);
    assert.match(html, /<div class="qr" role="img"[^>]*><svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.doesNotMatch(html, /wydrukować/);
    const print = await (await get(`${location}/druk`)).text();
    assert.match(print, /href="\/static\/css\/ticket-print.css"/);
    assert.match(print, /class="print-ticket__number">A001</);
    const css = await (await fetch(`${server.url}/static/css/ticket-print.css`)).text();
    assert.match(css, /@page \{\s*size: 80mm auto;/);
  });

  it('prints on the kiosk’s printer after issuing and says so', async () => {
    await setPrinter({ printer: { host: printer.host, port: printer.port } });
    const jobs = printer.jobs.length;
    const location = await issue('A');
    assert.match(location, /\?druk=ok$/);
    // The status query, then the ticket.
    const received = await printer.waitForJobs(jobs + 2);
    const { lines, qrCodes } = decodeEscPos(received[jobs + 1]!);
    assert.ok(lines.some((line) => line.trim() === 'A002'));
    const code = location.split('/')[3]!.split('?')[0]!;
    assert.deepEqual(qrCodes, [`${server.app.deps.config.publicUrl}/bilet/${code}`]);
    assert.match(await (await get(location)).text(), /Weź wydrukowany bilet/);
    const device = await server.db.selectFrom('device').select(['health']).where('id', '=', kiosk.id).executeTakeFirstOrThrow();
    assert.equal(device.health, 'ok');
  });

  it('keeps the ticket when the printer is out of paper, says so plainly and records the failure on the device', async () => {
    printer.setStatus(PRINTER_STATUSES.paperEnd);
    const before = await writtenRows(server.db);
    const location = await issue('A');
    printer.setStatus(PRINTER_STATUSES.normal);
    assert.match(location, /\?druk=blad$/);
    assert.equal((await writtenRows(server.db)).tickets, before.tickets + 1);
    const html = await (await get(location)).text();
    assert.match(html, /Nie udało się wydrukować biletu. Twój numer jest ważny/);
    assert.match(html, /A003/);
    const device = await server.db
      .selectFrom('device')
      .select(['health', 'last_failure'])
      .where('id', '=', kiosk.id)
      .executeTakeFirstOrThrow();
    assert.equal(device.health, 'failed');
    assert.match(device.last_failure ?? '', /paper_end/);
  });

  it('keeps the ticket when the printer is unreachable', async () => {
    await printer.setMode('refuse');
    const location = await issue('A');
    await printer.setMode('answer');
    assert.match(location, /\?druk=blad$/);
    await setPrinter({});
  });

  it('issues a priority ticket through the priority path', async () => {
    const html = await (await get('/kiosk/pierwszenstwo')).text();
    assert.match(html, /href="\/kiosk\/parter\?pierwszenstwo=pregnancy"/);
    const groundFloor = await (await get('/kiosk/parter?pierwszenstwo=pregnancy')).text();
    assert.match(groundFloor, /href="\/kiosk\?pierwszenstwo=pregnancy&amp;parter=tak"/);
    assert.match(groundFloor, /href="\/kiosk\?pierwszenstwo=pregnancy"/);
    const chosen = await (await get('/kiosk?pierwszenstwo=pregnancy')).text();
    assert.match(chosen, /Bilet poza kolejnością:/);
    const location = await issue('A', { priorityReason: 'pregnancy' });
    const ticket = await server.db
      .selectFrom('ticket')
      .select('priority_reason')
      .where('public_code', '=', location.split('/')[3]!)
      .executeTakeFirstOrThrow();
    assert.equal(ticket.priority_reason, 'pregnancy');
  });

  it('refuses in plain words (limit reached, unknown service, unknown reason) and writes nothing', async () => {
    const c = await serviceId(server.db, 'C');
    await server.db.updateTable('service').set({ daily_ticket_limit: 1 }).where('id', '=', c).execute();
    await issue('C');
    const before = await writtenRows(server.db);
    const limit = await post({ serviceId: String(c) });
    assert.equal(limit.status, 409);
    const html = await limit.text();
    assert.match(html, /Limit biletów na dziś wyczerpany/);
    assert.match(html, /<title>Błąd:/);
    const bad = await post({ serviceId: 'abc' });
    assert.equal(bad.status, 422);
    assert.match(await bad.text(), /Nie ma takiej sprawy/);
    assert.equal((await post({ serviceId: String(await serviceId(server.db, 'A')), priorityReason: 'vip' })).status, 422);
    assert.deepEqual(await writtenRows(server.db), before);
  });

  it('puts the services most taken today on the first screen, the most taken first', async () => {
    // More G tickets than of any letter the tests above issued; H has none today.
    for (let i = 0; i < 8; i += 1) await issue('G');
    const html = await (await get('/kiosk')).text();
    const row = /<section aria-labelledby="najczestsze">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    assert.match(row, /<h2 id="najczestsze">Najczęściej wybierane<\/h2>/);
    const shown = [...row.matchAll(/name="serviceId" value="(\d+)"/g)].map((m) => Number(m[1]));
    assert.equal(shown[0], await serviceId(server.db, 'G'));
    assert.ok(shown.length <= 4);
    assert.ok(!shown.includes(await serviceId(server.db, 'H')));
  });

  it('answers 401 without a kiosk device and 403 for a board', async () => {
    assert.equal((await fetch(`${server.url}/kiosk`)).status, 401);
    const board = await registerDevice(server.db, 'board');
    assert.equal((await get('/kiosk', board.token)).status, 403);
  });
});
