import type { UseCaseDeps } from '../shared/deps.ts';
import { changeDeskSession } from './change-desk-session.ts';

/**
 * The clerk resumes their paused desk (see changeDeskSession for the rules).
 * @example await resumeDesk(deps);
 */
export function resumeDesk(deps: UseCaseDeps): ReturnType<typeof changeDeskSession> {
  return changeDeskSession(deps, 'resume');
}
