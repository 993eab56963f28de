import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { createAccount } from '../app/auth/create-account.ts';
import { systemActor, systemClock } from '../app/shared/deps.ts';
import { readConfig } from '../config.ts';
import { STAFF_ROLES } from '../domain/auth/roles.ts';
import { terminalLog } from './log.ts';
import { officeForCommand } from './office.ts';
import { openStorage } from './storage.ts';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** 24 random characters from 18 bytes: about 144 bits, far beyond guessing. */
function generatedPassword(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * `okienko user add`: creates a member of staff from the command line (the first administrator, say).
 * @example registerUserCommands(program);
 */
export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('Staff accounts.');
  user
    .command('add')
    .description(
      'Create a member of staff who can log in. The password comes from OKIENKO_PASSWORD if set; otherwise a strong one is generated and printed once.',
    )
    .requiredOption('--login <login>', 'login: 3-40 characters a-z 0-9 . _ -')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--role <role>', `role (repeat for several): ${STAFF_ROLES.join(', ')}`, collect, [])
    .option('--unit <code>', "code of the person's unit, e.g. USC")
    .action(async (options: { login: string; name: string; role: string[]; unit?: string }) => {
      const fromEnvironment = process.env.OKIENKO_PASSWORD;
      const password = fromEnvironment !== undefined && fromEnvironment !== '' ? fromEnvironment : generatedPassword();
      const storage = await openStorage(readConfig(process.env), terminalLog(), { beside: true });
      try {
        const office = await officeForCommand(storage.db);
        const account = await createAccount(
          { db: storage.db, clock: systemClock, actor: systemActor(office.id) },
          { login: options.login, fullName: options.name, roles: options.role, unitCode: options.unit, password },
        );
        console.log(`Created ${account.login} (${account.roles.join(', ')}).`);
        if (password !== fromEnvironment) console.log(`Password (shown only now): ${password}`);
      } finally {
        await storage.close();
      }
    });
}
