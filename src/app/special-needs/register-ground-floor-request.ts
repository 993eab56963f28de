import { GROUND_FLOOR_REASONS } from '../../domain/special-needs/index.ts';
import { officeDate } from '../../domain/organisation/office-time.ts';
import { one, type FormValues } from '../../domain/organisation/form-values.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { announceGroundFloor } from './ground-floor-events.ts';

/**
 * The Information Point registers a person waiting on the ground floor for the competent unit (seed 7.1): the
 * matter, a reason code, the ground-floor room where they wait and, optionally, the number of the ticket issued
 * for them today. The unit's desks and head hear of it at once (the queue's event feed); one transaction with
 * its audit row.
 * @example await registerGroundFloorRequest(deps, { service: '3', reason: 'wheelchair', room: '1', ticket: 'A012' }) // { id: 7 }
 */
export async function registerGroundFloorRequest(deps: UseCaseDeps, form: FormValues): Promise<{ id: number }> {
  const now = deps.clock.now();
  const officeId = deps.actor.officeId;
  const v = new FieldCheck();
  const serviceId = v.integer('service', one(form, 'service'), { min: 1, max: 2_147_483_647 });
  const reason = v.oneOf('reason', one(form, 'reason'), GROUND_FLOOR_REASONS);
  const roomId = v.integer('room', one(form, 'room'), { min: 1, max: 2_147_483_647 });
  const ticketText = v.text('ticket', one(form, 'ticket').toUpperCase().replace(/\s+/g, ''), {
    max: 5,
    optional: true,
    pattern: /^[A-Z]\d{1,4}$/,
    patternKey: 'groundFloor.register.ticketFormat',
  });
  v.done();
  return deps.db.transaction().execute(async (tx) => {
    const [service, room, ticket] = await Promise.all([
      tx
        .selectFrom('service')
        .select(['id', 'unit_id'])
        .where('id', '=', serviceId!)
        .where('office_id', '=', officeId)
        .where('active', '=', true)
        .executeTakeFirst(),
      tx
        .selectFrom('room')
        .innerJoin('building', 'building.id', 'room.building_id')
        .select('room.id')
        .where('room.id', '=', roomId!)
        .where('building.office_id', '=', officeId)
        .where('room.floor', '=', 0)
        .executeTakeFirst(),
      ticketText === ''
        ? Promise.resolve(undefined)
        : tx
            .selectFrom('ticket')
            .select('id')
            .where('office_id', '=', officeId)
            .where('office_day', '=', officeDate(now))
            .where('letter', '=', ticketText[0]!)
            .where('number', '=', Number(ticketText.slice(1)))
            .executeTakeFirst(),
    ]);
    const errors: Record<string, { key: string }> = {};
    if (!service) errors.service = { key: 'groundFloor.register.unknownService' };
    if (!room) errors.room = { key: 'groundFloor.register.unknownRoom' };
    if (ticketText !== '' && !ticket) errors.ticket = { key: 'groundFloor.register.unknownTicket' };
    if (Object.keys(errors).length > 0) throw invalid(errors);
    const row = await tx
      .insertInto('ground_floor_request')
      .values({
        office_id: officeId,
        service_id: service!.id,
        unit_id: service!.unit_id,
        reason: reason!,
        room_id: room!.id,
        ticket_id: ticket?.id ?? null,
        registered_at: now,
        registered_by: deps.actor.kind === 'staff' ? deps.actor.id : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await announceGroundFloor(tx, {
      officeId,
      at: now,
      change: 'registered',
      requestId: row.id,
      serviceId: service!.id,
      unitId: service!.unit_id,
    });
    await appendAudit(tx, deps.actor, now, {
      action: 'ground_floor.register',
      subjectType: 'ground_floor_request',
      subjectId: row.id,
      details: { serviceId: service!.id, unitId: service!.unit_id, reason, roomId: room!.id, ticketId: ticket?.id ?? null },
    });
    return { id: row.id };
  });
}
