import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadDemoData } from '../../src/app/demo/load-demo-data.ts';
import { searchDirectory } from '../../src/app/directory/index.ts';
import { systemActor } from '../../src/app/shared/deps.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const clock = { now: () => new Date('2026-12-03T09:00:00Z') };

// What residents say, in Polish (inflected, without diacritics, with typos), English and Ukrainian, and the
// ticket letter of the demo matter that must come FIRST.
const PHRASINGS: [query: string, letter: string][] = [
  ['dowód', 'A'],
  ['dowód osobisty', 'A'],
  ['zgubiłem dowód osobisty', 'A'],
  ['zgubilem dowod', 'A'],
  ['nowy dowodu osobistego', 'A'],
  ['wyrobienie dowodu', 'A'],
  ['skradziono mi dowód', 'A'],
  ['dowud osobisty', 'A'],
  ['odbiór dowodu', 'B'],
  ['odebrać gotowy dowód', 'B'],
  ['meldunek', 'C'],
  ['zameldowanie', 'C'],
  ['zameldować się na pobyt stały', 'C'],
  ['wymeldowanie', 'C'],
  ['przeprowadzka zmiana adresu', 'C'],
  ['rejestracja auta', 'D'],
  ['zarejestrować samochód', 'D'],
  ['rejestracja samochodu', 'D'],
  ['tablice rejestracyjne', 'D'],
  ['kupiłem samochod', 'D'],
  ['prawo jazdy', 'E'],
  ['prawa jazdy', 'E'],
  ['wymiana prawa jazdy', 'E'],
  ['prawko', 'E'],
  ['akt urodzenia', 'F'],
  ['odpis aktu małżeństwa', 'F'],
  ['slub', 'G'],
  ['ślub cywilny', 'G'],
  ['podatek od nieruchomości', 'H'],
  ['podatek od domu', 'H'],
  ['podatek od psa', 'P'],
  ['opłata za psa', 'P'],
  ['wywóz śmieci', 'J'],
  ['smieci', 'J'],
  ['skarga', 'K'],
  ['tłumacz języka migowego', 'L'],
  ['ID card', 'A'],
  ['lost my ID card', 'A'],
  ['dog tax', 'P'],
  ['driving licence', 'E'],
  ['driving license exchange', 'E'],
  ['register a car', 'D'],
  ['birth certificate', 'F'],
  ['getting married', 'G'],
  ['property tax', 'H'],
  ['garbage collection', 'J'],
  ['паспорт', 'A'],
  ['реєстрація авто', 'D'],
  ['посвідчення водія', 'E'],
  ['прописка', 'C'],
  ['податок на собаку', 'P'],
  ['свідоцтво про народження', 'F'],
  ['вивіз сміття', 'J'],
];

describe('the matter directory on the demo catalogue', () => {
  let database: TestDatabase;
  let officeId: number;
  before(async () => {
    database = await createTestDatabase();
    await loadDemoData(database.db, clock);
    officeId = (await database.db.selectFrom('office').select('id').executeTakeFirstOrThrow()).id;
  });
  after(async () => {
    await database.drop();
  });

  it(`puts the expected matter first for each of ${PHRASINGS.length} phrasings in pl/en/uk`, async () => {
    const deps = { db: database.db, clock, actor: systemActor(officeId) };
    const misses: string[] = [];
    for (const [query, letter] of PHRASINGS) {
      const { matters } = await searchDirectory(deps, query);
      const first = matters[0]?.ticketLetter ?? '—';
      if (first !== letter) misses.push(`"${query}": ${first} (${matters.map((m) => m.ticketLetter).join(' ')}), expected ${letter}`);
    }
    const hits = PHRASINGS.length - misses.length;
    console.log(`directory search: ${hits}/${PHRASINGS.length} first (${((100 * hits) / PHRASINGS.length).toFixed(1)}%)`);
    assert.deepEqual(misses, []);
  });

  it('gives every demo service keywords', async () => {
    const bare = await database.db
      .selectFrom('service')
      .select('ticket_letter')
      .where((eb) => eb.or([eb('keywords_pl', '=', ''), eb('keywords_en', '=', ''), eb('keywords_uk', '=', '')]))
      .execute();
    assert.deepEqual(bare, []);
  });

  it('answers a matter with its unit, place, hours today, documents, fees and the note for residents', async () => {
    const deps = { db: database.db, clock, actor: systemActor(officeId) };
    const [vehicle] = (await searchDirectory(deps, 'rejestracja auta')).matters;
    assert.ok(vehicle);
    assert.equal(vehicle.unit.code, 'KM');
    assert.equal(vehicle.place?.room, 'A.0.5');
    assert.equal(vehicle.place?.floor, 0);
    assert.equal(vehicle.place?.stepFree, true);
    assert.equal(vehicle.today?.open, true);
    assert.ok(vehicle.documents.pl.length > 0);
    assert.match(vehicle.notes[0]?.pl ?? '', /CEPiK nie działa/);
    assert.deepEqual((await searchDirectory(deps, '   ')).matters, []);
    assert.deepEqual((await searchDirectory(deps, 'xqzw')).matters, []);
  });

  it('follows the catalogue as it changes: a new keyword is found at once, a dropped one and a closed matter no more', async () => {
    const deps = { db: database.db, clock, actor: systemActor(officeId) };
    const letters = async (query: string) => (await searchDirectory(deps, query)).matters.map((m) => m.ticketLetter);
    assert.deepEqual(await letters('hulajnoga'), []);
    const dog = await database.db
      .selectFrom('service')
      .select(['id', 'keywords_pl'])
      .where('ticket_letter', '=', 'P')
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('service')
      .set({ keywords_pl: `${dog.keywords_pl}\nhulajnoga` })
      .where('id', '=', dog.id)
      .execute();
    assert.equal((await letters('hulajnogi'))[0], 'P');
    await database.db.updateTable('service').set({ keywords_pl: dog.keywords_pl }).where('id', '=', dog.id).execute();
    assert.deepEqual(await letters('hulajnoga'), []);
    await database.db.updateTable('service').set({ active: false }).where('id', '=', dog.id).execute();
    assert.ok(!(await letters('podatek od psa')).includes('P'));
    await database.db.updateTable('service').set({ active: true }).where('id', '=', dog.id).execute();
    assert.equal((await letters('podatek od psa'))[0], 'P');
  });
});
