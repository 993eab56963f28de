import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Challenge } from 'altcha-lib';
import { CHALLENGES_PER_MINUTE } from '../../src/http/routes/booking/anti-bot.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

describe('GET /rezerwacja/wyzwanie', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it('answers a fresh signed SHA-256 challenge, never cached, then 429 past the per-address limit', async () => {
    const first = await fetch(`${server.url}/rezerwacja/wyzwanie`);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('cache-control'), 'no-store');
    const challenge = (await first.json()) as Challenge;
    assert.equal(challenge.parameters.algorithm, 'SHA-256');
    assert.match(challenge.signature ?? '', /^[0-9a-f]{64}$/);
    const second = (await (await fetch(`${server.url}/rezerwacja/wyzwanie`)).json()) as Challenge;
    assert.notEqual(second.parameters.nonce, challenge.parameters.nonce);
    const statuses: number[] = [];
    for (let i = 3; i <= CHALLENGES_PER_MINUTE; i += 1) statuses.push((await fetch(`${server.url}/rezerwacja/wyzwanie`)).status);
    assert.deepEqual([...new Set(statuses)], [200]);
    assert.equal((await fetch(`${server.url}/rezerwacja/wyzwanie`)).status, 429);
  });
});
