import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { StaffClient, TestServer } from '../support/server.ts';
import { deskId, startQueueServer, serviceId, writtenRows, type DeviceFetch } from '../support/queue.ts';

describe('desk panel page', () => {
  let server: TestServer;
  let kiosk: DeviceFetch;
  let clerk: StaffClient;
  const issue = async (letter: string): Promise<{ id: number; number: string }> => {
    const body = (await (await kiosk('POST', '/api/kiosk/bilety', { serviceId: await serviceId(server.db, letter) })).json()) as {
      number: string;
    };
    const row = await server.db
      .selectFrom('ticket')
      .select('id')
      .where('letter', '=', letter)
      .where('number', '=', Number(body.number.slice(1)))
      .executeTakeFirstOrThrow();
    return { id: row.id, number: body.number };
  };
  const panel = async () => (await clerk.get('/stanowisko')).text();
  const expectDone = async (path: string, fields: Record<string, string>, done: string) => {
    const response = await clerk.postForm(path, fields);
    assert.equal(response.status, 303, `${path} → ${response.status}`);
    assert.equal(response.headers.get('location'), `/stanowisko?zrobiono=${done}`);
  };

  before(async () => {
    ({ server, kiosk, clerk } = await startQueueServer());
  });
  after(() => server.close());

  it('offers the desks to open, and refuses an unknown desk with the error summary, writing nothing', async () => {
    const response = await clerk.get('/stanowisko');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const html = await response.text();
    assert.match(html, /<h1>Stanowisko obsługi klienta<\/h1>/);
    assert.match(html, /<select[^>]+id="deskId"/);
    const before = await writtenRows(server.db);
    const bad = await clerk.postForm('/stanowisko/otworz', { deskId: '999999' });
    assert.equal(bad.status, 422);
    const page = await bad.text();
    assert.match(page, /<title>Błąd:/);
    assert.match(page, /href="#deskId">Wybierz czynne stanowisko z listy/);
    assert.deepEqual(await writtenRows(server.db), before);
  });

  it('refuses a form without the CSRF token', async () => {
    const response = await fetch(`${server.url}/stanowisko/otworz`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: clerk.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'deskId=1',
    });
    assert.equal(response.status, 403);
  });

  it('opens a desk, calls, recalls, starts and finishes a ticket by plain forms', async () => {
    // Desk 6 serves H and J.
    await expectDone('/stanowisko/otworz', { deskId: String(await deskId(server.db, '6')) }, 'opened');
    const ticket = await issue('H');
    let html = await panel();
    assert.match(html, /Stanowisko 6 jest otwarte/);
    assert.match(html, /<caption>Oczekujący w sprawach tego stanowiska<\/caption>/);
    assert.match(html, /<th scope="row">H — [^<]+<\/th><td>1<\/td>/);
    assert.match(html, /accessKey="n"|accesskey="n"/i);
    await expectDone('/stanowisko/wezwij-nastepny', {}, 'called');
    html = await panel();
    assert.match(html, new RegExp(`class="desk__number">${ticket.number}<`));
    assert.match(await (await clerk.get('/stanowisko?zrobiono=called')).text(), /role="status">Bilet wywołany/);
    await expectDone(`/stanowisko/bilety/${ticket.id}/wezwij-ponownie`, {}, 'recalled');
    assert.match(await panel(), /<dt>Ponowne wywołania<\/dt><dd>1<\/dd>/);
    await expectDone(`/stanowisko/bilety/${ticket.id}/rozpocznij`, {}, 'started');
    assert.match(await panel(), /Zakończ — sprawa załatwiona/);
    await expectDone(`/stanowisko/bilety/${ticket.id}/zakoncz`, { outcome: 'needs_more_documents' }, 'finished');
    const row = await server.db.selectFrom('ticket').select(['status', 'outcome']).where('id', '=', ticket.id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'done', outcome: 'needs_more_documents' });
    await expectDone('/stanowisko/wezwij-nastepny', {}, 'nobody');
  });

  it('refuses closing with a ticket in hand (409, nothing written), transfers it, pauses and resumes', async () => {
    const ticket = await issue('J');
    await expectDone('/stanowisko/wezwij-nastepny', {}, 'called');
    const before = await writtenRows(server.db);
    const refused = await clerk.postForm('/stanowisko/zamknij', {});
    assert.equal(refused.status, 409);
    assert.match(await refused.text(), /Przed zamknięciem stanowiska zakończ, zwróć lub przekaż obecny bilet/);
    assert.deepEqual(await writtenRows(server.db), before);
    assert.equal((await clerk.postForm(`/stanowisko/bilety/${ticket.id}/zakoncz`, { outcome: 'maybe' })).status, 422);
    const a = await serviceId(server.db, 'A');
    await expectDone(`/stanowisko/bilety/${ticket.id}/przekaz`, { serviceId: String(a) }, 'transferred');
    const moved = await server.db
      .selectFrom('ticket')
      .select(['status', 'service_id'])
      .where('id', '=', ticket.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(moved, { status: 'waiting', service_id: a });
    await expectDone('/stanowisko/przerwa', {}, 'paused');
    assert.match(await panel(), /Stanowisko 6 ma przerwę/);
    await expectDone('/stanowisko/wznow', {}, 'resumed');
    await expectDone('/stanowisko/zamknij', {}, 'closed');
    assert.match(await panel(), /id="deskId"/);
  });

  it('calls a ticket chosen by its number, refuses a bad or unknown number on the field, and transfers to a chosen desk', async () => {
    await expectDone('/stanowisko/otworz', { deskId: String(await deskId(server.db, '6')) }, 'opened');
    const first = await issue('H');
    const second = await issue('H');
    assert.match(await panel(), /id="number"[^>]*|name="number"/);
    const before = await writtenRows(server.db);
    const bad = await clerk.postForm('/stanowisko/wezwij-wybrany', { number: 'H12x' });
    assert.equal(bad.status, 422);
    assert.match(await bad.text(), /href="#number">Wpisz numer biletu, na przykład A012/);
    const unknown = await clerk.postForm('/stanowisko/wezwij-wybrany', { number: 'H999' });
    assert.equal(unknown.status, 422);
    assert.match(await unknown.text(), /href="#number">Nie ma dziś biletu o tym numerze/);
    assert.deepEqual(await writtenRows(server.db), before);
    // The resident with the later ticket came to the desk: the clerk calls it by number, lower case and without zeros.
    await expectDone('/stanowisko/wezwij-wybrany', { number: second.number.toLowerCase().replace(/^(.)0+/, '$1') }, 'called');
    assert.match(await panel(), new RegExp(`class="desk__number">${second.number}<`));
    const desk7 = await deskId(server.db, '7');
    const served = await server.db.selectFrom('desk_service').select('service_id').where('desk_id', '=', desk7).executeTakeFirstOrThrow();
    await expectDone(
      `/stanowisko/bilety/${second.id}/przekaz`,
      { serviceId: String(served.service_id), deskId: String(desk7) },
      'transferred',
    );
    const moved = await server.db
      .selectFrom('ticket')
      .select(['status', 'assigned_desk_id'])
      .where('id', '=', second.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(moved, { status: 'waiting', assigned_desk_id: desk7 });
    await expectDone('/stanowisko/wezwij-nastepny', {}, 'called');
    assert.match(await panel(), new RegExp(`class="desk__number">${first.number}<`));
  });
});
