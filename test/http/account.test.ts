import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clientFor, createStaff, startTestServer, type TestServer } from '../support/server.ts';
import { logInThroughForm } from '../support/login-form.ts';
import { createSession } from '../../src/storage/session-repository.ts';
import { verifyPassword } from '../../src/app/auth/password.ts';

describe("changing one's password", () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  async function hashOf(id: number): Promise<string> {
    return (await server.db.selectFrom('staff').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow()).password_hash;
  }

  async function sessions(id: number): Promise<number> {
    return (await server.db.selectFrom('staff_session').select('staff_id').where('staff_id', '=', id).execute()).length;
  }

  async function asStaff(login = 'jan.kowalski') {
    const staff = await createStaff(server.db, ['clerk'], 'stare-haslo-123');
    if (login)
      await server.db
        .updateTable('staff')
        .set({ login: `${login}.${staff.id}` })
        .where('id', '=', staff.id)
        .execute();
    const { token, csrfToken } = await createSession(server.db, staff.id, new Date());
    return { staff: { ...staff, login: `${login}.${staff.id}` }, client: clientFor(server, `okienko_sesja=${token}`, csrfToken) };
  }

  it('shows the form with the password autocomplete hints', async () => {
    const { client } = await asStaff();
    const html = await (await client.get('/konto/haslo')).text();
    assert.match(html, /autocomplete="current-password"/);
    assert.equal(html.match(/autocomplete="new-password"/g)?.length, 2);
  });

  const bad: [string, (login: string) => Record<string, string>, string][] = [
    [
      'a wrong current password',
      () => ({ currentPassword: 'zle-haslo-123', newPassword: 'nowe-haslo-456', repeatPassword: 'nowe-haslo-456' }),
      'currentPassword',
    ],
    [
      'a missing current password',
      () => ({ currentPassword: '', newPassword: 'nowe-haslo-456', repeatPassword: 'nowe-haslo-456' }),
      'currentPassword',
    ],
    [
      'a new password under 10 characters',
      () => ({ currentPassword: 'stare-haslo-123', newPassword: 'krotkie', repeatPassword: 'krotkie' }),
      'newPassword',
    ],
    [
      'a new password over 200 characters',
      () => ({ currentPassword: 'stare-haslo-123', newPassword: 'x'.repeat(201), repeatPassword: 'x'.repeat(201) }),
      'newPassword',
    ],
    [
      'a new password equal to the login',
      (login) => ({ currentPassword: 'stare-haslo-123', newPassword: login, repeatPassword: login }),
      'newPassword',
    ],
    [
      'a new password equal to the current one',
      () => ({ currentPassword: 'stare-haslo-123', newPassword: 'stare-haslo-123', repeatPassword: 'stare-haslo-123' }),
      'newPassword',
    ],
    [
      'a repetition that differs',
      () => ({ currentPassword: 'stare-haslo-123', newPassword: 'nowe-haslo-456', repeatPassword: 'nowe-haslo-457' }),
      'repeatPassword',
    ],
  ];
  for (const [name, fields, field] of bad) {
    it(`answers 422 and keeps the hash for ${name}`, async () => {
      const { staff, client } = await asStaff();
      const before = await hashOf(staff.id);
      const response = await client.postForm('/konto/haslo', fields(staff.login));
      assert.equal(response.status, 422);
      const html = await response.text();
      assert.match(html, new RegExp(`href="#${field}"`));
      assert.match(html, /<title>Błąd:/);
      assert.equal(await hashOf(staff.id), before);
    });
  }

  it("changes the password, ends the person's other sessions and keeps this one", async () => {
    const { staff, client } = await asStaff();
    const other = await createSession(server.db, staff.id, new Date());
    const response = await client.postForm('/konto/haslo', {
      currentPassword: 'stare-haslo-123',
      newPassword: 'nowe-haslo-456',
      repeatPassword: 'nowe-haslo-456',
    });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/konto/haslo?zmieniono=1');
    assert.equal(await verifyPassword(await hashOf(staff.id), 'nowe-haslo-456'), true);
    assert.equal(await sessions(staff.id), 1);
    const stale = await fetch(`${server.url}/konto/haslo`, { headers: { cookie: `okienko_sesja=${other.token}` }, redirect: 'manual' });
    assert.equal(stale.status, 303);
    assert.match(await (await client.get('/konto/haslo?zmieniono=1')).text(), /Hasło zostało zmienione/);
    const audit = await server.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', String(staff.id))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(audit.action, 'auth.password_change');
    const relogin = await logInThroughForm(server, staff.login, 'nowe-haslo-456');
    assert.equal(relogin.response.status, 303);
  });

  it('answers 403 and keeps the hash when the form token is missing', async () => {
    const { staff, client } = await asStaff();
    const before = await hashOf(staff.id);
    const response = await fetch(`${server.url}/konto/haslo`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: client.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ currentPassword: 'stare-haslo-123', newPassword: 'nowe-haslo-456', repeatPassword: 'nowe-haslo-456' }),
    });
    assert.equal(response.status, 403);
    assert.equal(await hashOf(staff.id), before);
  });
});
