import type { Random } from './random.ts';
import { NUMBER_BOUNDARIES, badText, idKindOf, validText, type Known, type Mode } from './values.ts';

// JSON bodies from the OpenAPI document's schemas: valid-looking, with a field or two made wrong (a boundary
// number, a hostile text, a value of another type), or wrong through and through.

/** The part of JSON Schema our routes' TypeBox schemas use. */
export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

/** A number written as it stands, for numbers JavaScript cannot hold (9007199254740993, 1e309). */
export class RawNumber {
  constructor(readonly text: string) {}
}

export type Json = null | boolean | number | string | RawNumber | Json[] | { [key: string]: Json };

/** JSON text of a value, raw numbers as written. */
export function jsonText(value: Json): string {
  if (value instanceof RawNumber) return value.text;
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([key, inner]) => `${JSON.stringify(key)}:${jsonText(inner)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** A value of another type than the schema asks for. */
export function wrongType(random: Random): Json {
  return random.pick<Json>(['1', 1, 1.5, true, false, null, [], {}, [[[[1]]]], { nested: { deeper: [null] } }, '', [1, 'a', null]]);
}

function boundaryNumber(random: Random): Json {
  const text = random.pick(NUMBER_BOUNDARIES.filter((n) => /^-?\d+(\.\d+)?(e\d+)?$/.test(n)));
  return new RawNumber(text);
}

function choices(schema: Schema): Schema[] {
  return schema.anyOf ?? schema.oneOf ?? [];
}

/** A valid-looking value for a schema (a known id where the name says so). */
export function validJson(schema: Schema, name: string, random: Random, known: Known): Json {
  if (schema.const !== undefined) return schema.const as Json;
  if (schema.enum) return random.pick(schema.enum) as Json;
  if (choices(schema).length > 0) return validJson(random.pick(choices(schema)), name, random, known);
  const type = Array.isArray(schema.type) ? random.pick(schema.type) : schema.type;
  switch (type) {
    case 'integer':
    case 'number': {
      const kind = idKindOf(name);
      const ids = kind ? known.get(kind) : undefined;
      if (ids?.length) return Number(random.pick(ids));
      return Math.max(schema.minimum ?? 0, Math.min(schema.maximum ?? 100, random.below(10)));
    }
    case 'boolean':
      return random.chance(0.5);
    case 'null':
      return null;
    case 'string': {
      const text = validText(random, name, 'text', known);
      return text.slice(0, schema.maxLength ?? text.length) || 'a';
    }
    case 'array':
      return schema.items ? [validJson(schema.items, name, random, known)] : [];
    case 'object': {
      const body: Record<string, Json> = {};
      for (const [key, inner] of Object.entries(schema.properties ?? {}))
        if (schema.required?.includes(key) || random.chance(0.5)) body[key] = validJson(inner, key, random, known);
      return body;
    }
    default:
      return null;
  }
}

/** A wrong value for a schema: a boundary number, a hostile or boundary text, or another type. */
export function badJson(schema: Schema, random: Random): Json {
  if (random.chance(0.35)) return wrongType(random);
  const type = Array.isArray(schema.type) ? schema.type[0] : (schema.type ?? choices(schema)[0]?.type);
  if (type === 'integer' || type === 'number') return boundaryNumber(random);
  const text = badText(random, 'body', schema.maxLength);
  return typeof text === 'string' ? text : text.encoded;
}

/** A body for a schema in a mode: valid, one or two properties made wrong (or dropped, or added), or wrong all over. */
export function jsonBody(schema: Schema | undefined, mode: Mode, random: Random, known: Known): Json {
  if (!schema) return mode === 'valid' ? {} : random.chance(0.5) ? wrongType(random) : { extra: badJson({}, random) };
  if (mode === 'hostile') {
    if (random.chance(0.3)) return wrongType(random);
    const body: Record<string, Json> = {};
    for (const [key, inner] of Object.entries(schema.properties ?? {})) body[key] = badJson(inner, random);
    return body;
  }
  const body = validJson(schema, '', random, known);
  if (mode === 'valid' || body === null || typeof body !== 'object' || Array.isArray(body) || body instanceof RawNumber) return body;
  const keys = Object.keys(schema.properties ?? {});
  for (let change = 0; change <= random.below(2); change += 1) {
    const roll = random.below(10);
    if (roll < 6 && keys.length > 0) {
      const key = random.pick(keys);
      body[key] = badJson(schema.properties![key]!, random);
    } else if (roll < 8 && keys.length > 0) Reflect.deleteProperty(body, random.pick(keys));
    else body[random.pick(['extra', 'constructor', '_csrf', ''])] = wrongType(random);
  }
  return body;
}

/** Whole bodies no JSON route should take: broken, empty, deeply nested, a lone value. */
export function brokenJsonText(random: Random): string {
  return random.pick([
    '',
    '{',
    '{"a":',
    'null',
    '[]',
    '"text"',
    '1e309',
    '{"a":1,"a":2}',
    '{"__proto__":{"polluted":true}}',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    `{"a":"${'\\u0000'.repeat(10)}"}`,
    '\uFEFF{}',
    '{"serviceId":1}garbage',
  ]);
}
