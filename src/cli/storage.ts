import type { Config } from '../config.ts';
import { openDatabase, type Db } from '../storage/database.ts';
import { startEmbeddedPostgres, type EmbeddedServer } from '../storage/embedded-postgres.ts';
import { migrate } from '../storage/migrate.ts';

export interface Storage {
  db: Db;
  connectionString: string;
  /** Where the embedded server keeps its data (undefined with DATABASE_URL). */
  embeddedHome: string | undefined;
  /** Closes the pool and stops the embedded server, if any. */
  close(): Promise<void>;
}

export type Log = (level: 'debug' | 'info' | 'warn', message: string) => void;

/**
 * The database of this run: the one at DATABASE_URL, or the embedded server in the data folder;
 * migrated to the latest schema.
 */
export async function openStorage(config: Config, log: Log, options: { migrate?: boolean } = {}): Promise<Storage> {
  let embedded: EmbeddedServer | undefined;
  let connectionString = config.databaseUrl;
  if (!connectionString) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, log });
    connectionString = embedded.connectionString;
  }
  try {
    if (options.migrate !== false) {
      const { applied } = await migrate(connectionString);
      for (const name of applied) log('info', `Applied migration ${name}`);
    }
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const db = openDatabase({ connectionString });
  return {
    db,
    connectionString,
    embeddedHome: embedded?.home,
    async close() {
      await db.destroy();
      await embedded?.stop();
    },
  };
}
