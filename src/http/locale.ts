import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LOCALES, isLocale, translator, type Locale } from '../ui/i18n/index.ts';

export const LANGUAGE_COOKIE = 'jezyk';

/** The language of a request: the visitor's choice (cookie), else the browser's preference, else Polish. */
export function detectLocale(request: FastifyRequest): Locale {
  const chosen = request.cookies?.[LANGUAGE_COOKIE];
  if (isLocale(chosen)) return chosen;
  const header = request.headers['accept-language'] ?? '';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.lang !== '' && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) if ((LOCALES as readonly string[]).includes(lang)) return lang as Locale;
  return 'pl';
}

export function registerLocale(app: FastifyInstance): void {
  app.decorateRequest('locale', 'pl');
  app.decorateRequest('t', translator('pl'));
  app.addHook('onRequest', async (request) => {
    request.locale = detectLocale(request);
    request.t = translator(request.locale);
  });
}
