import { renderToString } from 'preact-render-to-string';
import type { VNode } from 'preact';

/** A whole HTML document from a page component. */
export function renderPage(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
