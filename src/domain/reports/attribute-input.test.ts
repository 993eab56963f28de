import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../shared/errors.ts';
import { readAttributeInput, withAttribute } from './attribute-input.ts';
import { readAttributeDefinitions } from './service-attributes.ts';

function fields(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return Object.fromEntries(Object.entries(error.fields).map(([field, e]) => [field, e.key]));
  }
  assert.fail('not refused');
}

describe('the Contact Centre’s form of a category’s question', () => {
  it('reads a list with its choices one a line, and what it reads is what the definitions trust', () => {
    const attribute = readAttributeInput({
      code: 'kind',
      datatype: 'singlevaluelist',
      required: 'on',
      questionPl: ' Rodzaj odpadów ',
      choices: 'bins | Kosze | Bins\r\n\n  bulky|Gabaryty|Bulky waste|Великогабаритні  \n',
    });
    assert.deepEqual(attribute.values, [
      { key: 'bins', name: { pl: 'Kosze', en: 'Bins', uk: '' } },
      { key: 'bulky', name: { pl: 'Gabaryty', en: 'Bulky waste', uk: 'Великогабаритні' } },
    ]);
    assert.equal(attribute.required, true);
    assert.equal(attribute.description.pl, 'Rodzaj odpadów');
    assert.deepEqual(readAttributeDefinitions(JSON.parse(JSON.stringify([attribute]))), [attribute]);
  });

  it('refuses every mistake at once, under its field', () => {
    assert.deepEqual(
      fields(() => readAttributeInput({ code: '1x', datatype: 'multivaluelist', questionPl: '', order: '100' })),
      {
        code: 'reports.categories.attributes.codeFormat',
        questionPl: 'errors.required',
        order: 'errors.range',
        choices: 'reports.categories.attributes.choicesMissing',
      },
    );
    assert.deepEqual(
      fields(() => readAttributeInput({ code: 'x', datatype: 'text', questionPl: 'Q', choices: 'a | A' })),
      {
        choices: 'reports.categories.attributes.choicesNotList',
      },
    );
  });

  it('adds a question in its place, refuses a repeated code, and puts a changed one where its place says', () => {
    const a = readAttributeInput({ code: 'a', datatype: 'string', questionPl: 'A', order: '1' });
    const b = readAttributeInput({ code: 'b', datatype: 'string', questionPl: 'B', order: '2' });
    const both = withAttribute(withAttribute([], b, { replacing: null }), a, { replacing: null });
    assert.deepEqual(
      both.map((x) => x.code),
      ['a', 'b'],
    );
    assert.deepEqual(
      fields(() => withAttribute(both, a, { replacing: null })),
      { code: 'reports.categories.attributes.codeTaken' },
    );
    const moved = withAttribute(both, { ...a, order: 3 }, { replacing: 'a' });
    assert.deepEqual(
      moved.map((x) => x.code),
      ['b', 'a'],
    );
  });
});
