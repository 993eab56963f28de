import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/**
 * The placeholders an ICU message takes, inside plurals, selects and tags too (for the catalogue tests).
 * @example placeholders('{n, plural, one {# osoba} other {# osób}} przy {desk}') // Set { 'n', 'desk' }
 */
export function placeholders(text: string): Set<string> {
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
}
