import assert from 'node:assert/strict';
import type { Db } from '../../src/storage/database.ts';
import type { StaffClient } from './server.ts';

const TABLES = ['office', 'building', 'room', 'unit', 'service', 'desk', 'desk_service', 'opening_hours', 'calendar_exception', 'staff', 'staff_role', 'staff_session', 'audit_log'] as const;

/** Row counts of every table the administrator's pages write, the audit log included. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
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
