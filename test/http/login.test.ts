import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createHash } from 'node:crypto';
import http from 'node:http';
import { createStaff, startTestServer, type TestServer } from '../support/server.ts';
import { logInThroughForm, openLoginForm, submitLogin, type LoginForm } from '../support/login-form.ts';
import { START_PAGE } from '../../src/ui/staff/nav.ts';
import { ROLES } from '../../src/http/types.ts';

async function staffRow(server: TestServer, id: number) {
  return server.db.selectFrom('staff').select(['password_hash']).where('id', '=', id).executeTakeFirstOrThrow();
}

/** The failures the throttle counts for a login from the test's own address. */
async function failuresOf(server: TestServer, login: string): Promise<number> {
  const row = await server.db
    .selectFrom('login_throttle')
    .select('failures')
    .where('login_hash', '=', createHash('sha256').update(login.toLowerCase()).digest())
    .executeTakeFirst();
  return row?.failures ?? 0;
}

/** Submits the login form from a local address of its own (a computer of its own: the rate limit counts per address). */
function submitFrom(
  server: TestServer,
  address: string,
  form: LoginForm,
  fields: Record<string, string>,
): Promise<{ status: number; retryAfter: string | undefined; text: string }> {
  const { port } = new URL(server.url);
  const body = new URLSearchParams({ _csrf: form.token, ...fields }).toString();
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/logowanie',
        localAddress: address,
        headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'], text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function sessionCount(server: TestServer, staffId: number): Promise<number> {
  const row = await server.db
    .selectFrom('staff_session')
    .select(sql<string>`count(*)`.as('n'))
    .where('staff_id', '=', staffId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function auditActions(server: TestServer, staffId: number): Promise<string[]> {
  const rows = await server.db
    .selectFrom('audit_log')
    .select('action')
    .where('subject_type', '=', 'staff')
    .where('subject_id', '=', String(staffId))
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

describe('logging in as each role', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it('lands each role on its own start page with an HttpOnly, SameSite session cookie', async () => {
    for (const role of ROLES) {
      const staff = await createStaff(server.db, [role]);
      const { response } = await logInThroughForm(server, staff.login, staff.password);
      assert.equal(response.status, 303, role);
      assert.equal(response.headers.get('location'), START_PAGE[role]);
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('okienko_sesja=')) ?? '';
      assert.match(cookie, /HttpOnly/i);
      assert.match(cookie, /SameSite=Lax/i);
      assert.match(cookie, /Path=\//);
      assert.deepEqual((await auditActions(server, staff.id)).at(-1), 'auth.login');
    }
  });
});

describe('logging in', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it('goes back to the page asked for, but never to another host', async () => {
    const staff = await createStaff(server.db, ['clerk']);
    const form = await openLoginForm(server, '/logowanie?wroc=%2Fkonto%2Fhaslo');
    assert.equal(form.token.length > 0, true);
    const back = await submitLogin(server, form, { login: staff.login, password: staff.password, wroc: '/konto/haslo' });
    assert.equal(back.headers.get('location'), '/konto/haslo');
    const evil = await submitLogin(server, await openLoginForm(server), {
      login: staff.login,
      password: staff.password,
      wroc: '//evil.example/',
    });
    assert.equal(evil.headers.get('location'), '/stanowisko');
  });

  it('answers 422 with one generic message for a wrong password and changes nothing but the failure counter', async () => {
    const staff = await createStaff(server.db, ['clerk']);
    const before = await staffRow(server, staff.id);
    const form = await openLoginForm(server);
    const response = await submitLogin(server, form, { login: staff.login, password: 'wrong-password-1' });
    assert.equal(response.status, 422);
    const html = await response.text();
    assert.match(html, /Nieprawidłowy login lub hasło/);
    assert.match(html, /<title>Błąd:/);
    assert.match(html, /href="#login"/);
    assert.doesNotMatch(response.headers.get('set-cookie') ?? '', /okienko_sesja=/);
    const afterRow = await staffRow(server, staff.id);
    assert.equal(await failuresOf(server, staff.login), 1);
    assert.equal(afterRow.password_hash, before.password_hash);
    assert.equal(await sessionCount(server, staff.id), 0);
    assert.deepEqual(await auditActions(server, staff.id), ['auth.login_failed']);
  });

  it('gives an unknown login the same answer as a wrong password', async () => {
    const response = await submitLogin(server, await openLoginForm(server), { login: 'nie.ma.takiego', password: 'whatever-123' });
    assert.equal(response.status, 422);
    assert.match(await response.text(), /Nieprawidłowy login lub hasło/);
  });

  it('does not let an inactive member of staff in, even with the right password', async () => {
    const staff = await createStaff(server.db, ['clerk']);
    await server.db.updateTable('staff').set({ active: false }).where('id', '=', staff.id).execute();
    const response = await submitLogin(server, await openLoginForm(server), { login: staff.login, password: staff.password });
    assert.equal(response.status, 422);
    assert.equal(await sessionCount(server, staff.id), 0);
  });
});

describe('login throttle', () => {
  let server: TestServer;
  let form: LoginForm;
  before(async () => {
    server = await startTestServer();
    form = await openLoginForm(server);
  });
  after(async () => {
    await server.close();
  });

  it('makes an address wait after five failures at one login, even with the right password, and says for how long', async () => {
    const staff = await createStaff(server.db, ['clerk']);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const answer = await submitFrom(server, '127.0.0.11', form, { login: staff.login, password: `wrong-${attempt}-password` });
      assert.equal(answer.status, 422);
      assert.match(answer.text, /Nieprawidłowy login lub hasło/);
    }
    const right = await submitFrom(server, '127.0.0.11', form, { login: staff.login, password: staff.password });
    assert.equal(right.status, 429);
    assert.equal(right.retryAfter, '60');
    assert.match(right.text, /Zbyt wiele nieudanych prób logowania na ten login z tego komputera\. Spróbuj ponownie za 1 minutę/);
    assert.equal(await sessionCount(server, staff.id), 0);
    const actions = await auditActions(server, staff.id);
    assert.equal(actions.filter((a) => a === 'auth.login_failed').length, 5);
  });

  it('gives a login that does not exist exactly the same answers', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const answer = await submitFrom(server, '127.0.0.12', form, { login: 'nie.ma.takiego.loginu', password: `zgadywanie-${attempt}` });
      assert.equal(answer.status, 422);
      assert.match(answer.text, /Nieprawidłowy login lub hasło/);
    }
    const sixth = await submitFrom(server, '127.0.0.12', form, { login: 'nie.ma.takiego.loginu', password: 'zgadywanie-6' });
    assert.equal(sixth.status, 429);
    assert.match(sixth.text, /Zbyt wiele nieudanych prób logowania na ten login z tego komputera/);
  });

  it('does not hold up the member of staff at another computer while a stranger guesses', async () => {
    const staff = await createStaff(server.db, ['clerk']);
    for (let attempt = 1; attempt <= 7; attempt += 1)
      await submitFrom(server, '127.0.0.13', form, { login: staff.login, password: `guess-${attempt}` });
    assert.equal((await submitFrom(server, '127.0.0.13', form, { login: staff.login, password: staff.password })).status, 429);
    assert.equal((await submitFrom(server, '127.0.0.14', form, { login: staff.login, password: staff.password })).status, 303);
  });

  it('forgets the failures of a pair after a successful login, and keeps no login in clear', async () => {
    const staff = await createStaff(server.db, ['clerk']);
    await submitFrom(server, '127.0.0.15', form, { login: staff.login, password: 'wrong-password-1' });
    assert.equal(await failuresOf(server, staff.login), 1);
    const stored = await server.db.selectFrom('login_throttle').select(['login_hash', 'address']).execute();
    assert.ok(stored.every((row) => row.login_hash.length === 32 && !row.login_hash.toString('utf8').includes(staff.login)));
    const ok = await submitFrom(server, '127.0.0.15', form, { login: staff.login, password: staff.password });
    assert.equal(ok.status, 303);
    assert.equal(await failuresOf(server, staff.login), 0);
  });
});

