import { sql } from 'kysely';
import type { Clock } from '../shared/deps.ts';
import { systemActor } from '../shared/deps.ts';
import { hashPassword } from '../auth/password.ts';
import type { Db, Tx } from '../../storage/database.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import {
  DEMO_BUILDINGS,
  DEMO_BUILDING_HOURS,
  DEMO_DESKS,
  DEMO_EXCEPTIONS,
  DEMO_OFFICE,
  DEMO_ROOMS,
  DEMO_STAFF,
  DEMO_UNITS,
  DEMO_UNIT_HOURS,
  demoPassword,
  type BuildingKey,
} from './piotrkow.ts';
import { DEMO_SERVICES } from './piotrkow-services.ts';
import { loadDemoDirectory } from './load-demo-directory.ts';
import { DEMO_PRIORITY_REASONS, DEMO_QUEUE_POLICY, DEMO_SERVICE_RULES } from './piotrkow-queue.ts';
import { addDemoBookingSettings, addDemoBookingSettingsIn } from './piotrkow-booking.ts';
import { addDemoAnnouncements, addDemoAnnouncementsIn } from './piotrkow-announcements.ts';
import { addDemoComplaintsIn } from './piotrkow-complaints.ts';
import { addDemoSpecialNeeds } from './piotrkow-special-needs.ts';
import { addDemoReports } from './piotrkow-reports.ts';
import { addDemoHistory } from './piotrkow-history.ts';
import { addDemoQuality } from './piotrkow-quality.ts';
import { addDemoHomeVisits } from './piotrkow-home-visits.ts';

export interface DemoLogin {
  role: string;
  login: string;
  password: string;
}

export interface DemoResult {
  /** True when this call created the demo office (the first start on an empty database). */
  created: boolean;
  /** Demo accounts to print; empty when the office is not the demo office. */
  logins: DemoLogin[];
}

// Serialises two processes starting on the same empty database, so the demo office is created once.
const DEMO_LOCK = 7_412_006_003;

const DEMO_LOGINS: DemoLogin[] = DEMO_STAFF.map((s) => ({ role: s.role, login: s.login, password: demoPassword(s.role) }));

/**
 * Loads the demo city hall of Piotrków Trybunalski into an empty database, in one transaction.
 * Does nothing when an office already exists; when that office is the demo office, it still returns
 * the fixed demo logins so that every start can print them.
 * @example const { created, logins } = await loadDemoData(db, systemClock);
 */
