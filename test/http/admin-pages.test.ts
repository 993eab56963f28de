import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';
import { addBuilding, addUnit, auditRows, expectRefused, postOk } from '../support/admin.ts';

const PAGES = [
  '/admin',
  '/admin/urzad',
  '/admin/budynki',
  '/admin/budynki/nowy',
  '/admin/komorki',
  '/admin/komorki/nowa',
  '/admin/sprawy',
  '/admin/sprawy/nowa',
  '/admin/stanowiska',
  '/admin/stanowiska/nowe',
  '/admin/godziny',
  '/admin/pracownicy',
  '/admin/pracownicy/nowy',
];

const OFFICE = {
  name: 'Urząd Miasta Piotrkowa Trybunalskiego',
  short_name: 'UM Piotrków',
  street: 'Pasaż Karola Rudowskiego 10',
  postal_code: '97-300',
  city: 'Piotrków Trybunalski',
  phone: '44 732 77 01',
  email: 'urzad@example.pl',
  website: 'https://www.example.pl',
  a11y_status: 'partial',
  a11y_published_on: '2020-09-23',
  a11y_updated_on: '',
  a11y_prepared_on: '2026-03-31',
  a11y_reviewed_on: '',
  a11y_contact_name: 'Anna Nowak',
  a11y_contact_email: 'dostepnosc@example.pl',
  a11y_contact_phone: '',
  a11y_exceptions: 'Skany uchwał sprzed 2018 r.',
};

describe('administrator: pages, access and office settings', () => {
  let server: TestServer;
  let admin: StaffClient;
  let clerk: StaffClient;
  before(async () => {
    server = await startTestServer({ emptyOffice: true });
    admin = await loginAs(server, 'admin');
    clerk = await loginAs(server, 'clerk');
  });
  after(async () => {
    await server.close();
  });

  it('shows every administrator page to an admin in each language, with no message key left unworded', async () => {
    await addBuilding(admin, 'Ratusz');
    await addUnit(admin, server.db, 'WSO');
    for (const language of ['pl', 'en', 'uk']) {
      for (const path of PAGES) {
        const response = await admin.get(path, { headers: { cookie: `${admin.cookie}; jezyk=${language}` } });
        const html = await response.text();
        assert.equal(response.status, 200, `${path} in ${language}`);
        assert.doesNotMatch(html, /admin\.[a-z]+\.[a-zA-Z_]/, `${path} in ${language} shows a raw message key`);
        assert.equal((html.match(/<h1/g) ?? []).length, 1, `${path} has one h1`);
      }
    }
  });

  it('answers 403 to a clerk on every administrator page and form', async () => {
    for (const path of PAGES) assert.equal((await clerk.get(path)).status, 403, path);
    await expectRefused(server.db, () => clerk.postForm('/admin/budynki/nowy', { name: 'X' }), 403, 'Nie masz uprawnień');
    await expectRefused(server.db, () => clerk.postForm('/admin/urzad', OFFICE), 403, 'Nie masz uprawnień');
    await expectRefused(
      server.db,
      () => clerk.postForm('/admin/pracownicy/nowy', { login: 'x.y', role: 'admin' }),
      403,
      'Nie masz uprawnień',
    );
  });

  it('sends someone not logged in to the login page', async () => {
    const response = await fetch(`${server.url}/admin/budynki`, { redirect: 'manual' });
    assert.equal(response.status, 303);
    assert.match(response.headers.get('location') ?? '', /^\/logowanie\?wroc=/);
  });

  it("counts the office's buildings, units and staff on the start page with Polish plurals", async () => {
    const html = await (await admin.get('/admin')).text();
    assert.match(html, /1 budynek/);
    assert.match(html, /1 komórka/);
    assert.match(html, /Brak spraw/);
    assert.match(html, /href="\/admin\/urzadzenia"/);
    assert.match(html, /href="\/admin\/dziennik"/);
  });

  it('saves the office settings and the accessibility statement, with an audit row', async () => {
    const location = await postOk(admin, '/admin/urzad', OFFICE);
    assert.equal(location, '/admin/urzad?zapisano=1');
    const html = await (await admin.get(location)).text();
    assert.match(html, /Zmiany zostały zapisane/);
    assert.match(html, /value="2020-09-23"/);
    const office = await server.db.selectFrom('office').selectAll().executeTakeFirstOrThrow();
    assert.equal(office.short_name, 'UM Piotrków');
    assert.equal(office.a11y_contact_email, 'dostepnosc@example.pl');
    assert.equal(office.a11y_published_on, '2020-09-23');
    const audit = (await auditRows(server.db, 'office.update')).at(-1);
    assert.ok(audit);
    assert.ok((audit.details as { fields: string[] }).fields.includes('a11y_exceptions'));
  });

  it('answers 422 when the office postal code has the wrong shape', async () => {
    await expectRefused(
      server.db,
      () => admin.postForm('/admin/urzad', { ...OFFICE, postal_code: '97 300' }),
      422,
      'Wpisz kod pocztowy w formacie NN-NNN',
    );
  });

  it('answers 422 when the office name is empty or a date is not real', async () => {
    const html = await expectRefused(
      server.db,
      () => admin.postForm('/admin/urzad', { ...OFFICE, name: '', a11y_reviewed_on: '2026-02-30' }),
      422,
      'To pole jest wymagane.',
    );
    assert.match(html, /href="#a11y_reviewed_on"/);
  });
});
