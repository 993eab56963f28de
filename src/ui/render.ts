import { renderToString } from 'preact-render-to-string';
import type { VNode } from 'preact';

/** A whole HTML document from a page component. */
export function renderPage(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}

/** Part of a page (a region a client script replaces), without the document around it. */
export function renderFragment(part: VNode): string {
  return renderToString(part);
}
