import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { systemClock } from '../../src/app/shared/deps.ts';
import { formatTicketNumber } from '../../src/domain/queue/index.ts';
import { createSession } from '../../src/storage/session-repository.ts';
import { openDatabase, type Db } from '../../src/storage/database.ts';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/storage/embedded-postgres.ts';
import { migrate } from '../../src/storage/migrate.ts';
import { openAllDay, registerDevice, serviceId, deskId } from '../support/queue.ts';
import { createStaff } from '../support/server.ts';
import { openSse, type SseClient } from '../support/sse.ts';
import { freePort, startHaproxy } from '../support/haproxy.ts';
import { startOkienko, stopOkienko, type OkienkoProcess } from '../support/okienko-process.ts';

// The whole system as a region runs it: PostgreSQL, two Okienko nodes and HAProxy with the shipped
// deploy/haproxy.cfg on the loopback. One node is killed with SIGKILL in the middle of a busy minute; then
// PostgreSQL itself is stopped and started again under the same load. The file runs its own PostgreSQL
// (the run's shared server cannot be restarted under the other files).

const root = path.resolve(import.meta.dirname, '..', '..');

// No wait in this file is endless: a node, the balancer or the database that never comes back fails the test.
const ACKNOWLEDGED_WITHIN_MS = 60_000;
const REQUEST_LIMIT_MS = 10_000;

interface Board {
  calls: Set<string>;
  reconnects: number;
  stop(): void;
}

