import type { ExpressionBuilder } from 'kysely';
import { BEATING_KINDS, isSilent } from '../../domain/announcements/index.ts';
import { SECOND } from '../../domain/shared/time.ts';
import type { Database } from '../../storage/schema.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { devicePolicy } from './device-policy.ts';
import { noteDeviceProblem } from './device-outage.ts';

/**
 * The job's pass for one office: kiosks, boards and feedback tablets silent for the policy's seconds become `silent`
 * (a kiosk's or a board's banner goes up; a tablet's silence shows on the administrator's page only), and banners of devices well again for the hold, or revoked, end. Idempotent: a device
 * already marked is left alone. Answers how many devices it moved.
 * @example await checkDeviceOutages({ db, clock, actor: systemActor(1) }) // 1
 */
export async function checkDeviceOutages(deps: UseCaseDeps): Promise<number> {
  const now = deps.clock.now();
  const policy = await devicePolicy(deps);
  const openBanner = (eb: ExpressionBuilder<Database, 'device'>) =>
    eb.exists(
      eb
        .selectFrom('announcement')
        .select('announcement.id')
        .whereRef('announcement.device_id', '=', 'device.id')
        .where('announcement.shown_until', 'is', null)
        .where('announcement.withdrawn_at', 'is', null),
    );
  const devices = await deps.db
    .selectFrom('device')
    .select((eb) => ['id', 'last_seen_at', 'problem', 'revoked_at', openBanner(eb).as('has_banner')])
    .where('office_id', '=', deps.actor.officeId)
    .where((eb) =>
      eb.or([
        eb.and([eb('kind', 'in', [...BEATING_KINDS]), eb('revoked_at', 'is', null), eb('last_seen_at', 'is not', null)]),
        openBanner(eb),
      ]),
    )
    .orderBy('id')
    .execute();
  let moved = 0;
  for (const device of devices) {
    const silent = device.revoked_at === null && isSilent(device.last_seen_at, now, policy.silentAfterSeconds * SECOND);
    if (silent && device.problem !== 'silent') {
      await noteDeviceProblem(deps, device.id, 'silent', { silentSince: new Date(now.getTime() - policy.silentAfterSeconds * SECOND) });
      moved += 1;
    } else if (!silent && device.has_banner && device.problem !== 'silent') {
      // Its banner may have outlived the hold (a device well again) or its device (revoked).
      await noteDeviceProblem(deps, device.id, 'unchanged');
    }
  }
  return moved;
}
