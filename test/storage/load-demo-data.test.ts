import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { verifyPassword } from '../../src/app/auth/password.ts';
import { verifyAuditChain } from '../../src/storage/audit-repository.ts';
import { ROLES } from '../../src/http/types.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const clock = { now: () => new Date('2026-11-24T09:00:00Z') };

describe('loading the demo office', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    await database.drop();
  });

  it('creates the demo city hall once and returns the same logins on every later start', async () => {
    const first = await loadDemoData(database.db, clock);
    const second = await loadDemoData(database.db, clock);
    assert.equal(first.created, true);
    assert.equal(second.created, false);
    assert.deepEqual(second.logins, first.logins);
    const offices = await database.db.selectFrom('office').select(['name', 'is_demo']).execute();
    assert.deepEqual(offices, [{ name: 'Urząd Miasta Piotrkowa Trybunalskiego', is_demo: true }]);
    const count = async (table: 'service' | 'desk' | 'unit' | 'building' | 'staff') =>
      Number(
        (
          await database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    assert.equal(await count('building'), 2);
    assert.equal(await count('desk'), 10);
    assert.equal(await count('staff'), ROLES.length);
    assert.ok((await count('service')) >= 10);
    assert.ok((await count('unit')) >= 7);
  });

  it('creates one member of staff per role, each logging in with the printed password', async () => {
    const { logins } = await loadDemoData(database.db, clock);
    assert.deepEqual(logins.map((l) => l.role).sort(), [...ROLES].sort());
    for (const login of logins) {
      assert.ok(login.password.length >= 10);
      const staff = await database.db
        .selectFrom('staff')
        .innerJoin('staff_role', 'staff_role.staff_id', 'staff.id')
        .select(['staff.password_hash', 'staff_role.role', 'staff.unit_id', 'staff.badge_number', 'staff.position'])
        .where('staff.login', '=', login.login)
        .execute();
      assert.equal(staff.length, 1);
      const [row] = staff;
      assert.equal(row!.role, login.role);
      assert.ok(row!.unit_id !== null && row!.badge_number !== '' && row!.position !== '');
      assert.equal(await verifyPassword(row!.password_hash, login.password), true);
      assert.equal(await verifyPassword(row!.password_hash, `${login.password}x`), false);
    }
  });

  it('gives every desk at least one service and every service a distinct ticket letter', async () => {
    const desks = await database.db
      .selectFrom('desk')
      .leftJoin('desk_service', 'desk_service.desk_id', 'desk.id')
      .select(['desk.number', (eb) => eb.fn.count<string>('desk_service.service_id').as('services')])
      .groupBy('desk.number')
      .execute();
    assert.ok(desks.every((d) => Number(d.services) > 0));
    const letters = await database.db.selectFrom('service').select('ticket_letter').execute();
    assert.equal(new Set(letters.map((l) => l.ticket_letter)).size, letters.length);
  });

  it('records the load in an intact audit chain', async () => {
    const rows = await database.db.selectFrom('audit_log').select('action').execute();
    assert.deepEqual(
      rows.map((r) => r.action),
      ['demo.load'],
    );
    assert.equal((await verifyAuditChain(database.db)).ok, true);
  });
});

describe('an office that is not the demo office', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    await database.drop();
  });

  it('is left alone and no demo logins are printed', async () => {
    await database.db.insertInto('office').values({ name: 'Urząd Gminy Przykładowo', short_name: 'UG Przykładowo' }).execute();
    const result = await loadDemoData(database.db, clock);
    assert.deepEqual(result, { created: false, logins: [] });
    assert.equal((await database.db.selectFrom('staff').selectAll().execute()).length, 0);
  });
});
