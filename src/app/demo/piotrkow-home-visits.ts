// The demo office's home visits (seed 7.3), so `npm start` shows every role's page filled in: a request in every
// state, a valid and an expired authorisation of the City Secretary, one waiting for a decision.
import { authorisationNumber } from '../../domain/home-visits/index.ts';
import { addDays, instantOf, officeDate } from '../../domain/organisation/index.ts';
import type { Clock } from '../../domain/shared/actor.ts';
import type { Tx } from '../../storage/database.ts';

export async function addDemoHomeVisits(tx: Tx, officeId: number, clock: Clock): Promise<void> {
  const today = officeDate(clock.now());
  const year = Number(today.slice(0, 4));
  const at = (days: number, time = '09:30') => instantOf(addDays(today, days), time);
  const staff = async (login: string) =>
    await tx
      .selectFrom('staff')
      .select(['id', 'unit_id'])
      .where('office_id', '=', officeId)
      .where('login', '=', login)
      .executeTakeFirstOrThrow();
  const unit = async (code: string) =>
    (await tx.selectFrom('unit').select('id').where('office_id', '=', officeId).where('code', '=', code).executeTakeFirstOrThrow()).id;
  const point = await staff('demo.informacja');
  const clerk = await staff('demo.urzednik');
  const head = await staff('demo.kierownik');
  const secretary = await staff('demo.sekretarz');
  const so = await unit('SO');
  const km = await unit('KM');

  const base = {
    office_id: officeId,
    channel: 'phone' as const,
    phone: '+48600100200',
    reason_category: 'mobility' as const,
    preferred_days: ['mon', 'wed', 'fri'],
    preferred_time: 'morning' as const,
    consent: true,
    clause_given: true,
    taken_by: point.id,
  };
  const requests = [
    {
      status: 'registered',
      unit: km,
      name: 'Halina Nowicka',
      address: 'ul. Słowackiego 12 m. 4',
      matter: 'Wyrejestrowanie pojazdu',
      taken: -0,
    },
    {
      status: 'sent',
      unit: km,
      name: 'Stanisław Górski',
      address: 'ul. Wojska Polskiego 40 m. 17',
      matter: 'Rejestracja pojazdu',
      taken: -8,
    },
    {
      status: 'sent',
      unit: km,
      name: 'Irena Pawlak',
      address: 'ul. Sienkiewicza 3',
      matter: 'Zmiana danych w dowodzie rejestracyjnym',
      taken: -1,
    },
    {
      status: 'assigned',
      unit: km,
      name: 'Zofia Michalak',
      address: 'al. Armii Krajowej 22 m. 5',
      matter: 'Wymiana prawa jazdy',
      taken: -4,
    },
    { status: 'authorised', unit: so, name: 'Jan Kowalczyk', address: 'ul. Farna 6 m. 2', matter: 'Wniosek o dowód osobisty', taken: -5 },
    {
      status: 'scheduled',
      unit: so,
      name: 'Krystyna Lewandowska',
      address: 'ul. Rycerska 9',
      matter: 'Wniosek o dowód osobisty',
      taken: -6,
    },
    {
      status: 'done',
      unit: so,
      name: 'Henryk Dąbrowski',
      address: 'ul. Kopernika 14 m. 8',
      matter: 'Zameldowanie na pobyt stały',
      taken: -12,
    },
    { status: 'cancelled', unit: so, name: 'Maria Szymańska', address: 'ul. Pijarska 2', matter: 'Wniosek o dowód osobisty', taken: -9 },
  ] as const;
  const ids: Record<string, number> = {};
  let sign = 40;
  for (const r of requests) {
    const assigned = !['registered', 'sent', 'cancelled'].includes(r.status);
    const ended = r.status === 'done' || r.status === 'cancelled';
    sign += 1;
    const row = await tx
      .insertInto('home_visit_request')
      .values({
        ...base,
        unit_id: r.unit,
        applicant_name: r.name,
        visit_address: `${r.address}, 97-300 Piotrków Trybunalski`,
        matter_text: r.matter,
        access_notes: 'II piętro, domofon przy bramie',
        taken_at: at(r.taken),
        status: r.status,
        sent_at: r.status === 'registered' ? null : at(r.taken, '11:00'),
        case_sign: assigned ? `${r.unit === so ? 'SO' : 'KM'}.${r.unit === so ? '5340' : '5410'}.${sign}.${year}` : null,
        assigned_to: assigned ? (r.unit === so ? clerk.id : head.id) : null,
        assigned_at: assigned ? at(r.taken + 1) : null,
        cancel_reason: r.status === 'cancelled' ? 'Mieszkanka przyjdzie do urzędu z córką.' : '',
        ended_at: ended ? at(-2, '14:00') : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[r.status] ??= row.id;
  }

  const authorisation = {
    office_id: officeId,
    scope: 'Przyjmowanie wniosków o dowód osobisty i zgłoszeń meldunkowych w miejscu pobytu mieszkańca',
    legal_basis: 'Zarządzenie Prezydenta Miasta w sprawie standardów obsługi klienta, standard 7.3',
    requested_by: clerk.id,
  };
  await tx.insertInto('home_visit_authorisation_counter').values({ office_id: officeId, year, last_number: 2 }).execute();
  await tx
    .insertInto('home_visit_authorisation')
    .values({
      ...authorisation,
      employee_id: clerk.id,
      unit_id: so,
      valid_from: addDays(today, -150),
      valid_until: addDays(today, -30),
      status: 'granted',
      requested_at: at(-152),
      number_year: year,
      number_seq: 1,
      number: authorisationNumber(1, year),
      decided_by: secretary.id,
      decided_at: at(-151),
    })
    .execute();
  const valid = await tx
    .insertInto('home_visit_authorisation')
    .values({
      ...authorisation,
      employee_id: clerk.id,
      unit_id: so,
      request_id: ids.done,
      valid_from: addDays(today, -20),
      valid_until: addDays(today, 10),
      status: 'granted',
      requested_at: at(-21),
      number_year: year,
      number_seq: 2,
      number: authorisationNumber(2, year),
      decided_by: secretary.id,
      decided_at: at(-20),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('home_visit_authorisation')
    .values({
      ...authorisation,
      scope: 'Przyjmowanie wniosków w sprawach rejestracji pojazdów i praw jazdy w miejscu pobytu mieszkańca',
      employee_id: head.id,
      unit_id: km,
      request_id: ids.assigned,
      valid_from: today,
      valid_until: addDays(today, 60),
      requested_by: head.id,
      requested_at: at(-1),
    })
    .execute();
  const visit = { authorisation_id: valid.id, employee_id: clerk.id, informed_by: 'phone' as const, scheduled_by: clerk.id };
  await tx
    .insertInto('home_visit')
    .values([
      {
        ...visit,
        request_id: ids.done!,
        visit_on: addDays(today, -2),
        visit_time: '10:00',
        status: 'done',
        outcome: 'documents_taken',
        documents_taken: 'Zgłoszenie pobytu stałego',
        scheduled_at: at(-8),
        ended_at: at(-2, '14:00'),
      },
      { ...visit, request_id: ids.scheduled!, visit_on: addDays(today, 3), visit_time: '11:30', scheduled_at: at(-3) },
    ])
    .execute();
}
