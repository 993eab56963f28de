import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, type StaffClient, type TestServer } from '../support/server.ts';
import { deskId, startQueueServer, serviceId, writtenRows, type DeviceFetch } from '../support/queue.ts';

interface Action {
  ticketId: number | null;
  number: string;
  status: string;
  deskNumber: string;
  recalls: number;
  serviceId: number;
}

describe('desk panel API', () => {
  let server: TestServer;
  let kiosk: DeviceFetch;
  let clerk: StaffClient;
  let other: StaffClient;
  const issue = async (letter: string) => {
    const response = await kiosk('POST', '/api/kiosk/bilety', { serviceId: await serviceId(server.db, letter) });
    assert.equal(response.status, 201);
    const body = (await response.json()) as { number: string };
    const row = await server.db
      .selectFrom('ticket')
      .select('id')
      .where('letter', '=', body.number[0]!)
      .where('number', '=', Number(body.number.slice(1)))
      .executeTakeFirstOrThrow();
    return { id: row.id, number: body.number };
  };
  const act = async (client: StaffClient, path: string, body: unknown = {}) => client.sendJson('POST', path, body);

  before(async () => {
    ({ server, kiosk, clerk } = await startQueueServer());
    other = await loginAs(server, 'clerk');
    // Desk 1 serves A and B; desk 6 serves H and J.
    assert.equal((await act(clerk, '/api/stanowisko/otworz', { deskId: await deskId(server.db, '1') })).status, 201);
    assert.equal((await act(other, '/api/stanowisko/otworz', { deskId: await deskId(server.db, '6') })).status, 201);
  });
  after(() => server.close());

  it('calls next, recalls, starts and finishes a ticket', async () => {
    const ticket = await issue('A');
    const called = (await (await act(clerk, '/api/stanowisko/wezwij-nastepny')).json()) as Action;
    assert.equal(called.number, ticket.number);
    assert.equal(called.deskNumber, '1');
    const recalled = (await (await act(clerk, `/api/stanowisko/bilety/${ticket.id}/wezwij-ponownie`)).json()) as Action;
    assert.equal(recalled.recalls, 1);
    assert.equal((await act(clerk, `/api/stanowisko/bilety/${ticket.id}/rozpocznij`)).status, 200);
    const panel = (await (await clerk.get('/api/stanowisko')).json()) as { current: { number: string; status: string } };
    assert.equal(panel.current.status, 'serving');
    const done = (await (await act(clerk, `/api/stanowisko/bilety/${ticket.id}/zakoncz`, { outcome: 'settled' })).json()) as Action;
    assert.equal(done.status, 'done');
    const nobody = (await (await act(clerk, '/api/stanowisko/wezwij-nastepny')).json()) as Action;
    assert.equal(nobody.ticketId, null);
  });

  it('answers 409 when a desk calls a ticket of a service it does not serve, and writes nothing', async () => {
    const ticket = await issue('H');
    const before = await writtenRows(server.db);
    const response = await act(clerk, `/api/stanowisko/bilety/${ticket.id}/wezwij`);
    assert.equal(response.status, 409);
    assert.equal(
      ((await response.json()) as { error: { message: string } }).error.message,
      'Twoje stanowisko nie obsługuje sprawy tego biletu.',
    );
    assert.deepEqual(await writtenRows(server.db), before);
  });

  it('answers 409 when a desk finishes a ticket it did not call, and writes nothing', async () => {
    const hTicket = await server.db
      .selectFrom('ticket')
      .select('id')
      .where('letter', '=', 'H')
      .where('status', '=', 'waiting')
      .executeTakeFirstOrThrow();
    assert.equal((await act(other, `/api/stanowisko/bilety/${hTicket.id}/wezwij`)).status, 200);
    assert.equal((await act(other, `/api/stanowisko/bilety/${hTicket.id}/rozpocznij`)).status, 200);
    const before = await writtenRows(server.db);
    const response = await act(clerk, `/api/stanowisko/bilety/${hTicket.id}/zakoncz`, { outcome: 'settled' });
    assert.equal(response.status, 409);
    assert.deepEqual(await writtenRows(server.db), before);
    assert.equal((await act(other, `/api/stanowisko/bilety/${hTicket.id}/zakoncz`, { outcome: 'needs_more_documents' })).status, 200);
  });

  it('transfers once keeping the arrival time, and answers 409 to a second transfer with nothing written', async () => {
    const ticket = await issue('B');
    const arrived = (await server.db.selectFrom('ticket').select('arrived_at').where('id', '=', ticket.id).executeTakeFirstOrThrow())
      .arrived_at;
    assert.equal((await act(clerk, `/api/stanowisko/bilety/${ticket.id}/wezwij`)).status, 200);
    const moved = (await (
      await act(clerk, `/api/stanowisko/bilety/${ticket.id}/przekaz`, { serviceId: await serviceId(server.db, 'A') })
    ).json()) as Action;
    assert.equal(moved.status, 'waiting');
    const row = await server.db
      .selectFrom('ticket')
      .select(['arrived_at', 'service_id', 'letter'])
      .where('id', '=', ticket.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.arrived_at.getTime(), arrived.getTime());
    assert.equal(row.letter, 'B');
    assert.equal((await act(clerk, `/api/stanowisko/bilety/${ticket.id}/wezwij`)).status, 200);
    const before = await writtenRows(server.db);
    const response = await act(clerk, `/api/stanowisko/bilety/${ticket.id}/przekaz`, { serviceId: await serviceId(server.db, 'B') });
    assert.equal(response.status, 409);
    assert.match(((await response.json()) as { error: { message: string } }).error.message, /przekazano już raz/);
    assert.deepEqual(await writtenRows(server.db), before);
    assert.equal((await act(clerk, `/api/stanowisko/bilety/${ticket.id}/zwroc`)).status, 200);
  });

  it('records a no-show only after the required recalls', async () => {
    const waiting = (await (await act(clerk, '/api/stanowisko/wezwij-nastepny')).json()) as Action;
    assert.ok(waiting.ticketId);
    const early = await act(clerk, `/api/stanowisko/bilety/${waiting.ticketId}/nieobecny`);
    assert.equal(early.status, 409);
    await act(clerk, `/api/stanowisko/bilety/${waiting.ticketId}/wezwij-ponownie`);
    await act(clerk, `/api/stanowisko/bilety/${waiting.ticketId}/wezwij-ponownie`);
    const noShow = (await (await act(clerk, `/api/stanowisko/bilety/${waiting.ticketId}/nieobecny`)).json()) as Action;
    assert.equal(noShow.status, 'no_show');
  });

  it('refuses calls while paused and a second clerk on an open desk', async () => {
    assert.equal((await act(clerk, '/api/stanowisko/przerwa')).status, 200);
    await issue('A');
    assert.equal((await act(clerk, '/api/stanowisko/wezwij-nastepny')).status, 409);
    assert.equal((await act(clerk, '/api/stanowisko/wznow')).status, 200);
    const third = await loginAs(server, 'clerk');
    const before = await writtenRows(server.db);
    const taken = await act(third, '/api/stanowisko/otworz', { deskId: await deskId(server.db, '1') });
    assert.equal(taken.status, 409);
    assert.deepEqual(await writtenRows(server.db), before);
  });

  it('answers 401 without a session and 403 without the CSRF token', async () => {
    assert.equal((await fetch(`${server.url}/api/stanowisko/wezwij-nastepny`, { method: 'POST' })).status, 401);
    const response = await fetch(`${server.url}/api/stanowisko/wezwij-nastepny`, { method: 'POST', headers: { cookie: clerk.cookie } });
    assert.equal(response.status, 403);
  });
});
