import type { FastifyInstance } from 'fastify';
import { notFound } from '../../../domain/shared/errors.ts';
import { isLocale } from '../../../ui/i18n/index.ts';
import { LANGUAGE_COOKIE } from '../../locale.ts';

// A way back is a path of our own routes: a slash, then only the characters our addresses use (no spaces,
// tabs or line breaks, which browsers drop; no backslash, which they read as a slash; no '@'), never two
// slashes at its start, and it must still be on this site once a browser resolves it.
const OWN_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~%/?=&+,:#]*$/;
const HERE = 'http://okienko.invalid';
/** The longest way back kept: longer ones are refused (a way back to '/'), so nobody need carry them. */
export const MOST_RETURN_PATH = 2_000;

/**
 * The way back after a language switch or a login: the path given when it is one of this site's, else '/'.
 * @example safeReturnPath('/rezerwacja?usluga=3') // '/rezerwacja?usluga=3'; safeReturnPath('/\t/evil.example') // '/'
 */
export function safeReturnPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > MOST_RETURN_PATH || !OWN_PATH.test(raw)) return '/';
  try {
    // Escaped, the same tricks must not be in its path either: a server or a browser may decode them once.
    if (/^\/[/\\]|[\s\\]|\p{Cc}/u.test(decodeURIComponent(raw.split(/[?#]/)[0]!))) return '/';
    const resolved = new URL(raw, HERE);
    return resolved.origin === HERE && resolved.pathname.startsWith('/') && !resolved.pathname.startsWith('//') ? raw : '/';
  } catch {
    return '/';
  }
}

/** The language switch: remembers the choice for a year and returns to the page it came from. */
export function languageRoutes(app: FastifyInstance): void {
  app.get<{ Params: { locale: string }; Querystring: { wroc?: string } }>(
    '/jezyk/:locale',
    { schema: { hide: true } },
    async (request, reply) => {
      const { locale } = request.params;
      if (!isLocale(locale)) throw notFound();
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
