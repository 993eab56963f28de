import type { FastifyRequest } from 'fastify';
import { currentOffice, type OfficeRow } from '../storage/office-repository.ts';

const offices = new WeakMap<FastifyRequest, Promise<OfficeRow>>();

/**
 * The office this installation serves, read once per request: a public request's actor and its page
 * both need it, and the busiest public answers (a refused booking attempt) should not read it twice.
 * @example const office = await officeOf(request); office.name
 */
export function officeOf(request: FastifyRequest): Promise<OfficeRow> {
  let office = offices.get(request);
  if (!office) offices.set(request, (office = currentOffice(request.server.deps.db)));
  return office;
}
