// The board's live side: follows the office's event stream (EventSource resends Last-Event-ID on reconnect,
// so missed calls are replayed), redraws calls, last calls and waiting counts from /api/kolejka, announces
// each call (gong, then the words as the server says them), reports its health every minute, and tells staff
// on screen when sound cannot play or the board was revoked.
import { OFFICE_TIME_ZONE } from '../../domain/organisation/time-zone.ts';
import { startHeartbeat, type BoardHealth } from './board/heartbeat.ts';
import { render, type Snapshot } from './board/render.ts';
import { Announcer, BoardSound, type SoundState } from './board/sound.ts';
import { announcementsRegion } from './shared/announcements.ts';

interface QueueMessage {
  kind: string;
  ticketId: number | null;
  number?: string;
  deskNumber?: string;
}

const body = document.body;
const texts = {
  deskLabel: body.dataset.deskLabel ?? '{desk}',
  noEstimate: body.dataset.noEstimate ?? '',
  large: Number(body.dataset.large ?? 4),
};
let freshTicketId: number | null = null;
let revoked = false;

// One snapshot request at a time; events meanwhile ask for one more afterwards.
let fetching = false;
let again = false;
async function refresh(): Promise<void> {
  if (fetching) {
    again = true;
    return;
  }
  fetching = true;
  try {
    do {
      again = false;
      const response = await fetch('/api/kolejka', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
      if (response.ok && !revoked) render((await response.json()) as Snapshot, texts, freshTicketId);
    } while (again);
  } catch {
    // The last state stays on screen; the stream's reconnect brings a fresh one.
  } finally {
    fetching = false;
  }
}

// --- Notices for staff: one at a time, the most serious first.
const notices = new Map([...document.querySelectorAll<HTMLElement>('[data-notice]')].map((n) => [n.dataset.notice ?? '', n]));
function showNotice(name: string | null): void {
  for (const [key, notice] of notices) notice.hidden = key !== name;
  body.dataset.shownNotice = name ?? '';
}
function noticeText(name: string): string {
  return notices.get(name)?.querySelector('strong')?.textContent ?? name;
}

// --- Sound. A sound system may take a moment to start: the board judges it a second after loading.
let settled = false;
const sound = new BoardSound((state) => {
  body.dataset.sound = state;
  if (!settled || revoked) return;
  showNotice(state === 'ok' ? null : state);
  heartbeat.now();
});
body.dataset.sound = sound.state;
const announcer = new Announcer(sound);
// Any touch or key turns sound on where the browser waits for one (the notice itself is a button).
for (const gesture of ['pointerdown', 'keydown'] as const) document.addEventListener(gesture, () => sound.unlock());

// --- Health, every minute.
let streamOpen = false;
function health(): BoardHealth {
  const state: SoundState = sound.state;
  const details = { stream: streamOpen ? ('connected' as const) : ('reconnecting' as const), sound: state };
  if (state !== 'ok') return { health: 'warning', details, failure: noticeText(state) };
  if (!streamOpen) return { health: 'warning', details, failure: document.querySelector('[data-offline]')?.textContent?.trim() ?? '' };
  return { health: 'ok', details };
}
const heartbeat = startHeartbeat(Number(body.dataset.heartbeatMs ?? 60_000), health, () => stop());

// --- Clock and connection.
const clock = document.querySelector('[data-clock]');
const time = new Intl.DateTimeFormat('pl-PL', { timeZone: OFFICE_TIME_ZONE, hour: '2-digit', minute: '2-digit' });
const ticking = setInterval(() => {
  if (clock) clock.textContent = time.format(new Date());
}, 1000);

const offline = document.querySelector<HTMLElement>('[data-offline]');
// The last event seen: a stream the browser gave up on (an error answer, not a dropped connection) is opened
// again from it, so an unattended board never stays disconnected.
let lastEventId = body.dataset.lastEventId ?? '0';
let source: EventSource | null = null;
const followAnnouncements = announcementsRegion();
function connect(): void {
  const stream = new EventSource(`/api/kolejka/zdarzenia?od=${encodeURIComponent(lastEventId)}`);
  source = stream;
  followAnnouncements?.(stream);
  stream.addEventListener('open', () => {
    if (offline) offline.hidden = true;
    if (!streamOpen && settled) heartbeat.now();
    streamOpen = true;
    void refresh();
  });
  stream.addEventListener('error', () => {
    if (offline) offline.hidden = false;
    if (streamOpen && settled) heartbeat.now();
    streamOpen = false;
    if (stream.readyState === EventSource.CLOSED && !revoked) setTimeout(connect, 10_000);
  });
  stream.addEventListener('queue', (event) => {
    const received = event as MessageEvent<string>;
    if (received.lastEventId) lastEventId = received.lastEventId;
    const message = JSON.parse(received.data) as QueueMessage;
    if ((message.kind === 'ticket.called' || message.kind === 'ticket.recalled') && message.ticketId !== null) {
      freshTicketId = message.ticketId;
      announcer.add(message.ticketId);
    }
    void refresh();
  });
  // The device was revoked: the server ends the stream; the board stops and says so.
  stream.addEventListener('revoked', () => stop());
}
connect();

function stop(): void {
  if (revoked) return;
  revoked = true;
  source?.close();
  heartbeat.stop();
  clearInterval(ticking);
  if (offline) offline.hidden = true;
  for (const part of document.querySelectorAll<HTMLElement>('.board__main, .board__announcements')) part.hidden = true;
  showNotice('revoked');
}

setTimeout(() => {
  settled = true;
  if (!revoked && sound.state !== 'ok') showNotice(sound.state);
  heartbeat.now();
}, 1000);
