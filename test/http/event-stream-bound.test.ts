import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { sql } from 'kysely';
import { openStreamCounts } from '../../src/http/routes/queue-api/sse.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { notifyEvent } from '../../src/storage/queue-repository.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { registerDevice } from '../support/queue.ts';
import { openSse } from '../support/sse.ts';

const ROUTE = '/api/kolejka/zdarzenia';
const BATCHES = 50;
const PER_BATCH = 20;
// Each event about 6 kB (kept under a notification's 8,000 bytes), so the batches come to about 6 MB.
const PADDING = 'x'.repeat(6_000);

async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('an event stream whose client does not read', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it('is ended once a megabyte waits unsent, while a board that reads gets every event', async () => {
    const board = await registerDevice(server.db, 'board');
    const reading = await openSse(`${server.url}${ROUTE}`, { authorization: `Bearer ${board.token}` });
    await reading.waitFor((e) => e.event === 'announcements');

    // A client that sends its request and then never reads a byte of the answer.
    const stuck = net.connect(Number(new URL(server.url).port), '127.0.0.1');
    stuck.pause();
    stuck.write(`GET ${ROUTE} HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer ${board.token}\r\naccept: text/event-stream\r\n\r\n`);
    await until(() => openStreamCounts().get(ROUTE) === 2, 'both streams open');

    // Queue events as the use cases write them (a row and its notification), in batches a reading client keeps up with.
    const office = await currentOffice(server.db);
    for (let batch = 0; batch < BATCHES; batch += 1) {
      await sql`
        WITH event AS (
          INSERT INTO queue_event (office_id, at, kind, ticket_id, desk_id, payload)
          SELECT ${office.id}::int, now(), 'ticket.issued', NULL, NULL,
                 jsonb_build_object('number', 'Z' || (${batch * PER_BATCH}::int + n), 'padding', ${PADDING}::text)
          FROM generate_series(1, ${PER_BATCH}) AS n
          RETURNING id, office_id, at, kind, ticket_id, desk_id, payload
        )
        SELECT ${notifyEvent} FROM event`.execute(server.db);
      const last = `Z${(batch + 1) * PER_BATCH}`;
      await reading.waitFor((e) => (e.data as { number?: string }).number === last);
    }

    await until(() => openStreamCounts().get(ROUTE) === 1, 'the stuck stream ended');
    const numbers = reading.events.filter((e) => e.event === 'queue').map((e) => (e.data as { number: string }).number);
    assert.equal(numbers.length, BATCHES * PER_BATCH, 'the reading board got every event');
    assert.equal(new Set(numbers).size, BATCHES * PER_BATCH);
    assert.equal(openStreamCounts().get(ROUTE), 1, 'the reading board’s stream stays open');
    stuck.destroy();
    reading.close();
  });
});
