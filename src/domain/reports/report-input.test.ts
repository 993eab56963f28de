import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../shared/errors.ts';
import { readReport, type RawReport } from './report-input.ts';

function fieldErrors(raw: RawReport): Record<string, string> {
  try {
    readReport(raw);
    return {};
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return Object.fromEntries(Object.entries(error.fields).map(([field, e]) => [field, e.key]));
  }
}

const good = { category: 'roads', description: 'Dziura w jezdni', address: 'ul. Słowackiego 12' };

describe('reading a problem report', () => {
  it('takes an address, a point, or both', () => {
    assert.equal(readReport(good).address, 'ul. Słowackiego 12');
    assert.deepEqual(readReport({ ...good, address: '', lat: '51.4047', long: '19,7030' }).point, { lat: 51.4047, long: 19.703 });
    assert.equal(readReport({ ...good, email: ' Ala@Example.PL ' }).email, 'ala@example.pl');
  });

  const rows: [string, RawReport, Record<string, string>][] = [
    ['no place at all', { ...good, address: '' }, { address: 'reports.input.locationMissing' }],
    ['a point at 0,0', { ...good, lat: '0', long: '0' }, { lat: 'reports.input.outsideArea', long: 'reports.input.outsideArea' }],
    ['latitude without longitude', { ...good, lat: '51.4' }, { long: 'reports.input.bothCoordinates' }],
    ['words for a coordinate', { ...good, lat: 'north', long: '19' }, { lat: 'reports.input.coordinate' }],
    ['a description over 4,000 characters', { ...good, description: 'a'.repeat(4001) }, { description: 'errors.tooLong' }],
    ['no description', { ...good, description: '  ' }, { description: 'errors.required' }],
    ['a link that is no web address', { ...good, link: 'javascript:alert(1)' }, { link: 'reports.input.link' }],
    ['a wrong e-mail', { ...good, email: 'ala@' }, { email: 'errors.email' }],
    ['an unknown category shape', { ...good, category: 'Drogi!' }, { category: 'reports.input.category' }],
  ];
  for (const [name, raw, expected] of rows) it(`refuses ${name}`, () => assert.deepEqual(fieldErrors(raw), expected));
});
