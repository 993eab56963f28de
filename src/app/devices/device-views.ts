import type { UseCaseDeps } from '../shared/deps.ts';
import { unitOfDevice } from './device-unit.ts';
import { printerOf, type PrinterAddress } from './kiosk-printer.ts';
import type { DeviceKind } from './register-device.ts';

/** A device as the administrator's list shows it, with its last reported health. */
export interface DeviceListItem {
  id: number;
  kind: DeviceKind;
  name: string;
  buildingId: number | null;
  buildingName: string | null;
  /** A kiosk's own ticket printer, when its settings name one. */
  printer: PrinterAddress | null;
  /** A feedback tablet's unit (its answers count for it), when its settings name one. */
  unitId: number | null;
  createdAt: Date;
  lastSeenAt: Date | null;
  health: 'unknown' | 'ok' | 'warning' | 'failed';
  lastFailure: string | null;
  lastFailureAt: Date | null;
  revokedAt: Date | null;
}

function devicesOf(deps: UseCaseDeps) {
  return deps.db
    .selectFrom('device')
    .leftJoin('building', 'building.id', 'device.building_id')
    .select([
      'device.id',
      'device.kind',
      'device.name',
      'device.building_id as buildingId',
      'building.name as buildingName',
      'device.settings',
      'device.created_at as createdAt',
      'device.last_seen_at as lastSeenAt',
      'device.health',
      'device.last_failure as lastFailure',
      'device.last_failure_at as lastFailureAt',
      'device.revoked_at as revokedAt',
    ])
    .where('device.office_id', '=', deps.actor.officeId);
}

/**
 * The office's devices, working ones first, then by name.
 * @example const devices = await listDevices(deps);
 */
export async function listDevices(deps: UseCaseDeps): Promise<DeviceListItem[]> {
  const rows = await devicesOf(deps)
    .orderBy((eb) => eb('device.revoked_at', 'is not', null))
    .orderBy('device.name')
    .execute();
  return rows.map(listItem);
}

function listItem({ settings, ...row }: Omit<DeviceListItem, 'printer' | 'unitId'> & { settings: unknown }): DeviceListItem {
  return { ...row, printer: printerOf(settings), unitId: unitOfDevice(settings) };
}

/**
 * One device of the office; undefined when it is not the office's.
 * @example const device = await findDevice(deps, 3); device?.revokedAt // null
 */
export async function findDevice(deps: UseCaseDeps, id: number): Promise<DeviceListItem | undefined> {
  const row = await devicesOf(deps).where('device.id', '=', id).executeTakeFirst();
  return row && listItem(row);
}
