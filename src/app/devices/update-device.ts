import { isIP } from 'node:net';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { one } from '../../domain/organisation/form-values.ts';
import { invalid, notFound } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { DEFAULT_PRINTER_PORT } from '../../devices/printer/index.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { translateDatabaseError } from '../../storage/database-errors.ts';
import type { Tx } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** A host name as RFC 1123 allows it: letters, digits and hyphens in dot-separated labels. */
const HOST_NAME = /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** An address a printer can be reached at on the office network: an IP address or a host name (not all digits). */
export function isPrinterHost(text: string): boolean {
  return isIP(text) !== 0 || (HOST_NAME.test(text) && !/^[\d.]+$/.test(text));
}

/** Whether a building or a unit of this id belongs to the office (a form's choice is checked, never trusted). */
async function ofOffice(tx: Tx, table: 'building' | 'unit', id: number, officeId: number): Promise<boolean> {
  const row = await tx.selectFrom(table).select('id').where('id', '=', id).where('office_id', '=', officeId).executeTakeFirst();
  return row !== undefined;
}

/**
 * Changes a device's settings from the administrator's device page: its name, the building it stands in,
 * for a kiosk the ticket printer beside it (host and port; no host means it prints nothing), and for a feedback
 * tablet the unit its answers count for (a unit of the office; none: the whole office). One transaction with its
 * audit row; the device keeps its token.
 * @example await updateDevice(deps, 4, { name: 'Biletomat parter', building: '1', printer_host: '10.0.0.7', printer_port: '9100' });
 */
export async function updateDevice(deps: UseCaseDeps, deviceId: number, form: FormValues): Promise<void> {
  const now = deps.clock.now();
  await deps.db
    .transaction()
    .execute(async (tx) => {
      const device = await tx
        .selectFrom('device')
        .select(['id', 'kind', 'settings', 'revoked_at'])
        .where('id', '=', deviceId)
        .where('office_id', '=', deps.actor.officeId)
        .forUpdate()
        .executeTakeFirst();
      if (!device || device.revoked_at !== null) throw notFound();
      const v = new FieldCheck();
      const name = v.text('name', one(form, 'name'), { max: 80 });
      const buildingId = v.integer('building', one(form, 'building'), { min: 1, max: 2_147_483_647, optional: true });
      const host = device.kind === 'kiosk' ? v.text('printer_host', one(form, 'printer_host'), { max: 253, optional: true }) : '';
      if (host !== '' && !v.has('printer_host') && !isPrinterHost(host)) v.fail('printer_host', 'devices.edit.printerHostFormat');
      const port =
        device.kind === 'kiosk' ? v.integer('printer_port', one(form, 'printer_port'), { min: 1, max: 65_535, optional: true }) : null;
      const tablet = device.kind === 'feedback';
      const unitId = tablet ? v.integer('unit', one(form, 'unit'), { min: 1, max: 2_147_483_647, optional: true }) : null;
      v.done();
      if (buildingId !== null && !(await ofOffice(tx, 'building', buildingId, deps.actor.officeId)))
        throw invalid({ building: { key: 'devices.register.unknownBuilding' } });
      if (unitId !== null && !(await ofOffice(tx, 'unit', unitId, deps.actor.officeId)))
        throw invalid({ unit: { key: 'devices.edit.unknownUnit' } });
      const settings = { ...(device.settings as Record<string, unknown> | null) };
      if (tablet && unitId === null) delete settings.unitId;
      else if (tablet) settings.unitId = unitId;
      if (host === '') delete settings.printer;
      else settings.printer = { host, port: port ?? DEFAULT_PRINTER_PORT };
      await tx
        .updateTable('device')
        .set({ name, building_id: buildingId, settings: JSON.stringify(settings) })
        .where('id', '=', deviceId)
        .execute();
      await appendAudit(tx, deps.actor, now, {
        action: 'device.update',
        subjectType: 'device',
        subjectId: deviceId,
        details: {
          buildingId,
          printer: host === '' ? null : { host, port: port ?? DEFAULT_PRINTER_PORT },
          ...(tablet ? { unitId } : {}),
        },
      });
    })
    .catch((error: unknown) => {
      throw translateDatabaseError(error) ?? error;
    });
}
