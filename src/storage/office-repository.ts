import type { Selectable } from 'kysely';
import { DomainError } from '../domain/shared/errors.ts';
import { prepared, type Db } from './database.ts';
import type { OfficeTable } from './schema.ts';

export type OfficeRow = Selectable<OfficeTable>;

/** The office this installation serves (the first one created). */
export async function currentOffice(db: Db): Promise<OfficeRow> {
  const office = await db.selectFrom('office').modifyFront(prepared('current_office')).selectAll().orderBy('id').limit(1).executeTakeFirst();
  if (!office) throw new DomainError('unavailable', 'errors.unavailable');
  return office;
}
