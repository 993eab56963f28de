import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/config.ts';
import { systemClock } from '../../src/app/shared/deps.ts';
import { buildServer } from '../../src/http/server.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { startSecondProcess, startTestServer, loginAs, type TestServer } from '../support/server.ts';
import { deskId, deviceFetch, openAllDay, registerDevice, serviceId } from '../support/queue.ts';
import { openSse } from '../support/sse.ts';
import { sql } from 'kysely';
import { notifyEvent } from '../../src/storage/queue-repository.ts';

describe('live queue events', () => {
  let server: TestServer;
  // A second app process on the same database: its board must hear what happens on the first.
  let second: Awaited<ReturnType<typeof startSecondProcess>>;
  before(async () => {
    server = await startTestServer();
    await openAllDay(server.db);
    second = await startSecondProcess(server);
  });
  after(async () => {
    await second.close();
    await server.close();
  });

  it('delivers a call made on one server to boards on both servers, and to the ticket’s follower', async () => {
    const board = await registerDevice(server.db, 'board');
    const auth = { authorization: `Bearer ${board.token}` };
    const onFirst = await openSse(`${server.url}/api/kolejka/zdarzenia`, auth);
    const onSecond = await openSse(`${second.url}/api/kolejka/zdarzenia`, auth);
    const kiosk = deviceFetch(server.url, (await registerDevice(server.db, 'kiosk')).token);
    const issued = (await (await kiosk('POST', '/api/kiosk/bilety', { serviceId: await serviceId(server.db, 'F') })).json()) as {
      number: string;
      followUrl: string;
    };
    const follower = await openSse(`${second.url}/api/bilet/${issued.followUrl.split('/').pop()!}/zdarzenia`);
    await follower.waitFor((e) => e.event === 'status');

    const clerk = await loginAs(server, 'clerk');
    await clerk.sendJson('POST', '/api/stanowisko/otworz', { deskId: await deskId(server.db, '5') });
    await clerk.sendJson('POST', '/api/stanowisko/wezwij-nastepny', {});
    for (const sse of [onFirst, onSecond]) {
      const called = await sse.waitFor((e) => (e.data as { kind: string }).kind === 'ticket.called');
      assert.deepEqual(
        { number: (called.data as { number: string }).number, desk: (called.data as { deskNumber: string }).deskNumber },
        { number: issued.number, desk: '5' },
      );
      assert.ok(called.id !== null);
      assert.equal(JSON.stringify(called.data).includes(issued.followUrl.split('/').pop()!), false, 'boards never see the public code');
    }
    const status = await follower.waitFor((e) => e.event === 'status' && (e.data as { status: string }).status === 'called');
    assert.equal((status.data as { deskNumber: string }).deskNumber, '5');
    assert.equal((status.data as { statusText: string }).statusText, 'wywołany do stanowiska 5');
    onFirst.close();
    onSecond.close();
    follower.close();
  });

  it('replays the events missed after Last-Event-ID', async () => {
    const board = await registerDevice(server.db, 'board');
    const auth = { authorization: `Bearer ${board.token}` };
    const snapshot = (await (await deviceFetch(server.url, board.token)('GET', '/api/kolejka')).json()) as { lastEventId: string };
    const kiosk = deviceFetch(server.url, (await registerDevice(server.db, 'kiosk')).token);
    const g = await serviceId(server.db, 'G');
    const numbers: string[] = [];
    for (let i = 0; i < 3; i += 1)
      numbers.push(((await (await kiosk('POST', '/api/kiosk/bilety', { serviceId: g })).json()) as { number: string }).number);
    const sse = await openSse(`${second.url}/api/kolejka/zdarzenia`, { ...auth, 'last-event-id': snapshot.lastEventId });
    for (const number of numbers) await sse.waitFor((e) => (e.data as { number?: string }).number === number);
    // The queue's events (the stream also carries the screen's announcements, which have no id).
    const ids = sse.events.filter((e) => e.event === 'queue').map((e) => BigInt(e.id!));
    assert.ok(ids.every((id) => id > BigInt(snapshot.lastEventId)));
    sse.close();
  });

  it('sends a board only its own office’s events', async () => {
    const board = await registerDevice(server.db, 'board');
    const sse = await openSse(`${server.url}/api/kolejka/zdarzenia`, { authorization: `Bearer ${board.token}` });
    await sse.waitFor((e) => e.event === 'announcements');
    const other = await server.db
      .insertInto('office')
      .values({ name: 'Urząd Gminy Obok', short_name: 'UG Obok' })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Another office's event, as its use cases write it (a row and its notification), before one of ours.
    await sql`
      WITH event AS (
        INSERT INTO queue_event (office_id, at, kind, ticket_id, desk_id, payload)
        VALUES (${other.id}::int, now(), 'ticket.issued', NULL, NULL, '{"number": "X999"}'::jsonb)
        RETURNING id, office_id, at, kind, ticket_id, desk_id, payload
      )
      SELECT ${notifyEvent} FROM event`.execute(server.db);
    const kiosk = deviceFetch(server.url, (await registerDevice(server.db, 'kiosk')).token);
    const issued = (await (await kiosk('POST', '/api/kiosk/bilety', { serviceId: await serviceId(server.db, 'F') })).json()) as {
      number: string;
    };
    await sse.waitFor((e) => (e.data as { number?: string }).number === issued.number);
    assert.equal(
      sse.events.some((e) => (e.data as { number?: string }).number === 'X999'),
      false,
    );
    sse.close();
  });

  it('answers 401 to the board stream without a device', async () => {
    assert.equal((await fetch(`${server.url}/api/kolejka/zdarzenia`)).status, 401);
  });
});

describe('database unreachable', () => {
  it('answers 503 with Retry-After when the database is down', async () => {
    const db = openDatabase({ connectionString: 'postgres://okienko@127.0.0.1:1/okienko', maxConnections: 1 });
    const app = await buildServer({ db, config: readConfig({ PORT: '0' }), clock: systemClock }, { logLevel: 'silent' });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/bilet/AAAAAAAAAAAA' });
      assert.equal(response.statusCode, 503);
      assert.equal(response.headers['retry-after'], '5');
      assert.equal((JSON.parse(response.body) as { error: { code: string } }).error.code, 'unavailable');
    } finally {
      await app.close();
      await db.destroy();
    }
  });
});
