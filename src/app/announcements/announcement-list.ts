import { stateOf, type OutageProblem, type Place, type Severity } from '../../domain/announcements/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** An announcement on the staff list. */
export interface AnnouncementItem {
  id: number;
  severity: Severity;
  text: Translated;
  places: Place[];
  shownFrom: Date;
  shownUntil: Date | null;
  withdrawnAt: Date | null;
  state: 'coming' | 'shown' | 'ended' | 'withdrawn';
  /** Set for an automatic announcement: the device's name and its problem. */
  device: { name: string; problem: OutageProblem } | null;
}

const LIST_LIMIT = 200;

/**
 * The office's announcements, the open ones first, then the newest; for the administrator and the Contact Centre.
 * @example const list = await listAnnouncements(deps);
 */
export async function listAnnouncements(deps: UseCaseDeps, id?: number): Promise<AnnouncementItem[]> {
  const now = deps.clock.now();
  let query = deps.db
    .selectFrom('announcement as a')
    .leftJoin('device as d', 'd.id', 'a.device_id')
    .select([
      'a.id',
      'a.severity',
      'a.places',
      'a.shown_from',
      'a.shown_until',
      'a.withdrawn_at',
      'a.device_problem',
      'd.name as device_name',
      translatedColumn('a.text').as('text'),
    ])
    .where('a.office_id', '=', deps.actor.officeId)
    .orderBy('a.id', 'desc')
    .limit(LIST_LIMIT);
  if (id !== undefined) query = query.where('a.id', '=', id);
  const rows = await query.execute();
  const rank = { shown: 0, coming: 1, ended: 2, withdrawn: 3 } as const;
  return rows
    .map((r) => {
      const item = {
        id: r.id,
        severity: r.severity,
        text: r.text,
        places: r.places as Place[],
        shownFrom: r.shown_from,
        shownUntil: r.shown_until,
        withdrawnAt: r.withdrawn_at,
        device: r.device_problem !== null ? { name: r.device_name ?? '', problem: r.device_problem } : null,
      };
      return { ...item, state: stateOf({ ...item, places: item.places }, now) };
    })
    .sort((a, b) => rank[a.state] - rank[b.state] || b.id - a.id);
}

/** One announcement of the office, or null. */
export async function findAnnouncement(deps: UseCaseDeps, id: number): Promise<AnnouncementItem | null> {
  return (await listAnnouncements(deps, id))[0] ?? null;
}
