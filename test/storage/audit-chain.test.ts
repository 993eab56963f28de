import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { appendAudit, sealAuditLog, verifyAuditChain } from '../../src/storage/audit-repository.ts';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { systemActor, systemClock } from '../../src/app/shared/deps.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

describe('audit log chain', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
    await loadDemoData(database.db, systemClock);
  });
  after(async () => {
    await database.drop();
  });

  it('stays one unbroken chain when many transactions append at once', async () => {
    const actor = systemActor(1);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        database.db.transaction().execute(async (tx) => {
          await appendAudit(tx, actor, new Date(), {
            action: 'test.append',
            subjectType: 'test',
            subjectId: i,
            details: { b: 1, a: [i, { z: true, y: null }] },
          });
        }),
      ),
    );
    const check = await verifyAuditChain(database.db);
    assert.equal(check.ok, true);
    assert.ok(check.rows >= 40);
  });

  it('cannot be updated or deleted through SQL', async () => {
    await assert.rejects(sql`UPDATE audit_log SET action = 'x.y'`.execute(database.db), /append-only/);
    await assert.rejects(sql`DELETE FROM audit_log`.execute(database.db), /append-only/);
  });

  it('lets a row be sealed once with its fields untouched, and never changed after', async () => {
    await database.db.transaction().execute(async (tx) => {
      await appendAudit(tx, systemActor(1), new Date(), { action: 'test.seal', subjectType: 'test', subjectId: 'x' });
    });
    const row = await database.db.selectFrom('audit_log').select('id').where('action', '=', 'test.seal').executeTakeFirstOrThrow();
    const sealAs = (set: string) =>
      sql`UPDATE audit_log SET seq = 999999, prev_hash = '\\x00', hash = '\\x01', ${sql.raw(set)} WHERE id = ${row.id}`.execute(
        database.db,
      );
    await assert.rejects(sealAs(`action = 'test.changed'`), /append-only/);
    assert.equal(await sealAuditLog(database.db), 1);
    await assert.rejects(sql`UPDATE audit_log SET seq = 999999 WHERE id = ${row.id}`.execute(database.db), /append-only/);
    assert.equal((await verifyAuditChain(database.db)).ok, true);
  });

  it('shows the first changed row when someone tampers with the table behind the trigger', async () => {
    const target = await database.db.selectFrom('audit_log').select('id').orderBy('id').offset(5).limit(1).executeTakeFirstOrThrow();
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(database.db);
    await sql`UPDATE audit_log SET subject_id = 'changed' WHERE id = ${target.id}`.execute(database.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(database.db);
    const check = await verifyAuditChain(database.db);
    assert.equal(check.ok, false);
    assert.equal(check.brokenAt, target.id);
  });
});
