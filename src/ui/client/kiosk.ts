// The kiosk's screens work as plain pages and forms; this script makes them kinder on a touch screen:
// - back to the start (in Polish) after a while without a touch, with a short warning first (without the
//   script a <meta http-equiv="refresh"> does it blindly; the script cancels that and counts touches instead);
// - the kiosk's heartbeat to the device API every minute, so the administrator sees it alive;
// - a ticket request retried by itself when the answer is lost (the form's key makes a retry return the same
//   ticket), the tiles held while it runs, so a double touch gives one ticket;
// - the on-screen keyboard of the booking code, which puts the dash in by itself;
// - a print button on the printable ticket, and back to the start once it has printed;
// - the announcements, live from the office's event stream (a failed device elsewhere, a scheduled closure).
import { announcementsRegion } from './shared/announcements.ts';
import { startPageHeartbeat } from './shared/heartbeat.ts';

// WCAG 2.2.1: at least 20 seconds' warning to keep the screen with one touch.
const WARN_SECONDS = 20;
const HEARTBEAT_KEY = 'okienko.kiosk.heartbeat';
const RETRIES_MS = [1000, 2000, 4000];

const body = document.body;
const idleSeconds = Number(body.dataset.idleSeconds ?? '0');
const home = body.dataset.idleHome ?? '/kiosk';

/**
 * Back to the start after `idleSeconds` without a touch; the last WARN_SECONDS say so and count down (a screen
 * shorter than that, the printed ticket's, says its time on the screen itself).
 */
function watchIdle(): void {
  if (!(idleSeconds > 0)) return;
  const warns = idleSeconds > WARN_SECONDS;
  const notice = document.querySelector<HTMLElement>('[data-idle-notice]');
  const count = document.querySelector<HTMLElement>('[data-idle-count]');
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
    if (warns && left <= WARN_SECONDS && notice) {
      if (count) count.textContent = String(left);
      notice.hidden = false;
    }
  }, 1000);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends a tile's form itself, retrying a lost answer with the same key; a refusal is shown by the form's own submit. */
function holdIssueForms(): void {
  const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-issue-form]')];
  const status = document.querySelector<HTMLElement>('[data-issue-status]');
  const offline = document.querySelector<HTMLElement>('[data-issue-offline]');
  let busy = false;
  const hold = (held: boolean) => {
    busy = held;
    for (const form of forms) form.querySelector('button')?.setAttribute('aria-disabled', String(held));
    if (status) status.hidden = !held;
  };
  for (const form of forms) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (busy) return;
      hold(true);
      if (offline) offline.hidden = true;
      void (async () => {
        const request = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
        for (let attempt = 0; attempt <= RETRIES_MS.length; attempt += 1) {
          try {
            const answer = await fetch(form.action, { method: 'POST', body: request, credentials: 'same-origin' });
            if (answer.redirected && answer.ok) {
              location.replace(answer.url);
              return;
            }
            // A worded refusal: the form sent again the plain way shows it (the same key writes nothing twice).
            if (answer.status !== 503) {
              form.submit();
              return;
            }
          } catch {
            // The answer was lost: the same key asks again without a second ticket.
          }
          if (attempt < RETRIES_MS.length) await wait(RETRIES_MS[attempt]!);
        }
        hold(false);
        if (offline) offline.hidden = false;
      })();
    });
  }
}

const CODE_SYMBOLS_PER_HALF = 4;

/** Whether a text is made of the code's symbols only (letters and digits: no character needs escaping). */
function onlySymbols(text: string, symbols: string): boolean {
  return new RegExp(`^[${symbols}]*$`).test(text);
}

/** The booking code as typed: the code's symbols upper-cased, the dash after the fourth; anything else (a scanned link) as it is. */
function formatCode(value: string, symbols: string): string {
  const plain = value.toUpperCase().replace(/[\s-]/g, '');
  if (plain.length > CODE_SYMBOLS_PER_HALF * 2 || !onlySymbols(plain, symbols)) return value;
  return plain.length > CODE_SYMBOLS_PER_HALF ? `${plain.slice(0, CODE_SYMBOLS_PER_HALF)}-${plain.slice(CODE_SYMBOLS_PER_HALF)}` : plain;
}

/** The on-screen keyboard of the booking code: shown, typing into the field without taking its focus (the scanner types there). */
function codeKeyboard(): void {
  const keyboard = document.querySelector<HTMLElement>('[data-keyboard]');
  const field = document.querySelector<HTMLInputElement>('[data-code-field]');
  if (!keyboard || !field) return;
  const keys = [...keyboard.querySelectorAll<HTMLButtonElement>('[data-key]')];
  const symbols = keys.map((key) => key.dataset.key ?? '').join('');
  keyboard.hidden = false;
  // The screen has its own keys: the system's keyboard would cover them.
  field.inputMode = 'none';
  const set = (value: string) => {
    field.value = formatCode(value, symbols);
    field.setSelectionRange(field.value.length, field.value.length);
    field.focus();
  };
  keyboard.addEventListener('pointerdown', (event) => {
    if ((event.target as HTMLElement).closest('button')) event.preventDefault();
  });
  keyboard.addEventListener('click', (event) => {
    const key = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!key) return;
    // A code is edited symbol by symbol, its dash left to formatCode; anything else (a scanned link) character by character.
    const plain = field.value.toUpperCase().replace(/[\s-]/g, '');
    const typed = onlySymbols(plain, symbols) ? plain : field.value;
    if (key.dataset.key !== undefined) set(typed + key.dataset.key);
    else if (key.hasAttribute('data-key-delete')) set(typed.slice(0, -1));
    else if (key.hasAttribute('data-key-clear')) set('');
  });
  field.addEventListener('input', () => {
    const formatted = formatCode(field.value, symbols);
    if (formatted !== field.value) set(formatted);
  });
}

/**
 * The printable ticket's print button (hidden without the script: it could not print). Once the ticket is
 * printed, the kiosk goes back to the start at once: the next person must not find it on the screen.
 */
function printButton(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-print]');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', () => print());
  addEventListener('afterprint', () => location.replace(home));
}

// The script-less kiosk's refresh goes back blindly; this script warns and counts touches instead. The element
// goes at once; the refresh it scheduled is cancelled once the page has loaded (stopping sooner would stop its
// styles loading too).
const refresh = document.querySelector('meta[http-equiv="refresh"]');
refresh?.remove();
addEventListener('load', () => {
  if (refresh) window.stop();
  watchIdle();
  startPageHeartbeat(HEARTBEAT_KEY, () => ({ screen: body.dataset.screen ?? '', language: document.documentElement.lang }));
});
holdIssueForms();
codeKeyboard();
printButton();
announcementsRegion()?.(new EventSource('/api/kolejka/zdarzenia'));
