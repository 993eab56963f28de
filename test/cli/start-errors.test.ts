import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { initialiseCluster, ServerStartError } from '../../src/storage/postgres-server.ts';
import { createTestDatabase } from '../support/database.ts';
import { CLI } from '../support/okienko-process.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Runs `okienko start` to its end; its exit code and what it wrote to stderr. */
function failedStart(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'start'], {
    cwd: root,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

/** One sentence on one line, starting "okienko:", without a stack trace. */
function assertOneSentence(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0]!, /^okienko: /);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(stderr, /\n\s+at /);
}

describe('a start that cannot succeed says why in one sentence and exits with 1', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'okienko-start-errors-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('names a port in use and what to do', async () => {
    const database = await createTestDatabase();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const port = (blocker.address() as net.AddressInfo).port;
      const result = await failedStart({ PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: database.connectionString });
      assert.equal(result.code, 1);
      assertOneSentence(result.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use.*set PORT to a free port`));
    } finally {
      blocker.close();
      await database.drop();
    }
  });

  it('names a DATABASE_URL that cannot be reached, without its password', async () => {
    const result = await failedStart({ DATABASE_URL: 'postgresql://okienko:secret-word@127.0.0.1:1/okienko' });
    assert.equal(result.code, 1);
    assertOneSentence(
      result.stderr,
      /Cannot use the database 127\.0\.0\.1:1\/okienko of DATABASE_URL \(nothing answers at that address\): check/,
    );
    assert.doesNotMatch(result.stderr, /secret-word/);
  });

  it('names a data folder that cannot be created', async () => {
    const file = path.join(scratch, 'a-file');
    writeFileSync(file, '');
    const result = await failedStart({ OKIENKO_DATA_DIR: path.join(file, 'data'), DATABASE_URL: '' });
    assert.equal(result.code, 1);
    assertOneSentence(result.stderr, /Cannot create the data folder .*a-file\/data \(ENOTDIR\): set OKIENKO_DATA_DIR/);
  });

  it('words an initdb that cannot be run or that fails, instead of an unhandled spawn error', async () => {
    const options = { binDir: scratch, pgDir: path.join(scratch, 'pgdata'), passwordFile: path.join(scratch, 'password') };
    // Not executable: the "spawn … EACCES" of a checkout the server's account cannot reach.
    writeFileSync(path.join(scratch, 'initdb'), '#!/bin/sh\nexit 0\n');
    await assert.rejects(initialiseCluster(options), (error: unknown) => {
      assert.ok(error instanceof ServerStartError);
      assert.match(error.message, /Could not run PostgreSQL's initdb \(spawn .*EACCES\)/);
      return true;
    });
    writeFileSync(
      path.join(scratch, 'initdb'),
      '#!/bin/sh\necho "initdb: error: could not create directory: No space left on device" >&2\nexit 1\n',
    );
    chmodSync(path.join(scratch, 'initdb'), 0o755);
    await assert.rejects(initialiseCluster(options), (error: unknown) => {
      assert.ok(error instanceof ServerStartError);
      assert.match(
        error.message,
        /initdb could not create the database in .*pgdata \(initdb: error: could not create directory: No space left on device\): fix/,
      );
      return true;
    });
  });
});
