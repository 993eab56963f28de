import type { Log } from './storage.ts';

/** Messages for the person at the terminal: warnings always, progress unless quiet, PostgreSQL's chatter only with LOG_LEVEL=debug. */
export function terminalLog(): Log {
  const debug = process.env.LOG_LEVEL === 'debug';
  return (level, message) => {
    if (level === 'debug' && !debug) return;
    const line = `[okienko] ${message}`;
    if (level === 'warn') console.error(line);
    else console.log(line);
  };
}
