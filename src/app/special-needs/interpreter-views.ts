import { earliestInterpreterDate, type UnavailableReason } from '../../domain/special-needs/index.ts';
import { daysFrom, statusAt, type DayHours, type PlaceStatus } from '../../domain/organisation/calendar.ts';
import { instantOf, officeDate } from '../../domain/organisation/office-time.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { buildingCalendar, interpreterPlace, type InterpreterPlace } from './interpreter-place.ts';
import { informationPointPolicy } from './policy.ts';

/** The video interpreter's availability now; "unknown" before the Information Point ever set it. */
export type InterpreterAvailability =
  { kind: 'available' } | { kind: 'unavailable'; reason: UnavailableReason; expectedBack: Date | null } | { kind: 'unknown' };

/** What the public page for deaf and hard-of-hearing residents shows. */
export interface PublicInterpreterView {
  place: InterpreterPlace | null;
  /** The building's status now (open until, closed today…) and its week. */
  hours: { status: PlaceStatus; week: DayHours[] } | null;
  /** Available only while the building is open; outside hours the page says when it opens. */
  availability: InterpreterAvailability;
  videoUrl: string | null;
  /** The earliest day an in-person interpreter may be asked for today (3 working days' notice). */
  earliestInPerson: string | null;
}

/**
 * The interpreter's availability only (the live part of the public page).
 * @example await interpreterAvailability(deps) // { kind: 'available' }
 */
export async function interpreterAvailability(deps: Pick<UseCaseDeps, 'db' | 'actor'>): Promise<InterpreterAvailability> {
  const row = await deps.db.selectFrom('interpreter_status').selectAll().where('office_id', '=', deps.actor.officeId).executeTakeFirst();
  if (!row) return { kind: 'unknown' };
  if (row.available) return { kind: 'available' };
  return { kind: 'unavailable', reason: row.reason ?? 'other', expectedBack: row.expected_back };
}

/**
 * The public page's facts: where the video interpreter is (from the settings and the buildings), the building's
 * hours, availability now, the office's PJM video (none when not configured), the earliest in-person date.
 * @example (await publicInterpreterView(deps)).place?.street // 'ul. Szkolna 28'
 */
export async function publicInterpreterView(deps: Pick<UseCaseDeps, 'db' | 'actor' | 'clock'>): Promise<PublicInterpreterView> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  const policy = await informationPointPolicy(deps.db, officeId);
  const [place, availability] = await Promise.all([
    interpreterPlace(deps.db, officeId, policy.interpreterRoomId),
    interpreterAvailability(deps),
  ]);
  if (!place) return { place, hours: null, availability, videoUrl: policy.videoUrl, earliestInPerson: null };
  const calendar = await buildingCalendar(deps.db, officeId, place.buildingId);
  const today = officeDate(now);
  return {
    place,
    hours: { status: statusAt(calendar, now), week: daysFrom(calendar, today, 7) },
    availability,
    videoUrl: policy.videoUrl,
    earliestInPerson: earliestInterpreterDate(calendar, today),
  };
}

/** A logged session (no personal data). */
export interface InterpreterSessionView {
  id: number;
  startedAt: Date;
  endedAt: Date | null;
  service: Translated | null;
  unit: Translated | null;
  outcome: string | null;
}

/**
 * The Information Point's interpreter panel: availability, the open session, today's sessions.
 * @example const { availability, open, today } = await interpreterDesk(deps);
 */
export async function interpreterDesk(
  deps: Pick<UseCaseDeps, 'db' | 'actor' | 'clock'>,
): Promise<{ availability: InterpreterAvailability; open: InterpreterSessionView | null; today: InterpreterSessionView[] }> {
  const dayStart = instantOf(officeDate(deps.clock.now()), '00:00');
  const [availability, rows] = await Promise.all([
    interpreterAvailability(deps),
    deps.db
      .selectFrom('interpreter_session as s')
      .leftJoin('service', 'service.id', 's.service_id')
      .leftJoin('unit', 'unit.id', 's.unit_id')
      .select([
        's.id',
        's.started_at',
        's.ended_at',
        's.outcome',
        's.service_id',
        's.unit_id',
        translatedColumn('service.name').as('service'),
        translatedColumn('unit.name').as('unit'),
      ])
      .where('s.office_id', '=', deps.actor.officeId)
      .where((eb) => eb.or([eb('s.ended_at', 'is', null), eb('s.started_at', '>=', dayStart)]))
      .orderBy('s.started_at', 'desc')
      .limit(100)
      .execute(),
  ]);
  const sessions = rows.map((r): InterpreterSessionView => ({
    id: r.id,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    service: r.service_id === null ? null : r.service,
    unit: r.unit_id === null ? null : r.unit,
    outcome: r.outcome,
  }));
  return { availability, open: sessions.find((s) => s.endedAt === null) ?? null, today: sessions.filter((s) => s.endedAt !== null) };
}
