import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { SpeechEngine } from '../../src/devices/speech/index.ts';
import { loginAs, startSecondProcess, startTestServer, type TestServer } from '../support/server.ts';
import {
  deviceFetch,
  openAllDay,
  registerDevice,
  serviceId,
  type DeviceFetch,
  callNextAt,
  clerkAtDesk,
  finishAt,
  issueAt,
} from '../support/queue.ts';
import { openSse } from '../support/sse.ts';

interface Call {
  ticketId: number;
  number: string;
  deskNumber: string;
  building: { name: string; street: string } | null;
}
interface Snapshot {
  calls: Call[];
  recentCalls: Call[];
}

describe('the board’s API: last calls, buildings, spoken calls, revocation', () => {
  let server: TestServer;
  let kiosk: DeviceFetch;
  let mainBuilding: number;
  const speech = new SpeechEngine();

  before(async () => {
    server = await startTestServer();
    await openAllDay(server.db);
    kiosk = deviceFetch(server.url, (await registerDevice(server.db, 'kiosk')).token);
    mainBuilding = (await server.db.selectFrom('building').select('id').where('name', '=', 'Siedziba główna').executeTakeFirstOrThrow()).id;
  });
  after(async () => {
    await speech.close();
    await server.close();
  });

  /** A board standing in a building (null: nobody said where). */
  async function boardIn(buildingId: number | null) {
    const board = await registerDevice(server.db, 'board');
    await server.db.updateTable('device').set({ building_id: buildingId }).where('id', '=', board.id).execute();
    return { ...board, api: deviceFetch(server.url, board.token) };
  }

  const issue = (letter: string) => issueAt(kiosk, server.db, letter);
  const clerkAt = (desk: string) => clerkAtDesk(server, desk);

  it('lists today’s last calls newest first, whatever became of them, while only the ticket at the desk is a current call', async () => {
    const board = await boardIn(mainBuilding);
    const numbers = [await issue('G'), await issue('G'), await issue('G')];
    const clerk = await clerkAt('4');
    const called: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const call = await callNextAt(clerk);
      called.push(call.ticketId);
      if (i < 2) await finishAt(clerk, call.ticketId);
    }
    // A recall is the same call again: the ticket keeps one row, at the top.
    assert.equal((await clerk.sendJson('POST', `/api/stanowisko/bilety/${called[2]!}/wezwij-ponownie`, {})).status, 200);

    const snapshot = (await (await board.api('GET', '/api/kolejka')).json()) as Snapshot;
    const ours = snapshot.recentCalls.filter((c) => numbers.includes(c.number));
    assert.deepEqual(
      ours.map((c) => [c.number, c.deskNumber, c.building]),
      [
        [numbers[2], '4', null],
        [numbers[1], '4', null],
        [numbers[0], '4', null],
      ],
    );
    assert.deepEqual(
      snapshot.calls.filter((c) => numbers.includes(c.number)).map((c) => c.number),
      [numbers[2]],
    );

    const page = await (
      await fetch(`${server.url}/tablica/${board.id}`, { headers: { cookie: `okienko_urzadzenie=${board.token}` } })
    ).text();
    const recentList = /<ol class="board__recent-list" data-recent-calls="true">(.*?)<\/ol>/.exec(page)?.[1] ?? '';
    const rows = [...recentList.matchAll(/<span class="board__number">([A-Z]\d{3})<\/span>/g)].map((m) => m[1]);
    assert.deepEqual(
      rows.filter((n) => numbers.includes(n!)),
      [numbers[2], numbers[1], numbers[0]],
    );
    await clerk.sendJson('POST', '/api/stanowisko/zamknij', {});
  });

  it('names the building and street of a desk in another building than the board’s, on screen and in the words', async () => {
    const number = await issue('D');
    const clerk = await clerkAt('9');
    const call = await callNextAt(clerk);
    assert.equal(call.number, number);

    const inMain = await boardIn(mainBuilding);
    const seen = ((await (await inMain.api('GET', '/api/kolejka')).json()) as Snapshot).calls.find((c) => c.ticketId === call.ticketId);
    assert.deepEqual(seen?.building, { name: 'Budynek A', street: 'ul. Szkolna 28' });
    const page = await (
      await fetch(`${server.url}/tablica/${inMain.id}`, { headers: { cookie: `okienko_urzadzenie=${inMain.token}` } })
    ).text();
    assert.match(
      page,
      new RegExp(
        `<span class="board__number">${number}</span><span class="board__arrow" aria-hidden="true">→</span><span class="board__desk">stanowisko 9</span><span class="board__place">Budynek A, <span class="board__street">ul. Szkolna 28</span></span>`,
      ),
    );
    assert.match(page, /<span class="board__building"> · Siedziba główna<\/span>/);

    // The board of Building A itself says nothing of buildings; a board nobody placed names them all.
    const buildingA = (await server.db.selectFrom('building').select('id').where('name', '=', 'Budynek A').executeTakeFirstOrThrow()).id;
    const inA = await boardIn(buildingA);
    assert.equal(
      ((await (await inA.api('GET', '/api/kolejka')).json()) as Snapshot).calls.find((c) => c.ticketId === call.ticketId)?.building,
      null,
    );
    const unplaced = await boardIn(null);
    assert.deepEqual(
      ((await (await unplaced.api('GET', '/api/kolejka')).json()) as Snapshot).calls.find((c) => c.ticketId === call.ticketId)?.building,
      { name: 'Budynek A', street: 'ul. Szkolna 28' },
    );

    // The spoken call is the engine's recording of exactly these words.
    const spoken = await inMain.api('GET', `/api/kolejka/wywolania/${call.ticketId}/zapowiedz`);
    assert.equal(spoken.status, 200);
    assert.equal(spoken.headers.get('content-type'), 'audio/wav');
    assert.equal(spoken.headers.get('cache-control'), 'no-store');
    const digits = number.slice(1).replace(/^0+/, '');
    const words = `Numer D ${'zero '.repeat(3 - digits.length)}${['', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć'][Number(digits)]!}, stanowisko dziewięć`;
    const wav = Buffer.from(await spoken.arrayBuffer());
    assert.ok(wav.equals(await speech.say(`${words}, Budynek A, ulica Szkolna 28`)), 'the words of a call to another building');
    const local = Buffer.from(await (await inA.api('GET', `/api/kolejka/wywolania/${call.ticketId}/zapowiedz`)).arrayBuffer());
    assert.ok(local.equals(await speech.say(words)), 'the words of a call in the board’s own building');

    await finishAt(clerk, call.ticketId);
    assert.equal((await inMain.api('GET', `/api/kolejka/wywolania/${call.ticketId}/zapowiedz`)).status, 404, 'a call that is over');
    await clerk.sendJson('POST', '/api/stanowisko/zamknij', {});
  });

  it('answers a clear 4xx for a spoken call of a ticket that is not at a desk, a bad id, or no device', async () => {
    const board = await boardIn(mainBuilding);
    const waiting = (await (await kiosk('POST', '/api/kiosk/bilety', { serviceId: await serviceId(server.db, 'J') })).json()) as {
      ticketId: number;
    };
    for (const id of [String(waiting.ticketId), '999999', '0', 'abc', '1.5', '99999999999', '-1']) {
      const response = await board.api('GET', `/api/kolejka/wywolania/${id}/zapowiedz`);
      assert.ok([400, 404, 422].includes(response.status), `${id} → ${response.status}`);
      const error = (await response.json()) as { error: { message: string } };
      assert.ok(error.error.message.length > 0, id);
    }
    assert.equal((await fetch(`${server.url}/api/kolejka/wywolania/${waiting.ticketId}/zapowiedz`)).status, 401);
    const clerk = await loginAs(server, 'clerk');
    assert.equal((await clerk.get(`/api/kolejka/wywolania/${waiting.ticketId}/zapowiedz`)).status, 401);
    const printer = deviceFetch(server.url, (await registerDevice(server.db, 'printer')).token);
    assert.equal((await printer('GET', `/api/kolejka/wywolania/${waiting.ticketId}/zapowiedz`)).status, 403);
  });

  it('takes a board’s heartbeat with its device cookie, as the board page sends it', async () => {
    const board = await boardIn(mainBuilding);
    const response = await fetch(`${server.url}/api/urzadzenie/heartbeat`, {
      method: 'POST',
      headers: { cookie: `okienko_urzadzenie=${board.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        health: 'warning',
        details: { stream: 'connected', sound: 'blocked' },
        failure: 'Tablica nie odtwarza dźwięku.',
      }),
    });
    assert.equal(response.status, 204);
    const row = await server.db
      .selectFrom('device')
      .select(['health', 'health_details', 'last_seen_at', 'last_failure'])
      .where('id', '=', board.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.health, 'warning');
    assert.deepEqual(row.health_details, { sound: 'blocked', stream: 'connected' });
    assert.equal(row.last_failure, 'Tablica nie odtwarza dźwięku.');
    assert.notEqual(row.last_seen_at, null);
  });

  describe('revoking a board', () => {
    // A second app process on the same database: a board's stream there must end too.
    let second: Awaited<ReturnType<typeof startSecondProcess>>;
    before(async () => {
      second = await startSecondProcess(server);
    });
    after(async () => {
      await second.close();
    });

    it('ends its open streams on every server with a last `revoked` event, and refuses the reconnect and its heartbeat', async () => {
      const board = await boardIn(mainBuilding);
      const other = await boardIn(mainBuilding);
      const auth = { authorization: `Bearer ${board.token}` };
      const streams = [
        await openSse(`${server.url}/api/kolejka/zdarzenia`, auth),
        await openSse(`${second.url}/api/kolejka/zdarzenia`, auth),
      ];
      const bystander = await openSse(`${server.url}/api/kolejka/zdarzenia`, { authorization: `Bearer ${other.token}` });
      const admin = await loginAs(server, 'admin');
      assert.equal((await admin.postForm(`/admin/urzadzenia/${board.id}/wycofaj`, {})).status, 303);

      for (const stream of streams) {
        await stream.waitFor((e) => e.event === 'revoked');
        await stream.ended;
      }
      await issue('G');
      await bystander.waitFor((e) => e.event === 'queue' && (e.data as { kind: string }).kind === 'ticket.issued');
      assert.equal(
        streams.every((s) => s.events.every((e) => e.event !== 'queue' || (e.data as { kind: string }).kind !== 'ticket.issued')),
        true,
        'nothing after the revocation',
      );
      bystander.close();

      const reconnect = await fetch(`${server.url}/api/kolejka/zdarzenia`, { headers: { ...auth, 'last-event-id': '1' } });
      assert.equal(reconnect.status, 401);
      assert.equal(((await reconnect.json()) as { error: { code: string } }).error.code, 'unauthenticated');
      const beat = await fetch(`${server.url}/api/urzadzenie/heartbeat`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: '{"health":"ok"}',
      });
      assert.equal(beat.status, 401);
      assert.equal((await board.api('GET', '/api/kolejka')).status, 401);
    });

    it('ends the stream of a board whose revocation was not heard, once the event feed is back', async () => {
      const board = await boardIn(mainBuilding);
      const stream = await openSse(`${server.url}/api/kolejka/zdarzenia`, { authorization: `Bearer ${board.token}` });
      // Revoked while the feed's connection is down: its notification never arrives.
      await server.db.updateTable('device').set({ revoked_at: new Date() }).where('id', '=', board.id).execute();
      await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'okienko-listen' AND datname = current_database()`.execute(server.db);
      await stream.waitFor((e) => e.event === 'revoked');
      await stream.ended;
    });
  });
});
