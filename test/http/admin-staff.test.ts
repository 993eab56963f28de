import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { verifyPassword } from '../../src/app/auth/password.ts';
import { verifyAuditChain } from '../../src/storage/audit-repository.ts';
import { createSession } from '../../src/storage/session-repository.ts';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';
import { addUnit, auditRows, expectRefused, idFrom, postOk } from '../support/admin.ts';

const PERSON = {
  full_name: 'Anna Nowak',
  login: 'a.nowak',
  unit_id: '',
  position: 'Inspektor',
  badge_number: '0042',
  email: 'a.nowak@example.pl',
  role: ['clerk'],
  active: 'on',
  password: 'pierwsze-haslo-1',
};

describe('administrator: staff', () => {
  let server: TestServer;
  let admin: StaffClient;
  before(async () => {
    server = await startTestServer({ emptyOffice: true });
    admin = await loginAs(server, 'admin');
  });
  after(async () => {
    await server.close();
  });

  it('adds a member of staff, lists them, changes them, and audits the change and every read', async () => {
    const unitId = await addUnit(admin, server.db, 'WSO');
    const id = idFrom(await postOk(admin, '/admin/pracownicy/nowy', { ...PERSON, unit_id: String(unitId) }));
    const row = await server.db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.login, 'a.nowak');
    assert.ok(await verifyPassword(row.password_hash, PERSON.password));
    const listReads = (await auditRows(server.db, 'staff.list_read')).length;
    const list = await (await admin.get('/admin/pracownicy')).text();
    assert.match(list, /Anna Nowak/);
    assert.equal((await auditRows(server.db, 'staff.list_read')).length, listReads + 1);
    const edit = await (await admin.get(`/admin/pracownicy/${id}`)).text();
    assert.match(edit, /value="a.nowak@example.pl"/);
    assert.doesNotMatch(edit, /pierwsze-haslo-1/);
    assert.equal((await auditRows(server.db, 'staff.read')).at(-1)?.subject_id, String(id));
    await postOk(admin, `/admin/pracownicy/${id}`, {
      ...PERSON,
      full_name: 'Anna Nowak-Kowalska',
      role: ['clerk', 'unit_head'],
      unit_id: String(unitId),
    });
    const roles = await server.db.selectFrom('staff_role').select('role').where('staff_id', '=', id).orderBy('role').execute();
    assert.deepEqual(
      roles.map((r) => r.role),
      ['clerk', 'unit_head'],
    );
    const update = (await auditRows(server.db, 'staff.update')).at(-1);
    assert.deepEqual(update?.details, { fields: ['full_name'], roles: ['clerk', 'unit_head'] });
    assert.doesNotMatch(JSON.stringify(await server.db.selectFrom('audit_log').select('details').execute()), /Nowak|example\.pl/);
    assert.equal((await verifyAuditChain(server.db)).ok, true);
  });

  it("resets a password and ends the person's sessions", async () => {
    const id = idFrom(await postOk(admin, '/admin/pracownicy/nowy', { ...PERSON, login: 'reset.me' }));
    await createSession(server.db, id, new Date());
    await postOk(admin, `/admin/pracownicy/${id}/haslo`, { password: 'zupelnie-nowe-haslo' });
    const row = await server.db.selectFrom('staff').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow();
    assert.ok(await verifyPassword(row.password_hash, 'zupelnie-nowe-haslo'));
    assert.equal((await server.db.selectFrom('staff_session').select('staff_id').where('staff_id', '=', id).execute()).length, 0);
    assert.deepEqual((await auditRows(server.db, 'staff.password_reset')).at(-1)?.details, { sessionsEnded: 1 });
  });

  it('answers 422 when a new password is too short', async () => {
    const id = (await server.db.selectFrom('staff').select('id').where('login', '=', 'a.nowak').executeTakeFirstOrThrow()).id;
    await expectRefused(
      server.db,
      () => admin.postForm(`/admin/pracownicy/${id}/haslo`, { password: 'krotkie' }),
      422,
      'Hasło musi mieć co najmniej 10 znaków.',
    );
  });

  it('answers 422 when a role is unknown', async () => {
    await expectRefused(
      server.db,
      () => admin.postForm('/admin/pracownicy/nowy', { ...PERSON, login: 'nowy.ktos', role: ['clerk', 'superuser'] }),
      422,
      'Wybierz role z listy.',
    );
  });

  it('answers 422 when no role is chosen', async () => {
    await expectRefused(
      server.db,
      () => admin.postForm('/admin/pracownicy/nowy', { ...PERSON, login: 'bez.roli', role: [] }),
      422,
      'Zaznacz co najmniej jedną rolę.',
    );
  });

  it('answers 409 when the login is taken, whatever its case', async () => {
    await postOk(admin, '/admin/pracownicy/nowy', { ...PERSON, login: 'j.kowalski' });
    const html = await expectRefused(
      server.db,
      () => admin.postForm('/admin/pracownicy/nowy', { ...PERSON, login: 'J.Kowalski' }),
      409,
      'Ten login jest już zajęty.',
    );
    assert.match(html, /href="#login"/);
    assert.doesNotMatch(html, /pierwsze-haslo-1/);
  });

  it('answers 422 when the login has the wrong shape or the name is empty', async () => {
    await expectRefused(
      server.db,
      () => admin.postForm('/admin/pracownicy/nowy', { ...PERSON, login: 'ł', full_name: '' }),
      422,
      'Login może zawierać od 3 do 40 znaków',
    );
  });
});
