/**
 * Who sees which of a day's bookings, by need to know (RODO art. 5(1)(c), data minimisation):
 * - the Information Point books for callers and receives visitors of every unit: all bookings, with
 *   names and contacts;
 * - the head of a unit answers for the unit's visits (a desk closed by illness means calling the
 *   booked people): the bookings of their own unit, with names and contacts;
 * - a clerk serves the booked visitors of the services their desk serves: those, with names and
 *   contacts, and only while signed in at a desk;
 * - the administrator checks that schedules and policy give the times they should: every booking's
 *   time, service, desk and status, but no name, contact or code (the code checks a person in).
 * A person with several roles gets the first of these that applies, in this order.
 */
export type DayViewScope =
  | { kind: 'all'; personalData: true }
  | { kind: 'unit'; personalData: true }
  | { kind: 'desk_services'; personalData: true }
  | { kind: 'all'; personalData: false };

export const DAY_VIEW_ROLES = ['information_point', 'unit_head', 'clerk', 'admin'] as const;

/**
 * The day view's scope for a person's roles; null when none of them may see it.
 * @example dayViewScope(['admin', 'unit_head']) // { kind: 'unit', personalData: true }
 * @example dayViewScope(['contact_centre']) // null
 */
export function dayViewScope(roles: readonly string[]): DayViewScope | null {
  if (roles.includes('information_point')) return { kind: 'all', personalData: true };
  if (roles.includes('unit_head')) return { kind: 'unit', personalData: true };
  if (roles.includes('clerk')) return { kind: 'desk_services', personalData: true };
  if (roles.includes('admin')) return { kind: 'all', personalData: false };
  return null;
}
