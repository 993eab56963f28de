import { sql } from 'kysely';
import type { Tx } from './database.ts';

/** The channel on which a revoked device's id is announced to every app process (its open streams end). */
export const DEVICE_CHANNEL = 'okienko_device';

/**
 * Tells every listening process that a device was revoked; PostgreSQL delivers it when the transaction
 * commits, so a revocation that was rolled back ends nothing.
 * @example await notifyDeviceRevoked(tx, 7);
 */
export async function notifyDeviceRevoked(tx: Tx, deviceId: number): Promise<void> {
  await sql`SELECT pg_notify(${DEVICE_CHANNEL}, ${String(deviceId)})`.execute(tx);
}
