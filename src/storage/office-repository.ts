import type { Selectable } from 'kysely';
import { DomainError } from '../domain/shared/errors.ts';
import type { Db } from './database.ts';
import { SettingsCache } from './settings-cache.ts';
import type { OfficeTable } from './schema.ts';

export type OfficeRow = Selectable<OfficeTable>;

const offices = new SettingsCache<OfficeRow | undefined>();

/**
 * The office this installation serves (the first one created), kept in memory while the settings stamp
 * is unchanged (`SettingsCache`): every request reads it. Frozen: shared by every request.
 * @example const office = await currentOffice(db); office.name
 */
export async function currentOffice(db: Db): Promise<OfficeRow> {
  const office = await offices.read(db, 'current', () => db.selectFrom('office').selectAll().orderBy('id').limit(1).executeTakeFirst());
  if (!office) throw new DomainError('unavailable', 'errors.unavailable');
  return office;
}
