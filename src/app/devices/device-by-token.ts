import { findDeviceByToken } from '../../storage/session-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import type { DeviceKind } from './register-device.ts';

/** A registered device that is not revoked. */
export interface SignedInDevice {
  id: number;
  officeId: number;
  kind: DeviceKind;
  name: string;
  /** The building it stands in (its pages say when a desk or room is in another one); null when not set. */
  buildingId: number | null;
}

/**
 * The device holding a token, unless the token is unknown or revoked. Runs on every request that carries one.
 * @example const device = await deviceByToken({ db }, { token }); device?.kind // 'kiosk'
 */
export function deviceByToken(deps: Pick<UseCaseDeps, 'db'>, input: { token: string }): Promise<SignedInDevice | undefined> {
  return findDeviceByToken(deps.db, input.token);
}

/**
 * Whether a device is still registered and not revoked (an open event stream asks now and then).
 * @example if (!(await isDeviceActive({ db }, { deviceId: 7 }))) stream.end();
 */
export async function isDeviceActive(deps: Pick<UseCaseDeps, 'db'>, input: { deviceId: number }): Promise<boolean> {
  const row = await deps.db
    .selectFrom('device')
    .select('id')
    .where('id', '=', input.deviceId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
