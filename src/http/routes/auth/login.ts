import type { FastifyInstance } from 'fastify';
import { logIn, logOut } from '../../../app/auth/index.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { wordErrors } from '../../../ui/components/form.tsx';
import { LoginPage } from '../../../ui/auth/login-page.tsx';
import { startPageFor } from '../../../ui/staff/nav.ts';
import { depsOf } from '../../auth/actor.ts';
import { checkCsrf, SESSION_COOKIE } from '../../auth/guards.ts';
import { checkPublicForm, publicFormToken } from '../../auth/public-form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { statusOf } from '../../errors.ts';
import { formField } from '../../form.ts';
import { safeReturnPath } from '../system/language.ts';
import { LdapDirectory } from '../../../ldap/ldap-directory.ts';

/** The login form's double-submit token: there is no session yet to hold a synchroniser token. */
export const LOGIN_CSRF_COOKIE = 'okienko_logowanie';
const LOGIN_FORM = { name: LOGIN_CSRF_COOKIE, path: '/logowanie' };

/** The way back after logging in: a path on this site, never the login or logout pages themselves. */
function returnPath(raw: string): string {
  if (raw === '') return '';
  const path = safeReturnPath(raw);
  return path === '/' || path.startsWith('/logowanie') || path.startsWith('/wyloguj') ? '' : path;
}

/** /logowanie (form and check) and /wyloguj. */
export function loginRoutes(app: FastifyInstance): void {
  // region: with LDAP_URL set, logins that are no local account are checked by the office's directory.
  const ldap = app.deps.config.ldap;
  const directory = ldap ? new LdapDirectory(ldap, (message) => app.log.warn(message)) : undefined;
  app.get<{ Querystring: { wroc?: string; wylogowano?: string } }>('/logowanie', { schema: { hide: true } }, async (request, reply) => {
    const back = returnPath(typeof request.query.wroc === 'string' ? request.query.wroc : '');
    if (request.staff) return reply.redirect(back || startPageFor(request.staff.roles), 303);
    const ctx = await pageContext(request);
    const notice = request.query.wylogowano === '1' ? ctx.t('auth.logout.done') : undefined;
    reply.header('cache-control', 'no-store');
    return sendPage(reply, LoginPage({ ctx, formToken: publicFormToken(request, reply, LOGIN_FORM), returnTo: back, notice }));
  });

  app.post(
    '/logowanie',
    {
      schema: { hide: true },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      checkPublicForm(request, LOGIN_FORM);
      const cookieToken = formField(request.body, '_csrf');
      const back = returnPath(formField(request.body, 'wroc'));
      const login = formField(request.body, 'login');
      try {
        const session = await logIn(await depsOf(request), {
          login,
          password: formField(request.body, 'password'),
          previousToken: request.cookies[SESSION_COOKIE],
          directory,
        });
        reply.setCookie(SESSION_COOKIE, session.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: app.deps.config.secureCookies,
        });
        reply.clearCookie(LOGIN_CSRF_COOKIE, { path: '/logowanie' });
        return await reply.redirect(back || startPageFor(session.roles), 303);
      } catch (error) {
        if (!(error instanceof DomainError) || !['validation', 'rate_limited', 'unavailable'].includes(error.kind)) throw error;
        const ctx = await pageContext(request);
        reply.header('cache-control', 'no-store');
        if (error.kind === 'rate_limited') reply.header('retry-after', String(60 * Number(error.values.minutes ?? 1)));
        if (error.kind === 'unavailable') reply.header('retry-after', '30');
        return sendPage(
          reply,
          LoginPage({ ctx, formToken: cookieToken, returnTo: back, login, errors: wordErrors(ctx, error.fields) }),
          statusOf(error),
        );
      }
    },
  );

  app.post('/wyloguj', { schema: { hide: true } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    // Someone whose session has already ended is simply shown the login page.
    if (!request.staff || !token) return reply.redirect('/logowanie', 303);
    checkCsrf(request);
    await logOut(await depsOf(request), { token });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/logowanie?wylogowano=1', 303);
  });
}
