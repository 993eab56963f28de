import type { FastifyInstance } from 'fastify';
import { isLocale } from '../../../ui/i18n/index.ts';
import { LANGUAGE_COOKIE } from '../../locale.ts';

/** Only a path on this site may be the way back, never another host. */
export function safeReturnPath(raw: unknown): string {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return '/';
  return raw;
}

/** The language switch: remembers the choice for a year and returns to the page it came from. */
export function languageRoutes(app: FastifyInstance): void {
  app.get<{ Params: { locale: string }; Querystring: { wroc?: string } }>(
    '/jezyk/:locale',
    { schema: { hide: true } },
    async (request, reply) => {
      const { locale } = request.params;
      if (!isLocale(locale)) return reply.code(404).send(request.t('errors.notFound'));
      reply.setCookie(LANGUAGE_COOKIE, locale, {
        path: '/',
        maxAge: 365 * 24 * 3600,
        sameSite: 'lax',
        httpOnly: true,
        secure: app.deps.config.secureCookies,
      });
      return reply.redirect(safeReturnPath(request.query.wroc), 303);
    },
  );
}
