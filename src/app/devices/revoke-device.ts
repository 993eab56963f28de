import { conflict, notFound } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { notifyDeviceRevoked } from '../../storage/device-notices.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/**
 * Revokes a device's token: from this moment every request with it is refused, and its open event streams
 * end (every app process hears of it when the transaction commits).
 * @example await revokeDevice(deps, { deviceId: 3 });
 */
export async function revokeDevice(deps: UseCaseDeps, input: { deviceId: unknown }): Promise<void> {
  const v = new FieldCheck();
  const deviceId = v.integer('deviceId', input.deviceId, { min: 1, max: 2_147_483_647 });
  if (deviceId === null) throw notFound();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const device = await tx
      .selectFrom('device')
      .select(['id', 'revoked_at'])
      .where('id', '=', deviceId)
      .where('office_id', '=', deps.actor.officeId)
      .forUpdate()
      .executeTakeFirst();
    if (!device) throw notFound();
    if (device.revoked_at !== null) throw conflict('devices.revoke.already');
    await tx.updateTable('device').set({ revoked_at: now }).where('id', '=', deviceId).execute();
    await notifyDeviceRevoked(tx, deviceId);
    await appendAudit(tx, deps.actor, now, { action: 'device.revoke', subjectType: 'device', subjectId: deviceId });
  });
}
