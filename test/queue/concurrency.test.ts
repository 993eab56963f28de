import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, loginAs, type StaffClient, type TestServer } from '../support/server.ts';
import { deskId, deviceFetch, openAllDay, registerDevice, serviceId } from '../support/queue.ts';

describe('queue under concurrency', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await openAllDay(server.db);
  });
  after(() => server.close());

  it('gives 1..N without gaps or duplicates to many kiosks issuing at the same instant', async () => {
    const kiosks = await Promise.all(
      Array.from({ length: 4 }, async () => deviceFetch(server.url, (await registerDevice(server.db, 'kiosk')).token)),
    );
    const b = await serviceId(server.db, 'B');
    const n = 40;
    const responses = await Promise.all(
      Array.from({ length: n }, (_, i) => kiosks[i % kiosks.length]!('POST', '/api/kiosk/bilety', { serviceId: b })),
    );
    const numbers = await Promise.all(
      responses.map(async (r) => {
        assert.equal(r.status, 201);
        return Number(((await r.json()) as { number: string }).number.slice(1));
      }),
    );
    assert.deepEqual(
      numbers.sort((x, y) => x - y),
      Array.from({ length: n }, (_, i) => i + 1),
    );
  });

  it('never gives one ticket to two desks calling next at once', async () => {
    // Desks 1, 2 and 3 all serve B; 40 B tickets wait from the test above.
    const clerks: StaffClient[] = [];
    for (const number of ['1', '2', '3']) {
      const clerk = await loginAs(server, 'clerk');
      assert.equal((await clerk.sendJson('POST', '/api/stanowisko/otworz', { deskId: await deskId(server.db, number) })).status, 201);
      clerks.push(clerk);
    }
    const seen = new Set<number>();
    for (let round = 0; round < 8; round += 1) {
      const calls = await Promise.all(
        clerks.map(
          async (clerk) =>
            (await clerk.sendJson('POST', '/api/stanowisko/wezwij-nastepny', {})).json() as Promise<{ ticketId: number | null }>,
        ),
      );
      for (const call of calls) {
        assert.ok(call.ticketId !== null, 'every desk got a ticket while tickets waited');
        assert.ok(!seen.has(call.ticketId), `ticket ${call.ticketId} called twice`);
        seen.add(call.ticketId);
      }
      await Promise.all(
        clerks.map(async (clerk, i) => {
          const id = calls[i]!.ticketId!;
          await clerk.sendJson('POST', `/api/stanowisko/bilety/${id}/rozpocznij`, {});
          await clerk.sendJson('POST', `/api/stanowisko/bilety/${id}/zakoncz`, { outcome: 'settled' });
        }),
      );
    }
    assert.equal(seen.size, 24);
    const called = await server.db
      .selectFrom('ticket')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('status', '=', 'done')
      .executeTakeFirstOrThrow();
    assert.equal(Number(called.n), 24);
    // The waiting count the database keeps through triggers agrees with the tickets after concurrent issues and calls.
    const kept = await server.db
      .selectFrom('service_waiting')
      .select(['regular', 'priority'])
      .where('service_id', '=', await serviceId(server.db, 'B'))
      .executeTakeFirstOrThrow();
    assert.deepEqual(kept, { regular: 16, priority: 0 });
  });
});
