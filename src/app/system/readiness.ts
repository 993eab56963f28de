import { sql } from 'kysely';
import type { Db } from '../../storage/database.ts';
import { migrationsPending } from '../../storage/migrate.ts';

/**
 * The migrations not yet applied to the database, for the readiness check; throws when the database does
 * not answer.
 * @example const pending = await pendingMigrations({ db }); pending.length === 0 // ready
 */
export async function pendingMigrations(deps: { db: Db }): Promise<string[]> {
  return migrationsPending({
    query: async (text: string) => {
      const result = await sql.raw<{ name: string }>(text).execute(deps.db);
      return { rows: result.rows };
    },
  });
}
