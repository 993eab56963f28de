import { DEFAULT_ESCALATE_MINUTES } from '../../domain/special-needs/index.ts';
import type { Db, Tx } from '../../storage/database.ts';

/** The office's Information Point settings, with the defaults when the office never set them. */
export interface InformationPointPolicy {
  escalateMinutes: number;
  interpreterRoomId: number | null;
  videoUrl: string | null;
}

/**
 * Reads the office's Information Point settings.
 * @example (await informationPointPolicy(db, 1)).escalateMinutes // 5
 */
export async function informationPointPolicy(db: Db | Tx, officeId: number): Promise<InformationPointPolicy> {
  const row = await db.selectFrom('information_point_policy').selectAll().where('office_id', '=', officeId).executeTakeFirst();
  return {
    escalateMinutes: row?.ground_floor_escalate_minutes ?? DEFAULT_ESCALATE_MINUTES,
    interpreterRoomId: row?.interpreter_room_id ?? null,
    videoUrl: row?.sign_language_video_url ?? null,
  };
}
