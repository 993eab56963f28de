import { announcesOutage, bannerStep, isOutage, type DeviceProblem } from '../../domain/announcements/index.ts';
import { SECOND } from '../../domain/shared/time.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Tx } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { devicePolicyIn } from './device-policy.ts';

/** Automatic banners show on the public site, the boards and the kiosks (the failed device's own screen leaves its own out). */
const OUTAGE_PLACES = ['public', 'kiosk', 'board'];

/**
 * Records a device's problem as just observed (a heartbeat, a print, the silence job) and moves its automatic
 * banner: raised for an outage, re-worded when the problem changes, ended once the device has been well for
 * the office's hold. One transaction: the device row locked, the change kept in its history, the banner's
 * step audited. Nothing is written when nothing changed. `'unchanged'` only re-checks the banner (the job, after
 * the hold); `silentSince` marks it silent only if it was not seen since (a heartbeat may have come meanwhile).
 * @example await noteDeviceProblem(deps, 4, 'paper_end');
 */
export async function noteDeviceProblem(
  deps: UseCaseDeps,
  deviceId: number,
  observed: DeviceProblem | null | 'unchanged',
  options: { silentSince?: Date } = {},
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const device = await tx
      .selectFrom('device')
      .select(['id', 'office_id', 'kind', 'problem', 'problem_changed_at', 'revoked_at', 'last_seen_at'])
      .where('id', '=', deviceId)
      .forUpdate()
      .executeTakeFirst();
    if (!device) return;
    const { silentSince } = options;
    if (silentSince && device.last_seen_at !== null && device.last_seen_at > silentSince) return;
    let changedAt = device.problem_changed_at;
    const problem = device.revoked_at !== null ? null : observed === 'unchanged' ? device.problem : observed;
    if (problem !== device.problem) {
      changedAt = now;
      await tx.updateTable('device').set({ problem, problem_changed_at: now }).where('id', '=', deviceId).execute();
      await tx.insertInto('device_health_change').values({ device_id: deviceId, at: now, problem }).execute();
    }
    // A feedback tablet's problem is kept and shown to the administrators, never announced to residents.
    const announced = announcesOutage(device.kind) ? problem : null;
    await moveBanner(tx, deps, device.office_id, deviceId, { problem: announced, changedAt, revoked: device.revoked_at !== null }, now);
  });
}

async function moveBanner(
  tx: Tx,
  deps: UseCaseDeps,
  officeId: number,
  deviceId: number,
  state: { problem: DeviceProblem | null; changedAt: Date | null; revoked: boolean },
  now: Date,
): Promise<void> {
  const banner = await tx
    .selectFrom('announcement')
    .select(['id', 'device_problem'])
    .where('device_id', '=', deviceId)
    .where('shown_until', 'is', null)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  const holdMs = state.revoked ? 0 : (await devicePolicyIn(tx, officeId)).recoveryHoldSeconds * SECOND;
  const step = bannerStep(
    { problem: state.problem, problemChangedAt: state.changedAt, banner: banner?.device_problem ?? null },
    now,
    holdMs,
  );
  if (step.kind === 'none') return;
  let announcementId: number;
  if (step.kind === 'raise') {
    const row = await tx
      .insertInto('announcement')
      .values({
        office_id: officeId,
        severity: 'outage',
        places: OUTAGE_PLACES,
        shown_from: now,
        device_id: deviceId,
        device_problem: step.problem,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    announcementId = row.id;
  } else {
    announcementId = banner!.id;
    await tx
      .updateTable('announcement')
      .set(step.kind === 'change' ? { device_problem: step.problem, updated_at: now } : { shown_until: now, updated_at: now })
      .where('id', '=', announcementId)
      .execute();
  }
  await appendAudit(tx, deps.actor, now, {
    action: step.kind === 'end' ? 'announcement.device_end' : 'announcement.device_raise',
    subjectType: 'announcement',
    subjectId: announcementId,
    details: { deviceId, problem: isOutage(state.problem) ? state.problem : null },
  });
}
