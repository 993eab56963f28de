import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bookVisit } from '../../src/app/booking/index.ts';
import { challengeAnswer, parseSlotId } from '../../src/domain/booking/index.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { bookingRows, testClock } from '../support/booking.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { serviceId } from '../support/queue.ts';
import { openTextChallenge } from '../../src/app/anti-bot/index.ts';

// Monday 23 November 2026, 08:00 in Warsaw: the demo's ID cards (A) are booked at desks 1 and 2 in the mornings.
const clock = testClock('2026-11-23T07:00:00Z');
const TUESDAY = '2026-11-24';
const WEDNESDAY = '2026-11-25';

interface Page {
  status: number;
  html: string;
  headers: Headers;
}

/** A visitor without JavaScript: follows nothing by itself, keeps the booking form cookie like a browser. */
function visitor(server: TestServer, language = 'pl') {
  let formCookie = '';
  const cookies = () => [`jezyk=${language}`, ...(formCookie ? [`okienko_rezerwacja=${formCookie}`] : [])].join('; ');
  const remember = (response: Response) => {
    const set = response.headers.getSetCookie().find((c) => c.startsWith('okienko_rezerwacja='));
    if (set) formCookie = set.split(';')[0]!.split('=')[1]!;
  };
  const read = async (response: Response): Promise<Page> => {
    remember(response);
    return { status: response.status, html: await response.text(), headers: response.headers };
  };
  return {
    get formToken() {
      return formCookie;
    },
    get: async (path: string) => read(await fetch(`${server.url}${path}`, { redirect: 'manual', headers: { cookie: cookies() } })),
    post: async (path: string, fields: Record<string, string>) =>
      read(
        await fetch(`${server.url}${path}`, {
          method: 'POST',
          redirect: 'manual',
          headers: { cookie: cookies(), 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(fields),
        }),
      ),
  };
}

function hiddenFields(html: string, action: string): Record<string, string> {
  const form = html.slice(html.indexOf(`action="${action}"`));
  const body = form.slice(0, form.indexOf('</form>'));
  const fields: Record<string, string> = {};
  for (const match of body.matchAll(/<input type="hidden" name="([^"]+)" value(?:="([^"]*)")?/g))
    fields[match[1]!] = (match[2] ?? '').replace(/&amp;/g, '&');
  return fields;
}

const slotsIn = (html: string) => [...html.matchAll(/name="termin" value="([^"]+)"/g)].map((m) => m[1]!);
const unescape = (text: string) => text.replace(/&amp;/g, '&');

