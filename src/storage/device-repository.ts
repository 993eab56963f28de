import type { Db } from './database.ts';

export interface DeviceListRow {
  id: number;
  kind: 'kiosk' | 'board' | 'printer';
  name: string;
  buildingName: string | null;
  createdAt: Date;
  lastSeenAt: Date | null;
  health: 'unknown' | 'ok' | 'warning' | 'failed';
  lastFailure: string | null;
  lastFailureAt: Date | null;
  revokedAt: Date | null;
}

/**
 * The office's devices, working ones first, then by name.
 * @example const devices = await listDevices(db, officeId);
 */
export async function listDevices(db: Db, officeId: number): Promise<DeviceListRow[]> {
  return devicesOf(db, officeId)
    .orderBy((eb) => eb('device.revoked_at', 'is not', null))
    .orderBy('device.name')
    .execute();
}

/** One device of the office, or undefined. */
export async function findDevice(db: Db, officeId: number, id: number): Promise<DeviceListRow | undefined> {
  return devicesOf(db, officeId).where('device.id', '=', id).executeTakeFirst();
}

function devicesOf(db: Db, officeId: number) {
  return db
    .selectFrom('device')
    .leftJoin('building', 'building.id', 'device.building_id')
    .select([
      'device.id',
      'device.kind',
      'device.name',
      'building.name as buildingName',
      'device.created_at as createdAt',
      'device.last_seen_at as lastSeenAt',
      'device.health',
      'device.last_failure as lastFailure',
      'device.last_failure_at as lastFailureAt',
      'device.revoked_at as revokedAt',
    ])
    .where('device.office_id', '=', officeId);
}

/** The office's buildings for a choice list. */
export async function buildingChoices(db: Db, officeId: number): Promise<{ id: number; name: string }[]> {
  return db.selectFrom('building').select(['id', 'name']).where('office_id', '=', officeId).orderBy('name').execute();
}
