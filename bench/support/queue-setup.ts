// Shared by the queue benchmarks: an embedded PostgreSQL of their own, migrated, with the demo office open
// all day, and the real HTTP server (with its LISTEN/NOTIFY hub) on a free port.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { readConfig } from '../../src/config.ts';
import { systemClock } from '../../src/app/shared/deps.ts';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { buildServer } from '../../src/http/server.ts';
import { openDatabase, type Db } from '../../src/storage/database.ts';
import { startEmbeddedPostgres } from '../../src/storage/embedded-postgres.ts';
import { migrate } from '../../src/storage/migrate.ts';
import { QueueEventHub } from '../../src/storage/queue-events.ts';
import { openAllDay } from '../../test/support/queue.ts';

export interface BenchQueue {
  db: Db;
  url: string;
  connectionString: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Starts everything a queue benchmark needs; `close` stops it and removes the data folder. */
export async function startBenchQueue(): Promise<BenchQueue> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'okienko-bench-'));
  chmodSync(dataDir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir });
  await migrate(pg.connectionString);
  const db = openDatabase({ connectionString: pg.connectionString, maxConnections: 20 });
  await loadDemoData(db, systemClock);
  await openAllDay(db);
  const hub = new QueueEventHub(pg.connectionString, db);
  await hub.start();
  const app = await buildServer({ db, config: readConfig({ PORT: '0' }), clock: systemClock, queueEvents: hub }, { logLevel: 'warn' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    db,
    url,
    connectionString: pg.connectionString,
    app,
    async close() {
      await app.close();
      await hub.close();
      await db.destroy();
      await pg.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
