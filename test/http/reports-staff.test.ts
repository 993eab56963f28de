import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';

async function rows(server: TestServer): Promise<string> {
  const { rows: r } = await sql<{ s: string }>`SELECT (SELECT count(*) FROM report_update) || '/' || (SELECT count(*) FROM audit_log)
    || '/' || (SELECT string_agg(status, ',' ORDER BY id) FROM problem_report) AS s`.execute(server.db);
  return r[0]!.s;
}

describe('the Contact Centre’s work on problem reports, and the administrator’s Open311 keys', () => {
  let server: TestServer;
  let centre: StaffClient;
  let reportId = 0;
  before(async () => {
    server = await startTestServer();
    centre = await loginAs(server, 'contact_centre');
    reportId = (await server.db.selectFrom('problem_report').select('id').where('code', '=', 'D2RK-7QEW').executeTakeFirstOrThrow()).id;
  });
  after(() => server.close());

  it('lands on the inbox, filtered by status, category and unit', async () => {
    const inbox = await centre.get('/centrum-kontaktu', { headers: { cookie: `${centre.cookie}; jezyk=pl` } });
    assert.equal(inbox.status, 200);
    const html = await inbox.text();
    assert.match(html, /Zgłoszenia mieszkańców/);
    assert.match(html, /D2RA-4KQM/);
    const fixed = await (await centre.get('/centrum-kontaktu?status=fixed')).text();
    assert.match(fixed, /D2RD-3FWY/);
    assert.doesNotMatch(fixed, /D2RA-4KQM/);
    const figures = await centre.get('/centrum-kontaktu/czasy-odpowiedzi');
    assert.equal(figures.status, 200);
  });

  it('changes a status, replies, notes, assigns, hides and merges a duplicate, each with its audit row', async () => {
    const page = await (await centre.get(`/centrum-kontaktu/zgloszenia/${reportId}`)).text();
    assert.match(page, /Porzucony rower/);
    assert.equal((await centre.postForm(`/centrum-kontaktu/zgloszenia/${reportId}/status`, { status: 'investigating' })).status, 303);
    assert.equal(
      (await centre.postForm(`/centrum-kontaktu/zgloszenia/${reportId}/odpowiedz`, { kind: 'reply', body: 'Sprawdzamy.' })).status,
      303,
    );
    assert.equal(
      (await centre.postForm(`/centrum-kontaktu/zgloszenia/${reportId}/odpowiedz`, { kind: 'note', body: 'Straż Miejska powiadomiona.' }))
        .status,
      303,
    );
    const unit = await server.db.selectFrom('unit').select('id').where('code', '=', 'CKM').executeTakeFirstOrThrow();
    assert.equal((await centre.postForm(`/centrum-kontaktu/zgloszenia/${reportId}/przypisz`, { unitId: String(unit.id) })).status, 303);
    assert.equal((await centre.postForm(`/centrum-kontaktu/zgloszenia/${reportId}/ukryj`, { hidden: 'yes' })).status, 303);
    const publicPage = await (await fetch(`${server.url}/zgloszenia/D2RK-7QEW`)).text();
    assert.match(publicPage, /Sprawdzamy\./);
    assert.doesNotMatch(publicPage, /Straż Miejska|Porzucony rower/);
    assert.equal(
      (
        await centre.postForm(`/centrum-kontaktu/zgloszenia/${reportId}/status`, {
          status: 'closed',
          reason: 'duplicate',
          duplicateOf: 'd2ra-4kqm',
        })
      ).status,
      303,
    );
    const actions = await server.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', String(reportId))
      .orderBy('id')
      .execute();
    assert.deepEqual(
      actions.map((a) => a.action),
      ['report.change_status', 'report.reply', 'report.note', 'report.assign', 'report.hide', 'report.change_status'],
    );
  });

  it('refuses closing as not ours without where to turn, writing nothing', async () => {
    const before = await rows(server);
    const id = (await server.db.selectFrom('problem_report').select('id').where('code', '=', 'D2RA-4KQM').executeTakeFirstOrThrow()).id;
    const refused = await centre.postForm(`/centrum-kontaktu/zgloszenia/${id}/status`, {
      status: 'closed',
      reason: 'not_responsible',
      referTo: '',
    });
    assert.equal(refused.status, 422);
    assert.match(await refused.text(), /To pole jest wymagane|wymagane/);
    assert.equal(await rows(server), before);
  });

  it('shows a reporter’s contact data only on request, and audits the read', async () => {
    const id = (await server.db.selectFrom('problem_report').select('id').where('code', '=', 'D2RM-9SGX').executeTakeFirstOrThrow()).id;
    const page = await (await centre.get(`/centrum-kontaktu/zgloszenia/${id}`)).text();
    assert.doesNotMatch(page, /mieszkaniec@example.com/);
    const shown = await centre.postForm(`/centrum-kontaktu/zgloszenia/${id}/kontakt`, {});
    assert.match(await shown.text(), /mieszkaniec@example.com/);
    const audit = await server.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'report.read_contact')
      .where('subject_id', '=', String(id))
      .execute();
    assert.equal(audit.length, 1);
  });

  it('lets an administrator issue a key (shown once) and revoke it', async () => {
    const admin = await loginAs(server, 'admin');
    const issued = await admin.postForm('/admin/open311', { name: 'FixMyStreet Piotrków' });
    assert.equal(issued.status, 200);
    const key = /o311_[A-Za-z0-9_-]{43}/.exec(await issued.text())![0];
    const list = await (await admin.get('/admin/open311')).text();
    assert.doesNotMatch(list, new RegExp(key));
    const row = await server.db
      .selectFrom('open311_api_key')
      .select('id')
      .where('name', '=', 'FixMyStreet Piotrków')
      .executeTakeFirstOrThrow();
    assert.equal((await admin.postForm(`/admin/open311/${row.id}/uniewaznij`, {})).status, 303);
    const refused = await fetch(`${server.url}/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ api_key: key, service_code: 'roads', address_string: 'x', description: 'y' }),
    });
    assert.equal(refused.status, 403);
    const empty = await admin.postForm('/admin/open311', { name: '' });
    assert.equal(empty.status, 422);
  });
});
