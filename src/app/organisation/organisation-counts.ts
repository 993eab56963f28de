import type { UseCaseDeps } from '../shared/deps.ts';

/** How many of each thing the office has, for the administrator's start page. */
export interface OrganisationCounts {
  buildings: number;
  units: number;
  services: number;
  desks: number;
  staff: number;
  devices: number;
}

/**
 * Counts the acting administrator's office's buildings, units, services, desks, staff and devices.
 * @example const counts = await readOrganisationCounts(deps); counts.desks // 12
 */
export async function readOrganisationCounts(deps: UseCaseDeps): Promise<OrganisationCounts> {
  const count = async (table: 'building' | 'unit' | 'service' | 'desk' | 'staff' | 'device'): Promise<number> => {
    const row = await deps.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('office_id', '=', deps.actor.officeId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const [buildings, units, services, desks, staff, devices] = await Promise.all(
    (['building', 'unit', 'service', 'desk', 'staff', 'device'] as const).map(count),
  );
  return { buildings: buildings!, units: units!, services: services!, desks: desks!, staff: staff!, devices: devices! };
}
