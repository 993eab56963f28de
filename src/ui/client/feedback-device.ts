// The feedback tablet works as a plain page and form; this script makes its timing kinder (WCAG 2.2.1). Without it a
// <meta http-equiv="refresh"> returns to the question blindly; with it the element goes, an untouched question
// warns 20 seconds before it clears, and the thank-you returns to the question after its seconds. It also sends the
// tablet's heartbeat every minute, so a tablet that went dark shows as silent on the administrator's device page.
import { startPageHeartbeat } from './shared/heartbeat.ts';

const WARN_SECONDS = 20;
const HEARTBEAT_KEY = 'okienko.feedback.heartbeat';

const body = document.body;
const idleSeconds = Number(body.dataset.idleSeconds ?? '0');
const home = body.dataset.idleHome ?? '/ankieta';

function watchIdle(): void {
  if (!(idleSeconds > 0)) return;
  const notice = document.querySelector<HTMLElement>('[data-idle-notice]');
  const count = document.querySelector<HTMLElement>('[data-idle-count]');
  const warns = idleSeconds > WARN_SECONDS && notice !== null;
  let last = Date.now();
  const touched = () => {
    last = Date.now();
    if (notice && !notice.hidden) notice.hidden = true;
  };
  for (const type of ['pointerdown', 'keydown', 'input', 'wheel', 'scroll'])
    addEventListener(type, touched, { passive: true, capture: true });
  setInterval(() => {
    const left = idleSeconds - Math.floor((Date.now() - last) / 1000);
    if (left <= 0) {
      location.replace(home);
      return;
    }
    if (warns && left <= WARN_SECONDS) {
      if (count) count.textContent = String(left);
      notice.hidden = false;
    }
  }, 1000);
}

const refresh = document.querySelector('meta[http-equiv="refresh"]');
refresh?.remove();
addEventListener('load', () => {
  if (refresh) window.stop();
  watchIdle();
  startPageHeartbeat(HEARTBEAT_KEY, () => ({ screen: body.dataset.screen ?? '', language: document.documentElement.lang }));
});
