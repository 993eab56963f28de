import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { StaffClient, TestServer } from '../support/server.ts';
import { openSse } from '../support/sse.ts';
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
    assert.match(html, /Stanowisko 6 — Podatki \(Siedziba główna\) jest otwarte/);
    assert.match(html, /<caption id="oczekujacy">Oczekujący w sprawach tego stanowiska<\/caption>/);
    assert.match(html, /<th scope="row">H — [^<]+<\/th><td data-waiting="\d+">1 osoba<\/td>/);
    assert.match(html, /<th scope="row">J — [^<]+<\/th><td data-waiting="\d+">nikt nie czeka<\/td>/);
    assert.match(html, /accessKey="n"|accesskey="n"/i);
    await expectDone('/stanowisko/wezwij-nastepny', {}, 'called');
    html = await panel();
    assert.match(html, new RegExp(`class="desk__number">${ticket.number}<`));
    assert.match(await (await clerk.get('/stanowisko?zrobiono=called')).text(), /role="status">Bilet wywołany/);
    await expectDone(`/stanowisko/bilety/${ticket.id}/wezwij-ponownie`, {}, 'recalled');
    assert.match(await panel(), /<dt>Ponowne wywołania<\/dt><dd>1 z 3<\/dd>/);
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
    assert.match(await panel(), /Stanowisko 6 — Podatki \(Siedziba główna\) ma przerwę/);
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
    const badPage = await bad.text();
    assert.match(badPage, /href="#number">Wpisz numer biletu, na przykład A012/);
    assert.match(badPage, /id="number" name="number" type="text" value="H12x"/, 'the typed number stays in its field');
    const markup = await (await clerk.postForm('/stanowisko/wezwij-wybrany', { number: '"><b>H1' })).text();
    assert.doesNotMatch(markup, /"><b>H1/, 'what was typed comes back escaped');
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

  it('lists the desks 1, 2 … 10 with their name and building, to open and to transfer to', async () => {
    const options = (html: string, select: string): string[] => {
      const list = new RegExp(`<select[^>]+id="${select}"[^>]*>(.*?)</select>`).exec(html)?.[1] ?? '';
      return [...list.matchAll(/<option value="\d+"[^>]*>([^<]+)<\/option>/g)].map((m) => m[1]!);
    };
    // The desk of the tests above closes first, its ticket back in the queue.
    const inHand = /action="\/stanowisko\/bilety\/(\d+)\/zwroc"/.exec(await panel());
    if (inHand) await expectDone(`/stanowisko/bilety/${inHand[1]!}/zwroc`, {}, 'returned');
    await expectDone('/stanowisko/zamknij', {}, 'closed');
    const closed = options(await panel(), 'deskId');
    assert.deepEqual(
      closed.map((label) => /^Stanowisko (\S+)/.exec(label)?.[1]),
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    );
    assert.equal(closed[8], 'Stanowisko 9 — Rejestracja pojazdów (Budynek A, ul. Szkolna 28)');
    assert.equal(closed[0], 'Stanowisko 1 — Dowody osobiste (Siedziba główna, Pasaż Karola Rudowskiego 10)');
    await expectDone('/stanowisko/otworz', { deskId: String(await deskId(server.db, '6')) }, 'opened');
    await issue('H');
    await expectDone('/stanowisko/wezwij-nastepny', {}, 'called');
    const html = await panel();
    assert.deepEqual(options(html, 'deskId'), closed, 'the transfer lists the same desks in the same order');
    const english = await (await fetch(`${server.url}/stanowisko`, { headers: { cookie: `${clerk.cookie}; jezyk=en` } })).text();
    assert.match(english, /Desk 6 — Podatki \(Siedziba główna\) is open\./);
  });

  it('chooses no transfer service by default and refuses a transfer without one on its field, writing nothing', async () => {
    const html = await panel();
    assert.match(html, /<select[^>]+id="serviceId"[^>]*><option value(="")?>Wybierz sprawę<\/option>/);
    assert.doesNotMatch(/<select[^>]+id="serviceId"[^>]*>.*?<\/select>/.exec(html)![0], /selected/);
    const current = /action="\/stanowisko\/bilety\/(\d+)\/przekaz"/.exec(html)![1]!;
    const before = await writtenRows(server.db);
    const refused = await clerk.postForm(`/stanowisko/bilety/${current}/przekaz`, { serviceId: '', deskId: '' });
    assert.equal(refused.status, 422);
    const page = await refused.text();
    assert.match(page, /<title>Błąd:/);
    assert.match(page, /href="#serviceId">Wybierz sprawę, do której przekazujesz bilet/);
    assert.match(page, /<p id="serviceId-error" class="error-message">Wybierz sprawę, do której przekazujesz bilet/);
    assert.deepEqual(await writtenRows(server.db), before);
    // A chosen desk is kept when the service is missing.
    const desk7 = String(await deskId(server.db, '7'));
    const kept = await (await clerk.postForm(`/stanowisko/bilety/${current}/przekaz`, { serviceId: '', deskId: desk7 })).text();
    assert.match(kept, new RegExp(`<option value="${desk7}" selected>`));
    await expectDone(`/stanowisko/bilety/${current}/zwroc`, {}, 'returned');
  });

  it('offers "Nieobecny" only after the required recalls; a refused action is an alert, never a form error', async () => {
    const ticket = await issue('J');
    await issue('J');
    await expectDone(`/stanowisko/wezwij-wybrany`, { number: ticket.number }, 'called');
    let html = await panel();
    assert.doesNotMatch(html, /\/nieobecny"/);
    assert.match(html, /Nieobecność zapiszesz po 2 kolejnych wywołaniach/);
    // The API (or an old page) may still ask: the answer names the rule, as a refusal.
    const before = await writtenRows(server.db);
    const refused = await clerk.postForm(`/stanowisko/bilety/${ticket.id}/nieobecny`, {});
    assert.equal(refused.status, 409);
    const page = await refused.text();
    assert.match(page, /role="alert"><strong>Nie wykonano:<\/strong> Nieobecność można zapisać po 2 ponownych wywołaniach\./);
    assert.doesNotMatch(page, /Popraw błędy w formularzu|<title>Błąd:|error-summary/);
    assert.deepEqual(await writtenRows(server.db), before);
    await expectDone(`/stanowisko/bilety/${ticket.id}/wezwij-ponownie`, {}, 'recalled');
    assert.match(await panel(), /Nieobecność zapiszesz po 1 kolejnym wywołaniu/);
    await expectDone(`/stanowisko/bilety/${ticket.id}/wezwij-ponownie`, {}, 'recalled');
    html = await panel();
    assert.match(html, new RegExp(`action="/stanowisko/bilety/${ticket.id}/nieobecny"`));
    assert.doesNotMatch(html, /Nieobecność zapiszesz/);
    await expectDone(`/stanowisko/bilety/${ticket.id}/wezwij-ponownie`, {}, 'recalled');
    html = await panel();
    assert.doesNotMatch(html, /\/wezwij-ponownie"/, 'no fourth recall is offered');
    assert.match(html, /Bilet wywołano ponownie już 3 razy — tyle pozwala urząd\./);
    await expectDone(`/stanowisko/bilety/${ticket.id}/nieobecny`, {}, 'noShow');
    const row = await server.db.selectFrom('ticket').select('status').where('id', '=', ticket.id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'no_show');
  });

  it('shows why a ticket is served out of turn and that the clerk comes down to the ground floor, in the clerk’s language', async () => {
    await expectDone('/stanowisko/wezwij-nastepny', {}, 'called');
    await expectDone(`/stanowisko/bilety/${/action="\/stanowisko\/bilety\/(\d+)\//.exec(await panel())![1]!}/zwroc`, {}, 'returned');
    const answer = await kiosk('POST', '/api/kiosk/bilety', {
      serviceId: await serviceId(server.db, 'H'),
      priorityReason: 'reduced_mobility',
      groundFloor: true,
    });
    assert.equal(answer.status, 201);
    const { number } = (await answer.json()) as { number: string };
    await expectDone('/stanowisko/wezwij-wybrany', { number }, 'called');
    const html = await panel();
    assert.match(html, new RegExp(`class="desk__number">${number}<`));
    assert.match(html, /<strong>Poza kolejnością<\/strong> — <span>Ograniczona sprawność ruchowa<\/span>/);
    // Desk 6 is on the second floor.
    assert.match(html, /<strong>Na parterze<\/strong> — klient nie może wejść na piętro: zejdź do niego na parter/);
    const ukrainian = await (await fetch(`${server.url}/stanowisko`, { headers: { cookie: `${clerk.cookie}; jezyk=uk` } })).text();
    assert.match(ukrainian, /<strong>Поза чергою<\/strong> — <span>Обмежена рухливість<\/span>/);
    const api = (await (await clerk.get('/api/stanowisko')).json()) as {
      current: { priorityReason: { name: string }; groundFloor: boolean };
    };
    assert.deepEqual([api.current.priorityReason.name, api.current.groundFloor], ['Ograniczona sprawność ruchowa', true]);
  });

  it('streams the desk’s waiting counts in words as the queue moves, and only to a clerk', async () => {
    assert.equal((await fetch(`${server.url}/api/stanowisko/zdarzenia`)).status, 401);
    const stream = await openSse(`${server.url}/api/stanowisko/zdarzenia`, { cookie: clerk.cookie });
    type Waiting = { open: boolean; ticketId: number | null; waiting: { serviceId: number; waiting: number; text: string }[] };
    const j = await serviceId(server.db, 'J');
    const countOf = (data: unknown) => (data as Waiting).waiting.find((w) => w.serviceId === j);
    const first = await stream.waitFor((e) => e.event === 'waiting');
    assert.equal((first.data as Waiting).open, true);
    const start = countOf(first.data)!.waiting;
    await issue('J');
    const grown = await stream.waitFor((e) => e.event === 'waiting' && countOf(e.data)!.waiting === start + 1);
    assert.match(countOf(grown.data)!.text, /^\d+ (osoba|osoby|osób)$/);
    assert.equal(JSON.stringify(grown.data).includes('number'), false, 'no ticket numbers of other residents');
    stream.close();
  });
});
