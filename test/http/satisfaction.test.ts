import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { signFeedbackToken } from '../../src/app/satisfaction/index.ts';
import type { Db } from '../../src/storage/database.ts';
import { insertBooking } from '../support/mail.ts';
import {
  callNextAt,
  clerkAtDesk,
  deskServing,
  deviceFetch,
  finishAt,
  issueAt,
  registerDevice,
  startQueueServer,
} from '../support/queue.ts';
import { loginAs, type StaffClient, type TestServer } from '../support/server.ts';

/** Every row the question writes, to prove that a refused answer wrote nothing. */
async function writtenRows(db: Db): Promise<{ answers: string; audit: string }> {
  const answers = await sql<{ s: string | null }>`SELECT string_agg(t::text, '|' ORDER BY t.id) AS s FROM satisfaction_answer t`.execute(
    db,
  );
  const audit = await sql<{
    n: string;
  }>`SELECT count(*) AS n FROM audit_log WHERE action LIKE 'satisfaction.%' AND action NOT LIKE '%.read%'`.execute(db);
  return { answers: answers.rows[0]?.s ?? '', audit: audit.rows[0]!.n };
}

/** A resident's browser on a public page: its form cookie and the form's token, read from the page. */
async function openForm(url: string): Promise<{ html: string; cookie: string; token: string; status: number }> {
  const response = await fetch(url, { redirect: 'manual' });
  const html = await response.text();
  const cookie = (response.headers.getSetCookie().find((c) => c.startsWith('okienko_ocena=')) ?? '').split(';')[0]!;
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  return { html, cookie, token, status: response.status };
}

function post(url: string, cookie: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
}

