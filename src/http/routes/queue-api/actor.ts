import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../../domain/shared/errors.ts';
import type { Actor, UseCaseDeps } from '../../../app/shared/index.ts';

/**
 * Who acts in a queue request: the logged-in member of staff (with the role the route let in) or the device.
 * @example const deps = depsOf(request, 'clerk');
 */
export function actorOf(request: FastifyRequest, role: string): Actor {
  if (request.staff) {
    return { kind: 'staff', id: request.staff.id, label: request.staff.login, role, address: request.ip, officeId: request.staff.officeId };
  }
  if (request.device) {
    return {
      kind: 'device',
      id: request.device.id,
      label: request.device.name,
      role: request.device.kind,
      address: request.ip,
      officeId: request.device.officeId,
    };
  }
  throw new DomainError('unauthenticated', 'errors.unauthenticated');
}

/** The use-case dependencies of a request. */
export function depsOf(request: FastifyRequest, role: string): UseCaseDeps {
  const { db, clock } = request.server.deps;
  return { db, clock, actor: actorOf(request, role) };
}
