import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from './errors.ts';
import { FieldCheck, unreadableText } from './validate.ts';

function errorsOf(read: (check: FieldCheck) => void): Record<string, string> {
  const check = new FieldCheck();
  read(check);
  try {
    check.done();
    return {};
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return Object.fromEntries(Object.entries(error.fields).map(([field, { key }]) => [field, key]));
  }
}

describe('the field checker', () => {
  it('refuses control characters in a one-line text: NUL, escape, a line break, direction overrides', () => {
    for (const bad of ['Jan\u0000Kowalski', 'Jan\u001b[31m', 'Jan\nKowalski', 'Ratusz\u202Ecba', 'A\u2066B', 'x\u0085y']) {
      assert.deepEqual(
        errorsOf((c) => c.text('name', bad, { max: 100 })),
        { name: 'errors.controlCharacters' },
        JSON.stringify(bad),
      );
    }
  });

  it('keeps line breaks and tabs of a multi-line text, but not its other control characters', () => {
    assert.deepEqual(
      errorsOf((c) => c.text('notes', 'Winda\r\n\tod ul. Szkolnej', { max: 100, multiline: true })),
      {},
    );
    assert.deepEqual(
      errorsOf((c) => c.text('notes', 'Winda\u0000', { max: 100, multiline: true })),
      { notes: 'errors.controlCharacters' },
    );
  });

  it('refuses a text with nothing visible: only zero-width characters or combining marks', () => {
    for (const bad of ['\u200B\u200B', '\u0301\u0308', '\u200D \u0301', '\u2060']) {
      assert.deepEqual(
        errorsOf((c) => c.text('name', bad, { max: 100 })),
        { name: 'errors.noVisibleText' },
        JSON.stringify(bad),
      );
    }
  });

  it('takes ordinary Polish, Ukrainian and decorated names as typed', () => {
    for (const good of ['Zażółć Gęślą', 'Олена Ковальчук', 'José Ñúñez', 'Zoë d’Arc', '👩‍⚕️ Gabinet']) {
      assert.equal(unreadableText(good), null, good);
    }
  });
});
