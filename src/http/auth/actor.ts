import type { FastifyRequest } from 'fastify';
import type { Actor, UseCaseDeps } from '../../app/shared/deps.ts';
import { officeOf } from '../office.ts';

/**
 * Who is behind the request, for use cases and the audit log: the member of staff, the device, or a
 * member of the public (with the office this installation serves).
 */
export async function actorOf(request: FastifyRequest): Promise<Actor> {
  const address = request.ip;
  if (request.staff) {
    const { id, login, roles, officeId } = request.staff;
    return { kind: 'staff', id, label: login, role: roles.join(','), address, officeId };
  }
  if (request.device) {
    const { id, name, kind, officeId } = request.device;
    return { kind: 'device', id, label: name, role: kind, address, officeId };
  }
  const office = await officeOf(request);
  return { kind: 'public', id: null, label: '', role: '', address, officeId: office.id };
}

/**
 * The use-case dependencies of this request.
 * @example await logOut(await depsOf(request), { token });
 */
export async function depsOf(request: FastifyRequest): Promise<UseCaseDeps> {
  const { db, clock } = request.server.deps;
  return { db, clock, actor: await actorOf(request) };
}
