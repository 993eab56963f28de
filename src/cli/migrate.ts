import type { Config } from '../config.ts';
import { terminalLog } from './log.ts';
import { openStorage } from './storage.ts';

export async function migrateCommand(config: Config): Promise<void> {
  const storage = await openStorage(config, terminalLog(), { beside: true });
  await storage.close();
  console.log('Database schema is up to date.');
}
