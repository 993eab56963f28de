import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BookableUnit } from '../../app/booking/index.ts';
import { foldForSearch, searchServices } from './service-search.ts';

const text = (pl: string, en = '', uk = '') => ({ pl, en, uk });
const units: BookableUnit[] = [
  {
    id: 1,
    name: text('Referat Spraw Obywatelskich', 'Citizens’ Affairs'),
    services: [
      {
        id: 10,
        name: text('Dowód osobisty — wniosek', 'Identity card application', 'Посвідчення особи'),
        description: text(''),
        durationMinutes: 15,
      },
      { id: 11, name: text('Zameldowanie na pobyt stały', 'Permanent residence registration'), description: text(''), durationMinutes: 15 },
    ],
  },
  {
    id: 2,
    name: text('Urząd Stanu Cywilnego'),
    services: [{ id: 20, name: text('Zgłoszenie zamiaru zawarcia ślubu'), description: text('Małżeństwo cywilne'), durationMinutes: 30 }],
  },
];
const ids = (found: BookableUnit[]) => found.flatMap((unit) => unit.services.map((service) => service.id));

describe('searching the bookable services', () => {
  it('folds case, diacritics and ł', () => {
    assert.equal(foldForSearch('  Zgłoszenie  ŚLUBU Łódź '), 'zgloszenie slubu lodz');
  });

  it('finds a service without the Polish letters typed', () => {
    assert.deepEqual(ids(searchServices(units, 'dowod')), [10]);
    assert.deepEqual(ids(searchServices(units, 'SLUB')), [20]);
    assert.deepEqual(ids(searchServices(units, 'malzenstwo')), [20]);
  });

  it('matches every word, in any language and in the unit name', () => {
    assert.deepEqual(ids(searchServices(units, 'identity card')), [10]);
    assert.deepEqual(ids(searchServices(units, 'посвідчення')), [10]);
    assert.deepEqual(ids(searchServices(units, 'obywatelskich')), [10, 11]);
    assert.deepEqual(ids(searchServices(units, 'dowod slub')), []);
  });

  it('keeps every service for an empty search and drops units without a match', () => {
    assert.deepEqual(ids(searchServices(units, '   ')), [10, 11, 20]);
    assert.deepEqual(
      searchServices(units, 'zameldowanie').map((unit) => unit.id),
      [1],
    );
  });
});
