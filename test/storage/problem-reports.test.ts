import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { sendDueMail } from '../../src/app/mail/send-due-mail.ts';
import type { MailSender, OutgoingMail, ReportMailFacts } from '../../src/app/mail/mail-ports.ts';
import {
  anonymiseReports,
  changeReportStatus,
  confirmReportByLink,
  confirmToken,
  fileReport,
  issueApiKey,
  publicReport,
  reporterContact,
  responseTimes,
} from '../../src/app/reports/index.ts';
import type { UseCaseDeps } from '../../src/app/shared/deps.ts';
import { DomainError } from '../../src/domain/shared/errors.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { testClock } from '../support/booking.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const good = { category: 'roads', description: 'Dziura w jezdni', address: 'ul. Słowackiego 12' };

async function counts(db: TestDatabase['db']): Promise<string> {
  const { rows } = await sql<{ s: string }>`SELECT (SELECT count(*) FROM problem_report) || '/' || (SELECT count(*) FROM report_update)
    || '/' || (SELECT count(*) FROM mail_outbox) || '/' || (SELECT count(*) FROM audit_log) AS s`.execute(db);
  return rows[0]!.s;
}

describe('problem reports: use cases', () => {
  let database: TestDatabase;
  let deps: UseCaseDeps;
  const clock = testClock('2026-12-04T09:00:00Z');
  before(async () => {
    database = await createTestDatabase();
    await loadDemoData(database.db, clock);
    const office = await currentOffice(database.db);
    deps = { db: database.db, clock, actor: { kind: 'system', id: null, label: 'test', role: '', address: '', officeId: office.id } };
  });
  after(() => database.drop());

  const staff = () => ({ ...deps, actor: { ...deps.actor, kind: 'staff' as const, role: 'contact_centre' } });

  it('opens a report without an e-mail at once, with its audit row', async () => {
    const filed = await fileReport(deps, { report: good, locale: 'pl', source: { kind: 'open311', apiKey: await apiKey() } });
    assert.equal(filed.status, 'open');
    assert.match(filed.code, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const audit = await database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'report.file')
      .where('subject_id', '=', String(filed.id))
      .executeTakeFirstOrThrow();
    assert.doesNotMatch(JSON.stringify(audit.details), /Słowackiego|Dziura/);
    assert.equal((await publicReport(database.db, deps.actor.officeId, filed.code)).report.status, 'open');
  });

  it('queues a status mail for an Open311 report with an e-mail (it opens at once)', async () => {
    const filed = await fileReport(deps, {
      report: { ...good, email: 'ala@example.com' },
      locale: 'pl',
      source: { kind: 'open311', apiKey: await apiKey() },
    });
    assert.equal(filed.status, 'open');
    const mails = await database.db.selectFrom('mail_outbox').select(['kind']).where('report_id', '=', filed.id).execute();
    assert.deepEqual(mails, [{ kind: 'report_status' }]);
  });

  it('confirms through the link once; a wrong token is not found', async () => {
    const id = await insertUnconfirmed('D3AA-2BCD');
    await assert.rejects(
      confirmReportByLink(deps, { code: 'D3AA-2BCD', token: 'x'.repeat(32) }),
      (e: DomainError) => e.kind === 'not_found',
    );
    await assert.rejects(publicReport(database.db, deps.actor.officeId, 'D3AA-2BCD'), (e: DomainError) => e.kind === 'not_found');
    const token = await confirmToken(database.db, 'D3AA-2BCD');
    assert.deepEqual(await confirmReportByLink(deps, { code: 'D3AA-2BCD', token }), { confirmed: true });
    assert.deepEqual(await confirmReportByLink(deps, { code: 'D3AA-2BCD', token }), { confirmed: false });
    const row = await database.db
      .selectFrom('problem_report')
      .select(['status', 'confirmed_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'open');
  });

  it('changes statuses through the state machine, closes duplicates and says why a change is refused', async () => {
    const original = await fileReport(deps, { report: good, locale: 'pl', source: { kind: 'open311', apiKey: await apiKey() } });
    const copy = await fileReport(deps, {
      report: { ...good, email: 'b@example.com' },
      locale: 'pl',
      source: { kind: 'open311', apiKey: await apiKey() },
    });
    await changeReportStatus(staff(), { reportId: copy.id, form: { status: 'investigating' } });
    await changeReportStatus(staff(), {
      reportId: copy.id,
      form: { status: 'closed', reason: 'duplicate', duplicateOf: original.code.toLowerCase() },
    });
    const view = await publicReport(database.db, deps.actor.officeId, copy.code);
    assert.equal(view.report.duplicateOfCode, original.code);
    assert.deepEqual(
      view.replies.map((r) => r.status),
      ['investigating', 'closed'],
    );
    const mails = await database.db.selectFrom('mail_outbox').select('kind').where('report_id', '=', copy.id).execute();
    assert.equal(mails.length, 3);
    const before = await counts(database.db);
    await assert.rejects(
      changeReportStatus(staff(), { reportId: copy.id, form: { status: 'closed', reason: 'duplicate', duplicateOf: original.code } }),
      (e: DomainError) => e.key === 'reports.staff.refusal.same',
    );
    await assert.rejects(
      changeReportStatus(staff(), { reportId: original.id, form: { status: 'closed', reason: 'not_responsible', referTo: '' } }),
      (e: DomainError) => e.fields.referTo?.key === 'errors.required',
    );
    await assert.rejects(
      changeReportStatus(staff(), { reportId: original.id, form: { status: 'closed', reason: 'duplicate', duplicateOf: 'ZZZZ-ZZZZ' } }),
      (e: DomainError) => e.fields.duplicateOf?.key === 'reports.staff.duplicateUnknown',
    );
    assert.equal(await counts(database.db), before);
  });

  it('writes nothing for an unknown category, a missing place or a description over 4,000 characters', async () => {
    const before = await counts(database.db);
    const keyId = await apiKey();
    const refused = async (report: Record<string, string>, field: string) =>
      assert.rejects(
        fileReport(deps, { report, locale: 'pl', source: { kind: 'open311', apiKey: keyId } }),
        (e: DomainError) => field in e.fields,
      );
    await refused({ ...good, category: 'nope' }, 'category');
    await refused({ ...good, address: '' }, 'address');
    await refused({ ...good, description: 'x'.repeat(4001) }, 'description');
    assert.equal(await counts(database.db), before);
  });

  it('audits every read of a reporter’s contact data', async () => {
    const filed = await fileReport(deps, {
      report: { ...good, email: 'c@example.com', phone: '+48 600 000 000' },
      locale: 'pl',
      source: { kind: 'open311', apiKey: await apiKey() },
    });
    const contact = await reporterContact(staff(), filed.id);
    assert.equal(contact.email, 'c@example.com');
    const audit = await database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'report.read_contact')
      .where('subject_id', '=', String(filed.id))
      .execute();
    assert.equal(audit.length, 1);
  });

  it('words and sends a report’s mail through the outbox worker', async () => {
    const sent: OutgoingMail[] = [];
    const sender: MailSender = { mode: 'demo', send: async (mail) => (sent.push(mail), { messageId: `<${sent.length}@test>` }) };
    const seen: ReportMailFacts[] = [];
    const wording = { mail: () => ({ subject: '', text: '', html: '' }), event: () => ({ summary: '', description: '', location: '' }) };
    const result = await sendDueMail(
      {
        db: database.db,
        clock,
        sender,
        wording,
        publicUrl: 'https://urzad.example',
        from: undefined,
        reportWording: {
          reportMail: (facts) => (seen.push(facts), { subject: `Zgłoszenie ${facts.code}`, text: facts.followUrl, html: '' }),
        },
      },
      { limit: 100 },
    );
    assert.ok(result.sent >= 4);
    assert.ok(seen.every((f) => f.followUrl.startsWith('https://urzad.example/zgloszenia/')));
    assert.ok(sent.every((m) => !m.text.includes('Dziura')));
  });

  it('gives response-time figures per category and unit', async () => {
    const { byCategory, byUnit } = await responseTimes(staff());
    assert.ok(byCategory.some((r) => r.name?.pl === 'Drogi i chodniki' && r.answered >= 1));
    assert.ok(byUnit.length >= 1);
  });

  it('anonymises reporters after the retention period (injected clock)', async () => {
    const later = testClock('2028-01-10T09:00:00Z');
    const result = await anonymiseReports({ ...deps, clock: later });
    assert.ok(result.anonymised >= 3);
    const left = await database.db.selectFrom('problem_report').select('id').where('email', 'is not', null).execute();
    assert.deepEqual(left, []);
    const mails = await database.db
      .selectFrom('mail_outbox')
      .select('recipient')
      .where('report_id', 'is not', null)
      .where('recipient', 'is not', null)
      .execute();
    assert.deepEqual(mails, []);
    assert.deepEqual(await anonymiseReports({ ...deps, clock: later }), { anonymised: 0 });
  });

  let key: string | null = null;
  async function apiKey(): Promise<string> {
    key ??= (await issueApiKey(deps, { name: 'test' })).key;
    return key;
  }

  async function insertUnconfirmed(code: string): Promise<number> {
    const category = await database.db.selectFrom('report_category').select('id').where('code', '=', 'roads').executeTakeFirstOrThrow();
    const row = await database.db
      .insertInto('problem_report')
      .values({
        office_id: deps.actor.officeId,
        code,
        category_id: category.id,
        description: 'x',
        address: 'y',
        email: 'd@example.com',
        locale: 'pl',
        source: 'form',
        status: 'unconfirmed',
        created_at: clock.now(),
        updated_at: clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
});
