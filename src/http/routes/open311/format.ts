import type { FastifyReply } from 'fastify';
import XMLBuilder from 'fast-xml-builder';
import { DomainError } from '../../../domain/shared/errors.ts';

/** The two formats of GeoReport v2, chosen by the resource's extension (`services.xml`, `requests.json`). */
export type Open311Format = 'xml' | 'json';

const builder = new XMLBuilder({ ignoreAttributes: false, processEntities: true, suppressBooleanAttributes: false });

/**
 * Splits a resource name into its name and format: 'requests.json' → ['requests', 'json']. An unknown
 * extension is a 400 in the spec's error format (in XML, the required one).
 */
export function resourceOf(file: string): { name: string; format: Open311Format } {
  const dot = file.lastIndexOf('.');
  const ext = dot < 0 ? '' : file.slice(dot + 1).toLowerCase();
  if (ext !== 'xml' && ext !== 'json') throw new DomainError('validation', 'reports.open311.format');
  return { name: file.slice(0, dot), format: ext };
}

/** Values as the spec's XML writes them: empty elements for null, text for the rest. */
function forXml(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(forXml);
  if (value instanceof Date) return open311Time(value);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, forXml(v)]));
  return value;
}

/** Whether a value holds a Date somewhere (written as the spec's time, not JSON's). */
function holdsDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(holdsDate);
  for (const key in value) if (holdsDate((value as Record<string, unknown>)[key])) return true;
  return false;
}

// Copies only what holds a Date: a list of 1,000 requests (flat rows of text and numbers, times already
// written by the presenter) goes to JSON.stringify as it is, instead of being copied first (half the time).
function forJson(value: unknown): unknown {
  if (!holdsDate(value)) return value;
  if (value instanceof Date) return open311Time(value);
  if (Array.isArray(value)) return value.map(forJson);
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as object)) copy[key] = forJson(item);
  return copy;
}

/** ISO 8601 with the zone, to the second: '2026-12-04T09:00:00Z'. */
export function open311Time(at: Date): string {
  return `${at.toISOString().slice(0, 19)}Z`;
}

/**
 * Sends a list the spec's way: in JSON an array of objects; in XML `<root><item>…</item>…</root>` with the
 * XML declaration (UTF-8).
 * @example await sendList(reply, 'xml', 'services', 'service', rows);
 */
export async function sendList(
  reply: FastifyReply,
  format: Open311Format,
  root: string,
  item: string,
  rows: readonly object[],
  status = 200,
): Promise<void> {
  const { body, type } = renderList(format, root, item, rows);
  await reply.code(status).type(type).send(body);
}

/**
 * Writes a list the spec's way (see `sendList`) without sending it: the body and its content type.
 * @example renderList('json', 'services', 'service', rows).type // 'application/json; charset=utf-8'
 */
export function renderList(format: Open311Format, root: string, item: string, rows: readonly object[]): { body: string; type: string } {
  if (format === 'json') return { body: JSON.stringify(forJson(rows)), type: 'application/json; charset=utf-8' };
  return { body: xmlDocument({ [root]: rows.length === 0 ? '' : { [item]: forXml(rows) } }), type: 'text/xml; charset=utf-8' };
}

/** Sends one object (discovery, a service definition): in JSON as it is, in XML under `root`. */
export async function sendObject(reply: FastifyReply, format: Open311Format, root: string, value: object): Promise<void> {
  if (format === 'json') {
    await reply.type('application/json; charset=utf-8').send(JSON.stringify(forJson(value)));
    return;
  }
  await reply.type('text/xml; charset=utf-8').send(xmlDocument({ [root]: forXml(value) }));
}

function xmlDocument(body: object): string {
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...body });
}
