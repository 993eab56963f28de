/** What names one slot: a desk's time for a service. The database keeps (desk, time range) unique. */
export interface SlotIdentity {
  serviceId: number;
  deskId: number;
  startsAt: Date;
}

const PATTERN = /^s(\d{1,9})-d(\d{1,9})-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})Z$/;

/**
 * A stable, URL-safe name of a slot: the same service, desk and start instant always give the same
 * text, whatever the time zone or the day's hours, so a form value or a link keeps meaning the same slot.
 * @example slotId({ serviceId: 3, deskId: 7, startsAt: new Date('2026-03-30T06:00:00Z') }) // 's3-d7-20260330T0600Z'
 */
export function slotId(slot: SlotIdentity): string {
  const iso = slot.startsAt.toISOString();
  const compact = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
  return `s${slot.serviceId}-d${slot.deskId}-${compact}`;
}

/**
 * Reads a slot name back; null for anything that is not one (a tampered form value).
 * @example parseSlotId('s3-d7-20260330T0600Z') // { serviceId: 3, deskId: 7, startsAt: 2026-03-30T06:00:00.000Z }
 */
export function parseSlotId(text: string): SlotIdentity | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const [, service, desk, year, month, day, hour, minute] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const startsAt = new Date(Date.UTC(year, month - 1, day, hour, minute));
  // Date.UTC rolls 31 February over into March: such a name was not made by slotId.
  if (slotId({ serviceId: service, deskId: desk, startsAt }) !== text) return null;
  return { serviceId: service, deskId: desk, startsAt };
}
