import type { Command } from 'commander';
import { readConfig } from '../config.ts';
import { systemClock } from '../app/shared/deps.ts';
import { loadDemoData } from '../app/demo/load-demo-data.ts';
import { terminalLog } from './log.ts';
import { openStorage } from './storage.ts';

export function registerDemoDataCommand(program: Command): void {
  program
    .command('demo-data')
    .description('Load the demo city hall of Piotrków Trybunalski into an empty database (start does this on first run).')
    .action(async () => {
      const storage = await openStorage(readConfig(process.env), terminalLog(), { beside: true });
      try {
        const result = await loadDemoData(storage.db, systemClock, { history: true });
        console.log(result.created ? 'Demo office loaded.' : 'The database already holds an office; nothing was changed.');
        for (const login of result.logins) console.log(`  ${login.role.padEnd(20)} ${login.login} / ${login.password}`);
      } finally {
        await storage.close();
      }
    });
}
