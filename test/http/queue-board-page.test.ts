import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';
import { deskId, deviceFetch, openAllDay, registerDevice, serviceId } from '../support/queue.ts';

describe('board page', () => {
  let server: TestServer;
  let board: { id: number; token: string };
  const get = (path: string, token = board.token) =>
    fetch(`${server.url}${path}`, { redirect: 'manual', headers: { cookie: `okienko_urzadzenie=${token}` } });

  before(async () => {
    server = await startTestServer();
    await openAllDay(server.db);
    board = await registerDevice(server.db, 'board');
  });
  after(() => server.close());

  it('shows the current call large with its desk, the waiting counts, the clock and the announcements, and no name', async () => {
    const kiosk = deviceFetch(server.url, (await registerDevice(server.db, 'kiosk')).token);
    for (let i = 0; i < 2; i++)
      assert.equal((await kiosk('POST', '/api/kiosk/bilety', { serviceId: await serviceId(server.db, 'H') })).status, 201);
    const clerk = await loginAs(server, 'clerk');
    assert.equal((await clerk.sendJson('POST', '/api/stanowisko/otworz', { deskId: await deskId(server.db, '6') })).status, 201);
    assert.equal((await clerk.sendJson('POST', '/api/stanowisko/wezwij-nastepny', {})).status, 200);

    const response = await get(`/tablica/${board.id}`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(
      html,
      /<li class="board__call board__call--newest" data-ticket-id="\d+"><span class="board__number">H001<\/span><span class="board__arrow" aria-hidden="true">→<\/span><span class="board__desk">stanowisko 6<\/span>/,
    );
    assert.match(html, /<th scope="row"><span class="board__service">H — [^<]+<\/span><\/th><td>1<\/td>/);
    assert.match(html, /data-clock="true">\d\d:\d\d</);
    assert.match(html, /<h2 id="komunikaty">Komunikaty<\/h2>/);
    assert.match(html, /data-last-event-id="\d+"/);
    assert.match(html, /src="\/static\/js\/board.js"/);
    assert.doesNotMatch(html, /Test clerk/);
    // A service nobody waits for says so, not a ticket's "następny w kolejce" beside a 0.
    assert.match(html, /<td>0<\/td><td>nikt nie czeka<\/td>/);
    assert.doesNotMatch(html, /następny w kolejce/);
  });

  it('answers 404 for an id that is not a board of the office, 401 without a device', async () => {
    const kiosk = await registerDevice(server.db, 'kiosk');
    assert.equal((await get(`/tablica/${kiosk.id}`)).status, 404);
    assert.equal((await get('/tablica/abc')).status, 404);
    assert.equal((await fetch(`${server.url}/tablica/${board.id}`)).status, 401);
  });
});
