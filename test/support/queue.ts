import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { addDays, officeDate } from '../../src/domain/organisation/index.ts';
import type { Db } from '../../src/storage/database.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { hashToken } from '../../src/storage/session-repository.ts';
import { loginAs, startTestServer, type StaffClient, type TestServer } from './server.ts';

/**
 * Opens every service of the office from 00:00 to 23:59 today and tomorrow (an office-wide exception,
 * which wins over weekends and holidays) and lets kiosks issue until closing, so queue tests do not
 * depend on the hour they run at.
 */
export async function openAllDay(db: Db): Promise<void> {
  const office = await currentOffice(db);
  const today = officeDate(new Date());
  const tomorrow = addDays(today, 1);
  await db
    .deleteFrom('calendar_exception')
    .where('office_id', '=', office.id)
    .where('building_id', 'is', null)
    .where('starts_on', '<=', tomorrow)
    .where('ends_on', '>=', today)
    .execute();
  await db
    .insertInto('calendar_exception')
    .values({
      office_id: office.id,
      building_id: null,
      starts_on: today,
      ends_on: tomorrow,
      kind: 'short_hours',
      opens: '00:00',
      closes: '23:59',
      reason_pl: 'Test: cały dzień',
    })
    .execute();
  await db.updateTable('service').set({ stop_issuing_minutes: 0 }).where('office_id', '=', office.id).execute();
}

/** Registers a device of the office and returns its bearer token. */
export async function registerDevice(
  db: Db,
  kind: 'kiosk' | 'board' | 'printer' | 'feedback',
  name = `${kind}-${randomBytes(3).toString('hex')}`,
): Promise<{ id: number; token: string }> {
  const office = await currentOffice(db);
  const token = randomBytes(32).toString('base64url');
  const row = await db
    .insertInto('device')
    .values({ office_id: office.id, kind, name, token_hash: hashToken(token) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token };
}

/** The id of the demo service with this ticket letter. */
export async function serviceId(db: Db, letter: string): Promise<number> {
  const row = await db.selectFrom('service').select('id').where('ticket_letter', '=', letter).executeTakeFirstOrThrow();
  return row.id;
}

/** The id of the demo desk with this number. */
export async function deskId(db: Db, number: string): Promise<number> {
  const row = await db.selectFrom('desk').select('id').where('number', '=', number).executeTakeFirstOrThrow();
  return row.id;
}

/** Rows in the tables a queue action writes, to prove that a refused one wrote nothing. */
export async function writtenRows(
  db: Db,
): Promise<{ tickets: number; events: number; audit: number; counters: number; sessions: number; ticketState: string }> {
  const count = async (table: 'ticket' | 'queue_event' | 'audit_log' | 'ticket_counter' | 'desk_session') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const state = await sql<{
    s: string | null;
  }>`SELECT string_agg(id || ':' || status || ':' || service_id || ':' || coalesce(desk_id, 0) || ':' || recalls || ':' || transfers, ',' ORDER BY id) AS s FROM ticket`.execute(
    db,
  );
  const counterSum = await sql<{ s: string | null }>`SELECT sum(last_number)::text AS s FROM ticket_counter`.execute(db);
  return {
    tickets: await count('ticket'),
    events: await count('queue_event'),
    audit: await count('audit_log'),
    counters: Number(counterSum.rows[0]?.s ?? 0),
    sessions: await count('desk_session'),
    ticketState: state.rows[0]?.s ?? '',
  };
}

/** JSON fetch with a device's bearer token. */
export function deviceFetch(baseUrl: string, token: string) {
  return (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
}

/** A device-authorised JSON fetch, as `deviceFetch` returns it. */
export type DeviceFetch = ReturnType<typeof deviceFetch>;

/**
 * The real server with the demo office open all day, a registered kiosk and a logged-in clerk: the
 * starting point of the queue's HTTP tests.
 * @example const { server, kiosk, clerk } = await startQueueServer(); after(() => server.close());
 */
export async function startQueueServer(): Promise<{ server: TestServer; kiosk: DeviceFetch; clerk: StaffClient }> {
  const server = await startTestServer();
  await openAllDay(server.db);
  const kiosk = deviceFetch(server.url, (await registerDevice(server.db, 'kiosk')).token);
  const clerk = await loginAs(server, 'clerk');
  return { server, kiosk, clerk };
}

/**
 * Issues a ticket of the service with this letter at the kiosk and returns its number (A012).
 * @example const number = await issueAt(kiosk, server.db, 'G');
 */
export async function issueAt(kiosk: DeviceFetch, db: Db, letter: string): Promise<string> {
  const response = await kiosk('POST', '/api/kiosk/bilety', { serviceId: await serviceId(db, letter) });
  if (response.status !== 201) throw new Error(`issuing ${letter} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { number: string }).number;
}

/** A clerk signed in with the desk of this number open. */
export async function clerkAtDesk(server: TestServer, desk: string): Promise<StaffClient> {
  const clerk = await loginAs(server, 'clerk');
  const response = await clerk.sendJson('POST', '/api/stanowisko/otworz', { deskId: await deskId(server.db, desk) });
  if (response.status !== 201) throw new Error(`opening desk ${desk} answered ${response.status}: ${await response.text()}`);
  return clerk;
}

/**
 * The number of a desk that serves the service with this letter.
 * @example const desk = await clerkAtDesk(server, await deskServing(server.db, 'A'));
 */
export async function deskServing(db: Db, letter: string): Promise<string> {
  const row = await db
    .selectFrom('desk')
    .innerJoin('desk_service', 'desk_service.desk_id', 'desk.id')
    .innerJoin('service', 'service.id', 'desk_service.service_id')
    .select('desk.number')
    .where('service.ticket_letter', '=', letter)
    .executeTakeFirstOrThrow();
  return row.number;
}

/** The clerk's desk calls the next ticket. */
export async function callNextAt(clerk: StaffClient): Promise<{ ticketId: number; number: string }> {
  const response = await clerk.sendJson('POST', '/api/stanowisko/wezwij-nastepny', {});
  if (response.status !== 200) throw new Error(`calling next answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { ticketId: number; number: string };
}

/** The clerk serves the called ticket to the end. */
export async function finishAt(clerk: StaffClient, ticketId: number): Promise<void> {
  for (const [action, body] of [
    ['rozpocznij', {}],
    ['zakoncz', { outcome: 'settled' }],
  ] as const) {
    const response = await clerk.sendJson('POST', `/api/stanowisko/bilety/${ticketId}/${action}`, body);
    if (response.status !== 200) throw new Error(`${action} answered ${response.status}: ${await response.text()}`);
  }
}

/** Points a kiosk at a ticket printer (a test printer's address). */
export async function usePrinter(db: Db, kioskId: number, printer: { host: string; port: number }): Promise<void> {
  await db
    .updateTable('device')
    .set({ settings: JSON.stringify({ printer: { host: printer.host, port: printer.port } }) })
    .where('id', '=', kioskId)
    .execute();
}
