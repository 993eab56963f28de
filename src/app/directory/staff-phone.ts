import { one, type FormValues } from '../../domain/organisation/form-values.ts';
import { invalid, notFound } from '../../domain/shared/errors.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

export interface StaffPhoneDetails {
  staffId: number;
  fullName: string;
  unitId: number | null;
  roomId: number | null;
  extension: string;
  serviceIds: number[];
  rooms: { id: number; label: string }[];
  services: { id: number; letter: string; name: Translated; unitId: number }[];
}

/**
 * What the phone directory says of a member of staff, with the rooms and the services to choose from.
 * @example const details = await staffPhoneDetails(deps, 7);
 */
export async function staffPhoneDetails(deps: UseCaseDeps, staffId: number): Promise<StaffPhoneDetails> {
  const officeId = deps.actor.officeId;
  const staff = await deps.db
    .selectFrom('staff')
    .select(['id', 'full_name', 'unit_id', 'room_id', 'phone_extension'])
    .where('id', '=', staffId)
    .where('office_id', '=', officeId)
    .executeTakeFirst();
  if (!staff) throw notFound();
  const [listed, rooms, services] = await Promise.all([
    deps.db.selectFrom('staff_service').select('service_id').where('staff_id', '=', staffId).execute(),
    deps.db
      .selectFrom('room')
      .innerJoin('building', 'building.id', 'room.building_id')
      .select(['room.id', 'room.number', 'building.name'])
      .where('building.office_id', '=', officeId)
      .orderBy('building.name')
      .orderBy('room.number')
      .execute(),
    deps.db
      .selectFrom('service')
      .select(['id', 'ticket_letter as letter', translatedColumn('service.name').as('name'), 'unit_id as unitId'])
      .where('office_id', '=', officeId)
      .orderBy('ticket_letter')
      .execute(),
  ]);
  return {
    staffId: staff.id,
    fullName: staff.full_name,
    unitId: staff.unit_id,
    roomId: staff.room_id,
    extension: staff.phone_extension,
    serviceIds: listed.map((l) => l.service_id),
    rooms: rooms.map((r) => ({ id: r.id, label: `${r.name} — ${r.number}` })),
    services,
  };
}

/**
 * Sets a member of staff's room, phone extension and the matters they handle (none ticked: every service of
 * their unit), in one transaction with its audit row.
 * @example await updateStaffPhone(deps, 7, { room_id: '3', phone_extension: '131', service_id: ['1', '2'] });
 */
export async function updateStaffPhone(deps: UseCaseDeps, staffId: number, form: FormValues): Promise<void> {
  const v = new FieldCheck();
  const roomId = v.integer('room_id', one(form, 'room_id'), { min: 1, max: 2_147_483_647, optional: true });
  const extension = v.text('phone_extension', one(form, 'phone_extension'), {
    max: 6,
    optional: true,
    pattern: /^[0-9]{1,6}$/,
    patternKey: 'directory.errors.extension',
  });
  const rawServices = form.service_id;
  const serviceList = rawServices === undefined ? [] : Array.isArray(rawServices) ? rawServices : [rawServices];
  const serviceIds = [...new Set(serviceList.map((s) => v.integer('service_id', s, { min: 1, max: 2_147_483_647 })))].filter(
    (s) => s !== null,
  );
  v.done();
  const officeId = deps.actor.officeId;
  await deps.db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('staff')
      .select(['id', 'room_id', 'phone_extension'])
      .where('id', '=', staffId)
      .where('office_id', '=', officeId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound();
    if (roomId !== null) {
      const room = await tx
        .selectFrom('room')
        .innerJoin('building', 'building.id', 'room.building_id')
        .select('room.id')
        .where('room.id', '=', roomId)
        .where('building.office_id', '=', officeId)
        .executeTakeFirst();
      if (!room) throw invalid({ room_id: { key: 'directory.errors.unknownRoom' } });
    }
    if (serviceIds.length > 0) {
      const known = await tx.selectFrom('service').select('id').where('office_id', '=', officeId).where('id', 'in', serviceIds).execute();
      if (known.length !== serviceIds.length) throw invalid({ service_id: { key: 'directory.errors.unknownMatter' } });
    }
    await tx.updateTable('staff').set({ room_id: roomId, phone_extension: extension }).where('id', '=', staffId).execute();
    await tx.deleteFrom('staff_service').where('staff_id', '=', staffId).execute();
    if (serviceIds.length > 0)
      await tx
        .insertInto('staff_service')
        .values(serviceIds.map((serviceId) => ({ staff_id: staffId, service_id: serviceId })))
        .execute();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'directory.staff_phone_update',
      subjectType: 'staff',
      subjectId: staffId,
      details: { roomId, extension, serviceIds: serviceIds.sort((a, b) => a - b) },
    });
  });
}
