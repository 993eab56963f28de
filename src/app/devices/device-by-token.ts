import { findDeviceByToken } from '../../storage/session-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** A registered device as its token identifies it. */
export interface TokenDevice {
  id: number;
  officeId: number;
  kind: 'kiosk' | 'board' | 'printer';
  name: string;
}

/**
 * The device holding a token, unless the token is unknown or revoked (the device login form).
 * @example const device = await deviceByToken(deps, token); // { id: 5, officeId: 1, kind: 'kiosk', name: 'Biletomat parter' } or null
 */
export async function deviceByToken(deps: Pick<UseCaseDeps, 'db'>, token: string): Promise<TokenDevice | null> {
  const device = await findDeviceByToken(deps.db, token);
  return device ? { id: device.id, officeId: device.officeId, kind: device.kind, name: device.name } : null;
}
