import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { serviceId, startQueueServer, writtenRows, type DeviceFetch } from '../support/queue.ts';
import type { StaffClient, TestServer } from '../support/server.ts';

/** Sends raw bytes and returns the status line and body of the answer (for what fetch itself refuses to send). */
function rawRequest(url: string, text: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => {
      const body = Buffer.from(answer.slice(answer.indexOf('\r\n\r\n') + 4), 'latin1').toString('utf8');
      resolve({ status: Number(answer.split(' ')[1]), body });
    });
    socket.on('error', reject);
  });
}

describe('bad input gets a clear 4xx in the caller’s language and changes nothing', () => {
  let server: TestServer;
  let kiosk: DeviceFetch;
  let clerk: StaffClient;
  let service: number;
  before(async () => {
    ({ server, kiosk, clerk } = await startQueueServer());
    service = await serviceId(server.db, 'B');
  });
  after(() => server.close());

  it('answers a NUL character in a query string with a worded page, not a 500', async () => {
    for (const path of ['/jezyk/pl?wroc=/%00', '/rezerwacja?q=a%00b', '/bilet/AB%00CD']) {
      const response = await fetch(`${server.url}${path}`, { redirect: 'manual', headers: { 'accept-language': 'pl' } });
      assert.ok(response.status >= 400 && response.status < 500, `${path}: ${response.status}`);
      assert.match(await response.text(), /znak|Nie znaleziono/);
    }
  });

  it('answers a NUL character in a posted form with 4xx and writes nothing', async () => {
    const before = await writtenRows(server.db);
    const login = await fetch(`${server.url}/logowanie`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'okienko_logowanie=x' },
      body: 'login=demo%00admin&password=x&_csrf=x',
    });
    assert.ok(login.status >= 400 && login.status < 500, String(login.status));
    const desk = await clerk.postForm('/stanowisko/wezwij-wybrany', { number: 'A\u0000001' });
    assert.ok(desk.status >= 400 && desk.status < 500, String(desk.status));
    assert.deepEqual(await writtenRows(server.db), before);
  });

  it('takes only the declared JSON types: a number is not "1", true, [1] or a form', async () => {
    const before = await writtenRows(server.db);
    for (const serviceIdValue of [String(service), true, [service], { id: service }]) {
      const response = await kiosk('POST', '/api/kiosk/bilety', { serviceId: serviceIdValue });
      assert.equal(response.status, 400, JSON.stringify(serviceIdValue));
      const body = (await response.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'validation');
    }
    const form = await kiosk('POST', '/api/kiosk/bilety', `serviceId=${service}`, { 'content-type': 'application/x-www-form-urlencoded' });
    assert.ok(form.status >= 400 && form.status < 500, String(form.status));
    assert.deepEqual(await writtenRows(server.db), before);
  });

  it('refuses ids beyond PostgreSQL’s integer as input (400), never 500, before any look-up', async () => {
    const before = await writtenRows(server.db);
    const huge = 2_147_483_648;
    const answers = [
      await kiosk('POST', '/api/kiosk/bilety', { serviceId: huge }),
      await clerk.sendJson('POST', '/api/stanowisko/otworz', { deskId: huge }),
      await clerk.sendJson('POST', `/api/stanowisko/bilety/${huge}/wezwij`, {}),
    ];
    for (const response of answers) assert.equal(response.status, 400, await response.text());
    assert.deepEqual(await writtenRows(server.db), before);
  });

  it('words a body that is too large in the caller’s language', async () => {
    const response = await kiosk('POST', '/api/kiosk/bilety', JSON.stringify({ serviceId: service, pad: 'x'.repeat(300 * 1024) }), {
      'accept-language': 'pl',
    });
    assert.equal(response.status, 413);
    assert.match(((await response.json()) as { error: { message: string } }).error.message, /zbyt duże/);
  });

  it('words headers that are too large instead of an English JSON answer', async () => {
    const answer = await rawRequest(
      server.url,
      `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(70 * 1024)}\r\nConnection: close\r\n\r\n`,
    );
    assert.equal(answer.status, 431);
    assert.match(answer.body, /zbyt duże/);
    assert.doesNotMatch(answer.body, /"statusCode"/);
  });

  it('words an address it cannot read: a broken escape, a parameter too long', async () => {
    const broken = await fetch(`${server.url}/bilet/%E0%A4%A`, { headers: { 'accept-language': 'pl' } });
    assert.equal(broken.status, 400);
    assert.match(await broken.text(), /Adres strony jest niepoprawny/);
    const long = await fetch(`${server.url}/api/bilet/${'A'.repeat(300)}`, { headers: { 'accept-language': 'en' } });
    assert.equal(long.status, 414);
    assert.match(((await long.json()) as { error: { message: string } }).error.message, /too long/);
  });
});
