// The region of `bench region`: beside the demo city hall (whose Information Point books visits), `offices`
// small offices, each with a building, a unit, two walk-in services (A, B), two desks serving both, open all
// day today and tomorrow, 10 boards, one kiosk and two clerks with open sessions.
import { randomBytes } from 'node:crypto';
import { addDays, officeDate } from '../../src/domain/organisation/index.ts';
import type { Db } from '../../src/storage/database.ts';
import { createSession, hashToken } from '../../src/storage/session-repository.ts';
import { createStaff } from '../../test/support/server.ts';

export const BOARDS_PER_OFFICE = 10;
export const DESKS_PER_OFFICE = 2;

export interface RegionOffice {
  id: number;
  serviceIds: number[];
  kiosk: string;
  boards: string[];
  clerks: { deskId: number; cookie: string; csrf: string }[];
}

const token = () => randomBytes(32).toString('base64url');

/** Seeds `count` offices into a migrated database that already holds the demo office. */
export async function seedRegion(db: Db, count: number): Promise<RegionOffice[]> {
  const today = officeDate(new Date());
  const offices = await db
    .insertInto('office')
    .values(Array.from({ length: count }, (_, i) => ({ name: `Urząd Gminy ${i + 1}`, short_name: `UG ${i + 1}` })))
    .returning('id')
    .execute();
  const buildings = await db
    .insertInto('building')
    .values(offices.map((o, i) => ({ office_id: o.id, name: 'Urząd', street: `ul. Rynek ${i + 1}`, postal_code: '97-300', city: 'Gmina' })))
    .returning(['id', 'office_id'])
    .execute();
  const units = await db
    .insertInto('unit')
    .values(buildings.map((b) => ({ office_id: b.office_id, code: 'USC', name_pl: 'Urząd Stanu Cywilnego', building_id: b.id })))
    .returning(['id', 'office_id'])
    .execute();
  const services = await db
    .insertInto('service')
    .values(
      units.flatMap((u) =>
        ['A', 'B'].map((letter) => ({
          office_id: u.office_id,
          unit_id: u.id,
          ticket_letter: letter,
          name_pl: `Sprawa ${letter}`,
          daily_ticket_limit: null,
          stop_issuing_minutes: 0,
          wait_target_minutes: null,
        })),
      ),
    )
    .returning(['id', 'office_id'])
    .execute();
  const desks = await db
    .insertInto('desk')
    .values(
      buildings.flatMap((b) =>
        Array.from({ length: DESKS_PER_OFFICE }, (_, i) => ({
          office_id: b.office_id,
          building_id: b.id,
          floor: 0,
          number: String(i + 1),
        })),
      ),
    )
    .returning(['id', 'office_id'])
    .execute();
  await db
    .insertInto('desk_service')
    .values(desks.flatMap((d) => services.filter((s) => s.office_id === d.office_id).map((s) => ({ desk_id: d.id, service_id: s.id }))))
    .execute();
  await db
    .insertInto('calendar_exception')
    .values(
      offices.map((o) => ({
        office_id: o.id,
        building_id: null,
        starts_on: today,
        ends_on: addDays(today, 1),
        kind: 'short_hours' as const,
        opens: '00:00',
        closes: '23:59',
        reason_pl: 'Benchmark: cały dzień',
      })),
    )
    .execute();

  const tokens = new Map<number, { kiosk: string; boards: string[] }>();
  const deviceRows = offices.flatMap((o) => {
    const kiosk = token();
    const boards = Array.from({ length: BOARDS_PER_OFFICE }, token);
    tokens.set(o.id, { kiosk, boards });
    return [
      { office_id: o.id, kind: 'kiosk' as const, name: `kiosk-${o.id}`, token_hash: hashToken(kiosk) },
      ...boards.map((board, i) => ({
        office_id: o.id,
        kind: 'board' as const,
        name: `board-${o.id}-${i + 1}`,
        token_hash: hashToken(board),
      })),
    ];
  });
  await db.insertInto('device').values(deviceRows).execute();

  // The clerks share one password hash (never used: their sessions are opened directly).
  const template = await createStaff(db, ['clerk']);
  const { password_hash } = await db.selectFrom('staff').select('password_hash').where('id', '=', template.id).executeTakeFirstOrThrow();
  const clerkRows = await db
    .insertInto('staff')
    .values(desks.map((d, i) => ({ office_id: d.office_id, login: `bench.clerk.${i + 1}`, full_name: `Urzędnik ${i + 1}`, password_hash })))
    .returning('id')
    .execute();
  await db
    .insertInto('staff_role')
    .values(clerkRows.map((row) => ({ staff_id: row.id, role: 'clerk' })))
    .execute();
  const clerks = new Map<number, RegionOffice['clerks']>();
  for (const [i, desk] of desks.entries()) {
    const session = await createSession(db, clerkRows[i]!.id, new Date());
    const list = clerks.get(desk.office_id) ?? [];
    list.push({ deskId: desk.id, cookie: `okienko_sesja=${session.token}`, csrf: session.csrfToken });
    clerks.set(desk.office_id, list);
  }
  return offices.map((o) => ({
    id: o.id,
    serviceIds: services.filter((s) => s.office_id === o.id).map((s) => s.id),
    kiosk: tokens.get(o.id)!.kiosk,
    boards: tokens.get(o.id)!.boards,
    clerks: clerks.get(o.id) ?? [],
  }));
}
