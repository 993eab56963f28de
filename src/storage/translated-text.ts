import { sql, type RawBuilder } from 'kysely';
import type { Translated } from '../domain/shared/translated.ts';

// A translated text is stored as three columns, `<name>_pl`, `<name>_en`, `<name>_uk` (Polish required,
// the others '' when not translated); these two functions are the only place that spells them out.

/**
 * Reads a translated text's three columns as one `Translated` value.
 * @example db.selectFrom('service').select(['id', translatedColumn('service.name').as('name')]) // row.name.pl
 */
export function translatedColumn(column: string): RawBuilder<Translated> {
  return sql<Translated>`json_build_object('pl', ${sql.ref(`${column}_pl`)}, 'en', ${sql.ref(`${column}_en`)}, 'uk', ${sql.ref(`${column}_uk`)})`;
}

/**
 * A translated text as the values of its three columns, for an insert or an update.
 * @example db.insertInto('unit').values({ code: 'SO', ...translatedValues('name', { pl: 'Sprawy obywatelskie', en: '', uk: '' }) })
 */
export function translatedValues<P extends string>(name: P, text: Translated): Record<`${P}_pl` | `${P}_en` | `${P}_uk`, string> {
  return { [`${name}_pl`]: text.pl, [`${name}_en`]: text.en, [`${name}_uk`]: text.uk } as Record<`${P}_pl` | `${P}_en` | `${P}_uk`, string>;
}
