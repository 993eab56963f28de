// The board's live side: follows the office's event stream (EventSource resends Last-Event-ID on reconnect,
// so missed calls are replayed), redraws calls and waiting counts from /api/kolejka, and announces each call
// with a gong and, where the browser has a Polish voice, in words. Announcements queue and never cut each other.
import { spokenCall } from './board/spoken-call.ts';
import { OFFICE_TIME_ZONE } from '../../domain/organisation/time-zone.ts';

interface Snapshot {
  services: {
    serviceId: number;
    letter: string;
    name: string;
    waiting: number;
    openDesks: number;
    estimate: { kind: string; text: string };
  }[];
  calls: { ticketId: number; number: string; deskNumber: string }[];
}

interface QueueMessage {
  kind: string;
  ticketId: number | null;
  number?: string;
  deskNumber?: string;
}

const body = document.body;
const deskLabel = body.dataset.deskLabel ?? '{desk}';
const large = Number(body.dataset.large ?? 4);
const last = Number(body.dataset.last ?? 8);
const noEstimate = body.dataset.noEstimate ?? '';
let newestTicketId: number | null = null;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function desk(number: string): string {
  return deskLabel.replace('{desk}', number);
}

function render(snapshot: Snapshot): void {
  const calls = document.querySelector('[data-calls]');
  const lastCalls = document.querySelector('[data-last-calls]');
  const services = document.querySelector('[data-services]');
  const empty = document.querySelector<HTMLElement>('[data-calls-empty]');
  if (calls) {
    calls.replaceChildren(
      ...snapshot.calls.slice(0, large).map((call) => {
        const item = element('li', call.ticketId === newestTicketId ? 'board__call board__call--newest board__call--fresh' : 'board__call');
        item.dataset.ticketId = String(call.ticketId);
        const arrow = element('span', 'board__arrow', '→');
        arrow.setAttribute('aria-hidden', 'true');
        item.append(element('span', 'board__number', call.number), arrow, element('span', 'board__desk', desk(call.deskNumber)));
        return item;
      }),
    );
  }
  if (empty) empty.hidden = snapshot.calls.length > 0;
  if (lastCalls) {
    lastCalls.replaceChildren(
      ...snapshot.calls.slice(large, large + last).map((call) => {
        const item = element('li', null);
        const arrow = element('span', null, '→');
        arrow.setAttribute('aria-hidden', 'true');
        item.append(element('span', 'board__number', call.number), ' ', arrow, ` ${desk(call.deskNumber)}`);
        return item;
      }),
    );
  }
  if (services) {
    // As the server draws it: only services someone waits for or a desk serves now.
    services.replaceChildren(
      ...snapshot.services
        .filter((s) => s.waiting > 0 || s.openDesks > 0)
        .map((s) => {
          const row = element('tr', null);
          const head = element('th', null, `${s.letter} — ${s.name}`);
          head.setAttribute('scope', 'row');
          row.append(
            head,
            element('td', null, String(s.waiting)),
            element('td', null, s.estimate.kind === 'unknown' ? noEstimate : s.estimate.text),
          );
          return row;
        }),
    );
  }
}

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
      if (response.ok) render((await response.json()) as Snapshot);
    } while (again);
  } catch {
    // The last state stays on screen; the stream's reconnect brings a fresh one.
  } finally {
    fetching = false;
  }
}

// --- Sound: a synthesised two-tone gong, then the spoken call; one announcement at a time.
let audio: AudioContext | null = null;
const soundButton = document.querySelector<HTMLButtonElement>('[data-sound]');

function audioContext(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  audio ??= new AudioContext();
  // Browsers may keep sound off until someone touches the screen: offer the button then.
  if (audio.state === 'suspended' && soundButton) soundButton.hidden = false;
  return audio;
}

soundButton?.addEventListener('click', () => {
  void audioContext()
    ?.resume()
    .then(() => {
      soundButton.hidden = true;
    });
});

function gong(): Promise<void> {
  body.dataset.gongs = String(Number(body.dataset.gongs ?? 0) + 1);
  const context = audioContext();
  if (!context) return Promise.resolve();
  const start = context.currentTime + 0.05;
  for (const [frequency, delay] of [
    [659.25, 0],
    [523.25, 0.45],
  ] as const) {
    const oscillator = context.createOscillator();
    const volume = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    volume.gain.setValueAtTime(0.0001, start + delay);
    volume.gain.exponentialRampToValueAtTime(0.5, start + delay + 0.02);
    volume.gain.exponentialRampToValueAtTime(0.0001, start + delay + 1.2);
    oscillator.connect(volume).connect(context.destination);
    oscillator.start(start + delay);
    oscillator.stop(start + delay + 1.25);
  }
  return new Promise((resolve) => setTimeout(resolve, 1700));
}

function polishVoice(): SpeechSynthesisVoice | null {
  if (typeof speechSynthesis === 'undefined') return null;
  return speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('pl')) ?? null;
}

function say(text: string): Promise<void> {
  const voice = polishVoice();
  if (!voice) return Promise.resolve();
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    // A voice that never reports its end must not stop the queue.
    const guard = setTimeout(resolve, 15_000);
    utterance.onend = () => {
      clearTimeout(guard);
      resolve();
    };
    utterance.onerror = () => {
      clearTimeout(guard);
      resolve();
    };
    speechSynthesis.speak(utterance);
  });
}

const announcements: { number: string; desk: string }[] = [];
let announcing = false;
async function announce(): Promise<void> {
  if (announcing) return;
  announcing = true;
  try {
    for (let next = announcements.shift(); next; next = announcements.shift()) {
      await gong();
      await say(spokenCall(next.number, next.desk));
    }
  } finally {
    announcing = false;
  }
}

// --- Clock and connection.
const clock = document.querySelector('[data-clock]');
const time = new Intl.DateTimeFormat('pl-PL', { timeZone: OFFICE_TIME_ZONE, hour: '2-digit', minute: '2-digit' });
setInterval(() => {
  if (clock) clock.textContent = time.format(new Date());
}, 1000);

const offline = document.querySelector<HTMLElement>('[data-offline]');
const source = new EventSource(`/api/kolejka/zdarzenia?od=${encodeURIComponent(body.dataset.lastEventId ?? '0')}`);
source.addEventListener('open', () => {
  if (offline) offline.hidden = true;
  void refresh();
});
source.addEventListener('error', () => {
  if (offline) offline.hidden = false;
});
source.addEventListener('queue', (event) => {
  const message = JSON.parse((event as MessageEvent<string>).data) as QueueMessage;
  if ((message.kind === 'ticket.called' || message.kind === 'ticket.recalled') && message.number && message.deskNumber) {
    newestTicketId = message.ticketId;
    announcements.push({ number: message.number, desk: message.deskNumber });
    void announce();
  }
  void refresh();
});
