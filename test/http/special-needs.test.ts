import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openTextChallenge } from '../../src/app/anti-bot/index.ts';
import { systemActor } from '../../src/app/shared/index.ts';
import { escalateGroundFloorRequests } from '../../src/app/special-needs/index.ts';
import { sendDueMail, type MailSender, type OutgoingMail } from '../../src/app/mail/index.ts';
import { interpreterMailWording } from '../../src/ui/mail/interpreter-mail.tsx';
import { challengeAnswer } from '../../src/domain/booking/index.ts';
import { addDays, officeDate } from '../../src/domain/organisation/office-time.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { openSse } from '../support/sse.ts';
import { clerkAtDesk, openAllDay, serviceId, writtenRows } from '../support/queue.ts';
import { loginAs, startSecondProcess, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';
import type { Db } from '../../src/storage/database.ts';

/** Rows of the queue's tables and of this module's, to prove that a refused form wrote nothing. */
async function rowsOf(db: Db) {
  const count = async (table: 'ground_floor_request' | 'interpreter_request' | 'interpreter_session' | 'interpreter_status') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const status = await sql<{
    s: string | null;
  }>`SELECT string_agg(available::text || coalesce(reason, ''), ',') AS s FROM interpreter_status`.execute(db);
  return {
    ...(await writtenRows(db)),
    requests: await count('ground_floor_request'),
    interpreterRequests: await count('interpreter_request'),
    sessions: await count('interpreter_session'),
    status: status.rows[0]?.s ?? '',
  };
}

async function roomId(db: Db, number: string): Promise<number> {
  return (await db.selectFrom('room').select('id').where('number', '=', number).executeTakeFirstOrThrow()).id;
}

describe('ground floor: a unit called down for a person with special needs (seed 7.1)', () => {
  let server: TestServer;
  let ip: StaffClient;
  let head: StaffClient & { staffId: number };
  let clerk1: StaffClient;
  let clerk2: StaffClient;

  before(async () => {
    server = await startTestServer();
    await openAllDay(server.db);
    ip = await loginAs(server, 'information_point');
    head = await loginAs(server, 'unit_head');
    const unit = await server.db.selectFrom('service').select('unit_id').where('ticket_letter', '=', 'A').executeTakeFirstOrThrow();
    await server.db.updateTable('staff').set({ unit_id: unit.unit_id }).where('id', '=', head.staffId).execute();
    // Desks 1 and 2 both serve A (ID cards).
    clerk1 = await clerkAtDesk(server, '1');
    clerk2 = await clerkAtDesk(server, '2');
  });
  after(() => server.close());

  const register = async (letter = 'A') =>
    ip.postForm('/punkt-informacyjny/parter', {
      service: String(await serviceId(server.db, letter)),
      reason: 'wheelchair',
      room: String(await roomId(server.db, 'A.0.1')),
      ticket: '',
    });
  const lastRequest = async () =>
    server.db.selectFrom('ground_floor_request').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();

  it('refuses a registration without a matter, with an unknown room or ticket: 422 in words, nothing written', async () => {
    const before = await rowsOf(server.db);
    const response = await ip.postForm('/punkt-informacyjny/parter', {
      service: '',
      reason: 'sick',
      room: String(await roomId(server.db, '2.05').catch(() => 999_999)),
      ticket: 'ABC',
    });
    assert.equal(response.status, 422);
    const html = await response.text();
    assert.match(html, /<title>Błąd:/);
    assert.match(html, /href="#service"/);
    assert.match(html, /href="#reason"/);
    assert.match(html, /Wpisz numer biletu jak na bilecie/);
    const upstairs = await server.db.selectFrom('room').select('id').where('floor', '>', 0).executeTakeFirstOrThrow();
    const notGround = await ip.postForm('/punkt-informacyjny/parter', {
      service: String(await serviceId(server.db, 'A')),
      reason: 'elderly',
      room: String(upstairs.id),
      ticket: 'Z999',
    });
    assert.equal(notGround.status, 422);
    const text = await notGround.text();
    assert.match(text, /Wybierz pokój na parterze z listy/);
    assert.match(text, /Nie ma dziś biletu o tym numerze/);
    assert.deepEqual(await rowsOf(server.db), before);
  });

  it('alerts every desk serving the matter at once, on every process, and not a desk of another matter', async () => {
    const second = await startSecondProcess(server);
    try {
      const onFirst = await openSse(`${server.url}/api/stanowisko/zdarzenia`, { cookie: clerk1.cookie });
      const onSecond = await openSse(`${second.url}/api/stanowisko/zdarzenia`, { cookie: clerk2.cookie });
      const other = await clerkAtDesk(server, '6');
      const onOther = await openSse(`${server.url}/api/stanowisko/zdarzenia`, { cookie: other.cookie });
      const headStream = await openSse(`${server.url}/api/parter/zdarzenia`, { cookie: head.cookie });
      for (const s of [onFirst, onSecond, onOther, headStream]) await s.waitFor((e) => e.event === 'groundFloor');
      const response = await register();
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), '/punkt-informacyjny/parter?zrobiono=registered');
      const { id } = await lastRequest();
      type Message = { html: string; requests: { id: number; status: string }[] };
      const has = (e: { event: string; data: unknown }) =>
        e.event === 'groundFloor' && (e.data as Message).requests.some((r) => r.id === id);
      const first = (await onFirst.waitFor(has)).data as Message;
      assert.match(first.html, /Schodzę/);
      assert.match(first.html, /osoba na wózku/);
      assert.match(first.html, /Budynek A, parter, pokój A\.0\.1/);
      await onSecond.waitFor(has);
      await headStream.waitFor(has);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.ok(!onOther.events.some(has), 'desk 6 serves other matters');
      for (const s of [onFirst, onSecond, onOther, headStream]) s.close();
      // Without JavaScript the panel shows the same alert.
      assert.match(await (await clerk1.get('/stanowisko')).text(), new RegExp(`action="/parter/${id}/schodze"`));
    } finally {
      await second.close();
    }
  });

  it('lets exactly one of two clerks pressing "Schodzę" at once accept; the Information Point sees who', async () => {
    const { id } = await lastRequest();
    const answers = await Promise.all([clerk1, clerk2].map((c) => c.postForm(`/parter/${id}/schodze`, { wroc: 'clerk' })));
    assert.deepEqual(answers.map((a) => a.status).sort(), [303, 409]);
    const refused = answers.find((a) => a.status === 409)!;
    assert.match(await refused.text(), /Ktoś inny już schodzi do tej osoby/);
    const winner = answers.findIndex((a) => a.status === 303);
    assert.equal(answers[winner]!.headers.get('location'), '/stanowisko?zrobiono=accept');
    const row = await lastRequest();
    assert.equal(row.status, 'accepted');
    const accepts = await server.db.selectFrom('audit_log').select('id').where('action', '=', 'ground_floor.accept').execute();
    assert.equal(accepts.length, 1);
    const page = await (await ip.get('/punkt-informacyjny/parter')).text();
    assert.match(page, new RegExp(`schodzi: Test clerk, stanowisko ${winner + 1}`));
    // The winner marks it served; the loser cannot.
    const loser = [clerk1, clerk2][1 - winner]!;
    const notYours = await loser.postForm(`/parter/${id}/obsluzono`, {});
    assert.equal(notYours.status, 409);
    assert.match(await notYours.text(), /tylko ta osoba zapisuje obsłużenie/);
    const served = await [clerk1, clerk2][winner]!.postForm(`/parter/${id}/obsluzono`, {});
    assert.equal(served.status, 303);
    assert.equal((await lastRequest()).status, 'served');
    assert.match(await (await ip.get('/punkt-informacyjny/parter')).text(), /<td>1<\/td>/);
  });

  it('refuses steps the roles do not have and unknown requests', async () => {
    const { id } = await lastRequest();
    assert.equal((await clerk1.postForm(`/parter/${id}/anuluj`, {})).status, 403);
    assert.equal((await ip.postForm(`/parter/${id}/schodze`, {})).status, 403);
    assert.equal((await clerk1.postForm('/parter/99999999/schodze', {})).status, 404);
    assert.equal((await clerk1.postForm('/parter/abc/schodze', {})).status, 404);
  });

  it('escalates a request nobody accepted within the minutes set, once, to the unit head (injected clock)', async () => {
    assert.equal((await register()).status, 303);
    const { id, registered_at: at } = await lastRequest();
    const office = await currentOffice(server.db);
    const deps = (minutes: number) => ({
      db: server.db,
      clock: { now: () => new Date(at.getTime() + minutes * 60_000) },
      actor: systemActor(office.id),
    });
    assert.deepEqual(await escalateGroundFloorRequests(deps(4.5)), { count: 0 });
    const headStream = await openSse(`${server.url}/api/parter/zdarzenia`, { cookie: head.cookie });
    assert.deepEqual(await escalateGroundFloorRequests(deps(5)), { count: 1 });
    assert.deepEqual(await escalateGroundFloorRequests(deps(9)), { count: 0 });
    const escalated = await headStream.waitFor(
      (e) =>
        e.event === 'groundFloor' &&
        (e.data as { requests: { id: number; escalated: boolean }[] }).requests.some((r) => r.id === id && r.escalated),
    );
    assert.match((escalated.data as { html: string }).html, /Nikt nie przyjął wezwania na czas/);
    headStream.close();
    // A shorter setting escalates sooner.
    await server.db
      .insertInto('information_point_policy')
      .values({ office_id: office.id, ground_floor_escalate_minutes: 2 })
      .onConflict((oc) => oc.column('office_id').doUpdateSet({ ground_floor_escalate_minutes: 2 }))
      .execute();
    assert.equal((await register()).status, 303);
    const next = await lastRequest();
    assert.deepEqual(
      await escalateGroundFloorRequests({ ...deps(0), clock: { now: () => new Date(next.registered_at.getTime() + 2 * 60_000) } }),
      { count: 1 },
    );
    const head_page = await (await head.get('/kierownik/parter')).text();
    assert.match(head_page, /Nikt nie przyjął wezwania na czas/);
    // The Information Point cancels.
    assert.equal((await ip.postForm(`/parter/${next.id}/anuluj`, { wroc: 'information_point' })).status, 303);
    assert.equal((await lastRequest()).status, 'cancelled');
  });
});

