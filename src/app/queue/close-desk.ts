import type { UseCaseDeps } from '../shared/deps.ts';
import { changeDeskSession } from './change-desk-session.ts';

/**
 * The clerk closes their desk for the day (see changeDeskSession for the rules).
 * @example await closeDesk(deps);
 */
export function closeDesk(deps: UseCaseDeps): ReturnType<typeof changeDeskSession> {
  return changeDeskSession(deps, 'close');
}
