import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';
import { hashToken } from '../../src/storage/session-repository.ts';

describe('devices', () => {
  let server: TestServer;
  let admin: StaffClient;
  before(async () => {
    server = await startTestServer();
    admin = await loginAs(server, 'admin');
  });
  after(async () => {
    await server.close();
  });

  async function register(name: string, kind = 'kiosk'): Promise<{ id: number; token: string }> {
    const response = await admin.postForm('/admin/urzadzenia', { kind, name, building: '' });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const token = /<code>([A-Za-z0-9_-]{43})<\/code>/.exec(await response.text())?.[1] ?? '';
    const row = await server.db.selectFrom('device').select(['id', 'token_hash']).where('name', '=', name).executeTakeFirstOrThrow();
    assert.ok(row.token_hash.equals(hashToken(token)), 'only the hash of the shown token is stored');
    return { id: row.id, token };
  }

  function api(path: string, token: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token}`);
    return fetch(`${server.url}${path}`, { ...init, headers });
  }

  function heartbeat(token: string, body: unknown): Promise<Response> {
    return api('/api/urzadzenie/heartbeat', token, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  it('shows the token once, and the token then works for the device API', async () => {
    const { id, token } = await register('Biletomat parter');
    const me = await api('/api/urzadzenie', token);
    assert.equal(me.status, 200);
    assert.deepEqual(await me.json(), { id, kind: 'kiosk', name: 'Biletomat parter' });
    const list = await (await admin.get('/admin/urzadzenia')).text();
    assert.match(list, /Biletomat parter/);
    assert.doesNotMatch(list, new RegExp(token));
    const audit = await server.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'device')
      .where('subject_id', '=', String(id))
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['device.register'],
    );
  });

  it('answers 422 with the error summary for a bad form, and 409 for a name in use, writing nothing', async () => {
    const empty = await admin.postForm('/admin/urzadzenia', { kind: 'toaster', name: '' });
    assert.equal(empty.status, 422);
    const html = await empty.text();
    assert.match(html, /href="#kind"/);
    assert.match(html, /href="#name"/);
    await register('Tablica I piętro', 'board');
    const before = await server.db.selectFrom('device').select('id').execute();
    const taken = await admin.postForm('/admin/urzadzenia', { kind: 'board', name: 'Tablica I piętro' });
    assert.equal(taken.status, 409);
    assert.match(await taken.text(), /już istnieje/);
    assert.equal((await server.db.selectFrom('device').select('id').execute()).length, before.length);
  });

  it('records a heartbeat without auditing it', async () => {
    const { id, token } = await register('Drukarka parter', 'printer');
    const auditBefore = (await server.db.selectFrom('audit_log').select('id').execute()).length;
    const response = await heartbeat(token, { health: 'failed', details: { paper: 'out' }, failure: 'Brak papieru' });
    assert.equal(response.status, 204);
    const row = await server.db
      .selectFrom('device')
      .select(['health', 'health_details', 'last_failure', 'last_seen_at', 'last_failure_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.health, 'failed');
    assert.deepEqual(row.health_details, { paper: 'out' });
    assert.equal(row.last_failure, 'Brak papieru');
    assert.notEqual(row.last_seen_at, null);
    assert.notEqual(row.last_failure_at, null);
    assert.equal((await server.db.selectFrom('audit_log').select('id').execute()).length, auditBefore);
  });

  it('answers 4xx with a readable message and writes nothing for a bad heartbeat', async () => {
    const { id, token } = await register('Biletomat II');
    const bodies: unknown[] = [
      { health: 'great' },
      {},
      { health: 'ok', details: 'paper' },
      { health: 'ok', extra: 1 },
      { health: 'ok', failure: 'x'.repeat(501) },
      { health: 'ok', details: { log: 'x'.repeat(3000) } },
    ];
    for (const body of bodies) {
      const response = await heartbeat(token, body);
      assert.ok(response.status === 400 || response.status === 422, `${JSON.stringify(body).slice(0, 40)} → ${response.status}`);
      const error = (await response.json()) as { error: { message: string; fields?: Record<string, string> } };
      assert.ok(error.error.message.length > 0);
      assert.ok(error.error.fields && Object.keys(error.error.fields).length > 0, JSON.stringify(error));
    }
    const row = await server.db.selectFrom('device').select(['health', 'last_seen_at']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.health, 'unknown');
    assert.equal(row.last_seen_at, null);
  });

  it('keeps staff, malformed and unknown tokens out of the device API with a JSON 401', async () => {
    const staffCall = await admin.get('/api/urzadzenie');
    assert.equal(staffCall.status, 401);
    assert.equal(((await staffCall.json()) as { error: { code: string } }).error.code, 'unauthenticated');
    assert.equal((await api('/api/urzadzenie', 'not a token')).status, 401);
    assert.equal((await api('/api/urzadzenie', 'A'.repeat(43))).status, 401);
    assert.equal(
      (
        await fetch(`${server.url}/api/urzadzenie/heartbeat`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"health":"ok"}',
        })
      ).status,
      401,
    );
  });

  it('revokes a device after confirmation; its token stops working at once', async () => {
    const { id, token } = await register('Tablica do wycofania', 'board');
    const confirm = await admin.get(`/admin/urzadzenia/${id}/wycofaj`);
    assert.equal(confirm.status, 200);
    assert.match(await confirm.text(), /Tablica do wycofania/);
    const missingCsrf = await fetch(`${server.url}/admin/urzadzenia/${id}/wycofaj`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: admin.cookie },
    });
    assert.equal(missingCsrf.status, 403);
    assert.equal((await api('/api/urzadzenie', token)).status, 200);
    const revoke = await admin.postForm(`/admin/urzadzenia/${id}/wycofaj`, {});
    assert.equal(revoke.status, 303);
    assert.equal(revoke.headers.get('location'), '/admin/urzadzenia?wycofano=1');
    assert.equal((await api('/api/urzadzenie', token)).status, 401);
    assert.equal((await heartbeat(token, { health: 'ok' })).status, 401);
    assert.equal((await admin.postForm(`/admin/urzadzenia/${id}/wycofaj`, {})).status, 409);
    assert.equal((await admin.get('/admin/urzadzenia/999999/wycofaj')).status, 404);
  });

  it('lets the administrator name a kiosk’s building and printer on its own page', async () => {
    const { id } = await register('Biletomat z drukarką');
    const building = await server.db.selectFrom('building').select(['id', 'name']).orderBy('id').executeTakeFirstOrThrow();
    const page = await admin.get(`/admin/urzadzenia/${id}`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Drukarka biletów przy biletomacie/);
    const saved = await admin.postForm(`/admin/urzadzenia/${id}`, {
      name: 'Biletomat z drukarką',
      building: String(building.id),
      printer_host: '192.168.10.21',
      printer_port: '',
    });
    assert.equal(saved.status, 303);
    const row = await server.db.selectFrom('device').select(['building_id', 'settings']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.building_id, building.id);
    assert.deepEqual(row.settings, { printer: { host: '192.168.10.21', port: 9100 } });
    const audit = await server.db.selectFrom('audit_log').select('action').where('subject_id', '=', String(id)).orderBy('id').execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['device.register', 'device.update'],
    );
    // No address: the kiosk prints nothing.
    await admin.postForm(`/admin/urzadzenia/${id}`, { name: 'Biletomat z drukarką', building: '', printer_host: '', printer_port: '' });
    const cleared = await server.db.selectFrom('device').select(['building_id', 'settings']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual([cleared.building_id, cleared.settings], [null, {}]);
  });

  it('refuses a printer address no network reaches and an impossible port with 422, writing nothing', async () => {
    const { id } = await register('Biletomat bez drukarki');
    const before = await server.db.selectFrom('device').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    for (const [host, port] of [
      ['http://10.0.0.7', '9100'],
      ['10.0.0.7:9100', ''],
      ['drukarka parter', ''],
      ['10.0.0.7', '70000'],
      ['10.0.0.7', 'dziewięć'],
    ] as const) {
      const response = await admin.postForm(`/admin/urzadzenia/${id}`, {
        name: 'Biletomat bez drukarki',
        building: '',
        printer_host: host,
        printer_port: port,
      });
      assert.equal(response.status, 422, `${host} ${port}`);
      assert.match(await response.text(), /Popraw błędy|error-summary/);
    }
    const unknownBuilding = await admin.postForm(`/admin/urzadzenia/${id}`, { name: 'Biletomat bez drukarki', building: '999999' });
    assert.equal(unknownBuilding.status, 422);
    assert.deepEqual(await server.db.selectFrom('device').selectAll().where('id', '=', id).executeTakeFirstOrThrow(), before);
  });

  it('keeps printer settings for kiosks only, and has no page for a revoked device', async () => {
    const board = await register('Tablica parter', 'board');
    await admin.postForm(`/admin/urzadzenia/${board.id}`, { name: 'Tablica parter', building: '', printer_host: '10.0.0.9' });
    const row = await server.db.selectFrom('device').select('settings').where('id', '=', board.id).executeTakeFirstOrThrow();
    assert.deepEqual(row.settings, {});
    assert.equal((await admin.postForm(`/admin/urzadzenia/${board.id}/wycofaj`, {})).status, 303);
    assert.equal((await admin.get(`/admin/urzadzenia/${board.id}`)).status, 404);
  });

  it('lets the administrator choose the unit a feedback tablet counts for, audited, and refuses another office’s unit with 422, writing nothing', async () => {
    const { id } = await register('Tablet przy wyjściu', 'feedback');
    const units = await server.db.selectFrom('unit').select(['id', 'code']).orderBy('code').execute();
    const unit = units[0]!;
    const page = await (await admin.get(`/admin/urzadzenia/${id}`)).text();
    assert.match(page, /<label[^>]*for="unit"[^>]*>Komórka, której dotyczą odpowiedzi/);
    assert.match(page, /<option value(="")?>Cały urząd<\/option>/);
    assert.ok(page.includes(`<option value="${unit.id}">${unit.code} — `));

    const saved = await admin.postForm(`/admin/urzadzenia/${id}`, { name: 'Tablet przy wyjściu', building: '', unit: String(unit.id) });
    assert.equal(saved.status, 303);
    const row = await server.db.selectFrom('device').select('settings').where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(row.settings, { unitId: unit.id });
    const audit = await server.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('subject_type', '=', 'device')
      .where('subject_id', '=', String(id))
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['device.register', 'device.update'],
    );
    assert.equal((audit[1]!.details as { unitId: number }).unitId, unit.id);
    assert.match(await (await admin.get(`/admin/urzadzenia/${id}`)).text(), new RegExp(`<option value="${unit.id}" selected`));

    // Bad input: a unit of another office, one that does not exist, and junk; each 422 with its message, nothing written.
    const other = await server.db
      .insertInto('office')
      .values({ name: 'Urząd Gminy Obok', short_name: 'UG Obok' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const foreign = await server.db
      .insertInto('unit')
      .values({ office_id: other.id, code: 'OB', name_pl: 'Wydział obcy' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const before = await server.db.selectFrom('device').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const auditBefore = await server.db.selectFrom('audit_log').select('id').where('subject_id', '=', String(id)).execute();
    for (const [value, message] of [
      [String(foreign.id), 'Wybierz komórkę z listy.'],
      ['2147483647', 'Wybierz komórkę z listy.'],
      ['wydział', 'liczbę'],
      ['0', ''],
    ] as const) {
      const response = await admin.postForm(`/admin/urzadzenia/${id}`, { name: 'Tablet przy wyjściu', building: '', unit: value });
      const html = await response.text();
      assert.equal(response.status, 422, value);
      assert.match(html, /<title>Błąd:/);
      assert.ok(html.includes('href="#unit"'), `the error summary links to the unit (${value})`);
      if (message !== '') assert.ok(html.includes(message), `${value}: ${message}`);
    }
    assert.deepEqual(await server.db.selectFrom('device').selectAll().where('id', '=', id).executeTakeFirstOrThrow(), before);
    assert.deepEqual(await server.db.selectFrom('audit_log').select('id').where('subject_id', '=', String(id)).execute(), auditBefore);

    // The whole office again: the setting goes.
    await admin.postForm(`/admin/urzadzenia/${id}`, { name: 'Tablet przy wyjściu', building: '', unit: '' });
    const cleared = await server.db.selectFrom('device').select('settings').where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(cleared.settings, {});
    // A kiosk has no unit to choose.
    const kiosk = await register('Biletomat bez komórki');
    assert.doesNotMatch(await (await admin.get(`/admin/urzadzenia/${kiosk.id}`)).text(), /name="unit"/);
  });

  it('lists the device API in the OpenAPI document', async () => {
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    assert.ok('/api/urzadzenie' in document.paths);
    assert.ok('/api/urzadzenie/heartbeat' in document.paths);
  });
});
