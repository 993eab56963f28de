import type { Command } from 'commander';
import { registerDevice, DEVICE_KINDS } from '../app/devices/register-device.ts';
import { systemActor, systemClock } from '../app/shared/deps.ts';
import { readConfig } from '../config.ts';
import { terminalLog } from './log.ts';
import { officeForCommand } from './office.ts';
import { openStorage } from './storage.ts';

/**
 * `okienko device add`: registers a kiosk, board or printer and prints its token once.
 * @example registerDeviceCommands(program);
 */
export function registerDeviceCommands(program: Command): void {
  const device = program.command('device').description('Kiosks, boards and ticket printers.');
  device
    .command('add')
    .description('Register a device and print its token (shown only once; the database keeps only its hash).')
    .requiredOption('--kind <kind>', `kind of device: ${DEVICE_KINDS.join(', ')}`)
    .requiredOption('--name <name>', 'name staff recognise it by, e.g. "Biletomat parter"')
    .option('--building <name>', 'the building it stands in')
    .action(async (options: { kind: string; name: string; building?: string }) => {
      const storage = await openStorage(readConfig(process.env), terminalLog(), { beside: true });
      try {
        const office = await officeForCommand(storage.db);
        const registered = await registerDevice(
          { db: storage.db, clock: systemClock, actor: systemActor(office.id) },
          { kind: options.kind, name: options.name, buildingName: options.building },
        );
        console.log(`Registered ${registered.kind} "${registered.name}" (id ${registered.id}).`);
        console.log(`Token (shown only now): ${registered.token}`);
      } finally {
        await storage.close();
      }
    });
}
