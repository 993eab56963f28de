import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import {
  anonymiseHomeVisits,
  assignRequest,
  cancelRequest,
  grantAuthorisation,
  requestAuthorisation,
  revokeAuthorisation,
  scheduleVisit,
  sendRequest,
  takeRequest,
  type HomeVisitViewer,
} from '../../src/app/home-visits/index.ts';
import type { UseCaseDeps } from '../../src/app/shared/deps.ts';
import { asDomainError } from '../../src/app/shared/index.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { testClock } from '../support/booking.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { createStaff } from '../support/server.ts';

// Thursday 3 December 2026, 11:00 in Warsaw.
const clock = testClock('2026-12-03T10:00:00Z');

describe('home visits: storage and the rules kept by the database', () => {
  let database: TestDatabase;
  let deps: UseCaseDeps;
  let unitId: number;
  let head: HomeVisitViewer;
  let clerk: HomeVisitViewer;
  let point: HomeVisitViewer;
  const as = (viewer: HomeVisitViewer): UseCaseDeps => ({ ...deps, actor: { ...deps.actor, kind: 'staff', id: viewer.staffId } });

  before(async () => {
    database = await createTestDatabase();
    await loadDemoData(database.db, clock);
    const office = await currentOffice(database.db);
    deps = { db: database.db, clock, actor: { kind: 'system', id: null, label: 'test', role: '', address: '', officeId: office.id } };
    unitId = (await database.db.selectFrom('unit').select('id').where('code', '=', 'SO').executeTakeFirstOrThrow()).id;
    const h = await createStaff(database.db, ['unit_head']);
    const c = await createStaff(database.db, ['clerk']);
    const p = await createStaff(database.db, ['information_point']);
    await database.db.updateTable('staff').set({ unit_id: unitId }).where('id', 'in', [h.id, c.id]).execute();
    head = { staffId: h.id, roles: ['unit_head'] };
    clerk = { staffId: c.id, roles: ['clerk'] };
    point = { staffId: p.id, roles: ['information_point'] };
  });
  after(() => database.drop());

  const request = () => ({
    channel: 'phone',
    applicantName: 'Jan Kowalski',
    visitAddress: 'ul. Słowackiego 5 m. 3',
    phone: '600123456',
    unit: String(unitId),
    matterText: 'Wniosek o dowód osobisty',
    reasonCategory: 'mobility',
    preferredTime: 'any',
    consent: 'on',
    clauseGiven: 'on',
  });
  const askFor = (employee: number, validFrom = '2026-12-03', validUntil = '2026-12-31') => ({
    employee: String(employee),
    scope: 'Przyjmowanie wniosków o dowód osobisty w miejscu zamieszkania',
    legalBasis: 'art. 33 ust. 1 KPA w zw. z zarządzeniem Prezydenta Miasta',
    validFrom,
    validUntil,
  });

  it('never gives two concurrent grants the same number; numbers run on without a gap in the year', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 12; i += 1) ids.push((await requestAuthorisation(as(head), head, askFor(clerk.staffId), null)).id);
    const numbers = await Promise.all(ids.map((id) => grantAuthorisation(as(head), id)));
    const seqs = numbers.map((n) => Number(n.number.split('.')[2])).sort((a, b) => a - b);
    assert.deepEqual(
      seqs,
      // The demo office’s list already holds two numbers this year; the twelve grants take the next twelve.
      Array.from({ length: 12 }, (_, i) => i + 3),
    );
    assert.ok(numbers.every((n) => /^SM\.0052\.\d+\.2026$/.test(n.number)));
    // The unique index is the last word: a number given twice is refused by the database.
    await assert.rejects(
      sql`UPDATE home_visit_authorisation SET number = ${numbers[0]!.number} WHERE id = ${ids[1]!}`.execute(database.db),
      /kept only by revoking|changed only by revoking|duplicate key/,
    );
  });

  it('a granted entry is changed only by revoking it, and never deleted', async () => {
    const { id } = await requestAuthorisation(as(head), head, askFor(clerk.staffId), null);
    await grantAuthorisation(as(head), id);
    await assert.rejects(
      sql`UPDATE home_visit_authorisation SET valid_until = '2027-12-31' WHERE id = ${id}`.execute(database.db),
      /changed only by revoking/,
    );
    await assert.rejects(sql`DELETE FROM home_visit_authorisation WHERE id = ${id}`.execute(database.db), /keeps every authorisation/);
  });

  it('schedules only under an authorisation valid on the date, in the use case and in the database', async () => {
    const other = await createStaff(database.db, ['clerk']);
    await database.db.updateTable('staff').set({ unit_id: unitId }).where('id', '=', other.id).execute();
    const visitor: HomeVisitViewer = { staffId: other.id, roles: ['clerk'] };
    const { id } = await takeRequest(as(point), point.staffId, request());
    await sendRequest(as(point), point, id);
    await assignRequest(as(head), head, id, { caseSign: 'SO.5340.77.2026', clerk: String(other.id) });
    const refused = await scheduleVisit(as(visitor), visitor, id, { visitOn: '2026-12-10', visitTime: '10:00', informedBy: 'phone' }).catch(
      (e: unknown) => asDomainError(e),
    );
    assert.equal(refused?.key, 'homeVisits.errors.cannot.schedule', 'assigned but not authorised: no date yet');
    const { id: auth } = await requestAuthorisation(as(head), head, askFor(other.id, '2026-12-03', '2026-12-15'), id);
    await grantAuthorisation(as(head), auth);
    const row = await database.db.selectFrom('home_visit_request').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'authorised', 'the grant authorises the requests waiting for it');
    const late = await scheduleVisit(as(visitor), visitor, id, { visitOn: '2026-12-16', visitTime: '10:00', informedBy: 'phone' }).catch(
      (e: unknown) => asDomainError(e),
    );
    assert.equal(late?.key, 'homeVisits.errors.noAuthorisationOnDay');
    await scheduleVisit(as(visitor), visitor, id, { visitOn: '2026-12-15', visitTime: '10:00', informedBy: 'phone' });
    // The database's own check: a visit past the authorisation's end is refused even written directly.
    await assert.rejects(
      sql`UPDATE home_visit SET visit_on = '2026-12-16' WHERE request_id = ${id}`.execute(database.db),
      /no authorisation valid/,
    );
    // Revoked: moving the visit is refused.
    await revokeAuthorisation(as(head), auth, { reason: 'Zmiana zakresu obowiązków' });
    const moved = await scheduleVisit(as(visitor), visitor, id, {
      visitOn: '2026-12-14',
      visitTime: '12:00',
      informedBy: 'phone',
      moveReason: 'Prośba mieszkańca',
    }).catch((e: unknown) => asDomainError(e));
    assert.equal(moved?.key, 'homeVisits.errors.noAuthorisation');
  });

  it('erases the personal data of a request ended more than the retention period ago, keeps the register, and audits it', async () => {
    const { id } = await takeRequest(as(point), point.staffId, { ...request(), email: 'jan@example.pl', accessNotes: 'Domofon 12' });
    const endedAt = testClock('2026-12-03T12:00:00Z');
    await cancelRequest({ ...as(point), clock: endedAt }, point, id, { reason: 'Jan Kowalski załatwił sprawę w urzędzie' });
    await database.db
      .insertInto('home_visit_policy')
      .values({ office_id: deps.actor.officeId, retention_days: 30 })
      .onConflict((oc) => oc.column('office_id').doUpdateSet({ retention_days: 30 }))
      .execute();
    const read = () => database.db.selectFrom('home_visit_request').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    // 29 days on: still within the period.
    await anonymiseHomeVisits({ ...deps, clock: testClock('2027-01-01T12:00:00Z') });
    assert.equal((await read()).applicant_name, 'Jan Kowalski');
    // 30 days and a minute on: erased, once.
    const past = testClock('2027-01-02T12:01:00Z');
    const first = await anonymiseHomeVisits({ ...deps, clock: past });
    assert.ok(first.count >= 1);
    const row = await read();
    for (const field of ['applicant_name', 'visit_address', 'phone', 'email', 'matter_text', 'access_notes', 'cancel_reason'] as const) {
      assert.equal(row[field], '', field);
    }
    assert.deepEqual([row.status, row.unit_id, row.channel, row.reason_category], ['cancelled', unitId, 'phone', 'mobility']);
    assert.equal(row.anonymised_at?.toISOString(), past.now().toISOString());
    assert.equal((await anonymiseHomeVisits({ ...deps, clock: testClock('2027-01-03T12:00:00Z') })).count, 0, 'never picked again');
    const audit = await database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'home_visit.anonymise')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.ok((audit.details as { requestIds: number[] }).requestIds.includes(id));
    // An anonymised request is ended for good.
    const again = await cancelRequest(as(point), point, id, { reason: 'x' }).catch((e: unknown) => asDomainError(e));
    assert.ok(again, 'no change to an anonymised request');
  });
  it('erases the copies of a visit’s mails with the request, and skips the ones not sent yet', async () => {
    const other = await createStaff(database.db, ['clerk']);
    await database.db.updateTable('staff').set({ unit_id: unitId }).where('id', '=', other.id).execute();
    const visitor: HomeVisitViewer = { staffId: other.id, roles: ['clerk'] };
    const { id } = await takeRequest(as(point), point.staffId, { ...request(), email: 'ewa@example.pl' });
    await sendRequest(as(point), point, id);
    await assignRequest(as(head), head, id, { caseSign: 'SO.5340.78.2026', clerk: String(other.id) });
    const { id: auth } = await requestAuthorisation(as(head), head, askFor(other.id, '2026-12-03', '2026-12-15'), id);
    await grantAuthorisation(as(head), auth);
    await scheduleVisit(as(visitor), visitor, id, { visitOn: '2026-12-10', visitTime: '10:00', informedBy: 'email' });
    const mails = () =>
      database.db
        .selectFrom('mail_outbox')
        .innerJoin('home_visit', 'home_visit.id', 'mail_outbox.home_visit_id')
        .select(['mail_outbox.status', 'mail_outbox.recipient', 'mail_outbox.subject', 'mail_outbox.body_text'])
        .where('home_visit.request_id', '=', id)
        .orderBy('mail_outbox.id')
        .execute();
    assert.deepEqual(
      (await mails()).map((m) => m.status),
      ['pending'],
      'the date is queued with the scheduling',
    );
    // As the worker records a sent mail; then the cancellation queues the next one.
    await database.db
      .updateTable('mail_outbox')
      .set({ status: 'sent', sent_at: new Date(), recipient: 'ewa@example.pl', subject: 'Wizyta', body_text: 'Przyjdziemy 10 grudnia' })
      .where('home_visit_id', 'is not', null)
      .where('status', '=', 'pending')
      .execute();
    await cancelRequest({ ...as(point), clock: testClock('2026-12-04T12:00:00Z') }, point, id, { reason: 'Rezygnacja' });
    assert.deepEqual(
      (await mails()).map((m) => m.status),
      ['sent', 'pending'],
    );
    await anonymiseHomeVisits({ ...deps, clock: testClock('2027-12-01T12:00:00Z') });
    assert.deepEqual(await mails(), [
      { status: 'sent', recipient: null, subject: null, body_text: null },
      { status: 'skipped', recipient: null, subject: null, body_text: null },
    ]);
  });
});
