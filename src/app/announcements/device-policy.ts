import type { FormValues } from '../../domain/organisation/form-values.ts';
import { one } from '../../domain/organisation/form-values.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Db, Tx } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** What the office does about failed devices (defaults until the administrator saves the form). */
export interface DevicePolicy {
  silentAfterSeconds: number;
  recoveryHoldSeconds: number;
  helpRoomId: number | null;
}

export const DEFAULT_DEVICE_POLICY: DevicePolicy = { silentAfterSeconds: 60, recoveryHoldSeconds: 120, helpRoomId: null };

/** The office's device policy, read with a connection or inside a transaction. */
export async function devicePolicyIn(db: Db | Tx, officeId: number): Promise<DevicePolicy> {
  const row = await db
    .selectFrom('device_policy')
    .select(['silent_after_seconds', 'recovery_hold_seconds', 'help_room_id'])
    .where('office_id', '=', officeId)
    .executeTakeFirst();
  if (!row) return DEFAULT_DEVICE_POLICY;
  return { silentAfterSeconds: row.silent_after_seconds, recoveryHoldSeconds: row.recovery_hold_seconds, helpRoomId: row.help_room_id };
}

/**
 * The office's device policy.
 * @example (await devicePolicy(deps)).silentAfterSeconds // 60
 */
export async function devicePolicy(deps: UseCaseDeps): Promise<DevicePolicy> {
  return devicePolicyIn(deps.db, deps.actor.officeId);
}

/**
 * Saves the device policy from the device-health page: seconds of silence before a kiosk or board counts as
 * failed (30–3600), seconds a recovered device stays well before its banner goes (0–3600), and the help room
 * (a room of the office, or none). One transaction with its audit row.
 * @example await updateDevicePolicy(deps, { silent_after: '60', recovery_hold: '120', help_room: '7' });
 */
export async function updateDevicePolicy(deps: UseCaseDeps, form: FormValues): Promise<void> {
  const v = new FieldCheck();
  const silent = v.integer('silent_after', one(form, 'silent_after'), { min: 30, max: 3600 });
  const hold = v.integer('recovery_hold', one(form, 'recovery_hold'), { min: 0, max: 3600 });
  const room = v.integer('help_room', one(form, 'help_room'), { min: 1, max: 2_147_483_647, optional: true });
  v.done();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    if (room !== null) {
      const found = await tx
        .selectFrom('room')
        .innerJoin('building', 'building.id', 'room.building_id')
        .select('room.id')
        .where('room.id', '=', room)
        .where('building.office_id', '=', deps.actor.officeId)
        .executeTakeFirst();
      if (!found) throw invalid({ help_room: { key: 'errors.choice' } });
    }
    const values = { silent_after_seconds: silent!, recovery_hold_seconds: hold!, help_room_id: room };
    await tx
      .insertInto('device_policy')
      .values({ office_id: deps.actor.officeId, ...values })
      .onConflict((oc) => oc.column('office_id').doUpdateSet(values))
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'device.policy_update',
      subjectType: 'office',
      subjectId: deps.actor.officeId,
      details: { silentAfterSeconds: silent, recoveryHoldSeconds: hold, helpRoomId: room },
    });
  });
}
