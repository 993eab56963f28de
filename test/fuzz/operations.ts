import type { RouteOptions } from 'fastify';
import type { Schema } from './json.ts';

// Every route the server registered (method and URL pattern, from buildServer's onRoute), with what is known
// of its input: the JSON API's schemas from /api/openapi.json, and what the crawl of the pages finds (forms,
// the values of path parameters in links, query string names).

/** A field of an HTML form as the crawl found it. */
export interface FormField {
  name: string;
  /** input type (text, hidden, checkbox…), 'select-one', 'select-multiple' or 'textarea'. */
  type: string;
  value: string;
  options: string[];
  checked: boolean;
  maxLength?: number;
}

export interface FoundForm {
  /** The path the form posts to, query included. */
  action: string;
  method: 'GET' | 'POST';
  fields: FormField[];
  /** Who saw it (a subject's name). */
  seenBy: string;
  /** Its `_csrf` is the double-submit token of public forms, not a session's. */
  publicToken: boolean;
}

export interface Operation {
  method: string;
  pattern: string;
  params: string[];
  /** Under /api/: JSON in and out. */
  api: boolean;
  body?: Schema;
  query?: Schema;
  paramSchemas: Record<string, Schema>;
  forms: FoundForm[];
  /** Values of each path parameter seen in links and form actions. */
  paramValues: Map<string, string[]>;
  /** Query string names seen for this route, each with the values seen. */
  queryValues: Map<string, string[]>;
  /** Subjects whose requests got past the route's guard (no 401, 403 or login redirect). */
  admitted: Set<string>;
}

interface OpenApiOperation {
  parameters?: { in: string; name: string; schema: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

function schemaPart(route: RouteOptions, part: 'body' | 'querystring' | 'params'): Schema | undefined {
  const schema = route.schema as Record<string, unknown> | undefined;
  return schema?.[part] as Schema | undefined;
}

/**
 * The operations of the server: every registered method and URL but HEAD, the API's input shapes taken from
 * the OpenAPI document (what an integrator sees), the pages' from their route schemas.
 * @example const operations = operationsOf(routes, await (await fetch(`${url}/api/openapi.json`)).json());
 */
export function operationsOf(routes: readonly RouteOptions[], openApi: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const route of routes) {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      const pattern = route.url ?? '';
      const params = [...pattern.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]!);
      const documented = openApi.paths[pattern.replace(/:([A-Za-z]+)/g, '{$1}')]?.[method.toLowerCase()];
      const paramSchemas: Record<string, Schema> = {};
      for (const parameter of documented?.parameters ?? []) if (parameter.in === 'path') paramSchemas[parameter.name] = parameter.schema;
      const queryProperties: Record<string, Schema> = {};
      for (const parameter of documented?.parameters ?? [])
        if (parameter.in === 'query') queryProperties[parameter.name] = parameter.schema;
      const documentedQuery = Object.keys(queryProperties).length > 0 ? { type: 'object', properties: queryProperties } : undefined;
      operations.push({
        method,
        pattern,
        params,
        api: pattern.startsWith('/api/'),
        body: documented?.requestBody?.content?.['application/json']?.schema ?? schemaPart(route, 'body'),
        query: documentedQuery ?? schemaPart(route, 'querystring'),
        paramSchemas,
        forms: [],
        paramValues: new Map(),
        queryValues: new Map(),
        admitted: new Set(),
      });
    }
  }
  return operations;
}

function segmentsOf(path: string): string[] {
  return path.split('/').slice(1);
}

/** The path parameters of a path under a pattern, or undefined when it does not match. */
export function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = segmentsOf(pattern);
  const have = segmentsOf(path);
  const values: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const segment = want[i]!;
    if (segment === '*') return { '*': have.slice(i).join('/') };
    const value = have[i];
    if (value === undefined) return undefined;
    if (segment.startsWith(':')) {
      if (value === '') return undefined;
      values[segment.slice(1)] = value;
    } else if (segment !== value) return undefined;
  }
  return have.length === want.length ? values : undefined;
}

/** Static segments first, as the router prefers them: /admin/budynki/nowy before /admin/budynki/:id. */
function specificity(pattern: string): number {
  return segmentsOf(pattern).reduce((score, segment) => score * 2 + (segment.startsWith(':') || segment === '*' ? 0 : 1), 1);
}

/** The operation a method and path (no query) reach, if any. */
export function operationFor(operations: readonly Operation[], method: string, path: string): Operation | undefined {
  const candidates = operations.filter((operation) => operation.method === method && matchPattern(operation.pattern, path));
  return candidates.sort((a, b) => specificity(b.pattern) - specificity(a.pattern))[0];
}

/** Remembers a value seen for a name (at most a handful each, so the lists stay short). */
export function remember(map: Map<string, string[]>, name: string, value: string, most = 8): void {
  const list = map.get(name) ?? [];
  if (!list.includes(value) && list.length < most) list.push(value);
  map.set(name, list);
}

/** Learns from a link or a form action: its path parameters and its query names and values. */
export function learnAddress(operations: readonly Operation[], method: string, address: string): Operation | undefined {
  const url = new URL(address, 'http://fuzz.invalid');
  const operation = operationFor(operations, method, url.pathname);
  if (!operation) return undefined;
  for (const [name, value] of Object.entries(matchPattern(operation.pattern, url.pathname) ?? {}))
    remember(operation.paramValues, name, decodeURIComponent(value));
  for (const [name, value] of url.searchParams) remember(operation.queryValues, name, value);
  return operation;
}
