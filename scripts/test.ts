// Runs the test suite on a real PostgreSQL: the embedded server (default) or the one at DATABASE_URL.
// Migrates one template database; each test file clones it (CREATE DATABASE … TEMPLATE), so files run in parallel.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/storage/embedded-postgres.ts';
import { migrate } from '../src/storage/migrate.ts';

const root = path.resolve(import.meta.dirname, '..');

// Browser tests load the bundled client scripts: build them from the current sources first.
const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

function findTests(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) findTests(full, out);
    else if (/\.test\.tsx?$/.test(entry)) out.push(full);
  }
  return out;
}

const args = process.argv.slice(2);
// Arguments are test files or folders; none means every test of the project.
const targets = args.length > 0 ? args.map((f) => path.resolve(f)) : [path.join(root, 'src'), path.join(root, 'test')];
const files = targets.flatMap((target) => (statSync(target).isDirectory() ? findTests(target) : [target])).sort();

// Browser tests without a browser fail the run at once, saying what to install (rather than each file failing later).
if (files.some((file) => file.includes(`${path.sep}browser${path.sep}`))) {
  const { chromiumMissing } = await import('../test/support/browser.ts');
  const missing = chromiumMissing();
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
}

let embedded: EmbeddedServer | undefined;
let adminUrl = process.env.DATABASE_URL;
const scratch = path.join(root, '.okienko-test', `run-${process.pid}`);
if (!adminUrl) {
  mkdirSync(scratch, { recursive: true });
  chmodSync(path.join(root, '.okienko-test'), 0o755);
  embedded = await startEmbeddedPostgres({ dataDir: scratch, database: 'postgres' });
  adminUrl = embedded.adminConnectionString;
}
const template = `okienko_template_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${template}`);
await admin.query(`CREATE DATABASE ${template}`);
const templateUrl = new URL(adminUrl);
templateUrl.pathname = `/${template}`;
await migrate(templateUrl.toString());

const code = await new Promise<number>((resolve) => {
  // --test-force-exit: a file whose hooks failed half-way (a server started, the browser not) ends instead of waiting forever.
  // --test-timeout: with many files it bounds each file; one that hangs (a wait that never ends) fails by its name
  // after 10 minutes instead of holding the whole run (the slowest file takes under 2 minutes).
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-force-exit', '--test-timeout=600000', ...files],
    {
      stdio: 'inherit',
      env: { ...process.env, OKIENKO_TEST_ADMIN_URL: adminUrl, OKIENKO_TEST_TEMPLATE: template },
    },
  );
  child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
});

// Databases of this run that a crashed test left behind.
const leftovers = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`, [
  `okienko_test_${process.pid}_%`,
  template,
]);
for (const row of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(row.datname)} WITH (FORCE)`);
await admin.end();
await embedded?.stop();
if (embedded) rmSync(scratch, { recursive: true, force: true });
process.exit(code);
