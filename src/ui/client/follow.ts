// The follow page's live updates: the ticket's event stream rewrites the facts in place (a polite live
// region announces them), including the service and where to go after a transfer. A call is made noticeable
// for a phone in a pocket or a page in another tab: the title changes, the phone vibrates, a short chime
// plays (once the resident allowed sound: browsers refuse it before a touch) and an alert says where to go.
// The page works without this script through its "Odśwież" link.

import { playNotes } from './shared/tones.ts';

interface StatusMessage {
  status: string;
  statusText: string;
  peopleAheadText: string | null;
  estimate: { text: string } | null;
  service: string;
  whereLabel: string | null;
  whereText: string | null;
  title: string;
  callText: string | null;
}

interface TicketMessage {
  kind: string;
}

const root = document.querySelector<HTMLElement>('[data-ticket-code]');
const FINISHED = ['done', 'no_show', 'cancelled'];

/** Sets one fact's text (only when it changed, so screen readers hear real changes) or hides its row. */
function setFact(container: HTMLElement, field: string, value: string | null, label?: string | null): void {
  const cell = container.querySelector<HTMLElement>(`[data-field="${field}"]`);
  const row = cell?.closest<HTMLElement>('[data-row]');
  if (!cell || !row) return;
  row.hidden = value === null;
  if (value !== null && cell.textContent !== value) cell.textContent = value;
  const term = row.querySelector<HTMLElement>(`[data-label="${field}"]`);
  if (term && label && term.textContent !== label) term.textContent = label;
}

// --- Sound: a short synthesised two-note chime; the AudioContext is made and resumed on the resident's press.
let audio: AudioContext | null = null;

function chime(): void {
  if (!audio || audio.state !== 'running') return;
  playNotes(
    audio,
    [
      [880, 0],
      [1174.66, 0.25],
    ],
    { peak: 0.6, seconds: 0.6 },
  );
  if (root) root.dataset.chimes = String(Number(root.dataset.chimes ?? 0) + 1);
}

function offerSound(container: HTMLElement): void {
  const panel = container.querySelector<HTMLElement>('[data-sound]');
  const button = panel?.querySelector<HTMLButtonElement>('[data-sound-on]');
  const state = panel?.querySelector<HTMLElement>('[data-sound-state]');
  const why = panel?.querySelector<HTMLElement>('[data-sound-why]');
  if (!panel || !button || typeof AudioContext === 'undefined' || FINISHED.includes(container.dataset.status ?? '')) return;
  panel.hidden = false;
  button.addEventListener('click', () => {
    audio ??= new AudioContext();
    void audio.resume().then(() => {
      chime();
      // Removed rather than hidden: the button's class sets its display.
      button.remove();
      if (why) why.hidden = true;
      if (state) state.hidden = false;
    });
  });
}

/** The call: title, vibration, chime, and the alert (focused, so a screen reader reads it and it scrolls into view). */
function announceCall(container: HTMLElement, status: StatusMessage): void {
  container.dataset.calls = String(Number(container.dataset.calls ?? 0) + 1);
  if (typeof navigator.vibrate === 'function') navigator.vibrate([400, 200, 400, 200, 800]);
  chime();
  const alert = container.querySelector<HTMLElement>('[data-call]');
  if (alert && status.callText) {
    alert.replaceChildren(Object.assign(document.createElement('p'), { textContent: status.callText }));
    alert.focus();
  }
}

if (root) offerSound(root);

if (root && typeof EventSource !== 'undefined') {
  const code = root.dataset.ticketCode ?? '';
  const suffix = root.dataset.titleSuffix ?? '';
  const offline = root.querySelector<HTMLElement>('[data-offline]');
  const source = new EventSource(`/api/bilet/${encodeURIComponent(code)}/zdarzenia`);
  // A call or a recall of this ticket arrived: the status that follows it is announced even if it was called before.
  let calledAgain = false;
  source.addEventListener('ticket', (event) => {
    const message = JSON.parse((event as MessageEvent<string>).data) as TicketMessage;
    if (message.kind === 'ticket.called' || message.kind === 'ticket.recalled') calledAgain = true;
  });
  source.addEventListener('status', (event) => {
    const status = JSON.parse((event as MessageEvent<string>).data) as StatusMessage;
    const before = root.dataset.status;
    setFact(root, 'service', status.service);
    setFact(root, 'status', status.statusText);
    setFact(root, 'ahead', status.peopleAheadText);
    setFact(root, 'estimate', status.estimate?.text ?? null);
    setFact(root, 'where', status.whereText, status.whereLabel);
    document.title = `${status.title}${suffix}`;
    root.dataset.status = status.status;
    if (status.status === 'called' && (before !== 'called' || calledAgain)) announceCall(root, status);
    if (status.status !== 'called') root.querySelector<HTMLElement>('[data-call]')?.replaceChildren();
    calledAgain = false;
    // A finished ticket will not change again.
    if (FINISHED.includes(status.status)) {
      source.close();
      const sound = root.querySelector<HTMLElement>('[data-sound]');
      if (sound) sound.hidden = true;
      // Served to the end: the page asks how it went (issue 18), so load it once with its question.
      if (status.status === 'done' && before !== 'done' && !document.querySelector('.satisfaction')) location.reload();
    }
  });
  source.addEventListener('open', () => {
    if (offline) offline.hidden = true;
  });
  source.addEventListener('error', () => {
    if (offline && source.readyState !== EventSource.CLOSED) offline.hidden = false;
  });
}