export async function loadDemoData(db: Db, clock: Clock, options: { history?: boolean } = {}): Promise<DemoResult> {
  const existing = await firstOffice(db);
  if (existing) {
    if (existing.is_demo) {
      await addDemoQueueSettings(db, existing.id);
      await addDemoBookingSettings(db, existing.id);
      await addDemoAnnouncements(db, existing.id, clock);
      await addDemoSpecialNeeds(db, existing.id, clock);
      await addDemoReports(db, existing.id, clock.now());
      await db.transaction().execute((tx) => addDemoQuality(tx, existing.id, clock));
    }
    return { created: false, logins: existing.is_demo ? DEMO_LOGINS : [] };
  }
  // argon2 is slow on purpose: hash before the transaction, not while it holds locks.
  const hashes = await Promise.all(DEMO_STAFF.map((s) => hashPassword(demoPassword(s.role))));
  const created = await db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(${DEMO_LOCK})`.execute(tx);
    if (await firstOffice(tx)) return false;
    const officeId = await insertDemoOffice(tx, clock, hashes);
    await addDemoQueueSettingsIn(tx, officeId);
    await addDemoBookingSettingsIn(tx, officeId);
    await addDemoAnnouncementsIn(tx, officeId, clock);
    await addDemoComplaintsIn(tx, officeId, clock);
    await addDemoSpecialNeeds(tx, officeId, clock);
    await addDemoReports(tx, officeId, clock.now());
    await addDemoQuality(tx, officeId, clock);
    await addDemoHomeVisits(tx, officeId, clock);
    return true;
  });
  if (created) {
    // Service figures: a few weeks of past visits, for `okienko start` and `demo-data` only (tests keep an empty past).
    if (options.history) await addDemoHistory(db, clock);
    return { created: true, logins: DEMO_LOGINS };
  }
  const office = await firstOffice(db);
  return { created: false, logins: office?.is_demo ? DEMO_LOGINS : [] };
}

async function firstOffice(db: Db | Tx) {
  return db.selectFrom('office').select(['id', 'is_demo']).orderBy('id').limit(1).executeTakeFirst();
}

async function insertDemoOffice(tx: Tx, clock: Clock, hashes: string[]): Promise<number> {
  const office = await tx
    .insertInto('office')
    .values({ ...DEMO_OFFICE, is_demo: true, created_at: clock.now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const officeId = office.id;

  const buildingIds = {} as Record<BuildingKey, number>;
  for (const key of Object.keys(DEMO_BUILDINGS) as BuildingKey[]) {
    const row = await tx
      .insertInto('building')
      .values({ ...DEMO_BUILDINGS[key], office_id: officeId, postal_code: DEMO_OFFICE.postal_code, city: DEMO_OFFICE.city })
      .returning('id')
      .executeTakeFirstOrThrow();
    buildingIds[key] = row.id;
  }

  const roomIds = new Map<string, number>();
  for (const room of DEMO_ROOMS) {
    const row = await tx
      .insertInto('room')
      .values({ building_id: buildingIds[room.building], floor: room.floor, number: room.number, name: room.name })
      .returning('id')
      .executeTakeFirstOrThrow();
    roomIds.set(room.number, row.id);
  }

  const unitIds = new Map<string, number>();
  for (const { building, room, ...unit } of DEMO_UNITS) {
    const row = await tx
      .insertInto('unit')
      .values({ ...unit, office_id: officeId, building_id: buildingIds[building], room_id: roomIds.get(room) ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    unitIds.set(unit.code, row.id);
  }

  const serviceIds = new Map<string, number>();
  for (const s of DEMO_SERVICES) {
    const row = await tx
      .insertInto('service')
      .values({
        office_id: officeId,
        unit_id: unitIds.get(s.unit)!,
        ticket_letter: s.ticket_letter,
        name_pl: s.name[0],
        name_en: s.name[1],
        name_uk: s.name[2],
        description_pl: s.description[0],
        description_en: s.description[1],
        description_uk: s.description[2],
        documents_pl: s.documents[0].join('\n'),
        documents_en: s.documents[1].join('\n'),
        documents_uk: s.documents[2].join('\n'),
        fees_pl: s.fees[0].join('\n'),
        fees_en: s.fees[1].join('\n'),
        fees_uk: s.fees[2].join('\n'),
        payment_pl: s.payment[0],
        payment_en: s.payment[1],
        payment_uk: s.payment[2],
        typical_minutes: s.typical_minutes,
        bookable_online: s.bookable_online,
        ground_floor_possible: s.ground_floor_possible,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    serviceIds.set(s.ticket_letter, row.id);
  }

  for (const { letters, building, room, ...desk } of DEMO_DESKS) {
    const row = await tx
      .insertInto('desk')
      .values({ ...desk, office_id: officeId, building_id: buildingIds[building], room_id: roomIds.get(room) ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('desk_service')
      .values(letters.map((letter) => ({ desk_id: row.id, service_id: serviceIds.get(letter)! })))
      .execute();
  }

  const hours = [
    ...(Object.keys(DEMO_BUILDING_HOURS) as BuildingKey[]).flatMap((key) =>
      DEMO_BUILDING_HOURS[key].map(([weekday, opens, closes]) => ({
        office_id: officeId,
        building_id: buildingIds[key],
        unit_id: null,
        weekday,
        opens,
        closes,
      })),
    ),
    ...Object.entries(DEMO_UNIT_HOURS).flatMap(([code, rows]) =>
      rows.map(([weekday, opens, closes]) => ({
        office_id: officeId,
        building_id: null,
        unit_id: unitIds.get(code)!,
        weekday,
        opens,
        closes,
      })),
    ),
  ];
  await tx.insertInto('opening_hours').values(hours).execute();

  await tx
    .insertInto('calendar_exception')
    .values(
      DEMO_EXCEPTIONS.map(({ building, ...e }) => ({ ...e, office_id: officeId, building_id: building ? buildingIds[building] : null })),
    )
    .execute();

  for (const [i, { role, unit, ...person }] of DEMO_STAFF.entries()) {
    const row = await tx
      .insertInto('staff')
      .values({ ...person, office_id: officeId, unit_id: unitIds.get(unit)!, password_hash: hashes[i]! })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('staff_role').values({ staff_id: row.id, role }).execute();
  }

  await loadDemoDirectory(tx, officeId, clock.now());

  await appendAudit(tx, systemActor(officeId), clock.now(), {
    action: 'demo.load',
    subjectType: 'office',
    subjectId: officeId,
    details: { services: DEMO_SERVICES.length, staff: DEMO_STAFF.length },
  });
  return officeId;
}

/**
 * The demo office's queue policy, priority reasons and per-service issuing rules, added once: a demo
 * database created before the queue existed gets them at its next start; later changes by an
 * administrator are kept, because nothing is written when the policy row is already there.
 */
async function addDemoQueueSettings(db: Db, officeId: number): Promise<void> {
  const present = await db.selectFrom('queue_policy').select('office_id').where('office_id', '=', officeId).executeTakeFirst();
  if (present) return;
  await db.transaction().execute((tx) => addDemoQueueSettingsIn(tx, officeId));
}

async function addDemoQueueSettingsIn(tx: Tx, officeId: number): Promise<void> {
  const inserted = await tx
    .insertInto('queue_policy')
    .values({ office_id: officeId, ...DEMO_QUEUE_POLICY })
    .onConflict((oc) => oc.column('office_id').doNothing())
    .returning('office_id')
    .executeTakeFirst();
  if (!inserted) return;
  await tx
    .insertInto('priority_reason')
    .values(DEMO_PRIORITY_REASONS.map((reason, position) => ({ ...reason, office_id: officeId, position })))
    .onConflict((oc) => oc.columns(['office_id', 'code']).doNothing())
    .execute();
  for (const [letter, rules] of Object.entries(DEMO_SERVICE_RULES)) {
    await tx.updateTable('service').set(rules).where('office_id', '=', officeId).where('ticket_letter', '=', letter).execute();
  }
}
