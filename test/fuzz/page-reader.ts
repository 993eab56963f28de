import { parse } from 'parse5';
import type { FormField } from './operations.ts';

// Reads a page as a browser would (parse5 follows the HTML standard's parsing rules): its same-site links and
// its forms with every field a browser would send.

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

export interface PageForm {
  action: string;
  method: 'GET' | 'POST';
  fields: FormField[];
}

function attribute(node: Node, name: string): string | undefined {
  return node.attrs?.find((attr) => attr.name === name)?.value;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOf).join('');
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
  if (node.content) yield* walk(node.content);
}

function fieldOf(node: Node): FormField | undefined {
  const name = attribute(node, 'name');
  if (name === undefined || name === '' || attribute(node, 'disabled') !== undefined) return undefined;
  const maxLength = Number(attribute(node, 'maxlength'));
  const base = { name, options: [] as string[], checked: false, ...(Number.isInteger(maxLength) && maxLength > 0 ? { maxLength } : {}) };
  switch (node.tagName) {
    case 'input': {
      const type = (attribute(node, 'type') ?? 'text').toLowerCase();
      if (type === 'image' || type === 'reset' || type === 'file') return undefined;
      const fallback = type === 'checkbox' || type === 'radio' ? 'on' : '';
      return { ...base, type, value: attribute(node, 'value') ?? fallback, checked: attribute(node, 'checked') !== undefined };
    }
    case 'button': {
      const type = (attribute(node, 'type') ?? 'submit').toLowerCase();
      return type === 'submit' ? { ...base, type: 'submit', value: attribute(node, 'value') ?? '' } : undefined;
    }
    case 'textarea':
      return { ...base, type: 'textarea', value: textOf(node) };
    case 'select': {
      const options = [...walk(node)].filter((child) => child.tagName === 'option');
      const values = options.map((option) => attribute(option, 'value') ?? textOf(option).trim());
      const selected = options.findIndex((option) => attribute(option, 'selected') !== undefined);
      const multiple = attribute(node, 'multiple') !== undefined;
      return { ...base, type: multiple ? 'select-multiple' : 'select-one', value: values[Math.max(0, selected)] ?? '', options: values };
    }
    default:
      return undefined;
  }
}

/** A link or action of this site as a path with its query, or undefined for another site or a fragment. */
function sitePath(href: string, pageUrl: string): string | undefined {
  try {
    const url = new URL(href, pageUrl);
    if (url.origin !== new URL(pageUrl).origin) return undefined;
    return url.pathname + url.search;
  } catch {
    return undefined;
  }
}

/**
 * The links and forms of a page.
 * @example const { links, forms } = readPage(html, 'http://127.0.0.1:3000/admin/budynki');
 */
export function readPage(html: string, pageUrl: string): { links: string[]; forms: PageForm[] } {
  const links: string[] = [];
  const forms: PageForm[] = [];
  for (const node of walk(parse(html))) {
    if (node.tagName === 'a') {
      const path = sitePath(attribute(node, 'href') ?? '', pageUrl);
      if (path !== undefined) links.push(path);
    } else if (node.tagName === 'form') {
      const action = sitePath(attribute(node, 'action') ?? '', pageUrl);
      if (action === undefined) continue;
      const method = (attribute(node, 'method') ?? 'get').toUpperCase() === 'POST' ? 'POST' : 'GET';
      const fields = [...walk(node)].filter((child) => child !== node).flatMap((child) => fieldOf(child) ?? []);
      forms.push({ action, method, fields });
    }
  }
  return { links, forms };
}
