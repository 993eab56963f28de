import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { callNextAt, clerkAtDesk, issueAt, serviceId, startQueueServer, type DeviceFetch } from '../support/queue.ts';
import type { StaffClient, TestServer } from '../support/server.ts';

// The open queue feeds read as their clients read them: over HTTP, parsed with JSON.parse, field by field.

interface WarsawGroup {
  idGrupy: string;
  nazwaGrupy: string;
  literaGrupy: string;
  lp: number;
  status: number;
  liczbaCzynnychStan: number;
  liczbaKlwKolejce: number;
  czasObslugi: string;
  aktualnyNumer: string;
}

const WARSAW_FIELDS = [
  'aktualnyNumer',
  'czasObslugi',
  'idGrupy',
  'liczbaCzynnychStan',
  'liczbaKlwKolejce',
  'literaGrupy',
  'lp',
  'nazwaGrupy',
  'status',
];

async function warsawFeed(server: TestServer, query = ''): Promise<{ date: string; time: string; grupy: WarsawGroup[] }> {
  const response = await fetch(`${server.url}/dane/kolejka.json${query}`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  assert.match(response.headers.get('cache-control') ?? '', /public, max-age=\d+/);
  const body = JSON.parse(await response.text()) as { result: { date: string; time: string; grupy: WarsawGroup[] } };
  return body.result;
}

/** Asks the feed until `done` holds: a queue event ends the kept reading as soon as its notice arrives. */
async function feedUntil(server: TestServer, done: (groups: WarsawGroup[]) => boolean): Promise<WarsawGroup[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const { grupy } = await warsawFeed(server);
    if (done(grupy)) return grupy;
    if (Date.now() > deadline) return grupy;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function group(groups: WarsawGroup[], letter: string): WarsawGroup {
  const found = groups.find((g) => g.literaGrupy === letter);
  assert.ok(found, `no group ${letter}`);
  return found;
}

describe('the open queue feed', () => {
  let server: TestServer;
  let kiosk: DeviceFetch;
  before(async () => {
    ({ server, kiosk } = await startQueueServer());
  });
  after(async () => {
    await server.close();
  });

  it('gives every active service in the Warsaw field set, with the types its clients read', async () => {
    const result = await warsawFeed(server);
    assert.match(result.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(result.time, /^\d{2}:\d{2}$/);
    const active = await server.db.selectFrom('service').select(['id', 'ticket_letter']).where('active', '=', true).execute();
    assert.equal(result.grupy.length, active.length);
    result.grupy.forEach((g, index) => {
      assert.deepEqual(Object.keys(g).sort(), WARSAW_FIELDS);
      assert.equal(typeof g.idGrupy, 'string');
      assert.equal(typeof g.nazwaGrupy, 'string');
      assert.match(g.literaGrupy, /^[A-Z]$/);
      assert.equal(g.lp, index + 1);
      assert.ok(g.status === 0 || g.status === 1);
      assert.ok(Number.isInteger(g.liczbaCzynnychStan));
      assert.ok(Number.isInteger(g.liczbaKlwKolejce));
      assert.match(g.czasObslugi, /^\d+$/);
      assert.equal(typeof g.aktualnyNumer, 'string');
    });
    const a = group(result.grupy, 'A');
    assert.equal(a.idGrupy, String(await serviceId(server.db, 'A')));
    assert.equal(a.nazwaGrupy, 'Wniosek o dowód osobisty');
    // Open all day in the test office: tickets are issued, nobody has been called yet.
    assert.equal(a.status, 1);
    assert.equal(a.aktualnyNumer, '');
  });

  it('follows the queue: people waiting, open desks, the expected wait and the number called last', async () => {
    const first = await issueAt(kiosk, server.db, 'A');
    await issueAt(kiosk, server.db, 'A');
    await issueAt(kiosk, server.db, 'A');
    const clerk: StaffClient = await clerkAtDesk(server, '1');
    const called = await callNextAt(clerk);
    assert.equal(called.number, first);
    const groups = await feedUntil(server, (g) => group(g, 'A').aktualnyNumer === first && group(g, 'A').liczbaKlwKolejce === 2);
    const a = group(groups, 'A');
    assert.equal(a.aktualnyNumer, first);
    assert.equal(a.liczbaKlwKolejce, 2);
    assert.equal(a.liczbaCzynnychStan, 1);
    // Two people ahead at one desk: a wait of some minutes, given as a whole number in a string.
    assert.ok(Number(a.czasObslugi) > 0, a.czasObslugi);
    // Desk 1 serves A and B: B has the open desk too, and nobody waiting.
    const b = group(groups, 'B');
    assert.equal(b.liczbaCzynnychStan, 1);
    assert.equal(b.liczbaKlwKolejce, 0);
    assert.equal(b.czasObslugi, '0');
  });

  it('gives one building’s services with ?budynek=, and ignores the Warsaw clients’ own parameters', async () => {
    const buildings = await server.db.selectFrom('building').select(['id', 'name']).orderBy('id').execute();
    const a = buildings.find((b) => b.name === 'Budynek A');
    assert.ok(a);
    const { grupy } = await warsawFeed(server, `?budynek=${a.id}&id=9c3d5770&apikey=x`);
    const expected = await server.db
      .selectFrom('service')
      .innerJoin('unit', 'unit.id', 'service.unit_id')
      .select('service.ticket_letter')
      .where('service.active', '=', true)
      .where('unit.building_id', '=', a.id)
      .orderBy('service.ticket_letter')
      .execute();
    assert.ok(expected.length > 0);
    assert.deepEqual(
      grupy.map((g) => g.literaGrupy),
      expected.map((s) => s.ticket_letter),
    );
    assert.deepEqual(
      grupy.map((g) => g.lp),
      grupy.map((_, i) => i + 1),
    );
  });

  it('answers a wrong building in the Warsaw error shape, in words', async () => {
    const cases: [string, number, RegExp][] = [
      ['?budynek=999999', 404, /nie ma budynku/],
      ['?budynek=abc', 400, /./],
      ['?budynek=0', 400, /./],
      ['?budynek=99999999999999999999', 400, /./],
      ['?budynek=1.5', 400, /./],
    ];
    for (const [query, status, message] of cases) {
      const response = await fetch(`${server.url}/dane/kolejka.json${query}`);
      assert.equal(response.status, status, query);
      const body = JSON.parse(await response.text()) as { result: string; error: string };
      assert.equal(body.result, 'false', query);
      assert.match(body.error, message, query);
    }
  });

  it('gives Okienko’s own feed with the range and the words in three languages', async () => {
    const response = await fetch(`${server.url}/api/dane/kolejka`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const body = (await response.json()) as {
      generatedAt: string;
      timeZone: string;
      services: {
        letter: string;
        name: Record<string, string>;
        issuingNow: boolean;
        openDesks: number;
        waiting: number;
        estimate: { kind: string; fromMinutes: number | null; toMinutes: number | null; text: { pl: string; en: string; uk: string } };
        lastCalled: string | null;
      }[];
    };
    assert.match(body.generatedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    assert.equal(body.timeZone, 'Europe/Warsaw');
    const a = body.services.find((s) => s.letter === 'A');
    assert.ok(a);
    assert.deepEqual(Object.keys(a.name).sort(), ['en', 'pl', 'uk']);
    assert.equal(a.estimate.kind, 'range');
    assert.ok(a.estimate.fromMinutes !== null && a.estimate.toMinutes !== null && a.estimate.toMinutes > a.estimate.fromMinutes);
    assert.match(a.estimate.text.pl, /^ok\. \d+–\d+ min$/);
    assert.match(a.estimate.text.en, /^about \d+–\d+ min$/);
    assert.match(a.estimate.text.uk, /\d+–\d+/);
    const closed = body.services.find((s) => s.openDesks === 0);
    assert.ok(closed);
    assert.equal(closed.estimate.kind, 'unknown');
    const notFound = await fetch(`${server.url}/api/dane/kolejka?budynek=999999`);
    assert.equal(notFound.status, 404);
    assert.match(((await notFound.json()) as { error: { message: string } }).error.message, /nie ma budynku/);
  });

  it('is listed in the OpenAPI document (our feed) and shows no person', async () => {
    const openapi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    assert.ok(openapi.paths['/api/dane/kolejka']);
    assert.equal(openapi.paths['/dane/kolejka.json'], undefined);
    // The clerk at desk 1 called a ticket above: the feeds carry its number, never the clerk's name.
    const both =
      (await (await fetch(`${server.url}/dane/kolejka.json`)).text()) + (await (await fetch(`${server.url}/api/dane/kolejka`)).text());
    const staff = await server.db.selectFrom('staff').select(['full_name']).execute();
    for (const person of staff) assert.ok(!both.includes(person.full_name), person.full_name);
  });
});
