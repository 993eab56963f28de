import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.ts';
import { awayOn, readAbsence } from './absence-input.ts';
import { noteInForce, readNote } from './note-input.ts';

const fieldsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return Object.keys(error.fields).sort();
    throw error;
  }
  return [];
};

test('a note is read in office time and must end after it starts', () => {
  const note = readNote({
    unit_id: '2',
    text_pl: 'CEPiK nie działa',
    from_date: '2026-12-03',
    from_time: '08:00',
    until_date: '2026-12-03',
    until_time: '12:00',
  });
  assert.equal(note.validFrom.toISOString(), '2026-12-03T07:00:00.000Z');
  assert.equal(note.validUntil.toISOString(), '2026-12-03T11:00:00.000Z');
  assert.equal(noteInForce(note, new Date('2026-12-03T10:59:00Z')), true);
  assert.equal(noteInForce(note, new Date('2026-12-03T11:00:00Z')), false);
  const backwards = {
    unit_id: '2',
    text_pl: 'x',
    from_date: '2026-12-03',
    from_time: '12:00',
    until_date: '2026-12-03',
    until_time: '08:00',
  };
  assert.deepEqual(
    fieldsOf(() => readNote(backwards)),
    ['until_date'],
  );
});

test('a note without text or times, or shown to residents without a matter, is refused field by field', () => {
  assert.deepEqual(
    fieldsOf(() => readNote({ unit_id: 'x', shown_to_residents: 'on' })),
    ['from_date', 'from_time', 'service_id', 'text_pl', 'unit_id', 'until_date', 'until_time'],
  );
});

test('an absence covers both its days and may not run backwards or longer than a year', () => {
  const absence = readAbsence({ staff_id: '3', starts_on: '2026-12-07', ends_on: '2026-12-11' });
  assert.equal(awayOn([absence], '2026-12-07'), true);
  assert.equal(awayOn([absence], '2026-12-11'), true);
  assert.equal(awayOn([absence], '2026-12-12'), false);
  assert.deepEqual(
    fieldsOf(() => readAbsence({ staff_id: '3', starts_on: '2026-12-11', ends_on: '2026-12-07' })),
    ['ends_on'],
  );
  assert.deepEqual(
    fieldsOf(() => readAbsence({ staff_id: '3', starts_on: '2026-01-01', ends_on: '2027-06-01' })),
    ['ends_on'],
  );
  assert.deepEqual(
    fieldsOf(() => readAbsence({ staff_id: '', starts_on: '2026-02-30' })),
    ['ends_on', 'staff_id', 'starts_on'],
  );
});
