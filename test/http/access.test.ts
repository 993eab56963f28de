// Walks every registered route as every role, as an anonymous visitor and as a device, and compares the
// answers with the table below. A route missing from the table fails the test: whoever adds a route
// says here who may use it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { readConfig } from '../../src/config.ts';
import { systemClock } from '../../src/app/shared/deps.ts';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { registerDevice } from '../../src/app/devices/register-device.ts';
import { systemActor } from '../../src/app/shared/deps.ts';
import { buildServer } from '../../src/http/server.ts';
import { ROLES, type Role } from '../../src/http/types.ts';
import { createSession, newToken } from '../../src/storage/session-repository.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { QueueEventHub } from '../../src/storage/queue-events.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { createStaff } from '../support/server.ts';

/** Who may use a route: everyone, any logged-in member of staff, staff with one of the roles, or a device. */
type Access = 'public' | 'staff' | 'device' | readonly Role[];

/** Keyed by path prefix; the longest matching prefix decides. */
const ACCESS: Record<string, Access> = {
  '/static': 'public',
  '/healthz': 'public',
  '/favicon.ico': 'public',
  '/readyz': 'public',
  '/jezyk': 'public',
  '/api/openapi.json': 'public',
  '/logowanie': 'public',
  '/': 'public',
  '/deklaracja-dostepnosci': 'public',
  '/wyloguj': 'staff',
  '/konto': 'staff',
  '/stanowisko': ['clerk'],
  '/punkt-informacyjny': ['information_point'],
  '/kierownik': ['unit_head'],
  '/sekretarz': ['city_secretary'],
  '/rejestr-upowaznien': ['register_keeper'],
  '/centrum-kontaktu': ['contact_centre'],
  '/admin': ['admin'],
  // Outgoing mail shows residents' addresses: the administrator only.
  '/personel/poczta': ['admin'],
  '/api/urzadzenie': 'device',
  // The queue: kiosks issue tickets, boards and kiosks follow the queue, clerks run their desk, anyone follows a ticket by its code.
  '/api/kiosk': 'device',
  '/api/kolejka': 'device',
  // A call as a board says it (a WAV file): boards and kiosks only.
  '/api/kolejka/wywolania': 'device',
  '/api/stanowisko': ['clerk'],
  // The desk panel's live waiting counts (Server-Sent Events).
  '/api/stanowisko/zdarzenia': ['clerk'],
  '/api/punkt-informacyjny': ['information_point'],
  '/api/bilet': 'public',
  // Open data: the live queue feeds, public and cacheable.
  '/dane/kolejka.json': 'public',
  '/api/dane/kolejka': 'public',
  // Prometheus: by address (the machine itself by default, which is where the walk runs) or by token.
  '/metrics': 'public',
  // The queue's pages: the device login form is open, kiosk and board screens need a device.
  '/urzadzenie': 'public',
  '/bilet': 'public',
  '/kiosk': 'device',
  '/tablica': 'device',
  // Online booking: open to everyone; a booking's own pages need its manage link's token.
  '/rezerwacja': 'public',
  // Booking: the anti-bot challenge public forms fetch.
  '/rezerwacja/wyzwanie': 'public',
  // Booking, staff side: settings for the administrator; phone booking for the Information Point; the day's
  // bookings for those who receive booked visitors (names and contacts) and the administrator (without them).
  '/admin/rezerwacje': ['admin'],
  '/admin/punkt-informacyjny': ['admin'],
  '/punkt-informacyjny/rezerwacja': ['information_point'],
  '/rezerwacje/dzien': ['information_point', 'unit_head', 'clerk', 'admin'],
  // Announcements: written by the administrator and the Contact Centre; device health for the administrator.
  '/komunikaty': ['admin', 'contact_centre'],
  '/admin/stan-urzadzen': ['admin'],
  // Complaints and requests: the register (personal data) for the Contact Centre and the administrator; the
  // residents' form for everyone.
  '/skargi': ['contact_centre', 'admin'],
  '/skargi-i-wnioski': 'public',
  // Difficult situations: recorded by clerks, the Information Point and unit heads; read (within their scope)
  // by them and the administrator; figures for unit heads and the administrator.
  '/trudne-sytuacje': ['clerk', 'information_point', 'unit_head', 'admin'],
  '/trudne-sytuacje/nowa': ['clerk', 'information_point', 'unit_head'],
  '/trudne-sytuacje/zestawienie': ['unit_head', 'admin'],
  // Special needs (seed 7.1, 7.2): the Information Point calls a unit to the ground floor; a clerk or the unit head
  // comes down and records it served; the unit head sees the unit's calls; the live list of the Information Point and
  // the unit head. The sign-language page, its live availability and the request ahead are public.
  '/punkt-informacyjny/parter': ['information_point'],
  '/parter/:id/schodze': ['clerk', 'unit_head'],
  '/parter/:id/obsluzono': ['clerk', 'unit_head', 'information_point'],
  '/parter/:id/anuluj': ['information_point'],
  '/kierownik/parter': ['unit_head'],
  '/api/parter/zdarzenia': ['information_point', 'unit_head'],
  '/punkt-informacyjny/tlumacz': ['information_point'],
  '/tlumacz-migowy': 'public',
  // The Information Point's directory (issue 14): residents search matters; every member of staff looks up the phone
  // directory and notes transfers; unit heads and the administrator keep the notes and the absences.
  '/gdzie-zalatwie': 'public',
  '/spis-telefonow': 'staff',
  '/informacje-dla-punktu': ['unit_head', 'admin'],
  '/nieobecnosci': ['unit_head', 'admin'],
  // Quality (issue 18): the satisfaction question after a visit (its code or the mail's signed link is the key), the
  // feedback tablet (a kiosk may show it too), opinions for unit heads and the administrator; the standards' audits.
  '/bilet/:code/ocena': 'public',
  '/ocena/wizyta': 'public',
  '/ankieta': 'device',
  '/opinie': ['unit_head', 'admin'],
  '/audyty': ['auditor', 'unit_head', 'admin'],
  '/audyty/nowy': ['auditor'],
  '/audyty/lista-kontrolna': ['admin'],
  // Problem reports (issue 16): the public form and pages; Open311 checks its own api_key.
  '/zglos-problem': 'public',
  '/zgloszenia': 'public',
  '/open311/v2': 'public',
  '/admin/open311': ['admin'],
  // Service figures (issue 18, part 2): unit heads (their own unit) and the administrator (all), page and exports.
  '/statystyki': ['unit_head', 'admin'],
  // Home visits (issue 17): the Information Point takes and sends requests, the unit head assigns and asks for an
  // authorisation, the clerk (or the unit head) asks too, and the clerk schedules and records the visit; all three
  // see requests within their scope. The City Secretary decides on /sekretarz, the register keeper keeps
  // /rejestr-upowaznien (both covered above).
  '/wizyty-domowe': ['information_point', 'unit_head', 'clerk'],
  '/wizyty-domowe/nowy': ['information_point'],
  '/wizyty-domowe/:id/wyslij': ['information_point'],
  '/wizyty-domowe/:id/przydziel': ['unit_head'],
  '/wizyty-domowe/:id/upowaznienie': ['unit_head', 'clerk'],
  '/wizyty-domowe/:id/termin': ['clerk'],
  '/wizyty-domowe/:id/wykonana': ['clerk'],
};

