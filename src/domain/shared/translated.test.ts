import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inLanguage, linesIn } from './translated.ts';

describe('a translated text in a language', () => {
  it('answers the language asked for when it has words', () => {
    assert.deepEqual(inLanguage({ pl: 'Kasa', en: 'Cash desk', uk: 'Каса' }, 'uk'), { value: 'Каса', lang: undefined });
  });
  it('falls back to Polish, marked with lang="pl", when the translation is empty or blank', () => {
    assert.deepEqual(inLanguage({ pl: 'Kasa', en: '  ', uk: '' }, 'en'), { value: 'Kasa', lang: 'pl' });
  });
  it('does not mark Polish on a Polish page', () => {
    assert.deepEqual(inLanguage({ pl: 'Kasa', en: '', uk: '' }, 'pl'), { value: 'Kasa', lang: undefined });
  });
  it('splits a one-item-per-line text into its non-empty lines', () => {
    assert.deepEqual(linesIn({ pl: 'Dowód\n\n  Wniosek ', en: '', uk: '' }, 'uk'), { lines: ['Dowód', 'Wniosek'], lang: 'pl' });
  });
});
