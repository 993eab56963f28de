import type { FormValues } from '../organisation/form-values.ts';
import { one } from '../organisation/form-values.ts';
import { FieldCheck } from '../shared/validate.ts';

/** Minutes a ground-floor call may wait unaccepted before the unit's head is told (the database allows 1–120). */
export const ESCALATE_MINUTES_RANGE = { min: 1, max: 120 } as const;

/** The Information Point's settings as the administrator sends them. */
export interface InformationPointPolicyInput {
  escalateMinutes: number;
  /** The room where the video interpreter's station stands; null when not set. */
  interpreterRoomId: number | null;
  /** The address of the remote video interpreter (https only); null when the office has none. */
  videoUrl: string | null;
}

/**
 * Reads the settings form: escalation minutes, the interpreter's room (an id, checked against the office's rooms
 * by the use case) and the video interpreter's https address.
 * @example readInformationPointPolicy({ escalateMinutes: '5', interpreterRoomId: '', videoUrl: '' })
 */
export function readInformationPointPolicy(form: FormValues): InformationPointPolicyInput {
  const v = new FieldCheck();
  const escalateMinutes = v.integer('escalateMinutes', one(form, 'escalateMinutes'), ESCALATE_MINUTES_RANGE);
  const interpreterRoomId = v.integer('interpreterRoomId', one(form, 'interpreterRoomId'), {
    min: 1,
    max: 2_147_483_647,
    optional: true,
  });
  const url = v.text('videoUrl', one(form, 'videoUrl'), { max: 500, optional: true });
  if (url !== '' && !v.has('videoUrl') && !isHttpsAddress(url)) v.fail('videoUrl', 'specialNeeds.settings.videoUrl.invalid');
  v.done();
  return { escalateMinutes: escalateMinutes!, interpreterRoomId, videoUrl: url === '' ? null : url };
}

/** An absolute https address with a host and no spaces, as the database's check wants. */
function isHttpsAddress(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
