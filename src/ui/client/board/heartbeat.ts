// The board tells the server it is alive, and how it is, every minute and whenever that changes
// (POST /api/urzadzenie/heartbeat with the board's device cookie): the administrator's device list shows it,
// and a board that stops reporting is known to be off.

export interface BoardHealth {
  health: 'ok' | 'warning';
  details: { stream: 'connected' | 'reconnecting'; sound: string };
  /** What is wrong, in a sentence, when something is. */
  failure?: string;
}

/**
 * Sends `report()` now, then every `everyMs`; `onRevoked` when the server no longer knows the device (401).
 * @example const heartbeat = startHeartbeat(60_000, () => health(), () => showRevoked()); heartbeat.now();
 */
export function startHeartbeat(everyMs: number, report: () => BoardHealth, onRevoked: () => void): { now(): void; stop(): void } {
  let stopped = false;
  const send = async () => {
    if (stopped) return;
    try {
      const response = await fetch('/api/urzadzenie/heartbeat', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(report()),
      });
      if (response.status === 401) onRevoked();
    } catch {
      // The server is away: the stream's "no connection" says so on screen; the next beat tries again.
    }
  };
  const timer = setInterval(() => void send(), everyMs);
  return {
    now: () => void send(),
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
