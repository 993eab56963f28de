import type { FastifyRequest } from 'fastify';
import { readCurrentOffice, type Office } from '../app/organisation/index.ts';

const offices = new WeakMap<FastifyRequest, Promise<Office>>();

/**
 * The office this installation serves, read once per request: a public request's actor and its page
 * both need it, and the busiest public answers (a refused booking attempt) should not read it twice.
 * @example const office = await officeOf(request); office.name
 */
export function officeOf(request: FastifyRequest): Promise<Office> {
  let office = offices.get(request);
  if (!office) offices.set(request, (office = readCurrentOffice(request.server.deps.db)));
  return office;
}
