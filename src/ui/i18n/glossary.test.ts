import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALES } from './catalog.ts';
import { floorWords, GLOSSARY } from './glossary.ts';
import { placeholders } from './placeholders.ts';
import { allMessages, translator } from './translator.ts';

/** Sample values for every placeholder of a message, with the ones under test set. */
function sample(text: string, set: Record<string, string | number>): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const name of placeholders(text)) values[name] = set[name] ?? 1;
  return values;
}

const DESK = GLOSSARY.find((term) => term.concept === 'desk')!;

describe("the office's glossary", () => {
  it('no catalogue text uses a variant the glossary refuses', () => {
    const found: string[] = [];
    for (const locale of LOCALES)
      for (const term of GLOSSARY)
        for (const pattern of term.forbidden[locale] ?? [])
          for (const [key, text] of allMessages(locale))
            if (pattern.test(text)) found.push(`${locale} ${key}: "${text}" uses ${String(pattern)} (say "${term.words[locale]}")`);
    assert.deepEqual(found, []);
  });

  it('every message that names a floor says it in the glossary\'s words: "parter" for 0, "N. piętro" above it', () => {
    const found: string[] = [];
    for (const locale of LOCALES) {
      const t = translator(locale);
      for (const [key, text] of allMessages(locale)) {
        if (!placeholders(text).has('floor')) continue;
        for (const floor of [0, 2]) {
          const said = t(key, sample(text, { floor }));
          if (!said.includes(floorWords(locale, floor)))
            found.push(`${locale} ${key} with floor ${floor}: "${said}" (say "${floorWords(locale, floor)}")`);
        }
      }
    }
    assert.deepEqual(found, []);
  });

  it("every message that names a desk by its number calls it a desk in the glossary's word", () => {
    const found: string[] = [];
    for (const locale of LOCALES) {
      const t = translator(locale);
      for (const [key, text] of allMessages(locale)) {
        if (!placeholders(text).has('desk')) continue;
        const said = t(key, sample(text, { desk: '7' }));
        if (!said.toLowerCase().includes(DESK.stems[locale])) found.push(`${locale} ${key}: "${said}" (say "${DESK.words[locale]}")`);
      }
    }
    assert.deepEqual(found, []);
  });

  it("keeps each term's word and stem together, and gives every language a word", () => {
    for (const term of GLOSSARY)
      for (const locale of LOCALES) {
        assert.ok(term.words[locale] !== '', `${term.concept} ${locale}`);
        if (!term.words[locale].includes('{n}'))
          assert.ok(term.words[locale].toLowerCase().startsWith(term.stems[locale].toLowerCase()), `${term.concept} ${locale}`);
      }
  });
});