/** A board on the balancer: reads the queue's events, and on a dropped stream reconnects with Last-Event-ID. */
function followBoard(url: string, token: string): Board {
  const board: Board = { calls: new Set(), reconnects: 0, stop: () => undefined };
  let stopped = false;
  let current: SseClient | null = null;
  let lastId: string | null = null;
  board.stop = () => {
    stopped = true;
    current?.close();
  };
  void (async () => {
    while (!stopped) {
      try {
        const headers: Record<string, string> = { authorization: `Bearer ${token}` };
        if (lastId) headers['last-event-id'] = lastId;
        current = await openSse(`${url}/api/kolejka/zdarzenia`, headers);
        let seen = 0;
        const take = () => {
          for (; seen < current!.events.length; seen += 1) {
            const event = current!.events[seen]!;
            if (event.id) lastId = event.id;
            const data = event.data as { kind?: string; number?: string };
            if (event.event === 'queue' && data.kind === 'ticket.called' && data.number) board.calls.add(data.number);
          }
        };
        const timer = setInterval(take, 20);
        await current.ended;
        clearInterval(timer);
        take();
      } catch {
        // the balancer has no node for a moment: try again
      }
      if (!stopped) {
        board.reconnects += 1;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  })();
  return board;
}

/** A kiosk's ticket: its Idempotency-Key is sent again after a failed answer until one is acknowledged. */
async function issueUntilAcknowledged(
  base: string,
  token: string,
  serviceId: number,
  seen: { retries: number; unavailable: number; unavailableWithoutRetryAfter: number },
): Promise<{ number: string; key: string }> {
  const key = randomBytes(12).toString('hex');
  const deadline = Date.now() + ACKNOWLEDGED_WITHIN_MS;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`no ticket acknowledged within ${ACKNOWLEDGED_WITHIN_MS / 1000} s (key ${key})`);
    const response = await fetch(`${base}/api/kiosk/bilety`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ serviceId }),
      signal: AbortSignal.timeout(REQUEST_LIMIT_MS),
    }).catch(() => null);
    if (response?.status === 201) return { number: ((await response.json()) as { number: string }).number, key };
    if (response?.status === 503) {
      seen.unavailable += 1;
      if (!response.headers.get('retry-after')) seen.unavailableWithoutRetryAfter += 1;
    }
    const said = await response?.text().catch(() => '');
    // A refusal (the day's limit, a closed office) is an answer, not a fault to ride out: the test is wrong, say so.
    if (response && response.status >= 400 && response.status < 500 && response.status !== 429) {
      throw new Error(`the kiosk was refused (${response.status}): ${said}`);
    }
    seen.retries += 1;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('two nodes behind HAProxy', () => {
  let postgres: EmbeddedServer;
  let db: Db;
  let connectionString = '';
  const ports: number[] = [];
  let nodes: OkienkoProcess[] = [];
  let haproxy: { url: string; stop(): void } | undefined;
  let base = '';
  const scratch = path.join(root, '.okienko-test');
  mkdirSync(scratch, { recursive: true });
  const folder = mkdtempSync(path.join(scratch, 'haproxy-'));
  chmodSync(folder, 0o755);

  before(async () => {
    postgres = await startEmbeddedPostgres({ dataDir: path.join(folder, 'data') });
    connectionString = postgres.connectionString;
    await migrate(connectionString);
    db = openDatabase({ connectionString, maxConnections: 4 });
    await loadDemoData(db, systemClock);
    await openAllDay(db);
    // The demo's history fills today's tickets up to the hour; a late run must not meet the day's limit.
    await db.updateTable('service').set({ daily_ticket_limit: null }).execute();
    ports.push(await freePort(), await freePort());
    nodes = ports.map((port) => startNode(port));
    await Promise.all(nodes.map((node) => node.ready));
    haproxy = await startHaproxy(
      folder,
      ports.map((p) => `127.0.0.1:${p}`),
    );
    base = haproxy.url;
  });

  function startNode(port: number): OkienkoProcess {
    return startOkienko({ DATABASE_URL: connectionString, TRUST_PROXY: '1', PORT: String(port) });
  }

  after(async () => {
    haproxy?.stop();
    await Promise.all(nodes.map((node) => stopOkienko(node.child)));
    await db?.destroy();
    await postgres?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('loses no acknowledged ticket or call when a node is killed mid-load; kiosks, desks and boards go on through the other', async () => {
    const kioskToken = (await registerDevice(db, 'kiosk')).token;
    const boardToken = (await registerDevice(db, 'board')).token;
    const clerk = await createStaff(db, ['clerk']);
    const session = await createSession(db, clerk.id, new Date());
    const cookie = `okienko_sesja=${session.token}`;
    const staff = (method: string, url: string, body: unknown) =>
      fetch(`${base}${url}`, {
        method,
        headers: { cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_LIMIT_MS),
      });
    assert.equal((await staff('POST', '/api/stanowisko/otworz', { deskId: await deskId(db, '1') })).status, 201);
    const services = [await serviceId(db, 'A'), await serviceId(db, 'B')];
    const board = followBoard(base, boardToken);

    // Kiosks: each ticket with its Idempotency-Key, repeated after a failed answer until acknowledged.
    const tickets: { number: string; key: string; afterKill: boolean }[] = [];
    const calls: { number: string; afterKill: boolean }[] = [];
    let killed = false;
    let running = true;
    const seen = { retries: 0, unavailable: 0, unavailableWithoutRetryAfter: 0 };
    const kiosk = async () => {
      for (let i = 0; running; i += 1) {
        tickets.push({ ...(await issueUntilAcknowledged(base, kioskToken, services[i % 2]!, seen)), afterKill: killed });
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    };
    // The desk: calls the next ticket and serves it; a call whose answer was lost is not counted as made.
    const served = async (ticketId: number, status: string) => {
      if (status === 'called') await (await staff('POST', `/api/stanowisko/bilety/${ticketId}/rozpocznij`, {}).catch(() => null))?.text();
      await (await staff('POST', `/api/stanowisko/bilety/${ticketId}/zakoncz`, { outcome: 'settled' }).catch(() => null))?.text();
    };
    // An answer lost in the kill can leave a ticket in the clerk's hand, and the next call is refused until it is
    // finished: like the desk panel, read the desk's state and finish the ticket in hand.
    const finishInHand = async () => {
      const state = (await fetch(`${base}/api/stanowisko`, { headers: { cookie }, signal: AbortSignal.timeout(REQUEST_LIMIT_MS) })
        .then((r) => (r.ok ? r.json() : null))
        .catch(() => null)) as { current?: { ticketId: number; status: string } | null } | null;
      if (state?.current) await served(state.current.ticketId, state.current.status);
    };
    const desk = async () => {
      while (running) {
        const response = await staff('POST', '/api/stanowisko/wezwij-nastepny', {}).catch(() => null);
        const called =
          response?.status === 200
            ? ((await response.json().catch(() => null)) as { ticketId?: number | null; number?: string } | null)
            : null;
        if (called?.ticketId && called.number !== undefined) {
          calls.push({ number: called.number, afterKill: killed });
          await served(called.ticketId, 'called');
        } else if (response?.status !== 200) {
          await response?.text().catch(() => '');
          await finishInHand();
        }
        await new Promise((resolve) => setTimeout(resolve, 80));
      }
    };
    const load = [kiosk(), kiosk(), desk()];
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    nodes[0]!.child.kill('SIGKILL');
    killed = true;
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    running = false;
    await Promise.all(load);
    // The board's last events may still be on their way.
    const deadline = Date.now() + 5_000;
    while (calls.some((c) => !board.calls.has(c.number)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    board.stop();

    // Every acknowledged ticket is stored once; retries with the same key made no second ticket.
    const stored = await db.selectFrom('ticket').select(['letter', 'number']).execute();
    const storedNumbers = stored.map((t) => formatTicketNumber(t.letter, t.number));
    for (const ticket of tickets) assert.ok(storedNumbers.includes(ticket.number), `ticket ${ticket.number} was lost`);
    assert.equal(stored.length, new Set(tickets.map((t) => t.key)).size, 'one ticket per key');
    assert.ok(
      tickets.some((t) => t.afterKill),
      'kiosks issued after the kill',
    );
    // The clerk's session lives in the database: it works on the surviving node.
    assert.ok(
      calls.some((c) => c.afterKill),
      'the desk called after the kill',
    );
    // Every acknowledged call reached the board, the ones missed while it reconnected through Last-Event-ID.
    const missed = calls.filter((c) => !board.calls.has(c.number));
    assert.deepEqual(missed, []);
    console.log(
      `haproxy failover: ${tickets.length} tickets (${tickets.filter((t) => t.afterKill).length} after the kill, ${seen.retries} kiosk retries), ` +
        `${calls.length} calls, ${board.reconnects} board reconnects, 0 lost`,
    );
  });
  it('answers 503 with Retry-After while PostgreSQL restarts, is back on every node within 5 s of it, and loses nothing acknowledged', async () => {
    // The killed node comes back on its port; HAProxy's checks take it in again.
    nodes[0] = startNode(ports[0]!);
    await nodes[0].ready;
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const kioskToken = (await registerDevice(db, 'kiosk')).token;
    const service = await serviceId(db, 'C');
    const tickets: { number: string; key: string }[] = [];
    const seen = { retries: 0, unavailable: 0, unavailableWithoutRetryAfter: 0 };
    let running = true;
    const kiosk = async () => {
      while (running) {
        tickets.push(await issueUntilAcknowledged(base, kioskToken, service, seen));
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    };
    const load = [kiosk(), kiosk()];
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await db.destroy();
    await postgres.stop();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    postgres = await startEmbeddedPostgres({ dataDir: path.join(folder, 'data') });
    const upAt = performance.now();
    // Each node on its own port, not through the balancer: every one must be back.
    const backAfter = await Promise.all(
      ports.map(async (port) => {
        for (;;) {
          const ready = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(REQUEST_LIMIT_MS) }).catch(() => null);
          if (ready?.status === 200) return performance.now() - upAt;
          if (performance.now() - upAt > 30_000) return Infinity;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    running = false;
    await Promise.all(load);
    db = openDatabase({ connectionString, maxConnections: 4 });
    const stored = await db.selectFrom('ticket').select(['letter', 'number']).where('service_id', '=', service).execute();
    const storedNumbers = new Set(stored.map((t) => formatTicketNumber(t.letter, t.number)));
    const lost = tickets.filter((t) => !storedNumbers.has(t.number));
    assert.deepEqual(lost, []);
    assert.equal(stored.length, new Set(tickets.map((t) => t.key)).size, 'one ticket per key');
    assert.ok(seen.unavailable > 0, 'the kiosks met the database away');
    assert.equal(seen.unavailableWithoutRetryAfter, 0, 'every 503 says when to try again');
    for (const ms of backAfter) assert.ok(ms <= 5_000, `a node was back ${ms.toFixed(0)} ms after PostgreSQL`);
    console.log(
      `postgres restart: ${tickets.length} tickets acknowledged, ${seen.unavailable} answers 503 with Retry-After, ` +
        `nodes back ${backAfter.map((ms) => `${ms.toFixed(0)} ms`).join(' and ')} after PostgreSQL, 0 lost`,
    );
  });
});
