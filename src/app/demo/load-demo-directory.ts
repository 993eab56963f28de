import { HOUR } from '../../domain/shared/time.ts';
import type { Tx } from '../../storage/database.ts';
import { DEMO_EXTENSIONS, DEMO_KEYWORDS, DEMO_NOTE } from './piotrkow-directory.ts';

/** The directory's part of the demo: keywords of every service, staff extensions and rooms, one note. */
export async function loadDemoDirectory(tx: Tx, officeId: number, now: Date): Promise<void> {
  for (const [letter, [pl, en, uk]] of Object.entries(DEMO_KEYWORDS)) {
    await tx
      .updateTable('service')
      .set({ keywords_pl: pl.join('\n'), keywords_en: en.join('\n'), keywords_uk: uk.join('\n') })
      .where('office_id', '=', officeId)
      .where('ticket_letter', '=', letter)
      .execute();
  }
  for (const [login, { extension, room }] of Object.entries(DEMO_EXTENSIONS)) {
    const roomRow = room
      ? await tx
          .selectFrom('room')
          .innerJoin('building', 'building.id', 'room.building_id')
          .select('room.id')
          .where('building.office_id', '=', officeId)
          .where('room.number', '=', room)
          .executeTakeFirst()
      : undefined;
    await tx
      .updateTable('staff')
      .set({ phone_extension: extension, room_id: roomRow?.id ?? null })
      .where('office_id', '=', officeId)
      .where('login', '=', login)
      .execute();
  }
  const unit = await tx
    .selectFrom('unit')
    .select('id')
    .where('office_id', '=', officeId)
    .where('code', '=', DEMO_NOTE.unit)
    .executeTakeFirstOrThrow();
  const service = await tx
    .selectFrom('service')
    .select('id')
    .where('office_id', '=', officeId)
    .where('ticket_letter', '=', DEMO_NOTE.letter)
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('information_point_note')
    .values({
      office_id: officeId,
      unit_id: unit.id,
      service_id: service.id,
      text_pl: DEMO_NOTE.text[0],
      text_en: DEMO_NOTE.text[1],
      text_uk: DEMO_NOTE.text[2],
      valid_from: now,
      valid_until: new Date(now.getTime() + DEMO_NOTE.hours * HOUR),
      shown_to_residents: true,
    })
    .execute();
}
