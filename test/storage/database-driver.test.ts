import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createHash } from 'node:crypto';
import { openDatabase, statementName } from '../../src/storage/database.ts';
import { isDatabaseUnavailable } from '../../src/storage/database-errors.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

function constraintOf(error: unknown): string | undefined {
  return (error as { constraint?: string }).constraint;
}

describe('the database driver (node-postgres behind Kysely)', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.drop());

  it('names a statement by the digest of its text, the same name on every call while many texts come and go', () => {
    const digest = (text: string) => `k${createHash('sha1').update(text).digest('base64url')}`;
    const first = 'SELECT id FROM office WHERE id = $1';
    assert.equal(statementName(first), digest(first));
    for (let i = 0; i < 5_000; i += 1) statementName(`SELECT ${i} WHERE $1::int > 0`);
    assert.equal(statementName(first), digest(first));
    assert.equal(statementName('SELECT 4999 WHERE $1::int > 0'), digest('SELECT 4999 WHERE $1::int > 0'));
  });

  it('reads DATE and TIME as text, INT8 as text, timestamptz as a Date, jsonb parsed, bytea as bytes, int4[] as numbers', async () => {
    const result = await sql<{
      day: unknown;
      at: unknown;
      big: unknown;
      instant: unknown;
      doc: unknown;
      bytes: unknown;
      counts: unknown;
    }>`SELECT DATE '2026-03-29' AS day, TIME '09:30' AS at, 9007199254740993::int8 AS big,
              TIMESTAMPTZ '2026-03-29 01:30:00+00' AS instant, '{"a": [1, "b"]}'::jsonb AS doc, '\\x00ff'::bytea AS bytes,
              ARRAY[1, 2]::int4[] AS counts`.execute(database.db);
    const row = result.rows[0]!;
    assert.equal(row.day, '2026-03-29');
    assert.equal(row.at, '09:30:00');
    assert.equal(row.big, '9007199254740993');
    assert.ok(row.instant instanceof Date);
    assert.equal(row.instant.toISOString(), '2026-03-29T01:30:00.000Z');
    assert.deepEqual(row.doc, { a: [1, 'b'] });
    assert.deepEqual(row.bytes, Buffer.from([0, 255]));
    assert.deepEqual(row.counts, [1, 2]);
  });

  it('sends JSON text as it is and other values as JSON, a Date as its instant, bytes as bytea, a list as an array', async () => {
    const instant = new Date('2026-10-25T00:30:00Z');
    const result = await sql<{ text: unknown; value: unknown; instant: Date; day: string; bytes: Buffer; found: boolean }>`
      SELECT ${'{"kind": "call"}'}::jsonb AS text, ${{ kind: 'call' }}::jsonb AS value, ${instant}::timestamptz AS instant,
             ${'2026-10-25'}::date AS day, ${Buffer.from('ok')}::bytea AS bytes, 2 = ANY(${[1, 2, 3]}::int4[]) AS found`.execute(
      database.db,
    );
    const row = result.rows[0]!;
    assert.deepEqual(row.text, { kind: 'call' });
    assert.deepEqual(row.value, { kind: 'call' });
    assert.equal(row.instant.getTime(), instant.getTime());
    assert.equal(row.day, '2026-10-25');
    assert.deepEqual(row.bytes, Buffer.from('ok'));
    assert.equal(row.found, true);
  });

  it('commits a transaction, and rolls one back entirely when it throws', async () => {
    const { db } = database;
    await sql`CREATE TABLE driver_probe (id int PRIMARY KEY, note text CONSTRAINT driver_probe_note_short CHECK (length(note) < 10))`.execute(
      db,
    );
    await db.transaction().execute(async (tx) => {
      await sql`INSERT INTO driver_probe VALUES (1, 'kept')`.execute(tx);
    });
    await assert.rejects(
      db.transaction().execute(async (tx) => {
        await sql`INSERT INTO driver_probe VALUES (2, 'gone')`.execute(tx);
        await sql`INSERT INTO driver_probe VALUES (1, 'twice')`.execute(tx);
      }),
      (error: unknown) => (error as { code?: string }).code === '23505' && constraintOf(error) === 'driver_probe_pkey',
    );
    await assert.rejects(
      sql`INSERT INTO driver_probe VALUES (3, 'far too long')`.execute(db),
      (error: unknown) => constraintOf(error) === 'driver_probe_note_short',
    );
    const rows = await sql<{ id: number }>`SELECT id FROM driver_probe ORDER BY id`.execute(db);
    assert.deepEqual(rows.rows, [{ id: 1 }]);
  });

  it('prepares a statement with parameters once per connection', async () => {
    await database.db.transaction().execute(async (tx) => {
      for (let i = 0; i < 3; i += 1) await sql`SELECT ${i}::int + 1 AS next`.execute(tx);
      const prepared = await sql<{
        n: string;
      }>`SELECT count(*) AS n FROM pg_prepared_statements WHERE statement LIKE ${'SELECT $1::int + 1%'}`.execute(tx);
      assert.equal(prepared.rows[0]!.n, '1');
    });
  });

  it('fails the statements of a connection the server ends under them, and carries on with new connections', async () => {
    const { db } = database;
    const ended = db.transaction().execute(async (tx) => {
      const self = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(tx);
      await sql`SELECT pg_terminate_backend(${self.rows[0]!.pid})`.execute(db);
      await sql`SELECT pg_sleep(0.1)`.execute(tx);
    });
    await assert.rejects(ended, (error: unknown) => isDatabaseUnavailable(error));
    const after = await sql<{ one: number }>`SELECT 1 AS one`.execute(db);
    assert.deepEqual(after.rows, [{ one: 1 }]);
  });

  it('says the database is unavailable when nothing answers', async () => {
    const db = openDatabase({ connectionString: 'postgresql://okienko:secret@127.0.0.1:1/okienko', maxConnections: 1 });
    try {
      await assert.rejects(sql`SELECT 1`.execute(db), (error: unknown) => isDatabaseUnavailable(error));
    } finally {
      await db.destroy();
    }
  });
});
