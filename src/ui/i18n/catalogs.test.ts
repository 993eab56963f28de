import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES } from './catalog.ts';
import { placeholders } from './placeholders.ts';
import { allMessages, translator } from './translator.ts';

describe('message catalogues', () => {
  it('has every Polish key in English and Ukrainian, and no key only in a translation', () => {
    const polish = [...allMessages('pl').keys()].sort();
    for (const locale of LOCALES) {
      assert.deepEqual([...allMessages(locale).keys()].sort(), polish, `keys of ${locale} differ from Polish`);
    }
  });

  it('parses every message as ICU MessageFormat and leaves no text empty', () => {
    for (const locale of LOCALES) {
      for (const [key, text] of allMessages(locale)) {
        assert.notEqual(text.trim(), '', `${locale} ${key} is empty`);
        assert.doesNotThrow(() => new IntlMessageFormat(text, locale), `${locale} ${key} is not valid ICU`);
      }
    }
  });

  it('uses the same placeholders in every language', () => {
    for (const [key, text] of allMessages('pl')) {
      for (const locale of ['en', 'uk'] as const) {
        assert.deepEqual(placeholders(allMessages(locale).get(key) ?? ''), placeholders(text), `${locale} ${key}`);
      }
    }
  });

  it('words Polish plurals: 1 znak, 2 znaki, 5 znaków, 22 znaki, 25 znaków', () => {
    const t = translator('pl');
    assert.equal(t('errors.tooLong', { max: 1 }), 'Wpisz najwyżej 1 znak.');
    assert.equal(t('errors.tooLong', { max: 2 }), 'Wpisz najwyżej 2 znaki.');
    assert.equal(t('errors.tooLong', { max: 5 }), 'Wpisz najwyżej 5 znaków.');
    assert.equal(t('errors.tooLong', { max: 22 }), 'Wpisz najwyżej 22 znaki.');
    assert.equal(t('errors.tooLong', { max: 25 }), 'Wpisz najwyżej 25 znaków.');
  });

  it('returns the key itself for a missing message so the gap is visible', () => {
    assert.equal(translator('en')('no.such.key'), 'no.such.key');
  });

  it('writes every segment of every key in camelCase (queue.panel.chooseDesk, never queue.panel.choose_desk)', () => {
    const odd = [...allMessages('pl').keys()].filter((key) => !key.split('.').every((segment) => /^[a-z][a-zA-Z0-9]*$/.test(segment)));
    assert.deepEqual(odd, []);
  });

  it('has a message for every key the code translates or raises by name (a renamed key leaves no caller behind)', () => {
    const keys = [...allMessages('pl').keys()];
    const families = new Set(keys.flatMap((key) => key.split('.').map((_, i, all) => all.slice(0, i + 1).join('.'))));
    // t('…'), request.t('…'), new DomainError(kind, '…') and { key: '…' } of a field error or a refusal.
    const named = /(?:\bt\(\s*|DomainError\(\s*'[a-z_]+',\s*|\bkey:\s*)['"`]([a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9_]+)+)['"`]/g;
    const src = path.resolve(import.meta.dirname, '..', '..');
    const unknown: string[] = [];
    for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.parentPath.includes(`${path.sep}catalog`)) continue;
      const file = path.join(entry.parentPath, entry.name);
      for (const match of readFileSync(file, 'utf8').matchAll(named)) {
        if (!families.has(match[1]!)) unknown.push(`${path.relative(src, file)}: ${match[1]!}`);
      }
    }
    assert.deepEqual(unknown, []);
  });
});
