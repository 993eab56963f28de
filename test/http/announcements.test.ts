// Announcements: staff publish, change and withdraw them (bad input refused with nothing written, every change
// audited); they show on the public and booking pages at render and on boards over the event stream, the most
// severe first; a scheduled one shows at its time. Devices report their own failure: a kiosk's printer out of
// paper and a silent board raise an outage banner with the way around it, the kiosk stops offering the printout,
// and the banner goes by itself after the hold, without a flood when the device flaps.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestServer, loginAs, type StaffClient, type TestServer } from '../support/server.ts';
import { testClock } from '../support/booking.ts';
import { openAllDay, registerDevice, serviceId, usePrinter } from '../support/queue.ts';
import { auditRows, postOk } from '../support/admin.ts';
import { openSse, type SseClient } from '../support/sse.ts';
import { PRINTER_STATUSES, startTestPrinter, type TestPrinter } from '../support/test-printer.ts';
import { checkDeviceOutages } from '../../src/app/announcements/index.ts';
import { systemActor } from '../../src/app/shared/deps.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';

const FORM = {
  severity: 'warning',
  text_pl: 'Urząd nieczynny w Wigilię.',
  text_en: 'Closed on Christmas Eve.',
  text_uk: '',
  places: ['public', 'board'],
};

describe('announcements', () => {
  const clock = testClock('2026-12-03T09:00:00Z');
  let server: TestServer;
  let admin: StaffClient;
  let printer: TestPrinter;
  let kiosk: { id: number; token: string };
  let board: { id: number; token: string };
  let officeId: number;
  const page = async (path: string, cookie = '') =>
    (await fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' })).text();
  const beat = (device: { token: string }, body: unknown = { health: 'ok' }) =>
    fetch(`${server.url}/api/urzadzenie/heartbeat`, {
      method: 'POST',
      headers: { cookie: `okienko_urzadzenie=${device.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const at = (iso: string) => clock.set(iso);
  const runJob = () => checkDeviceOutages({ db: server.db, clock, actor: systemActor(officeId) });
  const counts = async () => {
    const n = async (table: 'announcement' | 'audit_log' | 'device_policy') =>
      Number(
        (
          await server.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return { announcements: await n('announcement'), audit: await n('audit_log'), policies: await n('device_policy') };
  };
  const openBanners = () =>
    server.db
      .selectFrom('announcement')
      .select(['id', 'device_id', 'device_problem'])
      .where('device_id', 'is not', null)
      .where('shown_until', 'is', null)
      .where('withdrawn_at', 'is', null)
      .execute();

  before(async () => {
    server = await startTestServer({ clock });
    await openAllDay(server.db);
    officeId = (await currentOffice(server.db)).id;
    admin = await loginAs(server, 'admin');
    printer = await startTestPrinter();
    kiosk = await registerDevice(server.db, 'kiosk', 'Biletomat A');
    board = await registerDevice(server.db, 'board', 'Tablica sala A');
    const buildingA = await server.db.selectFrom('building').select('id').where('name', '=', 'Budynek A').executeTakeFirstOrThrow();
    await server.db.updateTable('device').set({ building_id: buildingA.id }).where('id', 'in', [kiosk.id, board.id]).execute();
    await usePrinter(server.db, kiosk.id, printer);
  });
  after(async () => {
    await printer.close();
    await server.close();
  });

  it('shows the demo’s announcement on the public and booking pages, in a status region, and not on staff pages', async () => {
    const home = await page('/');
    assert.match(home, /<div role="status" aria-live="polite"><ul class="announcements__list"/);
    assert.match(home, /Zmiany organizacyjne w Urzędzie Miasta/);
    assert.match(await page('/rezerwacja'), /Zmiany organizacyjne w Urzędzie Miasta/);
    assert.doesNotMatch(await (await admin.get('/admin')).text(), /Zmiany organizacyjne w Urzędzie Miasta/);
    // The demo's planned closure is scheduled, not shown yet.
    assert.doesNotMatch(home, /budynek A \(ul. Szkolna 28\) będzie nieczynny/);
    at('2026-12-04T08:00:00Z');
    assert.match(await page('/'), /budynek A \(ul. Szkolna 28\) będzie nieczynny/);
    at('2026-12-03T09:00:00Z');
  });

  it('refuses bad announcements with a worded message and writes nothing', async () => {
    const cases: [Record<string, string | string[]>, string][] = [
      [{ ...FORM, text_pl: '' }, 'To pole jest wymagane'],
      [{ ...FORM, places: [] }, 'Wybierz co najmniej jedno miejsce'],
      [{ ...FORM, places: ['public', 'mars'] }, 'Wybierz jedną z podanych możliwości'],
      [{ ...FORM, severity: 'panic' }, 'Wybierz jedną z podanych możliwości'],
      [{ ...FORM, text_pl: 'a\u0007b' }, 'niedozwolone znaki'],
      [{ ...FORM, text_pl: 'x'.repeat(501) }, '500'],
      [{ ...FORM, from_date: '2026-12-10', until_date: '2026-12-09' }, 'Koniec musi być później niż początek'],
      [{ ...FORM, until_date: '2026-12-01' }, 'Koniec już minął'],
      [{ ...FORM, from_date: '2026-02-30' }, 'prawdziwą datę'],
      [{ ...FORM, from_time: '10:00' }, 'Podaj też datę albo usuń godzinę'],
    ];
    for (const [form, message] of cases) {
      const before = await counts();
      const response = await admin.postForm('/komunikaty', form);
      const body = await response.text();
      assert.equal(response.status, 422, `${JSON.stringify(form).slice(0, 80)}: ${body.slice(0, 300)}`);
      assert.ok(body.includes(message), `"${message}" expected for ${JSON.stringify(form).slice(0, 120)}`);
      assert.match(body, /<title>Błąd:/);
      assert.deepEqual(await counts(), before);
    }
  });

  it('publishes, shows the most severe first, changes and withdraws, each audited; the Contact Centre may too', async () => {
    const contact = await loginAs(server, 'contact_centre');
    const plain = { ...FORM, text_en: '' };
    await postOk(contact, '/komunikaty', { ...plain, severity: 'info', text_pl: 'Kasa przyjmuje płatności kartą.', places: ['public'] });
    await postOk(admin, '/komunikaty', {
      ...plain,
      severity: 'outage',
      text_pl: 'Nie działa system rejestracji pojazdów.',
      places: ['public'],
    });
    const home = await page('/');
    const outage = home.indexOf('Nie działa system rejestracji pojazdów');
    const info = home.indexOf('Kasa przyjmuje płatności kartą');
    assert.ok(outage > 0 && info > outage, 'outage before info');
    assert.match(home, /<strong class="announcement__severity">Awaria:<\/strong>/);
    // In English, the English text; without one, the Polish text marked as Polish.
    const english = await page('/', 'jezyk=en');
    assert.match(english, /<span class="announcement__text" lang="pl">Kasa przyjmuje/);
    const list = await (await admin.get('/komunikaty')).text();
    assert.match(list, /Kasa przyjmuje płatności kartą/);
    const id = Number(/href="\/komunikaty\/(\d+)"/.exec(list)![1]);
    await postOk(admin, `/komunikaty/${id}`, {
      ...plain,
      severity: 'outage',
      text_pl: 'Nie działa system rejestracji pojazdów do 12:00.',
      places: ['public'],
    });
    assert.match(await page('/'), /do 12:00\./);
    // A bad change is refused the same way and changes nothing.
    const row = () => server.db.selectFrom('announcement').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const before = { ...(await counts()), row: await row() };
    const refused = await admin.postForm(`/komunikaty/${id}`, { ...plain, places: [], text_pl: '   ' });
    const refusal = await refused.text();
    assert.equal(refused.status, 422);
    assert.match(refusal, /Wybierz co najmniej jedno miejsce/);
    assert.match(refusal, /To pole jest wymagane/);
    assert.deepEqual({ ...(await counts()), row: await row() }, before);

    await postOk(admin, `/komunikaty/${id}/wycofaj`, {});
    assert.doesNotMatch(await page('/'), /Nie działa system rejestracji pojazdów/);
    const withdrawAgain = await admin.postForm(`/komunikaty/${id}/wycofaj`, {});
    assert.equal(withdrawAgain.status, 409);
    assert.equal((await auditRows(server.db, 'announcement.publish')).length, 2);
    assert.deepEqual(
      (await auditRows(server.db, 'announcement.edit')).map((r) => Number(r.subject_id)),
      [id],
    );
    assert.deepEqual(
      (await auditRows(server.db, 'announcement.withdraw')).map((r) => Number(r.subject_id)),
      [id],
    );
    const clerk = await loginAs(server, 'clerk');
    assert.equal((await clerk.postForm('/komunikaty', FORM)).status, 403);
  });

  it('raises a banner when the kiosk’s printer runs out of paper, stops printing there, and clears it after the hold', async () => {
    const sse: SseClient = await openSse(`${server.url}/api/kolejka/zdarzenia`, { cookie: `okienko_urzadzenie=${board.token}` });
    try {
      await sse.waitFor((e) => e.event === 'announcements');
      at('2026-12-03T10:00:00Z');
      assert.equal((await beat(kiosk)).status, 204);
      assert.deepEqual(await openBanners(), []);
      printer.setStatus(PRINTER_STATUSES.paperEnd);
      at('2026-12-03T10:01:00Z');
      await beat(kiosk);
      const [banner] = await openBanners();
      assert.equal(banner?.device_problem, 'paper_end');
      // The board hears it at once, with the way around it from the office's data.
      const event = await sse.waitFor((e) => e.event === 'announcements' && JSON.stringify(e.data).includes('nie drukuje biletów'));
      const text = JSON.stringify(event.data);
      assert.match(text, /Biletomat \(Budynek A\) nie drukuje biletów/);
      assert.match(text, /Bilet weźmiesz w: Punkt Informacyjny, pok. A.0.1 \(Budynek A\), albo zarezerwuj wizytę online/);
      assert.match(await page('/'), /Biletomat \(Budynek A\) nie drukuje biletów/);
      assert.match(await page('/', 'jezyk=uk'), /Термінал талонів \(Budynek A\) не друкує талони/);
      assert.match(await page('/', 'jezyk=en'), /The ticket machine \(Budynek A\) is not printing tickets/);
      // The information point and the administrator see the alert on their pages.
      const ip = await loginAs(server, 'information_point');
      assert.match(
        await (await ip.get('/punkt-informacyjny')).text(),
        /Urządzenia wymagają uwagi[\s\S]*Biletomat A \(biletomat\): drukarka bez papieru/,
      );
      // The kiosk itself: no banner of its own failure, a plain note, and no print tried (no job reaches the printer).
      const start = await page('/kiosk', `okienko_urzadzenie=${kiosk.token}`);
      assert.doesNotMatch(start, /Biletomat \(Budynek A\) nie drukuje/);
      assert.match(start, /Ten biletomat nie drukuje teraz biletów/);
      const jobs = printer.jobs.length;
      const issued = await fetch(`${server.url}/kiosk/bilety`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: `okienko_urzadzenie=${kiosk.token}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ serviceId: String(await serviceId(server.db, 'A')) }),
      });
      assert.match(issued.headers.get('location') ?? '', /\?druk=blad$/);
      assert.equal(printer.jobs.length, jobs, 'nothing sent to a printer that failed');

      // Paper back: the heartbeat (once its reading is old) sees it; the banner stays for the hold, then goes.
      printer.setStatus(PRINTER_STATUSES.normal);
      at('2026-12-03T10:02:00Z');
      await beat(kiosk);
      assert.equal(
        (await server.db.selectFrom('device').select('problem').where('id', '=', kiosk.id).executeTakeFirstOrThrow()).problem,
        null,
      );
      assert.equal((await openBanners()).length, 1, 'held');
      // Flapping within the hold: the same banner, not a new one.
      printer.setStatus(PRINTER_STATUSES.coverOpen);
      at('2026-12-03T10:03:00Z');
      await beat(kiosk);
      printer.setStatus(PRINTER_STATUSES.normal);
      at('2026-12-03T10:04:00Z');
      await beat(kiosk);
      const banners = await server.db.selectFrom('announcement').select('id').where('device_id', '=', kiosk.id).execute();
      assert.equal(banners.length, 1, 'one banner for a flapping printer');
      at('2026-12-03T10:05:30Z');
      await beat(kiosk);
      await runJob();
      assert.equal((await openBanners()).length, 1, 'still held: well only since 10:04');
      at('2026-12-03T10:06:00Z');
      await beat(kiosk);
      await runJob();
      assert.equal((await openBanners()).length, 0);
      await sse.waitFor((e) => e.event === 'announcements' && !JSON.stringify(e.data).includes('nie drukuje'));
      assert.doesNotMatch(await page('/'), /nie drukuje biletów/);
      assert.equal((await auditRows(server.db, 'announcement.device_raise')).length, 2, 'raised, then re-worded (cover open)');
      assert.equal((await auditRows(server.db, 'announcement.device_end')).length, 1);
    } finally {
      sse.close();
    }
  });

  it('announces a board that stopped beating, with the job under an injected clock, and clears it when it beats again', async () => {
    const boardBanners = async () => (await openBanners()).filter((b) => b.device_id === board.id);
    at('2026-12-03T11:00:00Z');
    await beat(board);
    await beat(kiosk);
    at('2026-12-03T11:00:59Z');
    assert.equal(await runJob(), 0);
    assert.deepEqual(await boardBanners(), [], 'not yet silent');
    at('2026-12-03T11:01:00Z');
    await beat(kiosk);
    assert.equal(await runJob(), 1);
    assert.equal(await runJob(), 0, 'idempotent');
    assert.equal((await boardBanners())[0]?.device_problem, 'silent');
    assert.match(await page('/'), /Tablica z wywołaniami \(Budynek A\) nie działa\. Swoją kolejkę śledź w telefonie/);
    at('2026-12-03T11:05:00Z');
    await beat(board);
    await beat(kiosk);
    at('2026-12-03T11:07:00Z');
    await beat(board);
    await beat(kiosk);
    await runJob();
    assert.deepEqual(await boardBanners(), []);
    const health = await (await admin.get('/admin/stan-urzadzen')).text();
    assert.match(health, /Tablica sala A/);
    assert.match(health, /brak sygnału/);
  });

  it('shows a feedback tablet that stopped beating as silent to the administrator, without a banner for residents', async () => {
    const tablet = await registerDevice(server.db, 'feedback', 'Tablet przy wyjściu');
    const everyoneBeats = async () => {
      for (const device of [board, kiosk, tablet]) assert.equal((await beat(device)).status, 204);
    };
    at('2026-12-03T12:00:00Z');
    await everyoneBeats();
    const before = await counts();
    at('2026-12-03T12:01:00Z');
    await beat(board);
    await beat(kiosk);
    assert.equal(await runJob(), 1, 'the tablet is noticed');
    assert.equal(await runJob(), 0, 'idempotent');
    const row = await server.db
      .selectFrom('device')
      .select(['problem', 'problem_changed_at'])
      .where('id', '=', tablet.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { problem: 'silent', problem_changed_at: new Date('2026-12-03T12:01:00Z') });
    assert.deepEqual(
      (await openBanners()).filter((b) => b.device_id === tablet.id),
      [],
      'no outage banner',
    );
    assert.equal((await counts()).announcements, before.announcements);
    assert.doesNotMatch(await page('/'), /ankiet/i);
    const health = await (await admin.get('/admin/stan-urzadzen')).text();
    const tabletRow = new RegExp(`<tr data-device="${tablet.id}">.*?</tr>`).exec(health)?.[0] ?? '';
    assert.match(tabletRow, /Tablet przy wyjściu/);
    assert.match(tabletRow, /data-state="silent"/);
    assert.match(tabletRow, /brak sygnału od/);
    // The staff alert lists it, but not as an outage of residents' service.
    assert.match(health, /class="device-alert__item">[^<]*Tablet przy wyjściu/);

    // It beats again: well at once, with its history kept.
    at('2026-12-03T12:03:00Z');
    await everyoneBeats();
    const well = await server.db.selectFrom('device').select('problem').where('id', '=', tablet.id).executeTakeFirstOrThrow();
    assert.equal(well.problem, null);
    const history = await server.db
      .selectFrom('device_health_change')
      .select('problem')
      .where('device_id', '=', tablet.id)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      history.map((h) => h.problem),
      ['silent', null],
    );
  });

  it('saves the failure rules, and refuses bad ones with nothing written', async () => {
    for (const [form, message] of [
      [{ silent_after: '5', recovery_hold: '120', help_room: '' }, 'od 30 do 3600'],
      [{ silent_after: 'abc', recovery_hold: '120', help_room: '' }, 'liczbę całkowitą'],
      [{ silent_after: '60', recovery_hold: '-1', help_room: '' }, 'od 0 do 3600'],
      [{ silent_after: '60', recovery_hold: '120', help_room: '999999' }, 'Wybierz jedną z podanych możliwości'],
    ] as const) {
      const before = await counts();
      const policy = await sql<{ s: string }>`SELECT row(p.*)::text AS s FROM device_policy p`.execute(server.db);
      const response = await admin.postForm('/admin/stan-urzadzen', form);
      const body = await response.text();
      assert.equal(response.status, 422, body.slice(0, 300));
      assert.ok(body.includes(message), `"${message}" expected`);
      assert.deepEqual(await counts(), before);
      assert.deepEqual((await sql<{ s: string }>`SELECT row(p.*)::text AS s FROM device_policy p`.execute(server.db)).rows, policy.rows);
    }
    await postOk(admin, '/admin/stan-urzadzen', { silent_after: '90', recovery_hold: '30', help_room: '' });
    const saved = await server.db.selectFrom('device_policy').selectAll().executeTakeFirstOrThrow();
    assert.equal(saved.silent_after_seconds, 90);
    assert.equal(saved.help_room_id, null);
    assert.equal((await auditRows(server.db, 'device.policy_update')).length, 1);
  });
});
