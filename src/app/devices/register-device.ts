import { FieldCheck } from '../../domain/shared/validate.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { registerConstraintMessages, translateDatabaseError } from '../../storage/database-errors.ts';
import { hashToken, newToken } from '../../storage/session-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

export const DEVICE_KINDS = ['kiosk', 'board', 'printer', 'feedback'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

registerConstraintMessages({
  device_office_id_name_key: { kind: 'conflict', field: 'name', key: 'devices.register.nameTaken' },
});

export interface RegisterDeviceInput {
  kind: unknown;
  name: unknown;
  /** The building by id (the admin form's choice)… */
  buildingId?: unknown;
  /** …or by name (the command line). Both optional. */
  buildingName?: unknown;
}

export interface RegisteredDevice {
  id: number;
  kind: DeviceKind;
  name: string;
  /** Shown once to whoever registers the device; only its SHA-256 is stored. */
  token: string;
}

/**
 * Registers a kiosk, board or printer and gives it its own secret token.
 * @example const { token } = await registerDevice(deps, { kind: 'kiosk', name: 'Biletomat parter' });
 */
export async function registerDevice(deps: UseCaseDeps, input: RegisterDeviceInput): Promise<RegisteredDevice> {
  const v = new FieldCheck();
  const kind = v.oneOf('kind', input.kind, DEVICE_KINDS);
  const name = v.text('name', input.name, { max: 80 });
  const buildingId = v.integer('building', input.buildingId, { min: 1, max: 2_147_483_647, optional: true });
  const buildingName = v.text('building', input.buildingName, { max: 120, optional: true });
  v.done();

  const token = newToken();
  const now = deps.clock.now();
  // Worded here rather than only by the HTTP error handler: the command line calls this too.
  return deps.db
    .transaction()
    .execute(async (tx) => {
      let building: number | null = null;
      if (buildingId !== null || buildingName !== '') {
        let query = tx.selectFrom('building').select('id').where('office_id', '=', deps.actor.officeId);
        query = buildingId !== null ? query.where('id', '=', buildingId) : query.where('name', '=', buildingName);
        const row = await query.executeTakeFirst();
        if (!row) throw invalid({ building: { key: 'devices.register.unknownBuilding' } });
        building = row.id;
      }
      const row = await tx
        .insertInto('device')
        .values({
          office_id: deps.actor.officeId,
          kind: kind!,
          name,
          building_id: building,
          token_hash: hashToken(token),
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(tx, deps.actor, now, {
        action: 'device.register',
        subjectType: 'device',
        subjectId: row.id,
        details: { kind, buildingId: building },
      });
      return { id: row.id, kind: kind!, name, token };
    })
    .catch((error: unknown) => {
      throw translateDatabaseError(error) ?? error;
    });
}
