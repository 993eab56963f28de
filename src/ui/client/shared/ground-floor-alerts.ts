// The ground floor's live alerts (seed 7.1) on the desk panel, the unit head's and the Information Point's pages:
// the list is replaced with the stream's rendering, and a request newly waiting (or newly escalated) sounds three
// rising tones and is said in the page's alert region. Browsers keep sound off until the page is touched: the
// "turn sound on" button shows until then.

import { playNotes } from './tones.ts';

interface Message {
  html: string;
  requests: { id: number; status: string; escalated: boolean }[];
}

const SOUNDED_KEY = 'okienko.groundFloor.sounded';

function sounded(): Set<string> {
  try {
    return new Set(JSON.parse(sessionStorage.getItem(SOUNDED_KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

function remember(keys: Set<string>): void {
  try {
    sessionStorage.setItem(SOUNDED_KEY, JSON.stringify([...keys].slice(-200)));
  } catch {
    // Private mode without storage: a reload may sound an alert again, nothing worse.
  }
}

/**
 * Follows the `groundFloor` events of a stream for the live region `[data-ground-floor]` of the page.
 * @example followGroundFloor(new EventSource('/api/stanowisko/zdarzenia'));
 */
export function followGroundFloor(source: EventSource): void {
  const region = document.querySelector<HTMLElement>('[data-ground-floor]');
  if (!region) return;
  const list = region.querySelector<HTMLElement>('[data-ground-floor-list]');
  const announce = region.querySelector<HTMLElement>('[data-announce]');
  const hint = region.querySelector<HTMLElement>('[data-sound-hint]');
  const context = typeof AudioContext === 'undefined' ? null : new AudioContext();
  const showHint = () => {
    if (hint) hint.hidden = !context || context.state === 'running';
  };
  const unlock = () => void context?.resume().then(showHint);
  for (const gesture of ['pointerdown', 'keydown'] as const) document.addEventListener(gesture, unlock);
  context?.addEventListener('statechange', showHint);
  showHint();
  const seen = sounded();
  const escalating = region.dataset.groundFloor !== 'clerk';

  source.addEventListener('groundFloor', (event) => {
    const message = JSON.parse((event as MessageEvent<string>).data) as Message;
    if (list) list.innerHTML = message.html;
    const waiting = message.requests.filter((r) => r.status === 'registered');
    region.classList.toggle('ground-floor--alert', waiting.length > 0);
    const fresh = waiting.filter((r) => !seen.has(`${r.id}`));
    const escalated = escalating ? waiting.filter((r) => r.escalated && !seen.has(`${r.id}e`)) : [];
    for (const r of fresh) seen.add(`${r.id}`);
    for (const r of escalated) seen.add(`${r.id}e`);
    region.dataset.updates = String(Number(region.dataset.updates ?? 0) + 1);
    if (fresh.length === 0 && escalated.length === 0) return;
    remember(seen);
    region.dataset.alerts = String(Number(region.dataset.alerts ?? 0) + 1);
    if (announce) announce.textContent = (escalated.length > 0 ? announce.dataset.textEscalated : announce.dataset.textNew) ?? '';
    if (context?.state === 'running') {
      region.dataset.sounds = String(Number(region.dataset.sounds ?? 0) + 1);
      playNotes(
        context,
        [
          [523.25, 0],
          [659.25, 0.25],
          [783.99, 0.5],
        ],
        { peak: 0.6, seconds: 0.9 },
      );
    }
  });
}