describe('public booking pages', () => {
  let server: TestServer;
  let idCard: number;
  let idCardName: string;

  before(async () => {
    server = await startTestServer({ clock });
    idCard = await serviceId(server.db, 'A');
    idCardName = (await server.db.selectFrom('service').select('name_pl').where('id', '=', idCard).executeTakeFirstOrThrow()).name_pl;
  });
  after(() => server.close());

  /** The answer to the question in words of a check page's form, in digits. */
  async function answerOf(fields: Record<string, string>): Promise<string> {
    const id = fields.antiBotId!;
    return String(challengeAnswer((await openTextChallenge(server.db, id))!));
  }

  /** Goes through the questions up to the check page and returns the final form's fields, the anti-bot question answered. */
  async function upToCheck(person: { name: string; email: string; phone: string }, day = TUESDAY, pick = 0) {
    const client = visitor(server);
    const times = await client.get(`/rezerwacja/godzina?usluga=${idCard}&dzien=${day}`);
    assert.equal(times.status, 200);
    const termin = slotsIn(times.html)[pick]!;
    const check = await client.post('/rezerwacja/sprawdz', { usluga: String(idCard), termin, ...person });
    assert.equal(check.status, 200, check.html);
    const fields = hiddenFields(check.html, '/rezerwacja/zarezerwuj');
    const answered: Record<string, string> = { ...fields, antiBotAnswer: await answerOf(fields) };
    return { client, termin, fields: answered };
  }

  async function book(person: { name: string; email: string; phone: string }, day = TUESDAY, pick = 0) {
    const { client, termin, fields } = await upToCheck(person, day, pick);
    const booked = await client.post('/rezerwacja/zarezerwuj', fields);
    assert.equal(booked.status, 303, booked.html);
    const location = booked.headers.get('location')!;
    const [, code, token] = /^\/rezerwacja\/([A-Z0-9-]+)\?t=([^&]+)&zarezerwowano=1$/.exec(location)!;
    return { client, termin, code: code!, token: decodeURIComponent(token!), location };
  }

  it('lists the bookable services by unit and finds one without Polish letters typed', async () => {
    const client = visitor(server);
    const all = await client.get('/rezerwacja');
    assert.equal(all.status, 200);
    assert.match(all.html, /<h1[^>]*>.*W jakiej sprawie chcesz przyjść\?<\/h1>/s);
    assert.ok(unescape(all.html).includes(idCardName));
    assert.match(all.html, new RegExp(`href="/rezerwacja/dzien\\?usluga=${idCard}"`));
    const found = await client.get(`/rezerwacja?q=${encodeURIComponent('DOWOD')}`);
    assert.match(found.html, /Znaleziono 1 sprawę|Znaleziono \d+ spraw/);
    assert.ok(unescape(found.html).includes(idCardName));
    const none = await client.get('/rezerwacja?q=zzzqqq');
    assert.match(none.html, /Nie znaleźliśmy sprawy „zzzqqq”/);
    assert.doesNotMatch(none.html, /\/rezerwacja\/dzien\?usluga=/);
  });

  it('lists the days with their free times in words, a closed day as text without a link that says why', async () => {
    const office = await server.db.selectFrom('office').select('id').executeTakeFirstOrThrow();
    await server.db
      .insertInto('calendar_exception')
      .values({
        office_id: office.id,
        building_id: null,
        starts_on: '2026-12-09',
        ends_on: '2026-12-09',
        kind: 'closed',
        reason_pl: 'Inwentaryzacja',
      })
      .execute();
    const page = await visitor(server).get(`/rezerwacja/dzien?usluga=${idCard}`);
    assert.equal(page.status, 200);
    assert.match(page.html, new RegExp(`href="/rezerwacja/godzina\\?usluga=${idCard}&amp;dzien=${TUESDAY}"`));
    assert.match(
      page.html,
      /wtorek, 24 listopada<\/span><span class="day-list__count">\d+ wolnych terminów|wtorek, 24 listopada<\/span><span class="day-list__count">\d+ wolne terminy/,
    );
    assert.match(
      page.html,
      /<li class="day-list__day day-list__day--full"><span class="day-list__date">sobota, 28 listopada<\/span><span class="day-list__count">urząd nieczynny — weekend</,
    );
    assert.match(page.html, /środa, 9 grudnia<\/span><span class="day-list__count">urząd nieczynny — Inwentaryzacja</);
    assert.doesNotMatch(page.html, /dzien=2026-11-28/);
    assert.doesNotMatch(page.html, /dzien=2026-12-09/);
    const english = await visitor(server, 'en').get(`/rezerwacja/dzien?usluga=${idCard}`);
    assert.match(english.html, /Tuesday, November 24<\/span><span class="day-list__count">\d+ free times/);
    assert.match(english.html, /Saturday, November 28<\/span><span class="day-list__count">the office is closed — weekend</);
    const ukrainian = await visitor(server, 'uk').get(`/rezerwacja/dzien?usluga=${idCard}`);
    assert.match(ukrainian.html, /субота, 28 листопада<\/span><span class="day-list__count">установа не працює — вихідні</);
    await server.db.deleteFrom('calendar_exception').where('starts_on', '=', '2026-12-09').execute();
  });

  it('answers a tampered or unknown service with 404 and a clear message', async () => {
    const client = visitor(server);
    for (const usluga of ['abc', '999999', '-1', '']) {
      const page = await client.get(`/rezerwacja/dzien?usluga=${usluga}`);
      assert.equal(page.status, 404, usluga);
      assert.match(page.html, /Tej sprawy nie można zarezerwować przez internet/);
    }
    const notBookable = await server.db.selectFrom('service').select('id').where('bookable_online', '=', false).executeTakeFirstOrThrow();
    assert.equal((await client.get(`/rezerwacja/godzina?usluga=${notBookable.id}&dzien=${TUESDAY}`)).status, 404);
  });

  it('asks for the day again when it is missing, not a date, past, beyond the horizon or full', async () => {
    const client = visitor(server);
    const cases: [string, number, RegExp][] = [
      ['', 422, /Wybierz dzień wizyty\./],
      ['jutro', 422, /Wpisz|datę|dat/i],
      ['2026-11-20', 422, /Ten dzień już minął/],
      ['2027-01-15', 422, /Wizytę można zarezerwować najpóźniej na 2026-12-23/],
      ['2026-11-28', 409, /Na ten dzień nie ma już wolnych terminów/],
    ];
    for (const [day, status, message] of cases) {
      const page = await client.get(`/rezerwacja/godzina?usluga=${idCard}&dzien=${day}`);
      assert.equal(page.status, status, day);
      assert.match(page.html, message, day);
      assert.match(page.html, /<title>Błąd: Którego dnia chcesz przyjść\?/, day);
      assert.match(page.html, /class="error-summary"[\s\S]*href="#dni"/, day);
    }
  });

  it('asks for the time again when it is missing, tampered or of another service', async () => {
    const client = visitor(server);
    const missing = await client.get(`/rezerwacja/dane?usluga=${idCard}&dzien=${TUESDAY}`);
    assert.equal(missing.status, 422);
    assert.match(missing.html, /Wybierz godzinę wizyty\./);
    assert.match(missing.html, /href="#termin"/);
    const tampered = await client.get(`/rezerwacja/dane?usluga=${idCard}&dzien=${TUESDAY}&termin=s${idCard}-d1-20261124T0713Z`);
    assert.equal(tampered.status, 409);
    assert.match(tampered.html, /Ten termin nie jest już wolny/);
    const garbage = await client.get(`/rezerwacja/dane?usluga=${idCard}&dzien=${TUESDAY}&termin=%3Cscript%3E`);
    assert.equal(garbage.status, 422);
    assert.match(garbage.html, /Tego terminu nie ma w rezerwacji/);
    assert.doesNotMatch(garbage.html, /<script>/);
    const other = await serviceId(server.db, 'D');
    const times = await client.get(`/rezerwacja/godzina?usluga=${other}&dzien=${TUESDAY}`);
    const foreign = slotsIn(times.html)[0]!;
    assert.equal((await client.get(`/rezerwacja/dane?usluga=${idCard}&dzien=${TUESDAY}&termin=${foreign}`)).status, 422);
  });

  it('asks only for the details the service needs, with autocomplete and the retention period', async () => {
    const client = visitor(server);
    const detailsOf = async (letter: string) => {
      const id = await serviceId(server.db, letter);
      const times = await client.get(`/rezerwacja/godzina?usluga=${id}&dzien=${WEDNESDAY}`);
      return (await client.get(`/rezerwacja/dane?usluga=${id}&dzien=${WEDNESDAY}&termin=${slotsIn(times.html)[0]!}`)).html;
    };
    const idCardForm = await detailsOf('A');
    assert.match(idCardForm, /name="name"[^>]*autocomplete="name"/);
    assert.match(idCardForm, /name="email" type="email"[^>]*autocomplete="email"/);
    assert.match(idCardForm, /name="phone" type="tel"[^>]*autocomplete="tel"/);
    assert.match(idCardForm, /Podaj adres e-mail albo numer telefonu/);
    assert.match(idCardForm, /Usuniemy je 30 dni po dniu wizyty\./);
    const emailOnly = await detailsOf('E');
    assert.match(emailOnly, /name="email"/);
    assert.doesNotMatch(emailOnly, /name="phone"/);
    const noName = await detailsOf('H');
    assert.doesNotMatch(noName, /name="name"/);
  });

  it('keeps the typed details and words each mistake when they are wrong, writing nothing', async () => {
    const client = visitor(server);
    const times = await client.get(`/rezerwacja/godzina?usluga=${idCard}&dzien=${TUESDAY}`);
    const termin = slotsIn(times.html)[0]!;
    const rows = await bookingRows(server.db);
    const wrong = await client.post('/rezerwacja/sprawdz', { usluga: String(idCard), termin, name: '', email: 'jan@', phone: '12' });
    assert.equal(wrong.status, 422);
    assert.match(wrong.html, /<title>Błąd: Twoje dane/);
    assert.match(wrong.html, /Wpisz imię i nazwisko\./);
    assert.match(wrong.html, /Wpisz adres e-mail w poprawnym formacie/);
    assert.match(wrong.html, /Wpisz cały numer telefonu: polski, np\. 600 123 456, albo z innego kraju/);
    assert.match(wrong.html, /name="email"[^>]*value="jan@"/);
    assert.match(wrong.html, /href="#name"/);
    const none = await client.post('/rezerwacja/sprawdz', { usluga: String(idCard), termin, name: 'Jan Kowalski', email: '', phone: '' });
    assert.match(none.html, /Wpisz adres e-mail lub numer telefonu/);
    assert.deepEqual(await bookingRows(server.db), rows);
  });

  it('takes a phone number from abroad, kept and shown with its country code', async () => {
    const { client, fields } = await upToCheck({ name: 'Olena Kowalenko', email: '', phone: '+380 67 123 45 67' });
    assert.equal(fields.phone, '+380 67 123 4567');
    const booked = await client.post('/rezerwacja/zarezerwuj', fields);
    assert.equal(booked.status, 303, booked.html);
    const row = await server.db
      .selectFrom('booking')
      .select('phone')
      .where('person_name', '=', 'Olena Kowalenko')
      .executeTakeFirstOrThrow();
    assert.equal(row.phone, '+380671234567');
  });

  it('shows the answers to check with a way to change each, then books and shows the code, QR code and calendar file', async () => {
    const { client, fields } = await upToCheck({ name: 'Anna Nowak', email: 'anna.nowak@example.pl', phone: '600 100 200' });
    const check = await client.post('/rezerwacja/dane', fields);
    assert.equal(check.status, 200);
    assert.match(check.html, /name="name"[^>]*value="Anna Nowak"/);
    assert.match(check.html, /name="phone"[^>]*value="\+48 600 100 200"/);

    const booked = await client.post('/rezerwacja/zarezerwuj', fields);
    assert.equal(booked.status, 303);
    const location = booked.headers.get('location')!;
    assert.match(location, /^\/rezerwacja\/[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\?t=.+&zarezerwowano=1$/);
    const page = await client.get(location);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('cache-control'), 'no-store');
    assert.match(page.html, /Wizyta zarezerwowana/);
    const code = /^\/rezerwacja\/([A-Z0-9-]+)\?/.exec(location)![1]!;
    assert.match(page.html, new RegExp(`class="visit-code" data-booking-code="true">${code}<`));
    assert.match(page.html, /<svg[^>]*viewBox/);
    assert.doesNotMatch(page.html, /style=/);
    assert.match(page.html, /wtorek, 24 listopada 2026, godz\. \d\d:\d\d/);
    assert.match(page.html, /Anna Nowak/);
    assert.match(page.html, /Potwierdzenie wyślemy na adres anna.nowak@example.pl/);
    assert.match(page.html, /Co zabrać ze sobą/);
    const ics = await client.get(unescape(/href="([^"]+kalendarz\.ics[^"]+)"/.exec(page.html)![1]!));
    assert.equal(ics.status, 200);
    assert.equal(ics.headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.match(ics.headers.get('content-disposition')!, /^attachment; filename=".+\.ics"$/);
    assert.match(ics.html, /BEGIN:VCALENDAR/);
    const row = await server.db
      .selectFrom('booking')
      .select(['status', 'source', 'email', 'person_name'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'booked', source: 'online', email: 'anna.nowak@example.pl', person_name: 'Anna Nowak' });
  });

  it('refuses the final form without its form token and writes nothing', async () => {
    const { fields } = await upToCheck({ name: 'Ewa Lis', email: 'ewa.lis@example.pl', phone: '' });
    const rows = await bookingRows(server.db);
    const stranger = visitor(server);
    const refused = await stranger.post('/rezerwacja/zarezerwuj', fields);
    assert.equal(refused.status, 403);
    assert.match(refused.html, /Formularz wygasł/);
    assert.deepEqual(await bookingRows(server.db), rows);
  });

  it('answers a time taken at the last step with 409, the nearest free times and the details kept, writing nothing', async () => {
    const { client, termin, fields } = await upToCheck({ name: 'Piotr Zając', email: 'piotr.zajac@example.pl', phone: '' }, WEDNESDAY, 2);
    // Someone else books the same desk time first (every desk of that time, so none is left).
    const office = await currentOffice(server.db);
    const deps = {
      db: server.db,
      clock,
      actor: { kind: 'public' as const, id: null, label: '', role: '', address: '192.0.2.7', officeId: office.id },
    };
    const startsAt = parseSlotId(termin)!.startsAt;
    for (let i = 0; ; i += 1) {
      try {
        await bookVisit(deps, {
          serviceId: idCard,
          startsAt,
          name: `Inna Osoba ${i}`,
          email: `inna${i}@example.pl`,
          phone: '',
          locale: 'pl',
          source: 'online',
        });
      } catch {
        break;
      }
    }
    const rows = await bookingRows(server.db);
    const taken = await client.post('/rezerwacja/zarezerwuj', fields);
    assert.equal(taken.status, 409);
    assert.match(taken.html, /Ten termin został właśnie zajęty\. Wybierz inny\./);
    assert.match(taken.html, /<title>Błąd: Wybierz inny termin/);
    const nearest = slotsIn(taken.html);
    assert.ok(nearest.length > 0 && !nearest.includes(termin));
    assert.match(taken.html, /środa, 25 listopada 2026, godz\. \d\d:\d\d/);
    assert.deepEqual(hiddenFields(taken.html, '/rezerwacja/sprawdz'), {
      usluga: String(idCard),
      name: 'Piotr Zając',
      email: 'piotr.zajac@example.pl',
      phone: '',
    });
    assert.deepEqual(await bookingRows(server.db), rows);
    const again = await client.post('/rezerwacja/sprawdz', { ...hiddenFields(taken.html, '/rezerwacja/sprawdz'), termin: nearest[0]! });
    assert.equal(again.status, 200);
    assert.match(again.html, /Sprawdź dane przed rezerwacją/);
  });

  it('refuses a second booking of the same service by the same person with a clear page', async () => {
    await book({ name: 'Olga Kos', email: 'olga.kos@example.pl', phone: '' }, TUESDAY);
    const { client, fields } = await upToCheck({ name: 'Olga Kos', email: 'olga.kos@example.pl', phone: '' }, TUESDAY, 1);
    const rows = await bookingRows(server.db);
    const again = await client.post('/rezerwacja/zarezerwuj', fields);
    assert.equal(again.status, 409);
    assert.match(again.html, /Masz już zarezerwowaną wizytę w tej sprawie/);
    assert.deepEqual(await bookingRows(server.db), rows);
  });

  it('answers a tampered, foreign or expired manage link with its own page and shows no data', async () => {
    const { client, code, token } = await book({ name: 'Marek Wilk', email: 'marek.wilk@example.pl', phone: '' }, TUESDAY);
    const tampered = await client.get(`/rezerwacja/${code}?t=${encodeURIComponent(`${token.slice(0, -2)}AA`)}`);
    assert.equal(tampered.status, 404);
    assert.match(tampered.html, /Ten link do rezerwacji jest nieprawidłowy/);
    assert.doesNotMatch(tampered.html, /Marek Wilk/);
    const other = await book({ name: 'Zofia Sowa', email: 'zofia.sowa@example.pl', phone: '' }, TUESDAY);
    const foreign = await client.get(`/rezerwacja/${code}?t=${encodeURIComponent(other.token)}`);
    assert.equal(foreign.status, 404);
    assert.doesNotMatch(foreign.html, /Zofia Sowa|Marek Wilk/);
    assert.equal((await client.get(`/rezerwacja/${code}`)).status, 404);
    assert.equal((await client.get('/rezerwacja/NOT-A-CODE?t=1.2.3')).status, 404);
    clock.set('2026-12-30T07:00:00Z');
    try {
      const expired = await client.get(`/rezerwacja/${code}?t=${encodeURIComponent(token)}`);
      assert.equal(expired.status, 410);
      assert.match(expired.html, /Ten link do rezerwacji wygasł/);
      assert.equal((await client.get(`/rezerwacja/${code}/kalendarz.ics?t=${encodeURIComponent(token)}`)).status, 410);
    } finally {
      clock.set('2026-11-23T07:00:00Z');
    }
  });

  it('cancels through the question page, frees the time and retires the link', async () => {
    const { client, code, token, termin } = await book({ name: 'Jan Kot', email: 'jan.kot@example.pl', phone: '' }, TUESDAY);
    const manage = await client.get(`/rezerwacja/${code}?t=${encodeURIComponent(token)}`);
    const question = await client.get(unescape(/href="([^"]+\/odwolaj\?t=[^"]+)"/.exec(manage.html)![1]!));
    assert.equal(question.status, 200);
    assert.match(question.html, /Czy na pewno chcesz odwołać wizytę\?/);
    const fields = hiddenFields(question.html, `/rezerwacja/${code}/odwolaj`);
    assert.equal((await visitor(server).post(`/rezerwacja/${code}/odwolaj`, fields)).status, 403);
    const done = await client.post(`/rezerwacja/${code}/odwolaj`, fields);
    assert.equal(done.status, 303);
    assert.equal(done.headers.get('location'), '/rezerwacja/odwolana');
    assert.match((await client.get('/rezerwacja/odwolana')).html, /Wizyta odwołana/);
    assert.equal(
      (await server.db.selectFrom('booking').select('status').where('code', '=', code).executeTakeFirstOrThrow()).status,
      'cancelled',
    );
    const old = await client.get(`/rezerwacja/${code}?t=${encodeURIComponent(token)}`);
    assert.equal(old.status, 410);
    assert.match(old.html, /<h1>Wizyta odwołana<\/h1>/);
    assert.match(old.html, /Ta wizyta została odwołana, więc ten link już nie działa/);
    const oldInUkrainian = await visitor(server, 'uk').get(`/rezerwacja/${code}?t=${encodeURIComponent(token)}`);
    assert.match(oldInUkrainian.html, /Цей візит скасовано/);
    assert.doesNotMatch(oldInUkrainian.html, /змінено/);
    const times = await client.get(`/rezerwacja/godzina?usluga=${idCard}&dzien=${TUESDAY}`);
    assert.ok(
      slotsIn(times.html).some((slot) => parseSlotId(slot)!.startsAt.getTime() === parseSlotId(termin)!.startsAt.getTime()),
      'the time is free again',
    );
  });

  it('moves a visit through the day and time pages, and a time taken meanwhile changes nothing', async () => {
    const { client, code, token } = await book({ name: 'Ala Mak', email: 'ala.mak@example.pl', phone: '' }, TUESDAY);
    const manage = await client.get(`/rezerwacja/${code}?t=${encodeURIComponent(token)}`);
    const days = await client.get(unescape(/href="([^"]+\/zmien\?t=[^"]+)"/.exec(manage.html)![1]!));
    assert.equal(days.status, 200);
    assert.match(days.html, /Na który dzień przenieść wizytę\?/);
    assert.match(days.html, /Obecny termin: wtorek, 24 listopada 2026/);
    const dayLink = unescape(new RegExp(`href="([^"]+zmien/godzina[^"]+dzien=${WEDNESDAY})"`).exec(days.html)![1]!);
    const times = await client.get(dayLink);
    assert.equal(times.status, 200);
    const fields = hiddenFields(times.html, `/rezerwacja/${code}/zmien`);
    const [first, second] = slotsIn(times.html) as [string, string];

    // Someone takes the first time at every desk before the move is posted.
    const office = await currentOffice(server.db);
    const deps = {
      db: server.db,
      clock,
      actor: { kind: 'public' as const, id: null, label: '', role: '', address: '192.0.2.8', officeId: office.id },
    };
    for (let i = 0; ; i += 1) {
      try {
        await bookVisit(deps, {
          serviceId: idCard,
          startsAt: parseSlotId(first)!.startsAt,
          name: `Ktoś ${i}`,
          email: `ktos${i}@example.pl`,
          phone: '',
          locale: 'pl',
          source: 'online',
        });
      } catch {
        break;
      }
    }
    const withoutAudit = async () => {
      const { bookings, mail, state } = await bookingRows(server.db);
      return { bookings, mail, state };
    };
    const rows = await withoutAudit();
    const taken = await client.post(`/rezerwacja/${code}/zmien`, { ...fields, termin: first });
    assert.equal(taken.status, 409);
    assert.match(taken.html, /Ten termin został właśnie zajęty/);
    assert.ok(slotsIn(taken.html).length > 0);
    // The page reads the booking through its link to offer times (an audited read); the booking, its mail and its moves are untouched.
    assert.deepEqual(await withoutAudit(), rows);
    assert.equal((await server.db.selectFrom('audit_log').select('id').where('action', '=', 'booking.move').execute()).length, 0);

    const moved = await client.post(`/rezerwacja/${code}/zmien`, { ...fields, termin: second });
    assert.equal(moved.status, 303);
    const location = moved.headers.get('location')!;
    assert.match(location, new RegExp(`^/rezerwacja/${code}\\?t=.+&przeniesiono=1$`));
    const page = await client.get(location);
    assert.match(page.html, /Termin wizyty został zmieniony/);
    assert.match(page.html, /środa, 25 listopada 2026/);
    const row = await server.db.selectFrom('booking').select(['starts_at', 'version']).where('code', '=', code).executeTakeFirstOrThrow();
    assert.equal(row.starts_at.getTime(), parseSlotId(second)!.startsAt.getTime());
    const old = await client.get(`/rezerwacja/${code}?t=${encodeURIComponent(token)}`);
    assert.equal(old.status, 410);
    assert.match(old.html, /Termin tej wizyty został przeniesiony, więc ten link już nie działa/);
  });

  it('refuses a missing, wrong or reused anti-bot answer with the check page again, writing nothing', async () => {
    const { client, fields } = await upToCheck({ name: 'Adam Bór', email: 'adam.bor@example.pl', phone: '' }, WEDNESDAY);
    const rows = await bookingRows(server.db);
    const missing = await client.post('/rezerwacja/zarezerwuj', { ...fields, antiBotAnswer: '' });
    assert.equal(missing.status, 422);
    assert.match(missing.html, /<title>Błąd: Sprawdź dane przed rezerwacją/);
    assert.match(missing.html, /href="#antiBot"/);
    const wrong = await client.post('/rezerwacja/zarezerwuj', { ...fields, antiBotAnswer: String(Number(fields.antiBotAnswer) + 1) });
    assert.equal(wrong.status, 422);
    assert.match(wrong.html, /Odpowiedź jest nieprawidłowa/);
    assert.match(wrong.html, /Adam Bór/);
    // The same question is asked again while it can still be answered.
    assert.equal(hiddenFields(wrong.html, '/rezerwacja/zarezerwuj').antiBotId, fields.antiBotId);
    assert.deepEqual(await bookingRows(server.db), rows);

    assert.equal((await client.post('/rezerwacja/zarezerwuj', fields)).status, 303);
    const other = await upToCheck({ name: 'Adam Bór', email: 'adam.bor2@example.pl', phone: '' }, WEDNESDAY);
    const before = await bookingRows(server.db);
    const reused = await other.client.post('/rezerwacja/zarezerwuj', {
      ...other.fields,
      antiBotId: fields.antiBotId!,
      antiBotAnswer: fields.antiBotAnswer!,
    });
    assert.equal(reused.status, 422);
    assert.match(reused.html, /już wykorzystane|już użyt/);
    assert.deepEqual(await bookingRows(server.db), before);
  });

  it('links the booking from the public home page', async () => {
    const home = await visitor(server).get('/');
    assert.match(home.html, /href="\/rezerwacja"[^>]*>Zarezerwuj wizytę</);
    assert.match(home.html, new RegExp(`href="/rezerwacja/dzien\\?usluga=${idCard}"`));
  });

  // Last: it spends this address's budget of booking posts.
  it('limits booking posts per address and answers 429 in Polish', async () => {
    const client = visitor(server);
    let response: Page | undefined;
    for (let i = 0; i < 25 && response?.status !== 429; i += 1)
      response = await client.post('/rezerwacja/zarezerwuj', { usluga: String(idCard) });
    assert.equal(response?.status, 429);
    assert.match(response.html, /Zbyt wiele prób\. Spróbuj ponownie za chwilę\./);
  });

  it('writes nothing when the check page asks its question, and limits check pages per address', async () => {
    const client = visitor(server);
    const day = await client.get(`/rezerwacja/godzina?usluga=${idCard}&dzien=${WEDNESDAY}`);
    const termin = slotsIn(day.html)[0]!;
    const count = async () =>
      Number(
        (
          await server.db
            .selectFrom('anti_bot_challenge')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const person = { usluga: String(idCard), termin, name: 'Jan Kowalski', email: 'jan.k@example.pl', phone: '' };
    let response: Page | undefined;
    for (let i = 0; i < 40 && response?.status !== 429; i += 1) response = await client.post('/rezerwacja/sprawdz', person);
    assert.equal(response?.status, 429);
    assert.match(response.html, /Zbyt wiele prób/);
    assert.equal(await count(), before, 'a question asked is not a row');
  });
});
