import type { ComponentChildren } from 'preact';
import type { PageContext } from '../components/context.ts';
import { LOCALES } from '../i18n/index.ts';
import { AnnouncementRegion } from '../announcements/banner.tsx';

/** Where an idle kiosk goes: the start screen, in Polish. */
export const KIOSK_HOME = `/jezyk/pl?wroc=${encodeURIComponent('/kiosk')}`;

/**
 * Seconds without a touch before a kiosk screen goes back to the start: long enough to read, short for the next
 * person; shortest once the ticket has come out of the kiosk's printer (the number is on paper).
 */
export const KIOSK_IDLE_SECONDS = { choice: 60, typing: 90, ticket: 30, printed: 15, refusal: 30 } as const;

export interface KioskFrameProps {
  ctx: PageContext;
  title: string;
  children: ComponentChildren;
  status?: number | undefined;
  /** Names the screen for the kiosk's script and heartbeat ("start", "ticket" …). */
  screen: string;
  /** Seconds of no touch before the screen goes back to the start (KIOSK_IDLE_SECONDS). */
  idleSeconds: number;
  /** The "Wstecz" link at the foot of the screen, the same on every screen; none on the start screen. */
  back?: string | undefined;
  /** Where the language buttons return to; the screen itself unless it would show a resident's ticket to the next. */
  languageReturn?: string | undefined;
}

/**
 * The frame of the kiosk's screens (portrait touch screen): the office, big language buttons, the main area,
 * and at the foot "Wstecz", far from the tiles. No staff menu and no footer links: a resident cannot leave the
 * kiosk for another site. Without JavaScript a `<meta http-equiv="refresh">` takes an idle screen back to the
 * start in Polish (CSP governs scripts, not a refresh); the kiosk's script cancels it and counts touches instead.
 */
export function KioskFrame({ ctx, title, children, status, screen, idleSeconds, back, languageReturn }: KioskFrameProps) {
  const returnTo = languageReturn ?? ctx.path;
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="refresh" content={`${idleSeconds};url=${KIOSK_HOME}`} />
        <title>{`${status !== undefined && status >= 400 ? ctx.t('layout.errorPrefix', { title }) : title} — ${ctx.office.shortName}`}</title>
        <link rel="stylesheet" href="/static/css/okienko.css" />
        <script type="module" src="/static/js/kiosk.js" />
      </head>
      <body class="kiosk" data-screen={screen} data-idle-seconds={idleSeconds} data-idle-home={KIOSK_HOME}>
        <header class="kiosk__header">
          <p class="kiosk__office">{ctx.office.name}</p>
          <nav aria-label={ctx.t('layout.language')}>
            <ul class="kiosk__languages">
              {LOCALES.map((locale) => (
                <li key={locale}>
                  <a
                    class="kiosk__language"
                    href={`/jezyk/${locale}?wroc=${encodeURIComponent(returnTo)}`}
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
          <AnnouncementRegion ctx={ctx} announcements={ctx.announcements ?? []} variant="kiosk" live />
          {ctx.printerPaused && <p class="kiosk__printer-paused">{ctx.t('announcements.kiosk.printerPaused')}</p>}
          {children}
        </main>
        {back !== undefined && (
          <footer class="kiosk__footer">
            <a class="kiosk__back" href={back}>
              <span aria-hidden="true">←</span>
              {ctx.t('queue.kiosk.back')}
            </a>
          </footer>
        )}
        <div class="kiosk__idle" data-idle-notice hidden>
          <p class="kiosk__idle-text" role="status">
            {ctx.t('queue.kiosk.idle.notice')} <span class="kiosk__idle-count" data-idle-count></span>
          </p>
          <p class="kiosk__idle-text">{ctx.t('queue.kiosk.idle.stay')}</p>
        </div>
      </body>
    </html>
  );
}
