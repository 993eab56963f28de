/**
 * Adds a stylesheet of ours to the page and waits for it; a sheet that fails to load resolves too (the part
 * it styles still works, only plainer).
 * @example await loadStylesheet(new URL('report-map.css', import.meta.url).href);
 */
export function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => {
      resolve();
    });
    link.addEventListener('error', () => {
      resolve();
    });
    document.head.append(link);
  });
}