describe('satisfaction after a visit, at the tablet by the exit, and its moderation', () => {
  let server: TestServer;
  let desk: StaffClient;
  let issue: (letter: string) => Promise<string>;

  /** A ticket served to the end at desk 1; its public code and id. */
  async function finishedTicket(): Promise<{ code: string; id: number }> {
    await issue('A');
    const called = await callNextAt(desk);
    await finishAt(desk, called.ticketId);
    const row = await server.db.selectFrom('ticket').select('public_code').where('id', '=', called.ticketId).executeTakeFirstOrThrow();
    return { code: row.public_code, id: called.ticketId };
  }

  before(async () => {
    const started = await startQueueServer();
    server = started.server;
    issue = (letter) => issueAt(started.kiosk, server.db, letter);
    desk = await clerkAtDesk(server, await deskServing(server.db, 'A'));
  });
  after(() => server.close());

  it('asks nothing while the ticket waits, and refuses an answer then', async () => {
    await issue('A');
    const waiting = await server.db.selectFrom('ticket').select('public_code').orderBy('id', 'desc').executeTakeFirstOrThrow();
    const page = await openForm(`${server.url}/bilet/${waiting.public_code}`);
    assert.equal(page.status, 200);
    assert.ok(!page.html.includes('name="score"'), 'no question before the visit ends');
    const before = await writtenRows(server.db);
    const response = await post(`${server.url}/bilet/${waiting.public_code}/ocena`, page.cookie, { _csrf: 'x'.repeat(43), score: '5' });
    assert.equal(response.status, 403);
    assert.deepEqual(await writtenRows(server.db), before);
    // Served to the end, the page asks; the queue's other tickets are untouched.
    const called = await callNextAt(desk);
    await finishAt(desk, called.ticketId);
  });

  it('asks one question with five faces labelled in words after the visit, and keeps one answer per ticket', async () => {
    const ticket = await finishedTicket();
    const url = `${server.url}/bilet/${ticket.code}`;
    const page = await openForm(url);
    assert.match(page.html, /<fieldset[^>]*id="score"/);
    assert.match(page.html, /<legend class="fieldset__legend">Jak zostałaś obsłużona lub zostałeś obsłużony\?<\/legend>/);
    for (const words of ['Bardzo dobrze', 'Dobrze', 'Ani dobrze, ani źle', 'Źle', 'Bardzo źle'])
      assert.ok(page.html.includes(`<span class="satisfaction__words">${words}</span>`), words);
    assert.equal((page.html.match(/type="radio" id="score-/g) ?? []).length, 5);
    assert.ok(page.cookie !== '' && page.token !== '');

    // Bad input: a clear message, nothing written.
    const before = await writtenRows(server.db);
    for (const [fields, message] of [
      [{}, 'Wybierz jedną z pięciu odpowiedzi.'],
      [{ score: '7' }, 'Wybierz jedną z podanych możliwości.'],
      [{ score: '4', comment: 'x'.repeat(1001) }, 'Wpisz najwyżej'],
      [{ score: '4', comment: 'a\u202Eb' }, 'niedozwolone'],
    ] as const) {
      const refused = await post(`${url}/ocena`, page.cookie, { _csrf: page.token, ...fields });
      const html = await refused.text();
      assert.equal(refused.status, 422, html.slice(0, 500));
      assert.ok(html.includes(message), `the page should say "${message}"`);
      assert.match(html, /<title>Błąd:/);
    }
    const noToken = await post(`${url}/ocena`, page.cookie, { score: '5' });
    assert.equal(noToken.status, 403);
    assert.deepEqual(await writtenRows(server.db), before, 'refused answers write nothing');

    const answered = await post(`${url}/ocena`, page.cookie, { _csrf: page.token, score: '2', comment: 'Długo czekałem przy stanowisku.' });
    assert.equal(answered.status, 303);
    assert.equal(answered.headers.get('location'), `/bilet/${ticket.code}?oceniono=1#ocena-tytul`);
    const thanks = await (await fetch(`${url}?oceniono=1`)).text();
    assert.ok(thanks.includes('Dziękujemy za ocenę'));
    assert.ok(!thanks.includes('name="score"'));

    const row = await server.db.selectFrom('satisfaction_answer').selectAll().where('ticket_id', '=', ticket.id).executeTakeFirstOrThrow();
    assert.equal(row.score, 2);
    assert.equal(row.comment_state, 'pending');
    assert.ok(row.unit_id !== null && row.service_id !== null && row.desk_id !== null);
    assert.equal(row.device_id, null);
    const audit = await server.db
      .selectFrom('audit_log')
      .select(['details', 'subject_id'])
      .where('action', '=', 'satisfaction.answer')
      .where('subject_id', '=', String(row.id))
      .executeTakeFirstOrThrow();
    assert.ok(!JSON.stringify(audit.details).includes('czekałem'), 'the audit row keeps ids, never the words');

    // A second answer for the same ticket is refused politely, and writes nothing.
    const again = await writtenRows(server.db);
    const second = await post(`${url}/ocena`, page.cookie, { _csrf: page.token, score: '5' });
    const secondHtml = await second.text();
    assert.equal(second.status, 409);
    assert.ok(secondHtml.includes('Ta wizyta została już oceniona.'));
    assert.deepEqual(await writtenRows(server.db), again);
  });

  it('answers the same question through the signed link after a booked visit, once for the booking and its ticket', async () => {
    const ticket = await finishedTicket();
    const booking = await insertBooking(server.db, { startsAt: new Date(Date.now() - 3_600_000).toISOString() });
    await server.db.updateTable('ticket').set({ booking_id: booking.id }).where('id', '=', ticket.id).execute();
    await server.db
      .updateTable('booking')
      .set({ status: 'checked_in', checked_in_at: new Date(), ticket_id: ticket.id })
      .where('id', '=', booking.id)
      .execute();
    const token = await signFeedbackToken(server.db, booking.code, new Date(Date.now() + 86_400_000));
    const url = `${server.url}/ocena/wizyta/${booking.code}?t=${encodeURIComponent(token)}`;

    const before = await writtenRows(server.db);
    const forged = await fetch(`${server.url}/ocena/wizyta/${booking.code}?t=${encodeURIComponent(token.slice(0, -2))}AA`);
    assert.equal(forged.status, 403);
    assert.ok((await forged.text()).includes('Ten link do oceny jest nieprawidłowy.'));
    const page = await openForm(url);
    assert.equal(page.status, 200);
    assert.ok(page.html.includes('name="score"'));
    const forgedPost = await post(`${server.url}/ocena/wizyta/${booking.code}?t=AAAA`, page.cookie, { _csrf: page.token, score: '5' });
    assert.equal(forgedPost.status, 403);
    const bad = await post(url, page.cookie, { _csrf: page.token, score: 'bardzo' });
    assert.equal(bad.status, 422);
    assert.deepEqual(await writtenRows(server.db), before);

    const answered = await post(url, page.cookie, { _csrf: page.token, score: '5' });
    assert.equal(answered.status, 303);
    const row = await server.db
      .selectFrom('satisfaction_answer')
      .selectAll()
      .where('booking_id', '=', booking.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.ticket_id, ticket.id);
    assert.equal(row.comment_state, 'none');
    // The ticket's follow page now thanks instead of asking again.
    const follow = await (await fetch(`${server.url}/bilet/${ticket.code}`)).text();
    assert.ok(follow.includes('Ta wizyta została już oceniona. Dziękujemy!'));
  });

  it('takes an answer from each person at the feedback tablet, and thanks and resets by itself', async () => {
    const tablet = await registerDevice(server.db, 'feedback');
    // This tablet stands by one unit's waiting room: its answers count for that unit.
    const unit = await server.db.selectFrom('unit').select('id').where('code', '=', 'KM').executeTakeFirstOrThrow();
    await server.db
      .updateTable('device')
      .set({ settings: JSON.stringify({ unitId: unit.id }) })
      .where('id', '=', tablet.id)
      .execute();
    const device = deviceFetch(server.url, tablet.token);
    const page = await device('GET', '/ankieta');
    const html = await page.text();
    assert.equal(page.status, 200);
    assert.ok(html.includes('<h1 id="ocena-tytul">Jak oceniasz obsługę?</h1>'));
    assert.ok(!html.includes('name="_csrf"'));
    const form = (fields: Record<string, string>) =>
      fetch(`${server.url}/ankieta`, {
        method: 'POST',
        redirect: 'manual',
        headers: { authorization: `Bearer ${tablet.token}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields),
      });

    const before = await writtenRows(server.db);
    const refused = await form({ comment: 'Bez oceny' });
    assert.equal(refused.status, 422);
    assert.ok((await refused.text()).includes('Wybierz jedną z pięciu odpowiedzi.'));
    assert.deepEqual(await writtenRows(server.db), before);

    for (const score of ['5', '4']) {
      const sent = await form({ score });
      assert.equal(sent.status, 303);
      assert.equal(sent.headers.get('location'), '/ankieta?dziekujemy=1');
    }
    const thanks = await (await device('GET', '/ankieta?dziekujemy=1')).text();
    assert.match(thanks, /<meta http-equiv="refresh" content="5;url=\/jezyk\/pl\?wroc=%2Fankieta"/);
    const rows = await server.db
      .selectFrom('satisfaction_answer')
      .select(['device_id', 'ticket_id', 'score', 'unit_id'])
      .where('device_id', '=', tablet.id)
      .execute();
    assert.ok(rows.every((r) => r.unit_id === unit.id));
    assert.deepEqual(rows.map((r) => [r.ticket_id, r.score]).sort(), [
      [null, 4],
      [null, 5],
    ]);
    // Anyone else (a visitor without the device's token) cannot answer there.
    assert.equal((await fetch(`${server.url}/ankieta`, { redirect: 'manual' })).status, 401);
  });

  it('shows a pending comment only to the unit head of its unit and the administrator, who approve or reject it once', async () => {
    const ticket = await finishedTicket();
    const page = await openForm(`${server.url}/bilet/${ticket.code}`);
    await post(`${server.url}/bilet/${ticket.code}/ocena`, page.cookie, {
      _csrf: page.token,
      score: '1',
      comment: 'Pani w okienku nie wstała.',
    });
    const answer = await server.db
      .selectFrom('satisfaction_answer')
      .select(['id', 'unit_id'])
      .where('ticket_id', '=', ticket.id)
      .executeTakeFirstOrThrow();
    const head = await loginAs(server, 'unit_head');
    const otherHead = await loginAs(server, 'unit_head');
    const admin = await loginAs(server, 'admin');
    await server.db.updateTable('staff').set({ unit_id: answer.unit_id }).where('id', '=', head.staffId).execute();
    const otherUnit = await server.db.selectFrom('unit').select('id').where('id', '<>', answer.unit_id!).executeTakeFirstOrThrow();
    await server.db.updateTable('staff').set({ unit_id: otherUnit.id }).where('id', '=', otherHead.staffId).execute();

    const seen = await (await head.get('/opinie')).text();
    assert.ok(seen.includes('Pani w okienku nie wstała.'));
    assert.ok(
      (await server.db.selectFrom('audit_log').select('id').where('action', '=', 'satisfaction.read_comments').executeTakeFirst()) !==
        undefined,
    );
    const notSeen = await (await otherHead.get('/opinie')).text();
    assert.ok(!notSeen.includes('Pani w okienku nie wstała.'));
    assert.equal((await loginAs(server, 'clerk').then((c) => c.get('/opinie'))).status, 403);

    const before = await writtenRows(server.db);
    const foreign = await otherHead.postForm(`/opinie/${answer.id}/moderacja`, { decision: 'approved' });
    assert.equal(foreign.status, 403);
    const badDecision = await head.postForm(`/opinie/${answer.id}/moderacja`, { decision: 'maybe' });
    assert.equal(badDecision.status, 422);
    assert.ok((await badDecision.text()).includes('Wybierz jedną z podanych możliwości.'));
    assert.deepEqual(await writtenRows(server.db), before);

    assert.equal((await head.postForm(`/opinie/${answer.id}/moderacja`, { decision: 'approved' })).status, 303);
    const late = await admin.postForm(`/opinie/${answer.id}/moderacja`, { decision: 'rejected' });
    assert.equal(late.status, 409);
    assert.ok((await late.text()).includes('Ten komentarz został już rozpatrzony.'));
    const row = await server.db
      .selectFrom('satisfaction_answer')
      .select(['comment_state', 'moderated_by'])
      .where('id', '=', answer.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { comment_state: 'approved', moderated_by: head.staffId });
  });
});
