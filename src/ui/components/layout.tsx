import type { ComponentChildren } from 'preact';
import { LOCALES } from '../i18n/index.ts';
import type { PageContext } from './context.ts';
import { AnnouncementRegion } from '../announcements/banner.tsx';
import { DeviceAlertBox } from '../announcements/health.tsx';

export interface NavItem {
  href: string;
  label: string;
}

interface LayoutProps {
  ctx: PageContext;
  title: string;
  /** True when the page shows a form with errors: the title then starts with "Błąd:". */
  hasErrors?: boolean;
  nav?: readonly NavItem[];
  children: ComponentChildren;
  /** Wider main column for tables. */
  wide?: boolean;
  scripts?: readonly string[];
}

function LanguageSwitch({ ctx }: { ctx: PageContext }) {
  return (
    <nav class="languages" aria-label={ctx.t('layout.language')}>
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === ctx.locale ? (
              <span aria-current="true" lang={locale}>
                {ctx.t(`language.${locale}`)}
              </span>
            ) : (
              <a href={`/jezyk/${locale}?wroc=${encodeURIComponent(ctx.path)}`} lang={locale} hrefLang={locale}>
                {ctx.t(`language.${locale}`)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The frame of every page: skip link, header with the office and the language switch, main, footer
 * with the accessibility statement.
 */
/** The menu item of the current page: the longest href that the path is, or is under (query ignored). */
function currentHref(nav: readonly NavItem[], fullPath: string): string | undefined {
  const path = fullPath.split('?')[0] ?? fullPath;
  return nav
    .map((item) => item.href)
    .filter((href) => path === href || path.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/** The footer's "Zgłoś problem" link, carrying the page it is on (the form's "Link" field starts with it). */
function reportProblemHref(path: string): string {
  const page = path.split('?')[0] ?? '/';
  if (page.startsWith('/zglos-problem')) return '/zglos-problem';
  return `/zglos-problem?${new URLSearchParams({ strona: page }).toString()}`;
}

export function Layout({ ctx, title, hasErrors, nav, children, wide, scripts }: LayoutProps) {
  const current = nav ? currentHref(nav, ctx.path) : undefined;
  const fullTitle = `${hasErrors ? ctx.t('layout.errorPrefix', { title }) : title} — ${ctx.office.shortName}`;
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <link rel="stylesheet" href="/static/css/okienko.css" />
        {scripts?.map((src) => (
          <script key={src} type="module" src={src} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#tresc">
          {ctx.t('layout.skip')}
        </a>
        <header class="site-header">
          {/* Inside the banner landmark, so that no content of the page stands outside a landmark (axe: region). */}
          {ctx.office.isDemo && <p class="demo-banner">{ctx.t('layout.demo')}</p>}
          <div class="site-header__inner">
            <a class="site-header__office" href="/">
              {ctx.office.name}
            </a>
            <LanguageSwitch ctx={ctx} />
          </div>
          {ctx.staff && (
            <div class="staff-bar">
              <span>{ctx.t('layout.loggedInAs', { name: ctx.staff.name })}</span>
              <form method="post" action="/wyloguj" class="inline-form">
                <input type="hidden" name="_csrf" value={ctx.csrfToken ?? ''} />
                <button type="submit" class="button button--link">
                  {ctx.t('layout.logout')}
                </button>
              </form>
            </div>
          )}
          {nav && nav.length > 0 && (
            <nav class="staff-nav" aria-label={ctx.t('layout.staffNav')}>
              <ul>
                {nav.map((item) => (
                  <li key={item.href}>
                    <a href={item.href} aria-current={item.href === current ? 'page' : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </header>
        <main id="tresc" class={wide ? 'main main--wide' : 'main'} tabIndex={-1}>
          {ctx.announcements && <AnnouncementRegion ctx={ctx} announcements={ctx.announcements} variant="page" />}
          {ctx.deviceAlerts && <DeviceAlertBox ctx={ctx} alerts={ctx.deviceAlerts} />}
          {children}
        </main>
        <footer class="site-footer">
          <a href="/deklaracja-dostepnosci">{ctx.t('layout.accessibility')}</a>
          <a href={reportProblemHref(ctx.path)}>{ctx.t('reports.footer')}</a>
        </footer>
      </body>
    </html>
  );
}
