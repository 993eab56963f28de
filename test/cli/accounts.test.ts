import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { systemClock } from '../../src/app/shared/deps.ts';
import { verifyPassword } from '../../src/app/auth/password.ts';
import { hashToken } from '../../src/storage/session-repository.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function okienko(database: TestDatabase, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: database.connectionString, LOG_LEVEL: 'warn', OKIENKO_PASSWORD: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('okienko user add / device add', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
    await loadDemoData(database.db, systemClock);
  });
  after(async () => {
    await database.drop();
  });

  it('creates an account with the password from OKIENKO_PASSWORD and roles, printing no password', async () => {
    const run = await okienko(
      database,
      ['user', 'add', '--login', 'anna.nowak', '--name', 'Anna Nowak', '--role', 'admin', '--role', 'clerk'],
      { OKIENKO_PASSWORD: 'haslo-z-otoczenia-1' },
    );
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /haslo-z-otoczenia-1/);
    const staff = await database.db
      .selectFrom('staff')
      .select(['id', 'password_hash'])
      .where('login', '=', 'anna.nowak')
      .executeTakeFirstOrThrow();
    assert.equal(await verifyPassword(staff.password_hash, 'haslo-z-otoczenia-1'), true);
    const roles = await database.db.selectFrom('staff_role').select('role').where('staff_id', '=', staff.id).orderBy('role').execute();
    assert.deepEqual(
      roles.map((r) => r.role),
      ['admin', 'clerk'],
    );
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_kind'])
      .where('subject_id', '=', String(staff.id))
      .execute();
    assert.deepEqual(audit, [{ action: 'staff.create', actor_kind: 'system' }]);
  });

  it('generates a strong password when none is given and prints it once', async () => {
    const run = await okienko(database, ['user', 'add', '--login', 'piotr.lis', '--name', 'Piotr Lis', '--role', 'clerk']);
    assert.equal(run.code, 0, run.stderr);
    const password = /Password \(shown only now\): (\S+)/.exec(run.stdout)?.[1] ?? '';
    assert.ok(password.length >= 20);
    const staff = await database.db.selectFrom('staff').select('password_hash').where('login', '=', 'piotr.lis').executeTakeFirstOrThrow();
    assert.equal(await verifyPassword(staff.password_hash, password), true);
  });

  it('exits 2 with a message on stderr and writes nothing for bad input', async () => {
    const cases: string[][] = [
      ['user', 'add', '--login', 'X', '--name', 'Zły Login', '--role', 'clerk'],
      ['user', 'add', '--login', 'ewa.bad', '--name', 'Ewa', '--role', 'wizard'],
      ['user', 'add', '--login', 'anna.nowak', '--name', 'Anna Druga', '--role', 'clerk'],
      ['user', 'add', '--login', 'ewa.bad', '--name', 'Ewa', '--role', 'clerk', '--unit', 'NIEMA'],
      ['user', 'add', '--login', 'ewa.bad', '--name', 'Ewa'],
      ['device', 'add', '--kind', 'toaster', '--name', 'Toster'],
      ['device', 'add', '--kind', 'kiosk', '--name', 'Kiosk', '--building', 'Nie ma takiego'],
    ];
    const before = (await database.db.selectFrom('staff').select('id').execute()).length;
    // The demo office has devices of its own (the feedback tablet): none may be added.
    const devices = (await database.db.selectFrom('device').select('id').execute()).length;
    for (const args of cases) {
      const run = await okienko(database, args);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, /\S/);
    }
    assert.equal((await database.db.selectFrom('staff').select('id').execute()).length, before);
    assert.equal((await database.db.selectFrom('device').select('id').execute()).length, devices);
  });

  it('registers a device and prints its token once, storing only its hash', async () => {
    const run = await okienko(database, ['device', 'add', '--kind', 'kiosk', '--name', 'Biletomat parter']);
    assert.equal(run.code, 0, run.stderr);
    const token = /Token \(shown only now\): (\S+)/.exec(run.stdout)?.[1] ?? '';
    const device = await database.db
      .selectFrom('device')
      .select(['kind', 'token_hash'])
      .where('name', '=', 'Biletomat parter')
      .executeTakeFirstOrThrow();
    assert.equal(device.kind, 'kiosk');
    assert.ok(device.token_hash.equals(hashToken(token)));
  });

  it('says what to run first on a database without an office, writing nothing', async () => {
    const empty = await createTestDatabase();
    try {
      for (const args of [
        ['device', 'add', '--kind', 'kiosk', '--name', 'Biletomat'],
        ['user', 'add', '--login', 'pierwszy.admin', '--name', 'Pierwszy Admin', '--role', 'admin'],
      ]) {
        const run = await okienko(empty, args);
        assert.equal(run.code, 1, run.stderr);
        assert.match(run.stderr, /The database holds no office yet\. First run `npm start`/);
        assert.match(run.stderr, /okienko demo-data/);
        assert.doesNotMatch(run.stderr, /temporarily unavailable/);
      }
      assert.equal((await empty.db.selectFrom('device').select('id').execute()).length, 0);
      assert.equal((await empty.db.selectFrom('staff').select('id').execute()).length, 0);
    } finally {
      await empty.drop();
    }
  });

  it('explains each command with --help', async () => {
    for (const args of [
      ['user', 'add', '--help'],
      ['device', 'add', '--help'],
    ]) {
      const run = await okienko(database, args);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /--name/);
    }
  });
});
