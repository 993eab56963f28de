import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest, preValidationAsyncHookHandler } from 'fastify';
import { resumeSession } from '../../app/auth/index.ts';
import { deviceByToken } from '../../app/devices/index.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import type { Role } from '../types.ts';

export const SESSION_COOKIE = 'okienko_sesja';
export const DEVICE_COOKIE = 'okienko_urzadzenie';

/** Reads the staff session cookie and the device token (header or cookie) of every request. */
export function registerIdentity(app: FastifyInstance): void {
  app.decorateRequest('staff', null);
  app.decorateRequest('device', null);
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/static/') || request.url === '/healthz') return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.staff = (await resumeSession(app.deps, { token })) ?? null;
    const auth = request.headers.authorization;
    const deviceToken = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : request.cookies[DEVICE_COOKIE];
    if (deviceToken) request.device = (await deviceByToken(app.deps, { token: deviceToken })) ?? null;
  });
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** No staff session: pages send the visitor to the login page (GET), APIs answer 401. */
export class StaffLoginRequired extends DomainError {
  constructor() {
    super('unauthenticated', 'errors.unauthenticated');
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The CSRF token a request carries: the form field `_csrf` or the header `x-csrf-token`. */
function sentCsrfToken(request: FastifyRequest): string {
  const header = request.headers['x-csrf-token'];
  if (typeof header === 'string') return header;
  const body = request.body as Record<string, unknown> | undefined;
  return typeof body?._csrf === 'string' ? body._csrf : '';
}

/** Checks the session's form token on every unsafe request (synchroniser token pattern). */
export function checkCsrf(request: FastifyRequest): void {
  if (!UNSAFE.has(request.method) || !request.staff) return;
  if (!safeEqual(sentCsrfToken(request), request.staff.csrfToken)) throw new DomainError('forbidden', 'errors.csrf');
}

/**
 * A preValidation hook (it must run before a route's body schema, so that strangers learn nothing of the API
 * from validation errors) that lets in only logged-in staff with one of the roles (any role when none are given),
 * and checks the CSRF token of unsafe requests. Pages redirect to the login page; APIs answer 401.
 * @example app.get('/admin', { preValidation: requireRole('admin') }, handler)
 */
export function requireRole(...roles: Role[]): preValidationAsyncHookHandler {
  return async function guard(request: FastifyRequest) {
    // A page area's error handler sends a visitor without a session to the login page; an API answers 401.
    if (!request.staff) throw new StaffLoginRequired();
    if (roles.length > 0 && !roles.some((role) => request.staff?.roles.includes(role))) {
      throw new DomainError('forbidden', 'errors.forbidden');
    }
    checkCsrf(request);
    return undefined;
  };
}

/**
 * A preValidation hook that lets in only a registered, unrevoked device of one of the kinds.
 * @example app.post('/api/devices/heartbeat', { preValidation: requireDevice('kiosk', 'board') }, handler)
 */
export function requireDevice(...kinds: ('kiosk' | 'board' | 'printer' | 'feedback')[]): preValidationAsyncHookHandler {
  return async function guard(request: FastifyRequest) {
    if (!request.device) throw new DomainError('unauthenticated', 'errors.unauthenticated');
    if (kinds.length > 0 && !kinds.includes(request.device.kind)) throw new DomainError('forbidden', 'errors.forbidden');
    return undefined;
  };
}
