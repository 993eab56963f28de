import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { StaffClient, TestServer } from '../support/server.ts';
import { openSse } from '../support/sse.ts';
import { deskId, startQueueServer, serviceId, type DeviceFetch } from '../support/queue.ts';

describe('ticket follow page', () => {
  let server: TestServer;
  let kiosk: DeviceFetch;
  let clerk: StaffClient;
  const issue = async (letter: string): Promise<string> => {
    const response = await kiosk('POST', '/api/kiosk/bilety', { serviceId: await serviceId(server.db, letter) });
    assert.equal(response.status, 201);
    return ((await response.json()) as { followUrl: string }).followUrl.split('/').pop()!;
  };
  const page = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}${path}`, { headers });
    return { status: response.status, html: await response.text(), cacheControl: response.headers.get('cache-control') };
  };

  before(async () => {
    ({ server, kiosk, clerk } = await startQueueServer());
  });
  after(() => server.close());

  it('shows a waiting ticket: number, service, status, people ahead with Polish plurals, where to wait, a refresh link', async () => {
    const first = await issue('A');
    const second = await issue('A');
    const { status, html, cacheControl } = await page(`/bilet/${second}`);
    assert.equal(status, 200);
    assert.equal(cacheControl, 'no-store');
    assert.match(html, /class="ticket__number">.*A002<\/p>/);
    assert.match(html, /czeka w kolejce/);
    assert.match(html, /1 osoba przed Tobą/);
    assert.match(html, /aria-live="polite"/);
    assert.match(html, new RegExp(`href="/bilet/${second}"[^>]*>Odśwież<`));
    assert.match(html, /src="\/static\/js\/follow.js"/);
    assert.doesNotMatch(html, /http-equiv/i);
    const service = await server.db.selectFrom('service').select('name_pl').where('ticket_letter', '=', 'A').executeTakeFirstOrThrow();
    assert.ok(html.includes(service.name_pl.replace(/&/g, '&amp;')), 'the service name is shown');
    assert.match((await page(`/bilet/${first}`)).html, /nikt nie czeka przed Tobą/);
  });

  it('says which desk called the ticket, in the chosen language', async () => {
    // Desk 6 serves H and J, and nothing else waits for them.
    const code = await issue('H');
    assert.equal((await clerk.sendJson('POST', '/api/stanowisko/otworz', { deskId: await deskId(server.db, '6') })).status, 201);
    assert.equal((await clerk.sendJson('POST', '/api/stanowisko/wezwij-nastepny', {})).status, 200);
    const called = (await page(`/bilet/${code}`)).html;
    assert.match(called, /wywołany do stanowiska 6/);
    // The title says it in another tab; the alert says where to go; "Gdzie podejść" is the desk's room.
    assert.match(called, /<title>▶ H001 — stanowisko 6 — /);
    assert.match(
      called,
      /role="alert"[^>]*><p>Wywołano Twój numer H001\. Podejdź do stanowiska 6: Siedziba główna, 2. piętro, pokój 201\.<\/p>/,
    );
    assert.match(
      called,
      /<dt data-label="where">Gdzie podejść<\/dt><dd data-field="where">stanowisko 6 — Siedziba główna, 2. piętro, pokój 201<\/dd>/,
    );
    const english = (await page(`/bilet/${code}`, { cookie: 'jezyk=en' })).html;
    assert.match(english, /called to desk 6/);
    assert.match(english, /<title>▶ H001 — desk 6 — /);
    const ukrainian = (await page(`/bilet/${code}`, { cookie: 'jezyk=uk' })).html;
    assert.match(ukrainian, /Ваш номер H001 викликано\. Підійдіть до віконця 6/);
    // Seen through: the desk closes, leaving the queue as it found it.
    const ticket = await server.db.selectFrom('ticket').select('id').where('public_code', '=', code).executeTakeFirstOrThrow();
    assert.equal((await clerk.sendJson('POST', `/api/stanowisko/bilety/${ticket.id}/rozpocznij`, {})).status, 200);
    assert.equal((await clerk.sendJson('POST', `/api/stanowisko/bilety/${ticket.id}/zakoncz`, { outcome: 'settled' })).status, 200);
    const done = (await page(`/bilet/${code}`)).html;
    assert.match(done, /<title>Bilet H001 — /);
    assert.match(done, /data-row="where" hidden/, 'a finished ticket has nowhere to go');
    assert.match(done, /class="follow__call" role="alert" tabindex="-1" data-call="true"><\/div>/);
  });

  it('says once that nobody is ahead, not "0 osób" nor an estimate of "next in line" beside it', async () => {
    // Desk 6 is open (the test above) and serves J; nothing waits for J.
    const code = await issue('J');
    const { html } = await page(`/bilet/${code}`);
    assert.match(html, /nikt nie czeka przed Tobą — Twój numer zostanie wywołany jako następny/);
    assert.doesNotMatch(html, /następny w kolejce|0 osób/);
    assert.match(html, /data-row="estimate" hidden/);
  });

  it('streams the new service and where to wait after a transfer, and the call with where to go', async () => {
    const code = await issue('J');
    const follower = await openSse(`${server.url}/api/bilet/${code}/zdarzenia`);
    type Status = { status: string; service: string; whereLabel: string; whereText: string; title: string; callText: string | null };
    const first = (await follower.waitFor((e) => e.event === 'status')).data as Status;
    assert.equal(first.whereLabel, 'Gdzie czekać');
    const ticket = await server.db.selectFrom('ticket').select('id').where('public_code', '=', code).executeTakeFirstOrThrow();
    assert.equal((await clerk.sendJson('POST', `/api/stanowisko/bilety/${ticket.id}/wezwij`, {})).status, 200);
    const called = (await follower.waitFor((e) => e.event === 'status' && (e.data as Status).status === 'called')).data as Status;
    assert.equal(called.title, `▶ ${/J\d{3}/.exec(called.title)![0]} — stanowisko 6`);
    assert.equal(called.whereLabel, 'Gdzie podejść');
    assert.match(called.callText ?? '', /Podejdź do stanowiska 6: Siedziba główna, 2. piętro, pokój 201\./);
    const a = await serviceId(server.db, 'A');
    assert.equal((await clerk.sendJson('POST', `/api/stanowisko/bilety/${ticket.id}/przekaz`, { serviceId: a })).status, 200);
    const moved = (await follower.waitFor((e) => e.event === 'status' && (e.data as Status).service !== called.service)).data as Status;
    const service = await server.db.selectFrom('service').select('name_pl').where('id', '=', a).executeTakeFirstOrThrow();
    assert.deepEqual(
      { status: moved.status, service: moved.service, whereLabel: moved.whereLabel, whereText: moved.whereText, callText: moved.callText },
      {
        status: 'waiting',
        service: service.name_pl,
        whereLabel: 'Gdzie czekać',
        whereText: 'Siedziba główna, parter, pokój P.01',
        callText: null,
      },
    );
    follower.close();
  });

  it('answers 404 for an unknown or malformed code', async () => {
    assert.equal((await page('/bilet/ZZZZZZZZZZZZ')).status, 404);
    assert.equal((await page('/bilet/x')).status, 404);
  });
});
