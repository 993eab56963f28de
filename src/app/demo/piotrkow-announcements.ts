// The demo office's announcements and device rules: the seed's "UWAGA!!! Strona w przebudowie" as the office
// would now write it, a planned closure scheduled ahead (building A closed on 7 December, as in the demo's
// calendar exceptions), and the Information Point (A.0.1) as the help room of automatic failure banners.
import type { Clock } from '../shared/deps.ts';
import type { Db, Tx } from '../../storage/database.ts';

const CLOSURE = {
  severity: 'warning' as const,
  text_pl:
    'W poniedziałek 7 grudnia budynek A (ul. Szkolna 28) będzie nieczynny: przegląd instalacji elektrycznej. Rejestrację pojazdów i prawa jazdy załatwisz od 8 grudnia; Punkt Informacyjny tego dnia pracuje w ratuszu.',
  text_en:
    'On Monday 7 December building A (ul. Szkolna 28) will be closed for an inspection of its electrical installation. Vehicle registration and driving licences are served again from 8 December; that day the Information Point works in the town hall.',
  text_uk:
    'У понеділок 7 грудня будинок A (ul. Szkolna 28) не працюватиме: перевірка електромережі. Реєстрацію транспортних засобів і посвідчення водія оформите з 8 грудня; того дня Інформаційний пункт працює в ратуші.',
  places: ['public', 'booking', 'kiosk', 'board'],
  shown_from: new Date('2026-12-04T06:00:00Z'),
  shown_until: new Date('2026-12-07T22:59:00Z'),
};

const CHANGES = {
  severity: 'info' as const,
  text_pl: 'Zmiany organizacyjne w Urzędzie Miasta: zanim przyjdziesz, sprawdź, w którym budynku i pokoju załatwisz swoją sprawę.',
  text_en: 'Organisational changes at the City Hall: before you come, check in which building and room your service is handled.',
  text_uk: 'Організаційні зміни в міській раді: перш ніж прийти, перевірте, в якому будинку й кімнаті розглядають вашу справу.',
  places: ['public', 'booking'],
};

/** Adds the demo announcements and device rules once (a database made before announcements existed gets them at its next start). */
export async function addDemoAnnouncements(db: Db, officeId: number, clock: Clock): Promise<void> {
  const present = await db.selectFrom('device_policy').select('office_id').where('office_id', '=', officeId).executeTakeFirst();
  if (present) return;
  await db.transaction().execute((tx) => addDemoAnnouncementsIn(tx, officeId, clock));
}

export async function addDemoAnnouncementsIn(tx: Tx, officeId: number, clock: Clock): Promise<void> {
  const room = await tx
    .selectFrom('room')
    .innerJoin('building', 'building.id', 'room.building_id')
    .select('room.id')
    .where('building.office_id', '=', officeId)
    .where('room.number', '=', 'A.0.1')
    .executeTakeFirst();
  const inserted = await tx
    .insertInto('device_policy')
    .values({ office_id: officeId, help_room_id: room?.id ?? null })
    .onConflict((oc) => oc.column('office_id').doNothing())
    .returning('office_id')
    .executeTakeFirst();
  if (!inserted) return;
  const now = clock.now();
  await tx
    .insertInto('announcement')
    .values([
      { office_id: officeId, ...CHANGES, shown_from: now, created_at: now, updated_at: now },
      ...(CLOSURE.shown_until > now ? [{ office_id: officeId, ...CLOSURE, created_at: now, updated_at: now }] : []),
    ])
    .execute();
}
