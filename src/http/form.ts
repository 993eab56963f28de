import type { FastifyRequest } from 'fastify';
import type { FormValues } from '../domain/organisation/form-values.ts';

// The one reader of submitted forms and query strings. Values come back exactly as sent (a password keeps
// its spaces); use cases check and trim them with the domain's field checker (`FieldCheck`).

/**
 * The submitted form (or a query string); anything that is not a form counts as an empty one.
 * @example const form = formOf(request); await createBuilding(deps, form);
 */
export function formOf(request: FastifyRequest): FormValues {
  return formValues(request.body);
}

/** A body or query object as form values: strings and lists of strings only. */
export function formValues(source: unknown): FormValues {
  if (source === null || typeof source !== 'object' || Array.isArray(source)) return {};
  const values: Record<string, string | readonly string[]> = {};
  for (const [name, value] of Object.entries(source as Record<string, unknown>)) {
    if (typeof value === 'string') values[name] = value;
    else if (Array.isArray(value)) values[name] = value.filter((item): item is string => typeof item === 'string');
  }
  return values;
}

/**
 * One field of a form or query string as sent, '' when absent or not a single text.
 * @example const login = formField(request.body, 'login');
 */
export function formField(source: unknown, name: string): string {
  if (source === null || typeof source !== 'object') return '';
  const value = (source as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

/** The largest id PostgreSQL's `integer` holds: a bigger number is no row of ours. */
export const MAX_ID = 2_147_483_647;

/**
 * A field holding a row's id: a whole number from 1 to `MAX_ID` (spaces around it allowed), else null.
 * @example const deskId = formId(request.body, 'deskId'); // null for '', 'abc', '0' or '2147483648'
 */
export function formId(source: unknown, name: string): number | null {
  return idOf(formField(source, name));
}

/** An id from a path parameter or a field's text, as `formId`. */
export function idOf(raw: string): number | null {
  const text = raw.trim();
  if (!/^[1-9]\d{0,9}$/.test(text)) return null;
  const id = Number(text);
  return id <= MAX_ID ? id : null;
}