describe('sign-language interpreter (seed 7.2)', () => {
  let server: TestServer;
  let ip: StaffClient;

  before(async () => {
    server = await startTestServer();
    ip = await loginAs(server, 'information_point');
  });
  after(() => server.close());

  it('shows where the video interpreter is, from the demo data, available, and no film when none is set', async () => {
    const html = await (await fetch(`${server.url}/tlumacz-migowy`)).text();
    assert.match(html, /w Punkcie Informacyjnym: Budynek A, ul\. Szkolna 28, 97-300 Piotrków Trybunalski/);
    assert.match(html, /Pokój A\.0\.1 \(Punkt Informacyjny\), parter/);
    assert.match(html, /Wideotłumacz jest dostępny/);
    assert.doesNotMatch(html, /Obejrzyj film/);
    const home = await (await fetch(`${server.url}/`)).text();
    assert.match(home, /href="\/tlumacz-migowy"/);
    const statement = await (await fetch(`${server.url}/deklaracja-dostepnosci`)).text();
    assert.match(statement, /href="\/tlumacz-migowy"/);
  });

  it('switches availability live: the public stream says the reason and the return; bad input writes nothing', async () => {
    const before = await rowsOf(server.db);
    const bad = await ip.postForm('/punkt-informacyjny/tlumacz/dostepnosc', { available: 'no', reason: '', backTime: '25:00' });
    assert.equal(bad.status, 422);
    const html = await bad.text();
    assert.match(html, /href="#reason"/);
    assert.match(html, /href="#backTime"/);
    assert.deepEqual(await rowsOf(server.db), before);
    const stream = await openSse(`${server.url}/tlumacz-migowy/zdarzenia`);
    await stream.waitFor((e) => e.event === 'availability');
    const ok = await ip.postForm('/punkt-informacyjny/tlumacz/dostepnosc', { available: 'no', reason: 'break', backTime: '23:59' });
    assert.equal(ok.status, 303);
    const changed = await stream.waitFor((e) => e.event === 'availability' && (e.data as { kind: string }).kind === 'unavailable');
    assert.match((changed.data as { html: string }).html, /przerwa/);
    stream.close();
  });

  it('logs a session without personal data, one at a time, and makes the interpreter available again', async () => {
    const service = String(await serviceId(server.db, 'A'));
    assert.equal((await ip.postForm('/punkt-informacyjny/tlumacz/sesje', { service })).status, 303);
    assert.equal((await ip.postForm('/punkt-informacyjny/tlumacz/sesje', {})).status, 409);
    const session = await server.db.selectFrom('interpreter_session').selectAll().executeTakeFirstOrThrow();
    const before = await rowsOf(server.db);
    assert.equal((await ip.postForm(`/punkt-informacyjny/tlumacz/sesje/${session.id}/koniec`, { outcome: 'great' })).status, 422);
    assert.deepEqual(await rowsOf(server.db), before);
    assert.equal((await ip.postForm(`/punkt-informacyjny/tlumacz/sesje/${session.id}/koniec`, { outcome: 'settled' })).status, 303);
    const ended = await server.db.selectFrom('interpreter_session').selectAll().executeTakeFirstOrThrow();
    assert.equal(ended.outcome, 'settled');
    assert.ok(ended.ended_at);
    assert.ok(ended.unit_id);
    const status = await server.db.selectFrom('interpreter_status').selectAll().executeTakeFirstOrThrow();
    assert.equal(status.available, true);
  });

  it('takes a request ahead: too soon, without contact or anti-bot answer → 422 and nothing; valid → stored, listed with an audited read', async () => {
    const visitor = { cookie: '' };
    const form = await fetch(`${server.url}/tlumacz-migowy/zamow`);
    visitor.cookie = form.headers
      .getSetCookie()
      .find((c) => c.startsWith('okienko_tlumacz='))!
      .split(';')[0]!;
    const page = await form.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    const questionId = /name="antiBotId" value="([^"]+)"/.exec(page)![1]!.replace(/&amp;/g, '&');
    const earliest = /name="date" type="date" value="(\d{4}-\d{2}-\d{2})"/.exec(page)![1]!;
    assert.ok(earliest > officeDate(new Date()));
    const post = (fields: Record<string, string>) =>
      fetch(`${server.url}/tlumacz-migowy/zamow`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: visitor.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: token, antiBotId: questionId, ...fields }),
      });
    const before = await rowsOf(server.db);
    const bad = await post({
      method: 'pjm',
      date: officeDate(new Date()),
      time: '10:00',
      name: 'Jan Nowak',
      email: '',
      phone: '',
      antiBotAnswer: '',
    });
    assert.equal(bad.status, 422);
    const html = await bad.text();
    assert.match(html, /Potrzebujemy 3 dni roboczych/);
    assert.match(html, /Podaj e-mail lub numer telefonu/);
    assert.deepEqual(await rowsOf(server.db), before);
    const answer = String(challengeAnswer((await openTextChallenge(server.db, questionId))!));
    // Find an open day on or after the earliest one, at 10:00.
    let day = earliest;
    for (let i = 0; i < 10; i += 1) {
      const response = await post({
        method: 'sjm',
        date: day,
        time: '10:00',
        name: 'Jan Nowak',
        email: 'jan@example.pl',
        phone: '',
        antiBotAnswer: answer,
      });
      if (response.status === 303) {
        assert.equal(response.headers.get('location'), '/tlumacz-migowy/zamow/wyslano');
        break;
      }
      assert.equal(response.status, 422, await response.text());
      day = addDays(day, 1);
    }
    const stored = await server.db.selectFrom('interpreter_request').selectAll().executeTakeFirstOrThrow();
    assert.equal(stored.method, 'sjm');
    assert.equal(stored.email, 'jan@example.pl');
    const audit = await server.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'interpreter_request.create')
      .executeTakeFirstOrThrow();
    assert.doesNotMatch(JSON.stringify(audit.details), /Nowak|example/);
    const list = await (await ip.get('/punkt-informacyjny/tlumacz')).text();
    assert.match(list, /Jan Nowak/);
    const reads = await server.db.selectFrom('audit_log').select('id').where('action', '=', 'interpreter_request.read_list').execute();
    assert.equal(reads.length, 1);
    // Staff propose another form: a reason is required.
    // (The page shown again reads the requests: that read is audited, the answer wrote nothing.)
    const beforeAnswer = { ...(await rowsOf(server.db)), audit: 0 };
    const refused = await ip.postForm(`/punkt-informacyjny/tlumacz/zgloszenia/${stored.id}`, {
      decision: 'propose',
      proposedMethod: 'video',
      reason: '',
    });
    assert.equal(refused.status, 422);
    // The summary leads to the row's own field, which says what is wrong and keeps what was chosen.
    const again = await refused.text();
    assert.match(again, new RegExp(`href="#r${stored.id}-reason"`));
    assert.match(again, new RegExp(`id="r${stored.id}-reason"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="r${stored.id}-reason"`));
    assert.match(again, new RegExp(`id="r${stored.id}-reason-error"`));
    assert.match(again, /<option value="video" selected/);
    assert.match(again, new RegExp(`id="r${stored.id}-propose"[^>]*checked`));
    assert.deepEqual({ ...(await rowsOf(server.db)), audit: 0 }, beforeAnswer);
    const proposed = await ip.postForm(`/punkt-informacyjny/tlumacz/zgloszenia/${stored.id}`, {
      decision: 'propose',
      proposedMethod: 'video',
      reason: 'Tłumacz SJM jest niedostępny tego dnia.',
    });
    assert.equal(proposed.status, 303);
    const answered = await server.db.selectFrom('interpreter_request').selectAll().executeTakeFirstOrThrow();
    assert.equal(answered.status, 'proposed');
    assert.equal(answered.proposed_method, 'video');
    // The person gave an e-mail address: the answer goes to them, in their language, without their name.
    const sent: OutgoingMail[] = [];
    const sender: MailSender = { mode: 'demo', send: async (mail) => (sent.push(mail), { messageId: `<${sent.length}@test>` }) };
    const unused = { mail: () => ({ subject: '', text: '', html: '' }), event: () => ({ summary: '', description: '', location: '' }) };
    const pass = await sendDueMail(
      {
        db: server.db,
        clock: { now: () => new Date() },
        sender,
        wording: unused,
        interpreterWording: interpreterMailWording,
        publicUrl: 'https://urzad.example',
        from: undefined,
      },
      { limit: 10 },
    );
    assert.equal(pass.sent, 1);
    const [mail] = sent;
    assert.equal(mail?.to, 'jan@example.pl');
    assert.match(mail?.subject ?? '', /^Tłumacz języka migowego: propozycja zmiany wizyty/);
    assert.match(
      mail?.text ?? '',
      /Proponujemy: wideotłumacz PJM w Punkcie Informacyjnym\. Powód: Tłumacz SJM jest niedostępny tego dnia\./,
    );
    assert.match(mail?.text ?? '', /https:\/\/urzad\.example\/tlumacz-migowy/);
    assert.doesNotMatch(`${mail?.subject} ${mail?.text} ${mail?.html}`, /Nowak/);
  });
});