function accessOf(path: string): Access | undefined {
  // '/' is the home page only: it must not become a catch-all that lets an undeclared route pass as public.
  const prefixes = Object.keys(ACCESS).filter(
    (prefix) => path === prefix || (prefix !== '/' && path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)),
  );
  const longest = prefixes.sort((a, b) => b.length - a.length)[0];
  return longest === undefined ? undefined : ACCESS[longest];
}

/** A concrete address for a route pattern; ids point at nothing, so no walk request changes real data. */
function concrete(url: string): string {
  return url.replace(/\*$/, 'css/okienko.css').replace(/:[A-Za-z]+/g, '999999');
}

type Subject = { kind: 'anonymous' } | { kind: 'device'; token: string } | { kind: 'staff'; role: Role; staffId: number };

function subjectName(subject: Subject): string {
  return subject.kind === 'staff' ? subject.role : subject.kind;
}

function mayUse(access: Access, subject: Subject): boolean {
  if (access === 'public') return true;
  if (access === 'device') return subject.kind === 'device';
  if (subject.kind !== 'staff') return false;
  return access === 'staff' || access.includes(subject.role);
}

describe('who may use which route', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let queueEvents: QueueEventHub;
  let base: string;
  const routes: { method: string; url: string }[] = [];
  const subjects: Subject[] = [{ kind: 'anonymous' }];

  before(async () => {
    database = await createTestDatabase();
    await loadDemoData(database.db, systemClock);
    queueEvents = new QueueEventHub(database.connectionString, database.db);
    await queueEvents.start();
    app = await buildServer(
      { db: database.db, config: readConfig({ PORT: '0' }), clock: systemClock, queueEvents },
      {
        logLevel: 'silent',
        onRoute: (route) => {
          for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url });
        },
      },
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const office = await currentOffice(database.db);
    const device = await registerDevice(
      { db: database.db, clock: systemClock, actor: systemActor(office.id) },
      { kind: 'kiosk', name: 'Kiosk do testu dostępu' },
    );
    subjects.push({ kind: 'device', token: device.token });
    for (const role of ROLES) subjects.push({ kind: 'staff', role, staffId: (await createStaff(database.db, [role])).id });
  });
  after(async () => {
    await app.close();
    await queueEvents.close();
    await database.drop();
  });

  it('has every route in the access table', () => {
    const missing = routes.filter((route) => accessOf(route.url) === undefined).map((route) => `${route.method} ${route.url}`);
    assert.deepEqual(missing, [], 'add these routes to ACCESS in test/http/access.test.ts');
    assert.ok(routes.length > 10);
  });

  it('lets each subject reach exactly its own routes', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const access = accessOf(route.url);
      if (access === undefined) continue;
      for (const subject of subjects) {
        // A fresh session each time: the walk also posts to /wyloguj.
        const form =
          subject.kind === 'staff' ? await createSession(database.db, subject.staffId, new Date()) : { token: '', csrfToken: newToken() };
        const cookies = [
          `okienko_logowanie=${form.csrfToken}`,
          `okienko_rezerwacja=${form.csrfToken}`,
          `okienko_skargi=${form.csrfToken}`,
          `okienko_tlumacz=${form.csrfToken}`,
          `okienko_zgloszenie=${form.csrfToken}`,
          `okienko_ocena=${form.csrfToken}`,
        ];
        if (subject.kind === 'staff') cookies.push(`okienko_sesja=${form.token}`);
        const headers: Record<string, string> = { cookie: cookies.join('; ') };
        if (subject.kind === 'device') headers.authorization = `Bearer ${subject.token}`;
        const init: RequestInit = { method: route.method, redirect: 'manual', headers };
        if (route.method !== 'GET') {
          headers['content-type'] = 'application/x-www-form-urlencoded';
          init.body = new URLSearchParams({ _csrf: form.csrfToken });
        }
        const response = await fetch(`${base}${concrete(route.url)}`, init);
        // An event stream never ends by itself: its headers are the answer.
        if ((response.headers.get('content-type') ?? '').startsWith('text/event-stream')) await response.body?.cancel();
        else await response.arrayBuffer();
        const status = response.status;
        const location = response.headers.get('location') ?? '';
        const toLogin = status === 303 && (location === '/logowanie' || location.startsWith('/logowanie?wroc='));
        const label = `${route.method} ${route.url} as ${subjectName(subject)} → ${status}`;
        if (mayUse(access, subject)) {
          if (status === 401 || status === 403 || toLogin || status >= 500) wrong.push(`${label}, expected to get in`);
        } else if (access === 'device' || (route.url.startsWith('/api/') && subject.kind !== 'staff')) {
          if (status !== 401) wrong.push(`${label}, expected 401`);
        } else if (subject.kind === 'staff') {
          if (status !== 403) wrong.push(`${label}, expected 403`);
        } else if (route.method === 'GET' ? !toLogin : !(toLogin || status === 401)) {
          wrong.push(`${label}, expected the way to /logowanie`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });
});
