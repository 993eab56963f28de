import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/server.ts';
import { registerDevice } from '../support/queue.ts';

function post(server: TestServer, token: string): Promise<Response> {
  return fetch(`${server.url}/urzadzenie`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token }),
  });
}

describe('device login page', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('shows the token form', async () => {
    const response = await fetch(`${server.url}/urzadzenie`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /<h1>Logowanie urządzenia<\/h1>/);
    assert.match(html, /<input[^>]+id="token"/);
  });

  it('logs a kiosk in with a strict, long-lived httpOnly cookie and sends it to /kiosk', async () => {
    const kiosk = await registerDevice(server.db, 'kiosk');
    const response = await post(server, kiosk.token);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/kiosk');
    const cookie = response.headers.get('set-cookie') ?? '';
    assert.match(cookie, new RegExp(`^okienko_urzadzenie=${kiosk.token};`));
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.match(cookie, /Max-Age=31536000/);
  });

  it('sends a board to its own board page', async () => {
    const board = await registerDevice(server.db, 'board');
    const response = await post(server, board.token);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `/tablica/${board.id}`);
  });

  it('answers 422 with the error summary and sets no cookie for a wrong, empty or printer token', async () => {
    const printer = await registerDevice(server.db, 'printer');
    for (const token of ['not-a-token', '', printer.token]) {
      const response = await post(server, token);
      assert.equal(response.status, 422, `token "${token}"`);
      assert.equal(response.headers.get('set-cookie'), null);
      const html = await response.text();
      assert.match(html, /<title>Błąd:/);
      assert.match(html, /class="error-summary"[\s\S]*href="#token"/);
    }
  });

  it('answers 422 for a revoked device token', async () => {
    const kiosk = await registerDevice(server.db, 'kiosk');
    await server.db.updateTable('device').set({ revoked_at: new Date() }).where('id', '=', kiosk.id).execute();
    assert.equal((await post(server, kiosk.token)).status, 422);
  });
});
