// The desk panel's live waiting counts: the desk's event stream sends them whenever the queue moves. Without
// this script the panel works the same, with its "Odśwież" link beside the counts.

import { followGroundFloor } from './shared/ground-floor-alerts.ts';

interface WaitingMessage {
  open: boolean;
  status: 'open' | 'paused' | null;
  ticketId: number | null;
  waiting: { serviceId: number; waiting: number; text: string }[];
}

const panel = document.querySelector<HTMLElement>('[data-desk-panel]');
const live = document.querySelector<HTMLElement>('[data-live]');
const liveText = live?.querySelector<HTMLElement>('[data-live-text]');
const stale = document.querySelector<HTMLElement>('[data-stale]');

function say(text: string | undefined): void {
  if (liveText && text && liveText.textContent !== text) liveText.textContent = text;
}

if (panel && typeof EventSource !== 'undefined') {
  const source = new EventSource('/api/stanowisko/zdarzenia');
  followGroundFloor(source);
  source.addEventListener('waiting', (event) => {
    const message = JSON.parse((event as MessageEvent<string>).data) as WaitingMessage;
    for (const count of message.waiting) {
      const cell = document.querySelector<HTMLElement>(`[data-waiting="${count.serviceId}"]`);
      if (cell && cell.textContent !== count.text) cell.textContent = count.text;
      if (cell) cell.dataset.count = String(count.waiting);
    }
    // The ticket in hand or the desk changed elsewhere (another window, the API): this page no longer shows it.
    const shown = panel.dataset.ticketId ?? '';
    const changed = !message.open || message.status !== panel.dataset.status || String(message.ticketId ?? '') !== shown;
    if (stale) stale.hidden = !changed;
    panel.dataset.updates = String(Number(panel.dataset.updates ?? 0) + 1);
    say(live?.dataset.textLive);
  });
  source.addEventListener('error', () => {
    if (source.readyState !== EventSource.CLOSED) say(live?.dataset.textOffline);
  });
}
