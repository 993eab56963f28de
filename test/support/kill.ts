// The kill test: the real `okienko start` as a child process, tickets issued and called by concurrent
// clients, `kill -9` in the middle, a restart on the same data folder, then the checks.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { officeDate } from '../../src/domain/organisation/index.ts';
import { openDatabase, type Db } from '../../src/storage/database.ts';
import { embeddedConnectionString } from '../../src/storage/embedded-postgres.ts';
import { createSession } from '../../src/storage/session-repository.ts';
import { deskId, deviceFetch, openAllDay, registerDevice, serviceId } from './queue.ts';
import { startOkienko, stopOkienko } from './okienko-process.ts';
import { clientFor, createStaff } from './server.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

interface Running {
  child: ChildProcessWithoutNullStreams;
  base: string;
}

async function startServer(dataDir: string): Promise<Running> {
  const run = startOkienko({ OKIENKO_DATA_DIR: dataDir });
  return { child: run.child, base: await run.ready };
}

async function connectionStringOf(dataDir: string): Promise<string> {
  return (await embeddedConnectionString(dataDir))!;
}

export interface KillResult {
  acknowledged: number;
  called: number;
  /** Acknowledged tickets missing after the restart. */
  lost: number;
  duplicates: number;
  /** Numbers between 1 and the highest that no ticket has. */
  gaps: number;
  lastBefore: number;
  firstAfter: number;
}

/**
 * Runs the kill test: `kiosks` clients issue B tickets and one clerk calls them until `killAfter`
 * tickets were acknowledged, then the server is killed with SIGKILL and started again.
 * @example const result = await runKillTest({ kiosks: 4, killAfter: 40 });
 */
export async function runKillTest(options: { kiosks: number; killAfter: number }): Promise<KillResult> {
  mkdirSync(path.join(root, '.okienko-test'), { recursive: true });
  chmodSync(path.join(root, '.okienko-test'), 0o755);
  const dataDir = mkdtempSync(path.join(root, '.okienko-test', 'kill-'));
  chmodSync(dataDir, 0o755);
  let running: Running | undefined;
  try {
    running = await startServer(dataDir);
    let db: Db = openDatabase({ connectionString: await connectionStringOf(dataDir), maxConnections: 2 });
    await openAllDay(db);
    const kioskToken = (await registerDevice(db, 'kiosk')).token;
    const b = await serviceId(db, 'B');
    const staff = await createStaff(db, ['clerk']);
    const session = await createSession(db, staff.id, new Date());
    const desk = await deskId(db, '1');
    await db.destroy();

    const base = running.base;
    const clerk = clientFor({ url: base } as never, `okienko_sesja=${session.token}`, session.csrfToken);
    await clerk.sendJson('POST', '/api/stanowisko/otworz', { deskId: desk });
    const acknowledged: string[] = [];
    const called: number[] = [];
    let killed = false;
    const kiosk = deviceFetch(base, kioskToken);
    const kioskLoop = async () => {
      while (!killed) {
        try {
          const response = await kiosk('POST', '/api/kiosk/bilety', { serviceId: b });
          if (response.status === 201) acknowledged.push(((await response.json()) as { number: string }).number);
        } catch {
          return;
        }
      }
    };
    const clerkLoop = async () => {
      while (!killed) {
        try {
          const call = (await (await clerk.sendJson('POST', '/api/stanowisko/wezwij-nastepny', {})).json()) as { ticketId: number | null };
          if (call.ticketId === null) continue;
          called.push(call.ticketId);
          await clerk.sendJson('POST', `/api/stanowisko/bilety/${call.ticketId}/rozpocznij`, {});
          await clerk.sendJson('POST', `/api/stanowisko/bilety/${call.ticketId}/zakoncz`, { outcome: 'settled' });
        } catch {
          return;
        }
      }
    };
    const server = running;
    const killer = (async () => {
      while (acknowledged.length < options.killAfter) await new Promise((resolve) => setTimeout(resolve, 5));
      killed = true;
      server.child.kill('SIGKILL');
    })();
    await Promise.all([...Array.from({ length: options.kiosks }, kioskLoop), clerkLoop(), killer]);
    if (server.child.exitCode === null && server.child.signalCode === null)
      await new Promise((resolve) => server.child.once('exit', resolve));

    running = await startServer(dataDir);
    db = openDatabase({ connectionString: await connectionStringOf(dataDir), maxConnections: 2 });
    const today = officeDate(new Date());
    const rows = await db
      .selectFrom('ticket')
      .select(['number', 'letter'])
      .where('letter', '=', 'B')
      .where('office_day', '=', today)
      .execute();
    const numbers = rows.map((r) => r.number);
    const present = new Set(rows.map((r) => `B${String(r.number).padStart(3, '0')}`));
    const max = Math.max(0, ...numbers);
    const calledStatuses = called.length === 0 ? [] : await db.selectFrom('ticket').select('status').where('id', 'in', called).execute();
    const counter = await sql<{
      n: number;
    }>`SELECT last_number AS n FROM ticket_counter WHERE letter = 'B' AND office_day = ${today}`.execute(db);
    await db.destroy();
    const next = (await (await deviceFetch(running.base, kioskToken)('POST', '/api/kiosk/bilety', { serviceId: b })).json()) as {
      number: string;
    };
    return {
      acknowledged: acknowledged.length,
      called: calledStatuses.filter((s) => s.status !== 'waiting').length,
      lost: acknowledged.filter((n) => !present.has(n)).length,
      duplicates: numbers.length - new Set(numbers).size + (acknowledged.length - new Set(acknowledged).size),
      gaps: max - new Set(numbers).size + (counter.rows[0]?.n === max ? 0 : 1),
      lastBefore: max,
      firstAfter: Number(next.number.slice(1)),
    };
  } finally {
    if (running) await stopOkienko(running.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
