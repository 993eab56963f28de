import { readInformationPointPolicy } from '../../domain/special-needs/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/**
 * Saves the Information Point's settings (seed 7.1, 7.2): how many minutes an unaccepted ground-floor call waits
 * before the unit's head is told, the video interpreter's room and its address. One transaction with its audit row;
 * a room of another office is refused as a field error.
 * @example await updateInformationPointPolicy(deps, { escalateMinutes: '5', interpreterRoomId: '3', videoUrl: '' });
 */
export async function updateInformationPointPolicy(deps: UseCaseDeps, form: FormValues): Promise<void> {
  const input = readInformationPointPolicy(form);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    if (input.interpreterRoomId !== null) {
      const room = await tx
        .selectFrom('room')
        .innerJoin('building', 'building.id', 'room.building_id')
        .select('room.id')
        .where('room.id', '=', input.interpreterRoomId)
        .where('building.office_id', '=', deps.actor.officeId)
        .executeTakeFirst();
      if (!room) throw invalid({ interpreterRoomId: { key: 'errors.choice' } });
    }
    const values = {
      ground_floor_escalate_minutes: input.escalateMinutes,
      interpreter_room_id: input.interpreterRoomId,
      sign_language_video_url: input.videoUrl,
    };
    await tx
      .insertInto('information_point_policy')
      .values({ office_id: deps.actor.officeId, ...values })
      .onConflict((oc) => oc.column('office_id').doUpdateSet(values))
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'information_point.policy_update',
      subjectType: 'office',
      subjectId: deps.actor.officeId,
      details: { escalateMinutes: input.escalateMinutes, interpreterRoomId: input.interpreterRoomId, videoUrl: input.videoUrl !== null },
    });
  });
}
