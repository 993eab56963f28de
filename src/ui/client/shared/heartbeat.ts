// A kiosk's or a feedback tablet's heartbeat: POST /api/urzadzenie/heartbeat with the device's own cookie, at most once a
// minute across the page loads of its screens (sessionStorage keeps the last beat), so the administrator sees the
// device alive and its silence is noticed.
const HEARTBEAT_MS = 60_000;

/** Tells the server this device is alive. */
async function beat(key: string, details: () => Record<string, string>): Promise<void> {
  try {
    sessionStorage.setItem(key, String(Date.now()));
  } catch {
    // A device without storage beats on every page instead.
  }
  try {
    await fetch('/api/urzadzenie/heartbeat', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ health: 'ok', details: details() }),
    });
  } catch {
    // The next beat tries again; the administrator's list shows the gap meanwhile.
  }
}

/**
 * Beats now unless a page of this device did less than a minute ago, then every minute while the page is open.
 * @example startPageHeartbeat('okienko.kiosk.heartbeat', () => ({ screen: 'start', language: 'pl' }));
 */
export function startPageHeartbeat(key: string, details: () => Record<string, string>): void {
  let last = 0;
  try {
    last = Number(sessionStorage.getItem(key) ?? '0');
  } catch {
    last = 0;
  }
  if (Date.now() - last >= HEARTBEAT_MS - 5000) void beat(key, details);
  setInterval(() => void beat(key, details), HEARTBEAT_MS);
}