describe('login form protection', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it('answers 403 and changes nothing when the form token is missing or wrong', async () => {
    const staff = await createStaff(server.db, ['clerk']);
    const form = await openLoginForm(server);
    const missing = await submitLogin(server, { cookie: '', token: form.token }, { login: staff.login, password: staff.password });
    assert.equal(missing.status, 403);
    const wrong = await submitLogin(server, form, { login: staff.login, password: staff.password, _csrf: 'x'.repeat(43) });
    assert.equal(wrong.status, 403);
    assert.equal(await sessionCount(server, staff.id), 0);
    assert.deepEqual(await auditActions(server, staff.id), []);
  });

  it('sets the form cookie HttpOnly and SameSite=Strict', async () => {
    const response = await fetch(`${server.url}/logowanie`);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('okienko_logowanie=')) ?? '';
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Strict/i);
    const html = await response.text();
    assert.match(html, /autocomplete="username"/);
    assert.match(html, /autocomplete="current-password"/);
  });

  it('answers 429 with a readable page after 10 attempts a minute from one address', async () => {
    const form = await openLoginForm(server);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) {
      // A login of its own each time: the throttle of one login's failures is tested above.
      const response = await submitLogin(server, form, { login: `nie.ma.takiego.${attempt}`, password: 'whatever-123' });
      statuses.push(response.status);
      if (response.status === 429) assert.match(await response.text(), /Zbyt wiele prób/);
      else await response.arrayBuffer();
    }
    assert.equal(statuses.at(-1), 429);
  });
});

