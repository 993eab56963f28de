// "Gdzie załatwię sprawę?" as one types: after a short pause the server's results for the words so far replace
// the results region (a polite live region), and the address follows, so Back and a shared link show the same.
// Without this script the form is an ordinary GET form.

const form = document.querySelector<HTMLFormElement>('form[data-directory-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const results = document.getElementById('directory-results');
const PAUSE_MS = 250;

if (form && input && results) {
  const fragment = form.dataset.directorySearch ?? '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;
  let shown = input.value.trim();

  const search = async (query: string) => {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    try {
      const response = await fetch(`${fragment}?q=${encodeURIComponent(query)}`, {
        signal: controller.signal,
        headers: { accept: 'text/html' },
      });
      if (!response.ok && response.status !== 422) return;
      const html = await response.text();
      if (controller.signal.aborted) return;
      // Our own server's rendering of the results, escaped there like every page.
      results.innerHTML = html;
      shown = query;
      const address = new URL(form.action, window.location.href);
      if (query !== '') address.searchParams.set('q', query);
      window.history.replaceState(null, '', `${address.pathname}${address.search}`);
    } catch {
      // Offline or aborted: the form still submits.
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query === shown) return;
    timer = setTimeout(() => void search(query), PAUSE_MS);
  });
}
