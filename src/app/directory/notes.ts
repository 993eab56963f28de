import { readNote } from '../../domain/directory/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { invalid, notFound } from '../../domain/shared/errors.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { translatedColumn, translatedValues } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { managedUnit } from './manager-scope.ts';

export interface NoteView {
  id: number;
  unitCode: string;
  unitName: Translated;
  service: Translated | null;
  text: Translated;
  validFrom: Date;
  validUntil: Date;
  shownToResidents: boolean;
}

/**
 * Posts a note to the Information Point (basic standard 8) for the actor's unit (an administrator: any unit),
 * optionally at a matter of that unit and shown to residents there. Returns its id.
 * @example await postNote(deps, { unit_id: '2', service_id: '4', text_pl: 'CEPiK nie działa do 12:00', from_date: '2026-12-03', from_time: '08:00', until_date: '2026-12-03', until_time: '12:00', shown_to_residents: 'on' });
 */
export async function postNote(deps: UseCaseDeps, form: FormValues): Promise<number> {
  const input = readNote(form);
  return deps.db.transaction().execute(async (tx) => {
    const scope = await managedUnit(deps, tx);
    if (scope !== null && scope !== input.unitId) throw invalid({ unit_id: { key: 'directory.errors.notYourUnit' } });
    const unit = await tx
      .selectFrom('unit')
      .select('id')
      .where('id', '=', input.unitId)
      .where('office_id', '=', deps.actor.officeId)
      .executeTakeFirst();
    if (!unit) throw invalid({ unit_id: { key: 'admin.errors.unknownUnit' } });
    if (input.serviceId !== null) {
      const service = await tx
        .selectFrom('service')
        .select('id')
        .where('id', '=', input.serviceId)
        .where('unit_id', '=', input.unitId)
        .executeTakeFirst();
      if (!service) throw invalid({ service_id: { key: 'directory.errors.matterOfUnit' } });
    }
    const row = await tx
      .insertInto('information_point_note')
      .values({
        office_id: deps.actor.officeId,
        unit_id: input.unitId,
        service_id: input.serviceId,
        ...translatedValues('text', input.text),
        valid_from: input.validFrom,
        valid_until: input.validUntil,
        shown_to_residents: input.shownToResidents,
        author_id: deps.actor.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'directory.note_posted',
      subjectType: 'information_point_note',
      subjectId: row.id,
      details: { unitId: input.unitId, serviceId: input.serviceId, shownToResidents: input.shownToResidents },
    });
    return row.id;
  });
}

/**
 * Withdraws a note before its end (it stays in the history); a head withdraws only their unit's notes.
 * @example await withdrawNote(deps, 3);
 */
export async function withdrawNote(deps: UseCaseDeps, id: number): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const scope = await managedUnit(deps, tx);
    const now = deps.clock.now();
    const row = await tx
      .updateTable('information_point_note')
      .set({ withdrawn_at: now })
      .where('id', '=', id)
      .where('office_id', '=', deps.actor.officeId)
      .where('withdrawn_at', 'is', null)
      .$if(scope !== null, (q) => q.where('unit_id', '=', scope!))
      .returning('id')
      .executeTakeFirst();
    if (!row) throw notFound();
    await appendAudit(tx, deps.actor, now, { action: 'directory.note_withdrawn', subjectType: 'information_point_note', subjectId: id });
  });
}

/**
 * Notes not yet ended and not withdrawn, soonest first: `inForce` only those in force now (the Information
 * Point's page); otherwise the future ones too, of one unit when `unitId` is given (the page that keeps them).
 * @example const notes = await listNotes(deps, { inForce: true });
 */
export async function listNotes(deps: UseCaseDeps, options: { inForce?: boolean; unitId?: number | null } = {}): Promise<NoteView[]> {
  const now = deps.clock.now();
  return deps.db
    .selectFrom('information_point_note as note')
    .innerJoin('unit', 'unit.id', 'note.unit_id')
    .leftJoin('service', 'service.id', 'note.service_id')
    .select((eb) => [
      'note.id',
      'unit.code as unitCode',
      translatedColumn('unit.name').as('unitName'),
      eb.case().when('service.id', 'is', null).then(null).else(translatedColumn('service.name')).end().as('service'),
      translatedColumn('note.text').as('text'),
      'note.valid_from as validFrom',
      'note.valid_until as validUntil',
      'note.shown_to_residents as shownToResidents',
    ])
    .where('note.office_id', '=', deps.actor.officeId)
    .where('note.withdrawn_at', 'is', null)
    .where('note.valid_until', '>', now)
    .$if(options.inForce === true, (q) => q.where('note.valid_from', '<=', now))
    .$if(typeof options.unitId === 'number', (q) => q.where('note.unit_id', '=', options.unitId!))
    .orderBy('note.valid_from')
    .orderBy('note.id')
    .execute();
}

/** The unit an actor keeps notes and absences for (null: every unit), for the pages that list them. */
export { managedUnit };

/**
 * The units and matters a note may be posted for by the actor: their unit's (an administrator: all).
 * @example const { units, services } = await noteChoices(deps);
 */
export async function noteChoices(deps: UseCaseDeps): Promise<{
  units: { id: number; code: string; name: Translated }[];
  services: { id: number; ticketLetter: string; name: Translated }[];
}> {
  const scope = await managedUnit(deps);
  const [units, services] = await Promise.all([
    deps.db
      .selectFrom('unit')
      .select(['id', 'code', translatedColumn('unit.name').as('name')])
      .where('office_id', '=', deps.actor.officeId)
      .$if(scope !== null, (q) => q.where('id', '=', scope!))
      .orderBy('code')
      .execute(),
    deps.db
      .selectFrom('service')
      .select(['id', 'ticket_letter as ticketLetter', translatedColumn('service.name').as('name')])
      .where('office_id', '=', deps.actor.officeId)
      .where('active', '=', true)
      .$if(scope !== null, (q) => q.where('unit_id', '=', scope!))
      .orderBy('ticket_letter')
      .execute(),
  ]);
  return { units, services };
}
