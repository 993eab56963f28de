import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { appendAudit } from '../../src/storage/audit-repository.ts';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';

describe('audit log page', () => {
  let server: TestServer;
  let admin: StaffClient;
  before(async () => {
    server = await startTestServer();
    admin = await loginAs(server, 'admin');
    for (let i = 0; i < 3; i += 1) await admin.postForm('/admin/urzadzenia', { kind: 'kiosk', name: `Kiosk ${i}` });
  });
  after(async () => {
    await server.close();
  });

  it('lists events newest first and filters by action', async () => {
    const html = await (await admin.get('/admin/dziennik?action=device')).text();
    const ids = [...html.matchAll(/<tr><td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
    assert.equal(ids.length, 3);
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => b - a),
    );
    assert.match(html, /<th scope="row" class="audit-sentence">Zarejestrowano urządzenie #\d+\.<\/th>/);
    assert.doesNotMatch(html, /Otwarto dziennik zdarzeń/);
  });

  it("says what happened in words in the reader's language, with the key and the JSON behind a details toggle", async () => {
    await server.db.transaction().execute((tx) =>
      appendAudit(tx, { kind: 'staff', id: 1, label: 'anna.nowak', role: 'admin', address: '127.0.0.1', officeId: 1 }, new Date(), {
        action: 'auth.login',
        subjectType: 'staff',
        subjectId: 1,
      }),
    );
    const html = await (await admin.get('/admin/dziennik?action=auth.login')).text();
    assert.match(html, /<th scope="row" class="audit-sentence">Udane logowanie\.<\/th>/);
    assert.match(html, /\(Administrator\)/);
    assert.match(
      html,
      /<details class="audit-details"><summary>Szczegóły techniczne<\/summary>[\s\S]*?<code>auth\.login<\/code>[\s\S]*?<pre>/,
    );
    assert.doesNotMatch(html, /<t[dh][^>]*>auth\.login<\/t[dh]>/);
    const english = await (await admin.get('/admin/dziennik?action=device', { headers: { 'accept-language': 'en' } })).text();
    assert.match(english, /Registered device #\d+\./);
  });

  it('pages by 50 rows', async () => {
    const now = new Date();
    await server.db.transaction().execute(async (tx) => {
      for (let i = 0; i < 60; i += 1)
        await appendAudit(tx, { kind: 'system', id: null, label: 'okienko', role: '', address: '', officeId: 1 }, now, {
          action: 'test.filler',
          subjectId: i,
        });
    });
    const first = await (await admin.get('/admin/dziennik?action=test.filler')).text();
    assert.equal([...first.matchAll(/<tr><td>\d+<\/td>/g)].length, 50);
    assert.match(first, /rel="next"/);
    const second = await (await admin.get('/admin/dziennik?action=test.filler&page=2')).text();
    assert.equal([...second.matchAll(/<tr><td>\d+<\/td>/g)].length, 10);
    assert.doesNotMatch(second, /rel="next"/);
  });

  it('answers 422 with the error summary for bad filters', async () => {
    const response = await admin.get('/admin/dziennik?from=2026-02-30&to=jutro&action=DROP%20TABLE');
    assert.equal(response.status, 422);
    const html = await response.text();
    assert.match(html, /href="#from"/);
    assert.match(html, /href="#to"/);
    assert.match(html, /href="#action"/);
    const reversed = await admin.get('/admin/dziennik?from=2026-11-24&to=2026-11-01');
    assert.equal(reversed.status, 422);
    assert.match(await reversed.text(), /href="#to"/);
  });

  it("filters by the office's calendar days", async () => {
    const html = await (await admin.get('/admin/dziennik?action=device&from=2000-01-01&to=2000-01-02')).text();
    assert.match(html, /Brak zdarzeń/);
  });

  it("reports an intact chain, then the first row someone changed behind the system's back", async () => {
    const ok = await (await admin.get('/admin/dziennik/spojnosc')).text();
    assert.match(ok, /Dziennik jest spójny/);
    const victim = await server.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'device.register')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(server.db);
    await sql`UPDATE audit_log SET subject_id = '999' WHERE id = ${victim.id}`.execute(server.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(server.db);
    const broken = await (await admin.get('/admin/dziennik/spojnosc')).text();
    assert.match(broken, new RegExp(`niespójny od wpisu nr ${victim.id}\\.`));
  });

  it('lets only an administrator in', async () => {
    const clerk = await loginAs(server, 'clerk');
    assert.equal((await clerk.get('/admin/dziennik')).status, 403);
    assert.equal((await clerk.get('/admin/dziennik/spojnosc')).status, 403);
  });
});
