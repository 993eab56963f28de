import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/shared/errors.ts';

/** A form of visitors without a session (login, booking): its double-submit token lives in this cookie. */
export interface PublicFormCookie {
  name: string;
  /** The pages whose forms post it, so the cookie travels nowhere else. */
  path: string;
}

// 32 random bytes in base64url: a token no one can guess, stored nowhere but in the browser's cookie.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const newFormToken = () => randomBytes(32).toString('base64url');

/**
 * The form token of this browser for a public form: the one already in its cookie (other open tabs keep
 * working), else a new one, set in the cookie. Put it in the form's `_csrf` field.
 * @example const formToken = publicFormToken(request, reply, BOOKING_FORM_COOKIE);
 */
export function publicFormToken(
  request: FastifyRequest,
  reply: FastifyReply,
  cookie: PublicFormCookie,
  sameSite: 'strict' | 'lax' = 'strict',
): string {
  const existing = request.cookies[cookie.name];
  const token = existing && TOKEN_SHAPE.test(existing) ? existing : newFormToken();
  reply.setCookie(cookie.name, token, { path: cookie.path, httpOnly: true, sameSite, secure: request.server.deps.config.secureCookies });
  return token;
}

/**
 * Checks a public form's double-submit token: the `_csrf` field must equal the cookie, which another site
 * can neither read nor set. Refused with `errors.csrf` (403).
 * @example checkPublicForm(request, BOOKING_FORM_COOKIE);
 */
export function checkPublicForm(request: FastifyRequest, cookie: PublicFormCookie): void {
  const cookieToken = request.cookies[cookie.name] ?? '';
  const body = request.body as Record<string, unknown> | undefined;
  const sent = typeof body?._csrf === 'string' ? body._csrf : '';
  const left = Buffer.from(cookieToken);
  const right = Buffer.from(sent);
  if (cookieToken === '' || left.length !== right.length || !timingSafeEqual(left, right))
    throw new DomainError('forbidden', 'errors.csrf');
}
