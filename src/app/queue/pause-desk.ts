import type { UseCaseDeps } from '../shared/deps.ts';
import { changeDeskSession } from './change-desk-session.ts';

/**
 * The clerk pauses their desk (a break): no calls until resumed (see changeDeskSession for the rules).
 * @example await pauseDesk(deps);
 */
export function pauseDesk(deps: UseCaseDeps): ReturnType<typeof changeDeskSession> {
  return changeDeskSession(deps, 'pause');
}
