import assert from 'node:assert/strict';
import type { Db } from '../../src/storage/database.ts';
import type { StaffClient } from './server.ts';

const TABLES = [
  'office',
  'building',
  'room',
  'unit',
  'service',
  'desk',
  'desk_service',
  'opening_hours',
  'calendar_exception',
  'staff',
  'staff_role',
  'staff_session',
  'audit_log',
] as const;

/** Row counts of every table the administrator's pages write, the audit log included. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

/**
 * Sends a bad request and proves it was refused with this status and message and wrote nothing.
 * @example const html = await expectRefused(server.db, () => admin.postForm('/admin/budynki/nowy', form), 422, 'Wpisz kod pocztowy');
 */
export async function expectRefused(db: Db, send: () => Promise<Response>, status: number, message: string): Promise<string> {
  const before = await rowCounts(db);
  const response = await send();
  const body = await response.text();
  assert.equal(response.status, status, body.slice(0, 2000));
  assert.ok(body.includes(message), `the answer should say "${message}"`);
  assert.deepEqual(await rowCounts(db), before, 'nothing may change');
  return body;
}

/** POSTs a form that must succeed: answers 303; returns where it redirects. */
export async function postOk(client: StaffClient, path: string, form: Record<string, string | string[]>): Promise<string> {
  const response = await client.postForm(path, form);
  const body = await response.text();
  assert.equal(response.status, 303, body.slice(0, 3000));
  return response.headers.get('location') ?? '';
}

/** The id at the end of a path like /admin/budynki/7?zapisano=1. */
export function idFrom(location: string): number {
  const match = /\/(\d+)(?:\?|$|#)/.exec(location);
  assert.ok(match, `no id in ${location}`);
  return Number(match[1]);
}

/** The audit rows of one action, newest last. */
export async function auditRows(db: Db, action: string): Promise<{ subject_id: string; details: unknown }[]> {
  return db.selectFrom('audit_log').select(['subject_id', 'details']).where('action', '=', action).orderBy('id').execute();
}

export const BUILDING: Readonly<Record<string, string>> = {
  name: 'Ratusz',
  street: 'Pasaż Karola Rudowskiego 10',
  postal_code: '97-300',
  city: 'Piotrków Trybunalski',
  floors: '3',
  ground_floor_accessible: 'on',
  accessibility_notes: '',
};

/** Creates a building through the administrator's page; returns its id. */
export async function addBuilding(client: StaffClient, name: string): Promise<number> {
  return idFrom(await postOk(client, '/admin/budynki/nowy', { ...BUILDING, name }));
}

/** Adds a room to a building through its page; returns the room's id. */
export async function addRoom(client: StaffClient, db: Db, buildingId: number, number: string): Promise<number> {
  await postOk(client, `/admin/budynki/${buildingId}/sale`, { room_floor: '0', room_number: number, room_name: '' });
  const room = await db
    .selectFrom('room')
    .select('id')
    .where('building_id', '=', buildingId)
    .where('number', '=', number)
    .executeTakeFirstOrThrow();
  return room.id;
}

/** Creates a unit through its page; returns its id. */
export async function addUnit(client: StaffClient, db: Db, code: string): Promise<number> {
  await postOk(client, '/admin/komorki/nowa', {
    code,
    name_pl: `Wydział ${code}`,
    name_en: '',
    name_uk: '',
    building_id: '',
    room_id: '',
    phone: '',
    email: '',
  });
  return (await db.selectFrom('unit').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

/** The fields of a valid service form. */
export function serviceForm(unitId: number, letter: string, name: string): Record<string, string> {
  return {
    unit_id: String(unitId),
    ticket_letter: letter,
    name_pl: name,
    name_en: '',
    name_uk: '',
    description_pl: '',
    description_en: '',
    description_uk: '',
    documents_pl: 'Dowód osobisty\n\nZdjęcie',
    documents_en: '',
    documents_uk: '',
    fees_pl: '',
    fees_en: '',
    fees_uk: '',
    payment_pl: '',
    payment_en: '',
    payment_uk: '',
    typical_minutes: '15',
    active: 'on',
  };
}

/** Creates a service through its page; returns its id. */
export async function addService(client: StaffClient, db: Db, unitId: number, letter: string): Promise<number> {
  await postOk(client, '/admin/sprawy/nowa', serviceForm(unitId, letter, `Sprawa ${letter}`));
  return (await db.selectFrom('service').select('id').where('ticket_letter', '=', letter).executeTakeFirstOrThrow()).id;
}
