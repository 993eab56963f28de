import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LOCALES } from './catalog.ts';
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
    const placeholders = (text: string): Set<string> => {
      const names = new Set<string>();
      const walk = (elements: MessageFormatElement[]): void => {
        for (const element of elements) {
          if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
          names.add(element.value);
          if (element.type === TYPE.plural || element.type === TYPE.select)
            for (const option of Object.values(element.options)) walk(option.value);
          if (element.type === TYPE.tag) walk(element.children);
        }
      };
      walk(parse(text));
      return names;
    };
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
});
