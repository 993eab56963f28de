import type { FastifyInstance, RouteOptions } from 'fastify';
import { readConfig } from '../../src/config.ts';
import type { Clock } from '../../src/app/shared/deps.ts';
import { systemClock } from '../../src/app/shared/deps.ts';
import { hashPassword } from '../../src/app/auth/password.ts';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { buildServer } from '../../src/http/server.ts';
import { createSession } from '../../src/storage/session-repository.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { openDatabase, type Db } from '../../src/storage/database.ts';
import type { Role } from '../../src/http/types.ts';
import { createTestDatabase } from './database.ts';
import { QueueEventHub } from '../../src/storage/queue-events.ts';

export interface TestServer {
  app: FastifyInstance;
  db: Db;
  /** Base address, e.g. http://127.0.0.1:41234 */
  url: string;
  connectionString: string;
  close(): Promise<void>;
}

/**
 * The real server on a fresh database with the demo office, listening on a free port.
 * @example const server = await startTestServer(); after(() => server.close());
 */
export async function startTestServer(
  options: {
    clock?: Clock;
    emptyOffice?: boolean;
    /** Routes only this test needs (a page around one component, say), added before the server listens. */
    extraRoutes?: (app: FastifyInstance) => void;
    /** Told of every route as it registers (method, url, schema), as buildServer's own option. */
    onRoute?: (route: RouteOptions) => void;
    /** Settings beside the port and host, as environment variables (METRICS_ALLOW=…). */
    env?: NodeJS.ProcessEnv;
  } = {},
): Promise<TestServer> {
  const database = await createTestDatabase();
  const clock = options.clock ?? systemClock;
  if (options.emptyOffice) {
    // An office with nothing in it yet, for tests that build their own buildings, units and services.
    await database.db.insertInto('office').values({ name: 'Urząd Miasta Testowa Wola', short_name: 'UM Testowa Wola' }).execute();
  } else {
    await loadDemoData(database.db, clock);
  }
  const config = readConfig({ ...options.env, PORT: '0', HOST: '127.0.0.1' });
  const queueEvents = new QueueEventHub(database.connectionString, database.db);
  await queueEvents.start();
  const logLevel = process.env.TEST_LOG_LEVEL ?? 'silent';
  // As `okienko start` does: /readyz on a connection of its own.
  const readinessDb = openDatabase({
    connectionString: database.connectionString,
    maxConnections: 1,
    applicationName: 'okienko-readiness',
  });
  const app = await buildServer({ db: database.db, config, clock, queueEvents, readinessDb }, { logLevel, onRoute: options.onRoute });
  options.extraRoutes?.(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    db: database.db,
    url: `http://127.0.0.1:${port}`,
    connectionString: database.connectionString,
    async close() {
      // Event streams a failed test left open would keep the close (and the test file) waiting for ever.
      const closing = app.close();
      app.server.closeAllConnections();
      await closing;
      await queueEvents.close();
      await readinessDb.destroy();
      await database.drop();
    },
  };
}

let counter = 0;

/** A member of staff with these roles and a known password. */
export async function createStaff(
  db: Db,
  roles: Role[],
  password = 'test-password-123',
): Promise<{ id: number; login: string; password: string }> {
  const office = await currentOffice(db);
  counter += 1;
  const login = `test.${roles.join('.').replace(/_/g, '-')}.${counter}.${process.pid}`.slice(0, 40);
  const row = await db
    .insertInto('staff')
    .values({
      office_id: office.id,
      login,
      full_name: `Test ${roles.join(' ')}`,
      password_hash: await hashPassword(password),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (roles.length > 0)
    await db
      .insertInto('staff_role')
      .values(roles.map((role) => ({ staff_id: row.id, role })))
      .execute();
  return { id: row.id, login, password };
}

/** A logged-in client: its cookie and form token, and fetch helpers that send them. */
export interface StaffClient {
  cookie: string;
  csrf: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  /** POSTs a form (application/x-www-form-urlencoded) with the CSRF token added. */
  postForm(path: string, fields: Record<string, string | string[]>): Promise<Response>;
  /** Sends JSON with the CSRF header. */
  sendJson(method: string, path: string, body: unknown): Promise<Response>;
}

export function clientFor(server: TestServer, cookie: string, csrf: string): StaffClient {
  const headers = { cookie };
  return {
    cookie,
    csrf,
    get: (path: string, init: RequestInit = {}) => {
      const merged = new Headers(init.headers);
      merged.set('cookie', cookie);
      return fetch(`${server.url}${path}`, { redirect: 'manual', ...init, headers: merged });
    },
    postForm: (path, fields) => {
      const body = new URLSearchParams();
      const all: Record<string, string | string[]> = { ...fields, _csrf: csrf };
      for (const [k, v] of Object.entries(all)) for (const item of typeof v === 'string' ? [v] : v) body.append(k, item);
      return fetch(`${server.url}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    },
    sendJson: (method, path, body) =>
      fetch(`${server.url}${path}`, {
        method,
        redirect: 'manual',
        headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': csrf, accept: 'application/json' },
        body: JSON.stringify(body),
      }),
  };
}

/**
 * Logs in as a new member of staff with these roles by opening a session directly (the login page
 * itself has its own tests).
 */
export async function loginAs(server: TestServer, ...roles: Role[]): Promise<StaffClient & { staffId: number }> {
  const staff = await createStaff(server.db, roles);
  const { token, csrfToken } = await createSession(server.db, staff.id, new Date());
  return { ...clientFor(server, `okienko_sesja=${token}`, csrfToken), staffId: staff.id };
}

/**
 * A second app process on the test server's database (its own pool and event feed), as a second node of an
 * office runs: for what must reach every process (events, a revoked device's streams).
 * @example const second = await startSecondProcess(server); await openSse(`${second.url}/api/kolejka/zdarzenia`, auth);
 */
export async function startSecondProcess(server: TestServer): Promise<{ url: string; close(): Promise<void> }> {
  const db = openDatabase({ connectionString: server.connectionString, maxConnections: 4 });
  const hub = new QueueEventHub(server.connectionString, db);
  await hub.start();
  const app = await buildServer({ db, config: readConfig({ PORT: '0' }), clock: systemClock, queueEvents: hub }, { logLevel: 'silent' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    async close() {
      const closing = app.close();
      app.server.closeAllConnections();
      await closing;
      await hub.close();
      await db.destroy();
    },
  };
}
