// The demo office's quality data (issue 18): the checklist of the standards' audits, a few audits over three months,
// and residents' answers at a feedback tablet, so `npm start` shows the opinions and audits pages filled in.
import { randomBytes } from 'node:crypto';
import { addDays, instantOf, officeDate } from '../../domain/organisation/index.ts';
import type { Clock } from '../../domain/shared/actor.ts';
import { SEED_CHECKLIST } from '../../domain/standards-audit/index.ts';
import type { Db, Tx } from '../../storage/database.ts';
import { hashToken } from '../../storage/session-repository.ts';

// Faces of the demo tablet's answers, one a day back from yesterday (5 = very good).
const DEMO_SCORES = [5, 4, 5, 5, 3, 4, 5, 2, 4, 5, 5, 4, 3, 5, 1, 4, 5, 4, 5, 3];
const DEMO_COMMENTS: { day: number; text: string; state: 'pending' | 'approved' | 'rejected' }[] = [
  { day: 1, text: 'Szybko i uprzejmie, dziękuję. Przydałoby się więcej krzeseł w poczekalni.', state: 'pending' },
  { day: 8, text: 'Czekałem ponad godzinę, a ekran pokazywał 20 minut.', state: 'pending' },
  { day: 3, text: 'Pani przy stanowisku wszystko wytłumaczyła i zapisała, co mam przynieść.', state: 'approved' },
];
// Each demo audit: the unit, the day back from today, the channel, and which checklist items (by index) were not met.
const DEMO_AUDITS: { unit: string; daysAgo: number; channel: 'in_person' | 'phone'; notMet: number[] }[] = [
  { unit: 'KM', daysAgo: 70, channel: 'in_person', notMet: [0, 10, 13, 21] },
  { unit: 'KM', daysAgo: 38, channel: 'in_person', notMet: [0, 13] },
  { unit: 'SO', daysAgo: 30, channel: 'phone', notMet: [18] },
  { unit: 'KM', daysAgo: 6, channel: 'in_person', notMet: [] },
];

/**
 * Adds the quality data to the demo office once (nothing when the office already has a checklist).
 * @example await addDemoQuality(tx, officeId, clock);
 */
export async function addDemoQuality(db: Db | Tx, officeId: number, clock: Clock): Promise<void> {
  const existing = await db.selectFrom('standard_audit_item').select('id').where('office_id', '=', officeId).limit(1).executeTakeFirst();
  if (existing) return;
  const now = clock.now();
  const today = officeDate(now);
  const units = await db.selectFrom('unit').select(['id', 'code', 'building_id']).where('office_id', '=', officeId).execute();
  const unitOf = (code: string) => units.find((u) => u.code === code);
  const km = unitOf('KM');
  const auditor = await db
    .selectFrom('staff')
    .select('id')
    .where('office_id', '=', officeId)
    .where('login', '=', 'demo.audytor')
    .executeTakeFirst();
  const items = await db
    .insertInto('standard_audit_item')
    .values(
      SEED_CHECKLIST.map((item, index) => ({
        office_id: officeId,
        standard: item.standard,
        position: index + 1,
        wording_pl: item.pl,
        wording_en: item.en,
        wording_uk: '',
        created_at: now,
      })),
    )
    .returning(['id', 'standard'])
    .execute();
  if (auditor)
    for (const audit of DEMO_AUDITS) {
      const unit = unitOf(audit.unit);
      if (!unit) continue;
      const performedOn = addDays(today, -audit.daysAgo);
      const row = await db
        .insertInto('standard_audit')
        .values({
          office_id: officeId,
          unit_id: unit.id,
          desk_id: null,
          channel: audit.channel,
          performed_on: performedOn,
          auditor_id: auditor.id,
          note: audit.notMet.length === 0 ? '' : 'Obserwacja w godzinach największego ruchu.',
          recorded_at: instantOf(performedOn, '15:00'),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('standard_audit_result')
        .values(
          items.map((item, index) => {
            // By phone only the telephone standard can be observed; in person everything but the telephone.
            const observed =
              audit.channel === 'phone'
                ? item.standard === 'telephone'
                : item.standard !== 'telephone' && item.standard !== 'special_needs';
            const result = !observed ? 'not_observed' : audit.notMet.includes(index) ? 'not_met' : 'met';
            return {
              audit_id: row.id,
              item_id: item.id,
              office_id: officeId,
              result,
              note: result === 'not_met' ? 'Zaobserwowano przy dwóch klientach.' : '',
            };
          }),
        )
        .execute();
    }
  if (!km) return;
  const tablet = await db
    .insertInto('device')
    .values({
      office_id: officeId,
      kind: 'feedback',
      name: 'Tablet z ankietą — wyjście z sali Komunikacji',
      building_id: km.building_id,
      // A token nobody knows: the administrator registers the real tablet on /admin/urzadzenia.
      token_hash: hashToken(randomBytes(32).toString('base64url')),
      settings: JSON.stringify({ unitId: km.id }),
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('satisfaction_answer')
    .values(
      DEMO_SCORES.map((score, index) => {
        const day = index + 1;
        const comment = DEMO_COMMENTS.find((c) => c.day === day);
        return {
          office_id: officeId,
          device_id: tablet.id,
          unit_id: km.id,
          answered_at: instantOf(addDays(today, -day), `${String(9 + (index % 6)).padStart(2, '0')}:15`),
          score,
          comment: comment?.text ?? null,
          comment_state: comment?.state ?? 'none',
          moderated_at: comment && comment.state !== 'pending' ? now : null,
        };
      }),
    )
    .execute();
}