describe('logging out', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  async function post(path: string, cookie: string, fields: Record<string, string>): Promise<Response> {
    return fetch(`${server.url}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
    });
  }

  async function csrfOf(cookie: string): Promise<string> {
    const html = await (await fetch(`${server.url}/konto/haslo`, { headers: { cookie } })).text();
    return /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  }

  it('ends the session and sends the person to the login page with a notice', async () => {
    const staff = await createStaff(server.db, ['clerk']);
    const { sessionCookie } = await logInThroughForm(server, staff.login, staff.password);
    const response = await post('/wyloguj', sessionCookie, { _csrf: await csrfOf(sessionCookie) });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/logowanie?wylogowano=1');
    assert.equal(await sessionCount(server, staff.id), 0);
    const again = await fetch(`${server.url}/stanowisko`, { headers: { cookie: sessionCookie }, redirect: 'manual' });
    assert.equal(again.status, 303);
    assert.match(again.headers.get('location') ?? '', /^\/logowanie/);
    const page = await (await fetch(`${server.url}/logowanie?wylogowano=1`)).text();
    assert.match(page, /Wylogowano/);
    assert.equal((await auditActions(server, staff.id)).at(-1), 'auth.logout');
  });

  it('answers 403 and keeps the session when the form token is missing or wrong', async () => {
    const staff = await createStaff(server.db, ['clerk']);
    const { sessionCookie } = await logInThroughForm(server, staff.login, staff.password);
    assert.equal((await post('/wyloguj', sessionCookie, {})).status, 403);
    assert.equal((await post('/wyloguj', sessionCookie, { _csrf: 'wrong' })).status, 403);
    assert.equal(await sessionCount(server, staff.id), 1);
  });

  it('replaces a session the browser already had when logging in again', async () => {
    const staff = await createStaff(server.db, ['clerk']);
    const first = await logInThroughForm(server, staff.login, staff.password);
    const form = await openLoginForm(server);
    const second = await submitLogin(server, form, { login: staff.login, password: staff.password }, first.sessionCookie);
    assert.equal(second.status, 303);
    assert.equal(await sessionCount(server, staff.id), 1);
    const old = await fetch(`${server.url}/stanowisko`, { headers: { cookie: first.sessionCookie }, redirect: 'manual' });
    assert.equal(old.status, 303);
  });
});
