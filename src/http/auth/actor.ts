import type { FastifyRequest } from 'fastify';
import type { Actor, UseCaseDeps } from '../../app/shared/index.ts';
import { officeOf } from '../office.ts';
import type { Role } from '../types.ts';

/**
 * The member of staff or the device behind the request, undefined for a visitor. A member of staff acts in
 * `role` when the route names the one it let them in for, else in all their roles.
 * @example const actor = signedInActor(request, 'admin');
 */
export function signedInActor(request: FastifyRequest, role?: Role): Actor | undefined {
  const address = request.ip;
  if (request.staff) {
    const { id, login, roles, officeId } = request.staff;
    return { kind: 'staff', id, label: login, role: role ?? roles.join(','), address, officeId };
  }
  if (request.device) {
    const { id, name, kind, officeId } = request.device;
    return { kind: 'device', id, label: name, role: kind, address, officeId };
  }
  return undefined;
}

/**
 * Who is behind the request, for use cases and the audit log: the member of staff, the device, or a
 * member of the public (with the office this installation serves).
 */
export async function actorOf(request: FastifyRequest, role?: Role): Promise<Actor> {
  const signedIn = signedInActor(request, role);
  if (signedIn) return signedIn;
  const office = await officeOf(request);
  return { kind: 'public', id: null, label: '', role: '', address: request.ip, officeId: office.id };
}

/**
 * The use-case dependencies of this request; `role` as for `signedInActor`.
 * @example await logOut(await depsOf(request), { token }); await createUnit(await depsOf(request, 'admin'), form);
 */
export async function depsOf(request: FastifyRequest, role?: Role): Promise<UseCaseDeps> {
  const { db, clock } = request.server.deps;
  return { db, clock, actor: await actorOf(request, role) };
}
