import type { PageContext } from '../components/context.ts';
import { LOCALES } from '../i18n/index.ts';
import { SatisfactionQuestion, type QuestionView } from './question.tsx';

export const FEEDBACK_DEVICE_PATH = '/ankieta';
/** Seconds the thank-you stays before the tablet asks the next person; the question itself waits longer. */
export const FEEDBACK_RESET_SECONDS = { thanks: 5, question: 120 } as const;

/**
 * The feedback tablet by the exit (1280×800, landscape): the office, the language buttons and the question, nothing
 * else to wander off to. After an answer, a thank-you that returns to the question by itself (a `<meta refresh>`, so
 * without JavaScript too); an untouched question with a half-typed comment returns to the start after two minutes.
 */
export function FeedbackDevicePage({ ctx, view, status }: { ctx: PageContext; view: QuestionView; status?: number }) {
  const thanks = view.state === 'answered';
  const home = `/jezyk/pl?wroc=${encodeURIComponent(FEEDBACK_DEVICE_PATH)}`;
  const idleSeconds = thanks ? FEEDBACK_RESET_SECONDS.thanks : FEEDBACK_RESET_SECONDS.question;
  const title = thanks ? ctx.t('satisfaction.thanks.title') : ctx.t('satisfaction.question.title');
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="refresh" content={`${idleSeconds};url=${home}`} />
        <title>{`${status !== undefined && status >= 400 ? ctx.t('layout.errorPrefix', { title }) : title} — ${ctx.office.shortName}`}</title>
        <link rel="stylesheet" href="/static/css/okienko.css" />
        <script type="module" src="/static/js/feedback-device.js" />
      </head>
      <body class="feedback-device" data-idle-seconds={idleSeconds} data-idle-home={home} data-screen={thanks ? 'thanks' : 'question'}>
        <header class="feedback-device__header">
          <p class="feedback-device__office">{ctx.office.name}</p>
          <nav aria-label={ctx.t('layout.language')}>
            <ul class="feedback-device__languages">
              {LOCALES.map((locale) => (
                <li key={locale}>
                  <a
                    class="feedback-device__language"
                    href={`/jezyk/${locale}?wroc=${encodeURIComponent(FEEDBACK_DEVICE_PATH)}`}
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
        <main id="tresc" class="feedback-device__main">
          <SatisfactionQuestion ctx={ctx} view={{ ...view, justAnswered: thanks }} headingLevel={1} />
          {thanks && (
            <p class="feedback-device__next">
              {ctx.t('satisfaction.device.next')}{' '}
              <a class="button button--secondary" href={home}>
                {ctx.t('satisfaction.device.nextNow')}
              </a>
            </p>
          )}
        </main>
        <div class="feedback-device__idle" data-idle-notice hidden>
          <p role="status">
            {ctx.t('satisfaction.device.idle')} <span data-idle-count></span>
          </p>
        </div>
      </body>
    </html>
  );
}
