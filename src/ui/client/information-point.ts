// The Information Point's page: the waiting counts per service are fetched again every few seconds (the
// server's own rendering of the table), so the page stays current on a busy morning without a reload.
// Without this script the counts are those of the page's load.

const box = document.querySelector<HTMLElement>('[data-refresh]');
const EVERY_MS = 10_000;

if (box) {
  const address = box.dataset.refresh ?? '';
  const refresh = async () => {
    if (document.hidden) return;
    try {
      const response = await fetch(address, { headers: { accept: 'text/html' } });
      if (!response.ok) return;
      box.innerHTML = await response.text();
    } catch {
      // Offline for a moment: the next turn tries again.
    }
  };
  setInterval(() => void refresh(), EVERY_MS);
}
