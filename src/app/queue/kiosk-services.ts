import { officeDate } from '../../domain/organisation/index.ts';
import { decideIssue, type WaitEstimate } from '../../domain/queue/index.ts';
import type { Db } from '../../storage/database.ts';
import { serviceHoursOn } from './service-hours.ts';
import { estimateFor, serviceFigures } from './wait-figures.ts';

export interface KioskService {
  serviceId: number;
  letter: string;
  name: { pl: string; en: string; uk: string };
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
  name: { pl: string; en: string; uk: string };
  services: KioskService[];
}

/**
 * The kiosk's menu: active services grouped by unit, each with its waiting count, wait estimate and
 * whether tickets are issued now.
 * @example const units = await kioskServices(db, officeId, clock.now());
 */
export async function kioskServices(db: Db, officeId: number, at: Date): Promise<KioskUnit[]> {
  const day = officeDate(at);
  const [services, figures, issued] = await Promise.all([
    db
      .selectFrom('service')
      .innerJoin('unit', 'unit.id', 'service.unit_id')
      .select([
        'service.id',
        'service.ticket_letter',
        'service.name_pl',
        'service.name_en',
        'service.name_uk',
        'service.stop_issuing_minutes',
        'unit.id as unitId',
        'unit.code',
        'unit.name_pl as unitPl',
        'unit.name_en as unitEn',
        'unit.name_uk as unitUk',
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
      unit = { unitId: s.unitId, code: s.code, name: { pl: s.unitPl, en: s.unitEn, uk: s.unitUk }, services: [] };
      units.set(s.unitId, unit);
    }
    const f = figures.get(s.id);
    unit.services.push({
      serviceId: s.id,
      letter: s.ticket_letter,
      name: { pl: s.name_pl, en: s.name_en, uk: s.name_uk },
      waiting: f?.waiting ?? 0,
      estimate: estimateFor(f, f?.waiting ?? 0),
      issuingNow: decision.ok,
      issuedToday: issuedBy.get(s.id) ?? 0,
    });
  }
  return [...units.values()];
}
