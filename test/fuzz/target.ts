import type { RouteOptions } from 'fastify';
import { sql } from 'kysely';
import { bookVisit, nearestFreeTimes } from '../../src/app/booking/index.ts';
import { systemActor, systemClock } from '../../src/app/shared/index.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { openAllDay } from '../support/queue.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { addKnown, type Known } from './values.ts';

// The server the fuzzer runs against: the demo office, open all day (so the queue takes tickets at any hour),
// with a few booked visits whose manage links the crawl can follow.

export interface Target {
  server: TestServer;
  routes: RouteOptions[];
  /** Addresses the crawl starts from besides the routes without parameters: visits' own pages. */
  seeds: string[];
}

/** Starts the server and books two visits. */
export async function startTarget(): Promise<Target> {
  const routes: RouteOptions[] = [];
  const server = await startTestServer({ onRoute: (route) => routes.push(route) });
  await openAllDay(server.db);
  const office = await currentOffice(server.db);
  const deps = { db: server.db, clock: systemClock, actor: systemActor(office.id) };
  const seeds: string[] = [];
  const bookable = await server.db.selectFrom('service').select('id').where('bookable_online', '=', true).orderBy('id').execute();
  for (const [index, service] of bookable.slice(0, 2).entries()) {
    const around = new Date(Date.now() + (index + 2) * 86_400_000);
    const [free] = await nearestFreeTimes(deps, { serviceId: service.id, around, limit: 1 });
    if (!free) continue;
    const booked = await bookVisit(deps, {
      serviceId: service.id,
      startsAt: free.startsAt,
      name: 'Anna Nowak',
      email: `anna.nowak.${index}@example.pl`,
      phone: '',
      locale: 'pl',
      source: 'online',
    });
    seeds.push(`/rezerwacja/${booked.code}?t=${encodeURIComponent(booked.manageToken)}`);
  }
  return { server, routes, seeds };
}

/** A few tickets from a kiosk, so the desk's and the follow page's routes have tickets to act on. */
export async function issueTickets(target: Target, kioskToken: string): Promise<void> {
  const services = await target.server.db.selectFrom('service').select('id').where('active', '=', true).orderBy('id').limit(4).execute();
  for (const service of services) {
    const response = await fetch(`${target.server.url}/api/kiosk/bilety`, {
      method: 'POST',
      headers: { authorization: `Bearer ${kioskToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: service.id }),
    });
    await response.arrayBuffer();
  }
}

/** The ids and codes the office holds now, for valid-looking values. */
export async function readKnown(target: Target, known: Known): Promise<void> {
  const { db } = target.server;
  const tables = {
    service: 'service',
    desk: 'desk',
    unit: 'unit',
    room: 'room',
    building: 'building',
    staff: 'staff',
    device: 'device',
    ticket: 'ticket',
    mail: 'mail_outbox',
    exception: 'calendar_exception',
    schedule: 'booking_schedule',
    booking: 'booking',
  } as const;
  for (const [kind, table] of Object.entries(tables)) {
    const rows = await db.selectFrom(table).select('id').orderBy('id', 'desc').limit(12).execute();
    addKnown(known, kind, ...rows.map((row) => String(row.id)));
  }
  const codes = await sql<{ code: string }>`
    (SELECT public_code AS code FROM ticket ORDER BY id DESC LIMIT 6) UNION ALL (SELECT code FROM booking ORDER BY id DESC LIMIT 6)`.execute(
    db,
  );
  addKnown(known, 'code', ...codes.rows.map((row) => row.code));
  const letters = await db.selectFrom('service').select('ticket_letter').execute();
  addKnown(known, 'letter', ...letters.map((row) => row.ticket_letter));
}
