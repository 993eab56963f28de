// The demo office's difficult situation and complaints, so `npm start` shows both registers filled in.
import { complaintDeadline } from '../../domain/complaints/index.ts';
import { addDays, instantOf, officeDate } from '../../domain/organisation/index.ts';
import type { Clock } from '../../domain/shared/actor.ts';
import type { Tx } from '../../storage/database.ts';

/**
 * One difficult situation at a civil-affairs desk yesterday (open, with a promised call-back due tomorrow), and two
 * complaints: one received 28 days ago, so near its deadline, and one from this week.
 */
export async function addDemoComplaintsIn(tx: Tx, officeId: number, clock: Clock): Promise<void> {
  const today = officeDate(clock.now());
  const unit = await tx
    .selectFrom('unit')
    .select('id')
    .where('office_id', '=', officeId)
    .where('code', '=', 'SO')
    .executeTakeFirstOrThrow();
  const clerk = await tx
    .selectFrom('staff')
    .select('id')
    .where('office_id', '=', officeId)
    .where('login', '=', 'demo.urzednik')
    .executeTakeFirstOrThrow();
  const situation = await tx
    .insertInto('difficult_situation')
    .values({
      office_id: officeId,
      unit_id: unit.id,
      occurred_at: instantOf(addDays(today, -1), '10:40'),
      channel: 'desk',
      facts:
        'Klient przyszedł po dowód osobisty złożony miesiąc temu. Dokument nie został jeszcze wydany, bo wniosek czekał na uzupełnienie zdjęcia; klient nie dostał o tym wiadomości.',
      client_remarks: 'Trzeci raz przyjeżdża z Moszczenicy i nikt go nie uprzedził, że czegoś brakuje.',
      solution: 'Zdjęcie przyjęto od razu przy stanowisku. Dokument będzie gotowy w ciągu 7 dni; urząd zadzwoni, gdy będzie do odbioru.',
      recorded_by: clerk.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('difficult_situation_action')
    .values([
      {
        situation_id: situation.id,
        description: 'Zadzwonić do klienta, gdy dowód będzie gotowy do odbioru.',
        responsible: 'Referat Spraw Obywatelskich',
        due_on: addDays(today, 1),
      },
      {
        situation_id: situation.id,
        description: 'Sprawdzić, dlaczego nie wysłano wezwania do uzupełnienia wniosku.',
        responsible: 'Kierownik referatu',
        due_on: addDays(today, 6),
      },
    ])
    .execute();
  const nearDue = addDays(today, -28);
  const recent = addDays(today, -3);
  await tx
    .insertInto('complaint')
    .values([
      {
        office_id: officeId,
        kind: 'complaint',
        received_on: nearDue,
        channel: 'letter',
        sender_name: 'Jan Przykładowy (dane demonstracyjne)',
        sender_address: 'ul. Przykładowa 1\n97-300 Piotrków Trybunalski',
        subject: 'Skarga na długi czas oczekiwania w kolejce do kasy w budynku przy ul. Szkolnej 28.',
        unit_id: unit.id,
        assignee: 'Kierownik Referatu Spraw Obywatelskich',
        due_on: complaintDeadline(nearDue),
        status: 'open',
        handling: 'Poproszono o wyjaśnienia obsługę kasy.',
      },
      {
        office_id: officeId,
        kind: 'request',
        received_on: recent,
        channel: 'form',
        sender_name: 'Anna Wzorcowa (dane demonstracyjne)',
        sender_address: 'ul. Wzorcowa 5/2\n97-300 Piotrków Trybunalski',
        sender_email: 'anna.wzorcowa@example.org',
        subject: 'Wniosek o ławki w poczekalni na parterze budynku A.',
        due_on: complaintDeadline(recent),
        status: 'open',
      },
    ])
    .execute();
}
