/**
 * The unit a feedback tablet's answers count for, from its settings (`{ "unitId": 4 }`), or null: the whole office.
 * @example unitOfDevice({ unitId: 4 }) // 4
 */
export function unitOfDevice(settings: unknown): number | null {
  if (settings === null || typeof settings !== 'object') return null;
  const unitId = (settings as { unitId?: unknown }).unitId;
  return typeof unitId === 'number' && Number.isInteger(unitId) && unitId > 0 ? unitId : null;
}
