import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { relocatedHome, ROOT_HOME } from '../../src/storage/server-placement.ts';
import { alive, startOkienko, stopOkienko } from '../support/okienko-process.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const asRoot = process.getuid?.() === 0;

function modeOf(file: string): string {
  return (statSync(file).mode & 0o777).toString(8);
}

describe(
  'npm start as root in a checkout under a folder only root may enter (like /root)',
  { skip: asRoot ? false : 'runs only as root (the tests were started by an ordinary user)' },
  () => {
    mkdirSync(path.join(root, '.okienko-test'), { recursive: true });
    // mkdtemp makes the folder 0700: the user postgres cannot enter it, as with a clone in /root.
    const closed = mkdtempSync(path.join(root, '.okienko-test', 'root-home-'));
    const checkout = path.join(closed, 'okienko');
    const before = existsSync(ROOT_HOME) ? readdirSync(ROOT_HOME) : undefined;
    let home: string | undefined;
    after(() => {
      if (home) rmSync(home, { recursive: true, force: true });
      // The copy of the binaries is shared by checkouts; remove what this test made, and only that.
      if (!before) rmSync(ROOT_HOME, { recursive: true, force: true });
      else
        for (const entry of readdirSync(ROOT_HOME))
          if (!before.includes(entry)) rmSync(path.join(ROOT_HOME, entry), { recursive: true, force: true });
      rmSync(closed, { recursive: true, force: true });
    });

    it('starts with its data where postgres can reach it, keeps the secrets to root, and starts again the same way', async () => {
      // The checkout as `git clone` and `npm install` leave it (hard links: the same files, in the closed folder).
      mkdirSync(checkout);
      for (const entry of readdirSync(root))
        if (!['.git', '.okienko-test', 'data'].includes(entry)) execFileSync('cp', ['-al', path.join(root, entry), checkout]);
      assert.equal(modeOf(closed), '700');

      const first = startOkienko({}, { checkout });
      try {
        const base = await first.ready;
        assert.equal((await fetch(`${base}/readyz`)).status, 200);
      } finally {
        assert.equal(await stopOkienko(first.child), 0, first.output());
      }
      home = relocatedHome(path.join(checkout, 'data'));
      assert.match(first.output(), new RegExp(`data in ${home}`));
      assert.match(first.output(), new RegExp(`Creating the PostgreSQL database in ${home}/postgres \\(first start\\)`));
      assert.equal(modeOf(home), '755');
      assert.equal(modeOf(path.join(home, 'postgres-password')), '600');
      assert.equal(statSync(path.join(home, 'postgres-password')).uid, 0);
      assert.equal(modeOf(path.join(home, 'postgres')), '700');
      assert.equal(existsSync(path.join(checkout, 'data', 'postgres')), false, 'no PostgreSQL data in the closed folder');
      assert.ok(
        readdirSync(ROOT_HOME).some((entry) => entry.startsWith('postgres-')),
        'the binaries, out of reach in the checkout, run from a copy',
      );

      const second = startOkienko({}, { checkout });
      try {
        const base = await second.ready;
        assert.equal((await fetch(`${base}/readyz`)).status, 200);
        assert.doesNotMatch(second.output(), /Creating the PostgreSQL database|Applied migration/, 'the same database as the first start');
        assert.match(second.output(), new RegExp(`data in ${home}`));
        assert.ok(alive(second.child));
      } finally {
        assert.equal(await stopOkienko(second.child), 0, second.output());
      }
    });
  },
);
