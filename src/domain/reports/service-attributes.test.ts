import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../shared/errors.ts';
import { readAttributeAnswers, readAttributeDefinitions } from './service-attributes.ts';

const definitions = readAttributeDefinitions([
  {
    code: 'kind',
    datatype: 'singlevaluelist',
    required: true,
    order: 2,
    description: { pl: 'Rodzaj' },
    values: [{ key: 'bins', name: { pl: 'Kosze' } }],
  },
  { code: 'pole', datatype: 'string', required: false, order: 1, description: { pl: 'Numer słupa' } },
  { code: 'count', datatype: 'number', required: false, description: { pl: 'Ile' } },
  {
    code: 'faults',
    datatype: 'multivaluelist',
    required: false,
    description: { pl: 'Usterki' },
    values: [
      { key: 'a', name: { pl: 'A' } },
      { key: 'b', name: { pl: 'B' } },
    ],
  },
]);

function refusal(posted: Record<string, unknown>): Record<string, string> {
  try {
    readAttributeAnswers(definitions, posted);
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return Object.fromEntries(Object.entries(error.fields).map(([field, e]) => [field, e.key]));
  }
  assert.fail('accepted');
}

describe('Open311 service attributes', () => {
  it('reads definitions in their order and refuses what it cannot trust', () => {
    assert.deepEqual(
      definitions.map((d) => d.code),
      ['pole', 'kind', 'count', 'faults'],
    );
    for (const bad of [
      {},
      [{ code: 'Pole', datatype: 'string', description: { pl: 'x' } }],
      [{ code: 'pole', datatype: 'colour', description: { pl: 'x' } }],
      [{ code: 'pole', datatype: 'string', description: { pl: '' } }],
      [{ code: 'pole', datatype: 'singlevaluelist', description: { pl: 'x' } }],
      [{ code: 'pole', datatype: 'string', description: { pl: 'x' }, values: [{ key: 'a', name: { pl: 'A' } }] }],
      [
        { code: 'pole', datatype: 'string', description: { pl: 'x' } },
        { code: 'pole', datatype: 'string', description: { pl: 'y' } },
      ],
    ])
      assert.throws(() => readAttributeDefinitions(bad), Error, JSON.stringify(bad));
  });

  it('reads answers: trimmed, numbers with a dot, lists by key, unknown questions left out', () => {
    assert.deepEqual(
      readAttributeAnswers(definitions, {
        'attribute[kind]': 'bins',
        'attribute[pole]': ' OS-1 ',
        'attribute[count]': '2,5',
        'attribute[faults][]': ['a', 'b', 'a'],
        'attribute[other]': 'x',
      }),
      { kind: 'bins', pole: 'OS-1', count: '2.5', faults: ['a', 'b'] },
    );
    assert.deepEqual(readAttributeAnswers(definitions, { 'attribute[kind]': 'bins', 'attribute[pole]': '' }), { kind: 'bins' });
  });

  it('refuses every wrong answer at once, under its field', () => {
    assert.deepEqual(refusal({}), { 'attribute[kind]': 'errors.required' });
    assert.deepEqual(
      refusal({
        'attribute[kind]': 'glass',
        'attribute[count]': '1e3',
        'attribute[faults]': ['a', 'c'],
        'attribute[pole]': 'x'.repeat(201),
      }),
      {
        'attribute[kind]': 'reports.attributes.choice',
        'attribute[count]': 'reports.attributes.number',
        'attribute[faults]': 'reports.attributes.choice',
        'attribute[pole]': 'errors.tooLong',
      },
    );
    assert.deepEqual(refusal({ 'attribute[kind]': ['bins', 'bins'] }), { 'attribute[kind]': 'reports.attributes.oneValue' });
    assert.deepEqual(refusal({ 'attribute[kind]': 'bins', 'attribute[pole]': 'a\u202Eb' }), {
      'attribute[pole]': 'errors.controlCharacters',
    });
    assert.deepEqual(refusal({ 'attribute[kind]': 'bins', 'attribute[pole]': { x: 1 } }), {
      'attribute[pole]': 'reports.attributes.format',
    });
  });
});
