// The sign-language page's live availability of the video interpreter: replaced when the Information Point
// changes it. Without this script the page shows what was true when it was loaded.

const now = document.querySelector<HTMLElement>('[data-interpreter-now]');
const text = now?.querySelector<HTMLElement>('[data-interpreter-text]');
if (now?.dataset.stream && text && typeof EventSource !== 'undefined') {
  const source = new EventSource(now.dataset.stream);
  source.addEventListener('availability', (event) => {
    const message = JSON.parse((event as MessageEvent<string>).data) as { kind: string; html: string };
    if (text.innerHTML !== message.html) text.innerHTML = message.html;
    now.dataset.kind = message.kind;
  });
}
