import { Ajv } from 'ajv';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/shared/errors.ts';

// How requests are read before any route sees them: JSON bodies take exactly the declared types (a number
// is not "1", true or [1]); path and query parameters arrive as text and are read as the numbers their
// schemas declare; and no text anywhere may hold a NUL character, which PostgreSQL cannot store.

const options = { removeAdditional: false, allErrors: true, useDefaults: true } as const;
const exact = new Ajv({ ...options, coerceTypes: false });
const fromText = new Ajv({ ...options, coerceTypes: 'array' });

/**
 * Compiles route schemas: bodies without type coercion, path and query parameters with it.
 * @example useInputRules(app); // before any route registers
 */
export function useInputRules(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? exact : fromText).compile(schema));
  app.addHook('preValidation', async (request) => {
    refuseNul(request);
  });
}

/** True when a value (a text, or texts inside objects and lists, a few levels deep) holds a NUL character. */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  for (const [key, inner] of Object.entries(value)) if (key.includes('\u0000') || holdsNul(inner, depth + 1)) return true;
  return false;
}

function refuseNul(request: FastifyRequest): void {
  if (holdsNul(request.params) || holdsNul(request.query) || holdsNul(request.body)) {
    throw new DomainError('validation', 'errors.nulCharacter');
  }
}
