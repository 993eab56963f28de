import type { ComponentChildren } from 'preact';
import type { PageContext } from '../components/context.ts';
import { LOCALES } from '../i18n/index.ts';

/**
 * The frame of the kiosk's screens (portrait touch screen): the office, big language buttons, the main area.
 * No staff menu and no footer links: a resident at a kiosk cannot leave it for another site.
 */
export function KioskFrame({
  ctx,
  title,
  children,
  status,
}: {
  ctx: PageContext;
  title: string;
  children: ComponentChildren;
  status?: number;
}) {
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${status !== undefined && status >= 400 ? ctx.t('layout.errorPrefix', { title }) : title} — ${ctx.office.shortName}`}</title>
        <link rel="stylesheet" href="/static/css/okienko.css" />
      </head>
      <body class="kiosk">
        <header class="kiosk__header">
          <p class="kiosk__office">{ctx.office.name}</p>
          <nav aria-label={ctx.t('layout.language')}>
            <ul class="kiosk__languages">
              {LOCALES.map((locale) => (
                <li key={locale}>
                  <a
                    class="kiosk__language"
                    href={`/jezyk/${locale}?wroc=${encodeURIComponent(ctx.path)}`}
                    lang={locale}
                    hrefLang={locale}
                    aria-current={locale === ctx.locale ? 'true' : undefined}
                  >
                    {ctx.t(`language.${locale}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="tresc" class="kiosk__main">
          {children}
        </main>
      </body>
    </html>
  );
}
