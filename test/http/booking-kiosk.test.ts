import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bookVisit, cancelBooking, nearestFreeTimes } from '../../src/app/booking/index.ts';
import type { UseCaseDeps } from '../../src/app/shared/deps.ts';
import { officeTime } from '../../src/domain/organisation/index.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { testClock, type TestClock } from '../support/booking.ts';
import { decodeEscPos } from '../support/escpos-decode.ts';
import { registerDevice, serviceId, writtenRows } from '../support/queue.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { startTestPrinter, type TestPrinter } from '../support/test-printer.ts';

// Monday 23 November 2026, 08:00 in Warsaw: bookings are made now, for Tuesday.
const BOOKED_AT = '2026-11-23T07:00:00Z';
const MINUTE = 60_000;

describe('the kiosk’s "Mam rezerwację": check-in with a typed or scanned code', () => {
  let server: TestServer;
  let printer: TestPrinter;
  let clock: TestClock;
  let kiosk: { id: number; token: string };
  let publicDeps: UseCaseDeps;
  let n = 0;

  before(async () => {
    clock = testClock(BOOKED_AT);
    server = await startTestServer({ clock });
    printer = await startTestPrinter();
    kiosk = await registerDevice(server.db, 'kiosk');
    const office = await currentOffice(server.db);
    publicDeps = {
      db: server.db,
      clock: testClock(BOOKED_AT),
      actor: { kind: 'public', id: null, label: 'test', role: '', address: '192.0.2.1', officeId: office.id },
    };
  });
  after(async () => {
    await printer.close();
    await server.close();
  });

  const get = (path: string, token = kiosk.token) =>
    fetch(`${server.url}${path}`, { redirect: 'manual', headers: { cookie: `okienko_urzadzenie=${token}` } });
  const post = (code: string, token = kiosk.token) =>
    fetch(`${server.url}/kiosk/rezerwacja`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: `okienko_urzadzenie=${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ code }),
    });
  /** A booking of the demo office's vehicle registration (D) at the free time nearest to `around`. */
  const book = async (around: string) => {
    const service = await serviceId(server.db, 'D');
    const [free] = await nearestFreeTimes(publicDeps, { serviceId: service, around: new Date(around), limit: 1 });
    assert.ok(free);
    return bookVisit(publicDeps, {
      serviceId: service,
      startsAt: free.startsAt,
      name: 'Anna Nowak',
      email: `anna${(n += 1)}@example.pl`,
      phone: '',
      locale: 'pl',
      source: 'online',
    });
  };
  const at = (startsAt: Date, minutes: number) => clock.set(new Date(startsAt.getTime() + minutes * MINUTE));
  const setPrinter = (settings: object) =>
    server.db
      .updateTable('device')
      .set({ settings: JSON.stringify(settings) })
      .where('id', '=', kiosk.id)
      .execute();

  it('shows one large code field ready for the scanner: focused, no autocomplete, capitals', async () => {
    const response = await get('/kiosk/rezerwacja');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const html = await response.text();
    assert.match(html, /<h1 class="kiosk__title">Mam rezerwację<\/h1>/);
    assert.match(html, /<form method="post" action="\/kiosk\/rezerwacja"/);
    const input = /<input[^>]*id="code"[^>]*>/.exec(html)?.[0] ?? '';
    for (const attribute of [
      'name="code"',
      'type="text"',
      'inputmode="text"',
      'autocapitalize="characters"',
      'autocomplete="off"',
      'autofocus',
      'aria-describedby="code-hint"',
    ]) {
      assert.ok(input.includes(attribute), `${attribute} in ${input}`);
    }
    assert.match(html, /<label class="label kiosk__label" for="code">Kod rezerwacji<\/label>/);
  });

  it('checks in a code typed in lower case without the dash: the booked ticket is shown with its time', async () => {
    const visit = await book('2026-11-24T08:00:00Z');
    at(visit.startsAt, -5);
    const response = await post(visit.code.toLowerCase().replace('-', ''));
    assert.equal(response.status, 303);
    const location = response.headers.get('location') ?? '';
    assert.match(location, /^\/kiosk\/bilet\/[23456789A-HJ-NP-Z]{12}\?rezerwacja=na-czas$/);
    const html = await (await get(location)).text();
    assert.match(html, /class="ticket__number">.*D\d{3}<\/p>/);
    assert.ok(html.includes(`Wizyta o ${officeTime(visit.startsAt)}`));
    assert.match(html, /Twój numer zostanie wywołany w czasie Twojej wizyty/);
    const print = await (await get(`${location.split('?')[0]!}/druk`)).text();
    assert.ok(print.includes(`<p class="print-ticket__visit">Wizyta o ${officeTime(visit.startsAt)}</p>`));
    const booking = await server.db
      .selectFrom('booking')
      .select(['status', 'ticket_id'])
      .where('id', '=', visit.bookingId)
      .executeTakeFirstOrThrow();
    assert.equal(booking.status, 'checked_in');
    assert.ok(booking.ticket_id);
  });

  it('checks in a scanned manage link and prints the ticket with the visit’s time on the kiosk’s printer', async () => {
    await setPrinter({ printer: { host: printer.host, port: printer.port } });
    const visit = await book('2026-11-24T09:00:00Z');
    at(visit.startsAt, 10);
    const jobs = printer.jobs.length;
    const response = await post(`${server.app.deps.config.publicUrl}/rezerwacja/${visit.code}?t=${visit.manageToken}`);
    assert.equal(response.status, 303);
    assert.match(response.headers.get('location') ?? '', /\?druk=ok&rezerwacja=na-czas$/);
    const received = await printer.waitForJobs(jobs + 2);
    const { lines } = decodeEscPos(received[jobs + 1]!);
    assert.ok(
      lines.some((line) => line.trim() === `Wizyta o ${officeTime(visit.startsAt)}`),
      lines.join('\n'),
    );
    assert.ok(lines.some((line) => /^D\d{3}$/.test(line.trim())));
    await setPrinter({});
  });

  it('a late arrival gets a regular ticket and is told why', async () => {
    const visit = await book('2026-11-24T10:00:00Z');
    at(visit.startsAt, 16);
    const response = await post(visit.code);
    const location = response.headers.get('location') ?? '';
    assert.match(location, /\?rezerwacja=po-czasie$/);
    const html = await (await get(location)).text();
    assert.match(html, /ten bilet czeka w kolejce jak zwykły bilet/);
    assert.doesNotMatch(html, /Wizyta o/);
  });

  it('refuses in plain words and writes nothing: unknown code, not a code, too early, cancelled, already checked in', async () => {
    const early = await book('2026-11-24T08:40:00Z');
    const cancelled = await book('2026-11-24T09:40:00Z');
    await cancelBooking(publicDeps, { code: cancelled.code, token: cancelled.manageToken });
    const twice = await book('2026-11-24T07:20:00Z');
    at(twice.startsAt, 0);
    const first = await post(twice.code);
    assert.equal(first.status, 303);
    const number = (await (await get(first.headers.get('location') ?? '')).text()).match(/class="ticket__number">.*?(D\d{3})<\/p>/)?.[1];
    assert.ok(number);
    at(early.startsAt, -11);
    const before = await writtenRows(server.db);

    const unknown = await post('ZZZZ-ZZZZ');
    assert.equal(unknown.status, 404);
    const unknownPage = await unknown.text();
    assert.match(unknownPage, /<title>Błąd: Mam rezerwację/);
    assert.match(unknownPage, /<a href="#code">Nie znaleźliśmy rezerwacji o tym kodzie/);
    assert.match(unknownPage, /value="ZZZZ-ZZZZ"/);

    const notACode = await post('12345');
    assert.equal(notACode.status, 422);
    assert.match(await notACode.text(), /Kod rezerwacji ma 8 liter i cyfr/);
    // A malformed scanned link is not shown back: its token would stay on the kiosk's screen.
    assert.doesNotMatch(await (await post(`${server.app.deps.config.publicUrl}/rezerwacja/BAD?t=secret-token`)).text(), /secret-token/);

    const tooEarly = await post(early.code);
    assert.equal(tooEarly.status, 409);
    const earlyPage = await tooEarly.text();
    const opens = officeTime(new Date(early.startsAt.getTime() - 10 * MINUTE));
    assert.ok(earlyPage.includes(`Twoja wizyta jest o ${officeTime(early.startsAt)}. Wróć do biletomatu od ${opens}.`), earlyPage);
    assert.match(earlyPage, /href="\/kiosk"/);

    const wasCancelled = await post(cancelled.code);
    assert.equal(wasCancelled.status, 409);
    assert.match(await wasCancelled.text(), /Ta rezerwacja została odwołana/);

    const again = await post(twice.code);
    assert.equal(again.status, 409);
    assert.ok((await again.text()).includes(`Twój numer to ${number}`));

    assert.deepEqual(await writtenRows(server.db), before);
  });

  it('tells the day when someone comes on the wrong day, in the kiosk’s language', async () => {
    const visit = await book('2026-11-25T08:00:00Z');
    at(visit.startsAt, -24 * 60);
    const response = await fetch(`${server.url}/kiosk/rezerwacja`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: `okienko_urzadzenie=${kiosk.token}; jezyk=en`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ code: visit.code }),
    });
    assert.equal(response.status, 409);
    assert.ok((await response.text()).includes(`Your visit is on November 25, 2026 at ${officeTime(visit.startsAt)}`));
  });

  it('stops a kiosk after 10 wrong codes in 10 minutes, even for a good code, and lets it try again later', async () => {
    const other = await registerDevice(server.db, 'kiosk');
    const visit = await book('2026-11-24T10:40:00Z');
    at(visit.startsAt, -30);
    for (let i = 0; i < 10; i += 1) assert.equal((await post('ZZZZ-ZZZZ', other.token)).status, 404);
    const blocked = await post(visit.code, other.token);
    assert.equal(blocked.status, 429);
    assert.ok(Number(blocked.headers.get('retry-after')) > 0);
    assert.match(await blocked.text(), /zbyt wiele błędnych kodów/);
    // Another kiosk is not affected.
    assert.equal((await post('ZZZZ-ZZZZ')).status, 404);
    at(visit.startsAt, -5);
    assert.equal((await post(visit.code, other.token)).status, 303);
  });

  it('answers 401 without a kiosk device and 403 for a board', async () => {
    assert.equal((await fetch(`${server.url}/kiosk/rezerwacja`)).status, 401);
    assert.equal(
      (await fetch(`${server.url}/kiosk/rezerwacja`, { method: 'POST', body: new URLSearchParams({ code: 'ZZZZ-ZZZZ' }) })).status,
      401,
    );
    const board = await registerDevice(server.db, 'board');
    assert.equal((await get('/kiosk/rezerwacja', board.token)).status, 403);
    assert.equal((await post('ZZZZ-ZZZZ', board.token)).status, 403);
  });
});
