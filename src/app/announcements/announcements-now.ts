import { sql } from 'kysely';
import { bySeverity, type OutageProblem, type Place, type Severity } from '../../domain/announcements/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** The device an automatic announcement speaks of, and what failed. */
export interface FailedDevice {
  kind: 'kiosk' | 'board' | 'printer' | 'feedback';
  buildingName: string | null;
  problem: OutageProblem;
}

/** Where residents get help instead: the office's help room (the Information Point). */
export interface HelpRoom {
  roomName: string;
  roomNumber: string;
  buildingName: string;
}

/** An announcement a screen shows now or later today: a person's words, or a failed device's facts to word. */
export interface AnnouncementNow {
  id: number;
  severity: Severity;
  shownFrom: Date;
  shownUntil: Date | null;
  /** A person's words; null for a device's. */
  text: Translated | null;
  device: FailedDevice | null;
  help: HelpRoom | null;
}

/**
 * The announcements for a kind of screen that show now or are still to come (a board or kiosk keeps the coming
 * ones and shows each at its time without a reload; a page shows those with `shownFrom` passed), most severe
 * first. A device's own failure is left off its own screen (`exceptDeviceId`): it says it in its own way.
 * @example const list = await announcementsNow(deps, 'board', { exceptDeviceId: 4 });
 */
export async function announcementsNow(
  deps: UseCaseDeps,
  place: Place,
  options: { exceptDeviceId?: number | null; onlyShown?: boolean } = {},
): Promise<AnnouncementNow[]> {
  const now = deps.clock.now();
  let query = deps.db
    .selectFrom('announcement as a')
    .leftJoin('device as d', 'd.id', 'a.device_id')
    .leftJoin('building as db', 'db.id', 'd.building_id')
    .leftJoin('device_policy as p', 'p.office_id', 'a.office_id')
    .leftJoin('room as r', 'r.id', 'p.help_room_id')
    .leftJoin('building as rb', 'rb.id', 'r.building_id')
    .select([
      'a.id',
      'a.severity',
      'a.shown_from',
      'a.shown_until',
      'a.device_id',
      'a.device_problem',
      translatedColumn('a.text').as('text'),
      'd.kind as device_kind',
      'db.name as device_building',
      'r.name as room_name',
      'r.number as room_number',
      'rb.name as room_building',
    ])
    .where('a.office_id', '=', deps.actor.officeId)
    .where('a.withdrawn_at', 'is', null)
    .where((eb) => eb.or([eb('a.shown_until', 'is', null), eb('a.shown_until', '>', now)]))
    .where(sql<boolean>`a.places @> ARRAY[${place}]::text[]`)
    .orderBy('a.id');
  if (options.onlyShown) query = query.where('a.shown_from', '<=', now);
  if (options.exceptDeviceId != null) {
    const except = options.exceptDeviceId;
    query = query.where((eb) => eb.or([eb('a.device_id', 'is', null), eb('a.device_id', '<>', except)]));
  }
  const rows = await query.limit(50).execute();
  const help = (r: (typeof rows)[number]): HelpRoom | null =>
    r.room_number === null ? null : { roomName: r.room_name ?? '', roomNumber: r.room_number, buildingName: r.room_building ?? '' };
  return rows
    .map((r) => ({
      id: r.id,
      severity: r.severity,
      shownFrom: r.shown_from,
      shownUntil: r.shown_until,
      text: r.device_id === null ? r.text : null,
      device:
        r.device_id !== null && r.device_problem !== null && r.device_kind !== null
          ? { kind: r.device_kind, buildingName: r.device_building, problem: r.device_problem }
          : null,
      help: r.device_id === null ? null : help(r),
    }))
    .sort(bySeverity);
}
