import { announcesOutage, DEVICE_PROBLEMS, isOutage, uptime, type DeviceProblem } from '../../domain/announcements/index.ts';
import { DAY } from '../../domain/shared/time.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** A device's health for the administrator: its problem now, its last changes, its uptime over 30 days. */
export interface DeviceHealthItem {
  id: number;
  name: string;
  kind: 'kiosk' | 'board' | 'printer' | 'feedback';
  buildingName: string | null;
  lastSeenAt: Date | null;
  problem: DeviceProblem | null;
  problemSince: Date | null;
  /** The share of the last 30 days (or since it was registered) without an outage, 0–1. */
  uptime: number;
  /** The newest changes first. */
  history: { at: Date; problem: DeviceProblem | null }[];
}

/** A device with a problem now, for the Information Point's and the administrator's alert. */
export interface DeviceAlert {
  id: number;
  name: string;
  kind: 'kiosk' | 'board' | 'printer' | 'feedback';
  buildingName: string | null;
  problem: DeviceProblem;
  since: Date | null;
  outage: boolean;
}

export const UPTIME_DAYS = 30;
const HISTORY_SHOWN = 10;

/**
 * Every device of the office that is not revoked, with its health, history and uptime over 30 days.
 * @example const devices = await deviceHealth(deps); devices[0].uptime // 0.998
 */
export async function deviceHealth(deps: UseCaseDeps): Promise<DeviceHealthItem[]> {
  const now = deps.clock.now();
  const from = new Date(now.getTime() - UPTIME_DAYS * DAY);
  const devices = await deps.db
    .selectFrom('device')
    .leftJoin('building', 'building.id', 'device.building_id')
    .select([
      'device.id',
      'device.name',
      'device.kind',
      'device.created_at',
      'device.last_seen_at',
      'device.problem',
      'device.problem_changed_at',
      'building.name as building_name',
    ])
    .where('device.office_id', '=', deps.actor.officeId)
    .where('device.revoked_at', 'is', null)
    .orderBy('device.kind')
    .orderBy('device.name')
    .execute();
  if (devices.length === 0) return [];
  const ids = devices.map((d) => d.id);
  const changes = await deps.db
    .selectFrom('device_health_change')
    .select(['device_id', 'at', 'problem'])
    .where('device_id', 'in', ids)
    .where('at', '>', from)
    .orderBy('device_id')
    .orderBy('at')
    .orderBy('id')
    .execute();
  // The problem each device had when the window opened: its last change before it.
  const before = await deps.db
    .selectFrom('device_health_change')
    .select(['device_id', 'problem'])
    .distinctOn('device_id')
    .where('device_id', 'in', ids)
    .where('at', '<=', from)
    .orderBy('device_id')
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const atStart = new Map(before.map((b) => [b.device_id, b.problem]));
  return devices.map((d) => {
    const own = changes.filter((c) => c.device_id === d.id);
    const start = d.created_at > from ? d.created_at : from;
    return {
      id: d.id,
      name: d.name,
      kind: d.kind,
      buildingName: d.building_name,
      lastSeenAt: d.last_seen_at,
      problem: d.problem,
      problemSince: d.problem_changed_at,
      uptime: uptime(atStart.get(d.id) ?? null, own, start, now),
      history: own
        .slice(-HISTORY_SHOWN)
        .reverse()
        .map((c) => ({ at: c.at, problem: c.problem })),
    };
  });
}

/**
 * The office's devices with a problem now (an outage, or paper near its end), for the staff alert.
 * @example (await deviceAlerts(deps)).map((a) => a.problem) // ['paper_end']
 */
export async function deviceAlerts(deps: UseCaseDeps): Promise<DeviceAlert[]> {
  const rows = await deps.db
    .selectFrom('device')
    .leftJoin('building', 'building.id', 'device.building_id')
    .select(['device.id', 'device.name', 'device.kind', 'device.problem', 'device.problem_changed_at', 'building.name as building_name'])
    .where('device.office_id', '=', deps.actor.officeId)
    .where('device.revoked_at', 'is', null)
    .where('device.problem', 'in', [...DEVICE_PROBLEMS])
    .orderBy('device.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    buildingName: r.building_name,
    problem: r.problem!,
    since: r.problem_changed_at,
    outage: isOutage(r.problem) && announcesOutage(r.kind),
  }));
}

/**
 * Whether a kiosk's printer has a problem now: the kiosk then shows the number on screen and does not try to
 * print until the printer reports itself well (its heartbeat asks it).
 * @example if (isPrinterProblem(await devicePrinterProblem(deps, kioskId))) return 'paused';
 */
export async function devicePrinterProblem(deps: UseCaseDeps, deviceId: number): Promise<DeviceProblem | null> {
  const row = await deps.db.selectFrom('device').select('problem').where('id', '=', deviceId).executeTakeFirst();
  return row?.problem ?? null;
}
