import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { poolStats } from '../../src/storage/database.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

describe('system endpoints', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it('answers /healthz and /readyz when the database is migrated', async () => {
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    const ready = await fetch(`${server.url}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready' });
  });

  it('answers /readyz at once while every connection of the main pool is taken', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const total = poolStats(server.db)!.total;
    const size = 10;
    let taken = 0;
    const holders = Array.from({ length: size }, () =>
      server.db.connection().execute(async () => {
        taken += 1;
        await held;
      }),
    );
    try {
      while (taken < size) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.ok(poolStats(server.db)!.total >= Math.max(total, size));
      const ready = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      assert.equal(ready.status, 200);
    } finally {
      release();
      await Promise.all(holders);
    }
  });

  it("answers 404 with a JSON error in the caller's language for an unknown API", async () => {
    const response = await fetch(`${server.url}/api/nie-ma`, { headers: { 'accept-language': 'en' } });
    assert.equal(response.status, 404);
    assert.deepEqual(await response.json(), { error: { code: 'not_found', message: 'Page or item not found.' } });
  });

  it('serves a real favicon (an .ico with 16, 32 and 48 px images) under the same strict CSP', async () => {
    const response = await fetch(`${server.url}/favicon.ico`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/x-icon');
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const icon = Buffer.from(await response.arrayBuffer());
    assert.deepEqual([icon.readUInt16LE(0), icon.readUInt16LE(2), icon.readUInt16LE(4)], [0, 1, 3], 'an ICO header with three images');
    assert.deepEqual([icon[6], icon[22], icon[38]], [16, 32, 48]);
  });

  it('serves the OpenAPI document', async () => {
    const response = await fetch(`${server.url}/api/openapi.json`);
    assert.equal(response.status, 200);
    const document = (await response.json()) as { openapi: string };
    assert.equal(document.openapi, '3.1.0');
  });

  it('sends a strict Content-Security-Policy', async () => {
    const response = await fetch(`${server.url}/healthz`);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
  });

  it('remembers the chosen language and never redirects to another host', async () => {
    const response = await fetch(`${server.url}/jezyk/uk?wroc=//evil.example/`, { redirect: 'manual' });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/');
    assert.match(response.headers.get('set-cookie') ?? '', /jezyk=uk/);
  });
});
