import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, readConfig } from '../../src/config.ts';
import { callNextAt, clerkAtDesk, issueAt, registerDevice, startQueueServer, type DeviceFetch } from '../support/queue.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// /metrics read as Prometheus reads it: the text exposition format, one sample per line.

/** The samples of an exposition: `name{labels}` → value, labels in the order the server wrote them. */
function samples(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?) (\S+)$/.exec(line);
    assert.ok(match, `not a sample line: ${line}`);
    found.set(match[1]!, Number(match[2]));
  }
  return found;
}

async function scrape(server: TestServer, headers: Record<string, string> = {}): Promise<Map<string, number>> {
  const response = await fetch(`${server.url}/metrics`, { headers });
  assert.equal(response.status, 200, await response.clone().text());
  assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  return samples(await response.text());
}

describe('metrics for Prometheus', () => {
  let server: TestServer;
  let kiosk: DeviceFetch;
  before(async () => {
    ({ server, kiosk } = await startQueueServer());
  });
  after(async () => {
    await server.close();
  });

  it('gives the queue, the requests per route, the event streams, the pool, the outbox and the devices', async () => {
    await issueAt(kiosk, server.db, 'A');
    await issueAt(kiosk, server.db, 'A');
    await issueAt(kiosk, server.db, 'C');
    const clerk = await clerkAtDesk(server, '1');
    await callNextAt(clerk);
    // A board listening to the queue's events.
    const board = await registerDevice(server.db, 'board');
    const controller = new AbortController();
    const stream = await fetch(`${server.url}/api/kolejka/zdarzenia`, {
      headers: { authorization: `Bearer ${board.token}`, accept: 'text/event-stream' },
      signal: controller.signal,
    });
    assert.equal(stream.status, 200);
    await stream.body!.getReader().read();
    // A booking attempt without its form's cookie: refused.
    assert.equal((await fetch(`${server.url}/rezerwacja/zarezerwuj`, { method: 'POST' })).status, 403);

    const m = await scrape(server);
    assert.equal(m.get('okienko_tickets_waiting{service="A"}'), 1);
    assert.equal(m.get('okienko_tickets_issued_today{service="A"}'), 2);
    assert.equal(m.get('okienko_tickets_called_today{service="A"}'), 1);
    assert.equal(m.get('okienko_tickets_waiting{service="C"}'), 1);
    assert.equal(m.get('okienko_tickets_called_today{service="C"}'), 0);
    assert.equal(m.get('okienko_http_request_duration_seconds_count{method="POST",route="/api/kiosk/bilety",status="201"}'), 3);
    assert.equal(m.get('okienko_sse_clients{route="/api/kolejka/zdarzenia"}'), 1);
    assert.equal(m.get('okienko_booking_attempts_total{channel="online",outcome="refused"}'), 1);
    assert.ok((m.get('okienko_db_pool_connections{state="total"}') ?? 0) >= 1);
    assert.equal(m.get('okienko_db_pool_connections{state="waiting"}'), 0);
    assert.equal(m.get('okienko_mail_outbox_pending'), 0);
    assert.equal(m.get('okienko_mail_outbox_oldest_due_seconds'), 0);
    assert.equal(m.get('okienko_devices{kind="board",health="unknown",connected="false"}'), 1);
    assert.ok(m.has('process_cpu_user_seconds_total'));
    assert.ok(m.has('nodejs_eventloop_lag_seconds'));
    // An address with ids is counted under its route's pattern, not as a series of its own.
    assert.equal((await fetch(`${server.url}/api/bilet/AAAAAAAAAAAA`)).status, 404);
    const after = await scrape(server);
    assert.equal(after.get('okienko_http_request_duration_seconds_count{method="GET",route="/api/bilet/:code",status="404"}'), 1);
    assert.ok(![...after.keys()].some((key) => key.includes('AAAAAAAAAAAA')));

    controller.abort();
    const deadline = Date.now() + 3_000;
    while ((await scrape(server)).get('okienko_sse_clients{route="/api/kolejka/zdarzenia"}') !== 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal((await scrape(server)).get('okienko_sse_clients{route="/api/kolejka/zdarzenia"}'), 0);
  });
});

describe('who may scrape the metrics', () => {
  const token = 'a-scraper-token-of-enough-length-42';
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ env: { METRICS_ALLOW: '10.0.0.0/8, 192.168.1.7', METRICS_TOKEN: token } });
  });
  after(async () => {
    await server.close();
  });

  it('refuses an address outside the list without the token, in words', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token-of-enough-length-000' }, { authorization: token }];
    for (const headers of attempts) {
      const response = await fetch(`${server.url}/metrics`, { headers });
      assert.equal(response.status, 403);
      const body = (await response.json()) as { error: { message: string } };
      assert.match(body.error.message, /METRICS_ALLOW/);
    }
  });

  it('lets a scraper with the token in', async () => {
    const m = await scrape(server, { authorization: `Bearer ${token}` });
    assert.ok(m.has('okienko_mail_outbox_pending'));
  });

  it('refuses settings that are not addresses or a long enough token', () => {
    for (const env of [
      { METRICS_ALLOW: 'everyone' },
      { METRICS_ALLOW: '10.0.0.0/33' },
      { METRICS_ALLOW: '10.0.0.0/8/1' },
      { METRICS_ALLOW: '::1/129' },
      { METRICS_TOKEN: 'short' },
      { METRICS_TOKEN: 'a token with spaces that is long enough' },
    ]) {
      assert.throws(() => readConfig(env), ConfigError, JSON.stringify(env));
    }
    assert.deepEqual(readConfig({}).metricsAllow, ['127.0.0.1', '::1']);
    assert.deepEqual(readConfig({ METRICS_ALLOW: ' 10.1.0.0/16 ,fd00::/8' }).metricsAllow, ['10.1.0.0/16', 'fd00::/8']);
  });
});
