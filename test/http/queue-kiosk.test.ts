import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, officeDate } from '../../src/domain/organisation/index.ts';
import { startTestServer, loginAs, type TestServer } from '../support/server.ts';
import { deviceFetch, openAllDay, registerDevice, serviceId, writtenRows } from '../support/queue.ts';

interface IssuedBody {
  number: string;
  service: { name: string };
  where: { building: string; text: string };
  peopleAhead: number;
  peopleAheadText: string;
  estimate: { kind: string; text: string };
  followUrl: string;
}

describe('kiosk and Information Point issue tickets', () => {
  let server: TestServer;
  let kiosk: ReturnType<typeof deviceFetch>;
  before(async () => {
    server = await startTestServer();
    await openAllDay(server.db);
    kiosk = deviceFetch(server.url, (await registerDevice(server.db, 'kiosk')).token);
  });
  after(() => server.close());

  it('issues A001 then A002 with where to wait, people ahead and the follow address', async () => {
    const a = await serviceId(server.db, 'A');
    const first = await kiosk('POST', '/api/kiosk/bilety', { serviceId: a });
    assert.equal(first.status, 201);
    const one = (await first.json()) as IssuedBody;
    assert.equal(one.number, 'A001');
    assert.equal(one.peopleAheadText, 'nikt nie czeka przed Tobą');
    assert.match(one.where.text, /Ratusz|[A-Z]/);
    assert.match(one.followUrl, /\/bilet\/[23456789A-HJ-NP-Z]{12}$/);
    const second = (await (await kiosk('POST', '/api/kiosk/bilety', { serviceId: a }, { 'accept-language': 'pl' })).json()) as IssuedBody;
    assert.equal(second.number, 'A002');
    assert.equal(second.peopleAhead, 1);
    assert.equal(second.peopleAheadText, '1 osoba przed Tobą');
    assert.equal(second.estimate.kind, 'unknown');

    const code = one.followUrl.split('/').pop()!;
    const status = (await (await fetch(`${server.url}/api/bilet/${code}`)).json()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(status).sort(), [
      'deskNumber',
      'estimate',
      'number',
      'peopleAhead',
      'peopleAheadText',
      'status',
      'statusText',
    ]);
    assert.equal(status.number, 'A001');
    assert.equal(status.status, 'waiting');
  });

  it('lists the kiosk services grouped by unit with waiting counts', async () => {
    const response = await kiosk('GET', '/api/kiosk/uslugi');
    assert.equal(response.status, 200);
    const body = (await response.json()) as {
      units: { services: { letter: string; waiting: number; issuingNow: boolean }[] }[];
      priorityReasons: { code: string }[];
    };
    const a = body.units.flatMap((u) => u.services).find((s) => s.letter === 'A')!;
    assert.equal(a.waiting, 2);
    assert.equal(a.issuingNow, true);
    assert.ok(body.priorityReasons.some((r) => r.code === 'pregnancy'));
  });

  it('lets the Information Point issue a priority ticket, which is ahead of regular ones', async () => {
    const staff = await loginAs(server, 'information_point');
    const response = await staff.sendJson('POST', '/api/punkt-informacyjny/bilety', {
      serviceId: await serviceId(server.db, 'A'),
      priorityReason: 'age_75_plus',
      groundFloor: true,
    });
    assert.equal(response.status, 201);
    const body = (await response.json()) as IssuedBody;
    assert.equal(body.number, 'A003');
    assert.equal(body.peopleAhead, 0);
  });

  it('answers 422 for an unknown service and writes nothing', async () => {
    const before = await writtenRows(server.db);
    const response = await kiosk('POST', '/api/kiosk/bilety', { serviceId: 999_999 });
    assert.equal(response.status, 422);
    const body = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
    assert.equal(body.error.fields.serviceId, 'Nie ma takiej sprawy. Wybierz sprawę z listy.');
    assert.deepEqual(await writtenRows(server.db), before);
  });

  it('answers 409 for an inactive service and writes nothing', async () => {
    const b = await serviceId(server.db, 'B');
    await server.db.updateTable('service').set({ active: false }).where('id', '=', b).execute();
    const before = await writtenRows(server.db);
    const response = await kiosk('POST', '/api/kiosk/bilety', { serviceId: b });
    assert.equal(response.status, 409);
    assert.deepEqual(await writtenRows(server.db), before);
    await server.db.updateTable('service').set({ active: true }).where('id', '=', b).execute();
  });

  it('answers 409 outside hours (a closed day) with the reason and writes nothing', async () => {
    const today = officeDate(new Date());
    await server.db
      .deleteFrom('calendar_exception')
      .where('building_id', 'is', null)
      .where('starts_on', '<=', addDays(today, 1))
      .where('ends_on', '>=', today)
      .execute();
    await server.db
      .insertInto('calendar_exception')
      .values({
        office_id: (await server.db.selectFrom('office').select('id').executeTakeFirstOrThrow()).id,
        building_id: null,
        starts_on: today,
        ends_on: addDays(today, 1),
        kind: 'closed',
        reason_pl: 'Inwentaryzacja',
        reason_en: 'Stocktaking',
        reason_uk: 'Інвентаризація',
      })
      .execute();
    const before = await writtenRows(server.db);
    const response = await kiosk('POST', '/api/kiosk/bilety', { serviceId: await serviceId(server.db, 'C') }, { 'accept-language': 'en' });
    assert.equal(response.status, 409);
    const body = (await response.json()) as { error: { message: string } };
    assert.equal(body.error.message, 'This service is not available today (Stocktaking). Book a visit for another day.');
    assert.deepEqual(await writtenRows(server.db), before);
    await openAllDay(server.db);
  });

  it('answers 409 when the daily limit is reached, says what to do, and writes nothing', async () => {
    const c = await serviceId(server.db, 'C');
    await server.db.updateTable('service').set({ daily_ticket_limit: 2 }).where('id', '=', c).execute();
    assert.equal((await kiosk('POST', '/api/kiosk/bilety', { serviceId: c })).status, 201);
    assert.equal((await kiosk('POST', '/api/kiosk/bilety', { serviceId: c })).status, 201);
    const before = await writtenRows(server.db);
    const response = await kiosk('POST', '/api/kiosk/bilety', { serviceId: c });
    assert.equal(response.status, 409);
    const body = (await response.json()) as { error: { message: string } };
    assert.equal(body.error.message, 'Limit biletów na dziś wyczerpany — zarezerwuj wizytę na inny dzień.');
    assert.deepEqual(await writtenRows(server.db), before);
    // A priority ticket is never refused for the limit (seed 7.1), and numbering goes on without a gap.
    const priority = await kiosk('POST', '/api/kiosk/bilety', { serviceId: c, priorityReason: 'pregnancy' });
    assert.equal(((await priority.json()) as IssuedBody).number, 'C003');
  });

  it('answers 401 to a revoked device token and writes nothing', async () => {
    const device = await registerDevice(server.db, 'kiosk');
    await server.db.updateTable('device').set({ revoked_at: new Date() }).where('id', '=', device.id).execute();
    const before = await writtenRows(server.db);
    const response = await deviceFetch(server.url, device.token)('POST', '/api/kiosk/bilety', {
      serviceId: await serviceId(server.db, 'A'),
    });
    assert.equal(response.status, 401);
    assert.deepEqual(await writtenRows(server.db), before);
  });

  it('answers 403 to a board issuing tickets', async () => {
    const board = deviceFetch(server.url, (await registerDevice(server.db, 'board')).token);
    assert.equal((await board('POST', '/api/kiosk/bilety', { serviceId: await serviceId(server.db, 'A') })).status, 403);
  });

  it('answers 4xx to malformed bodies and unknown priority reasons and writes nothing', async () => {
    const before = await writtenRows(server.db);
    for (const body of [
      '{not json',
      { serviceId: 'A' },
      { serviceId: 1, extra: true },
      {},
      { serviceId: await serviceId(server.db, 'A'), priorityReason: 'VIP!' },
      { serviceId: await serviceId(server.db, 'A'), priorityReason: 'vip_guest' },
    ]) {
      const response = await kiosk('POST', '/api/kiosk/bilety', body);
      assert.ok(response.status >= 400 && response.status < 500, `${JSON.stringify(body)} → ${response.status}`);
      const json = (await response.json()) as { error: { code: string; message: string } };
      assert.ok(json.error.message.length > 0);
    }
    assert.deepEqual(await writtenRows(server.db), before);
  });

  it('answers 404 for an unknown public code', async () => {
    assert.equal((await fetch(`${server.url}/api/bilet/AAAAAAAAAAAA`)).status, 404);
    assert.equal((await fetch(`${server.url}/api/bilet/x`)).status, 404);
  });

  it('lists the queue endpoints in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    for (const path of [
      '/api/kiosk/bilety',
      '/api/kiosk/uslugi',
      '/api/stanowisko/wezwij-nastepny',
      '/api/bilet/{code}',
      '/api/kolejka/zdarzenia',
    ]) {
      assert.ok(path in doc.paths, path);
    }
  });
});
