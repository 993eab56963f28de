// The follow page's live updates: the ticket's event stream rewrites the facts in place (a polite live
// region announces them); the page works without this script through its "Odśwież" link.

interface StatusMessage {
  status: string;
  statusText: string;
  peopleAheadText: string | null;
  estimate: { text: string } | null;
}

const root = document.querySelector<HTMLElement>('[data-ticket-code]');

/** Sets one fact's text (only when it changed, so screen readers hear real changes) or hides its row. */
function setFact(container: HTMLElement, field: string, value: string | null): void {
  const cell = container.querySelector<HTMLElement>(`[data-field="${field}"]`);
  const row = cell?.closest<HTMLElement>('[data-row]');
  if (!cell || !row) return;
  row.hidden = value === null;
  if (value !== null && cell.textContent !== value) cell.textContent = value;
}

if (root && typeof EventSource !== 'undefined') {
  const code = root.dataset.ticketCode ?? '';
  const offline = root.querySelector<HTMLElement>('[data-offline]');
  const source = new EventSource(`/api/bilet/${encodeURIComponent(code)}/zdarzenia`);
  source.addEventListener('status', (event) => {
    const status = JSON.parse((event as MessageEvent<string>).data) as StatusMessage;
    setFact(root, 'status', status.statusText);
    setFact(root, 'ahead', status.peopleAheadText);
    setFact(root, 'estimate', status.estimate?.text ?? null);
    root.dataset.status = status.status;
    // A finished ticket will not change again.
    if (['done', 'no_show', 'cancelled'].includes(status.status)) source.close();
  });
  source.addEventListener('open', () => {
    if (offline) offline.hidden = true;
  });
  source.addEventListener('error', () => {
    if (offline && source.readyState !== EventSource.CLOSED) offline.hidden = false;
  });
}