describe('the Information Point settings (administrator)', () => {
  let server: TestServer;
  let admin: StaffClient;

  before(async () => {
    server = await startTestServer();
    admin = await loginAs(server, 'admin');
  });
  after(() => server.close());

  const policy = () => server.db.selectFrom('information_point_policy').selectAll().executeTakeFirst();

  it('refuses bad settings in words and writes nothing: minutes out of range, a room of nowhere, an address that is not https', async () => {
    const before = { rows: await rowsOf(server.db), policy: await policy() };
    const response = await admin.postForm('/admin/punkt-informacyjny', {
      escalateMinutes: '0',
      interpreterRoomId: '99999999',
      videoUrl: 'javascript:alert(1)',
    });
    assert.equal(response.status, 422);
    const html = await response.text();
    assert.match(html, /od 1 do 120/);
    assert.match(html, /zaczynający się od https:\/\//);
    assert.match(html, /href="#escalateMinutes"/);
    const roomOnly = await admin.postForm('/admin/punkt-informacyjny', {
      escalateMinutes: '7',
      interpreterRoomId: '99999999',
      videoUrl: '',
    });
    assert.equal(roomOnly.status, 422);
    assert.match(await roomOnly.text(), /href="#interpreterRoomId"/);
    const nul = await admin.postForm('/admin/punkt-informacyjny', {
      escalateMinutes: '7',
      interpreterRoomId: '',
      videoUrl: 'https://a.pl/\u0000',
    });
    assert.equal(nul.status, 422);
    assert.deepEqual({ rows: await rowsOf(server.db), policy: await policy() }, before);
  });

  it('saves the minutes, the room and the film, audits the change, and the public page shows the room and the film', async () => {
    const page = await (await admin.get('/admin/punkt-informacyjny')).text();
    assert.match(page, /name="escalateMinutes" [^>]*value="5"|value="5"[^>]*name="escalateMinutes"/);
    const room = await roomId(server.db, 'A.0.1');
    const response = await admin.postForm('/admin/punkt-informacyjny', {
      escalateMinutes: '12',
      interpreterRoomId: String(room),
      videoUrl: 'https://www.piotrkow.pl/film-pjm',
    });
    assert.equal(response.status, 303);
    assert.deepEqual(
      {
        minutes: (await policy())?.ground_floor_escalate_minutes,
        room: (await policy())?.interpreter_room_id,
        url: (await policy())?.sign_language_video_url,
      },
      { minutes: 12, room, url: 'https://www.piotrkow.pl/film-pjm' },
    );
    const audit = await server.db.selectFrom('audit_log').select('action').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    assert.equal(audit.action, 'information_point.policy_update');
    const html = await (await fetch(`${server.url}/tlumacz-migowy`)).text();
    assert.match(html, /href="https:\/\/www\.piotrkow\.pl\/film-pjm"/);
    assert.match(html, /Pokój A\.0\.1/);
    const cleared = await admin.postForm('/admin/punkt-informacyjny', {
      escalateMinutes: '12',
      interpreterRoomId: String(room),
      videoUrl: '',
    });
    assert.equal(cleared.status, 303);
    assert.equal((await policy())?.sign_language_video_url, null);
    assert.match(await (await admin.get('/admin')).text(), /href="\/admin\/punkt-informacyjny"/);
  });
});
