import { Command, CommanderError } from 'commander';
import { ConfigError, readConfig } from '../config.ts';
import { DataDirectoryBusyError } from '../storage/embedded-postgres.ts';
import { DomainError } from '../domain/shared/errors.ts';
import { translator } from '../ui/i18n/index.ts';
import { startCommand } from './start.ts';
import { migrateCommand } from './migrate.ts';
import { BackupError, registerBackupCommand } from './backup.ts';
import { registerDemoDataCommand } from './demo-data.ts';
import { registerUserCommands } from './user.ts';
import { registerDeviceCommands } from './device.ts';
import { EmptyDatabaseError } from './office.ts';

/** Exit codes: 0 done, 1 failure, 2 wrong usage or input, 3 the data folder is in use. */
export const EXIT = { ok: 0, failure: 1, usage: 2, busy: 3 } as const;

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('okienko')
    .description('Okienko: the customer service of a city hall (queue, kiosks, boards, booking).')
    .showHelpAfterError()
    .exitOverride();
  program
    .command('start')
    .description('Start the server (and the embedded PostgreSQL unless DATABASE_URL is set); loads the demo office on first start.')
    .action(async () => {
      await startCommand(readConfig(process.env));
    });
  program
    .command('migrate')
    .description('Apply the database migrations and exit.')
    .action(async () => {
      await migrateCommand(readConfig(process.env));
    });
  registerDemoDataCommand(program);
  registerBackupCommand(program);
  registerUserCommands(program);
  registerDeviceCommands(program);
  return program;
}

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    if (error instanceof ConfigError) {
      console.error(`okienko: ${error.message}`);
      process.exitCode = EXIT.usage;
      return;
    }
    if (error instanceof BackupError || error instanceof EmptyDatabaseError) {
      console.error(`okienko: ${error.message}`);
      process.exitCode = EXIT.failure;
      return;
    }
    if (error instanceof DataDirectoryBusyError) {
      console.error(`okienko: ${error.message}`);
      process.exitCode = EXIT.busy;
      return;
    }
    if (error instanceof DomainError) {
      const t = translator('en');
      const fields = Object.entries(error.fields).map(([field, e]) => `  ${field}: ${t(e.key, e.values)}`);
      console.error(`okienko: ${t(error.key, error.values)}${fields.length ? `\n${fields.join('\n')}` : ''}`);
      process.exitCode = EXIT.usage;
      return;
    }
    console.error(`okienko: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT.failure;
  }
}

await main();
