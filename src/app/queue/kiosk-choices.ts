import { officeDate } from '../../domain/organisation/index.ts';
import { decideIssue, type WaitEstimate } from '../../domain/queue/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { serviceHoursOn } from './service-hours.ts';
import { estimateFor, serviceFigures } from './wait-figures.ts';

export interface KioskService {
  serviceId: number;
  letter: string;
  name: Translated;
  waiting: number;
  estimate: WaitEstimate;
  /** Whether a regular ticket can be taken now (hours, cutoff); the limit is checked when issuing. */
  issuingNow: boolean;
  /** Tickets taken today: the kiosk puts the most used services on its first screen. */
  issuedToday: number;
}

export interface KioskUnit {
  unitId: number;
  code: string;
  name: Translated;
  services: KioskService[];
}

/** A reason for a priority ticket (seed 7.1) the office offers. */
export interface PriorityReason {
  code: string;
  name: Translated;
}

export interface KioskChoices {
  units: KioskUnit[];
  /** The services most taken today (taken at least once), most taken first: the first screen's one-touch row. */
  mostUsed: KioskService[];
  priorityReasons: PriorityReason[];
}

// The first screen's one-touch row.
const MOST_USED = 4;

/**
 * The kiosk's menu for the acting device's office: active services grouped by unit, each with its waiting
 * count, wait estimate and whether tickets are issued now; the most used ones; the priority reasons.
 * @example const { units, mostUsed, priorityReasons } = await kioskChoices(deps);
 */
export async function kioskChoices(deps: UseCaseDeps): Promise<KioskChoices> {
  const [units, priorityReasons] = await Promise.all([kioskUnits(deps), activePriorityReasons(deps)]);
  const mostUsed = units
    .flatMap((u) => u.services)
    .filter((s) => s.issuedToday > 0)
    .sort((a, b) => b.issuedToday - a.issuedToday)
    .slice(0, MOST_USED);
  return { units, mostUsed, priorityReasons };
}

/**
 * The priority reasons the office offers now, in its order.
 * @example await activePriorityReasons(deps) // [{ code: 'pregnancy', name: { pl: 'Ciąża', … } }, …]
 */
export async function activePriorityReasons(deps: UseCaseDeps): Promise<PriorityReason[]> {
  return deps.db
    .selectFrom('priority_reason')
    .select(['code', translatedColumn('name').as('name')])
    .where('office_id', '=', deps.actor.officeId)
    .where('active', '=', true)
    .orderBy('position')
    .execute();
}

async function kioskUnits(deps: UseCaseDeps): Promise<KioskUnit[]> {
  const { db } = deps;
  const officeId = deps.actor.officeId;
  const at = deps.clock.now();
  const day = officeDate(at);
  const [services, figures, issued] = await Promise.all([
    db
      .selectFrom('service')
      .innerJoin('unit', 'unit.id', 'service.unit_id')
      .select([
        'service.id',
        'service.ticket_letter',
        translatedColumn('service.name').as('name'),
        'service.stop_issuing_minutes',
        'unit.id as unitId',
        'unit.code',
        translatedColumn('unit.name').as('unitName'),
      ])
      .where('service.office_id', '=', officeId)
      .where('service.active', '=', true)
      .orderBy('unit.code')
      .orderBy('service.ticket_letter')
      .execute(),
    serviceFigures(db, officeId, at),
    db
      .selectFrom('ticket')
      .select(['service_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('office_id', '=', officeId)
      .where('office_day', '=', day)
      .groupBy('service_id')
      .execute(),
  ]);
  const issuedBy = new Map(issued.map((r) => [r.service_id, Number(r.n)]));
  const units = new Map<number, KioskUnit>();
  const hoursOfUnit = new Map<number, Awaited<ReturnType<typeof serviceHoursOn>>>();
  for (const s of services) {
    if (!hoursOfUnit.has(s.unitId)) hoursOfUnit.set(s.unitId, await serviceHoursOn(db, officeId, s.unitId, day));
    const decision = decideIssue(
      { active: true, dailyLimit: null, stopIssuingMinutesBeforeClosing: s.stop_issuing_minutes, priorityReasons: [] },
      hoursOfUnit.get(s.unitId)!,
      { at, issuedToday: 0, ticket: { priorityReason: null, booked: false } },
    );
    let unit = units.get(s.unitId);
    if (!unit) {
      unit = { unitId: s.unitId, code: s.code, name: s.unitName, services: [] };
      units.set(s.unitId, unit);
    }
    const f = figures.get(s.id);
    unit.services.push({
      serviceId: s.id,
      letter: s.ticket_letter,
      name: s.name,
      waiting: f?.waiting ?? 0,
      estimate: estimateFor(f, f?.waiting ?? 0),
      issuingNow: decision.ok,
      issuedToday: issuedBy.get(s.id) ?? 0,
    });
  }
  return [...units.values()];
}
