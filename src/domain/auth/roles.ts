/** The roles a member of staff may hold; the database's staff_role check lists the same ones. */
export const STAFF_ROLES = [
  'admin',
  'clerk',
  'information_point',
  'unit_head',
  'city_secretary',
  'register_keeper',
  'contact_centre',
  // Audits of the standards ("tajemniczy klient", issue 18).
  'auditor',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}
