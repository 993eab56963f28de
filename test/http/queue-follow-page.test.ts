import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { StaffClient, TestServer } from '../support/server.ts';
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
    assert.match((await page(`/bilet/${code}`)).html, /wywołany do stanowiska 6/);
    assert.match((await page(`/bilet/${code}`, { cookie: 'jezyk=en' })).html, /called to desk 6/);
  });

  it('answers 404 for an unknown or malformed code', async () => {
    assert.equal((await page('/bilet/ZZZZZZZZZZZZ')).status, 404);
    assert.equal((await page('/bilet/x')).status, 404);
  });
});
