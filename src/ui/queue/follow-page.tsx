import type { PageContext } from '../components/context.ts';
import { Layout } from '../components/layout.tsx';
import { SatisfactionQuestion, type QuestionView } from '../satisfaction/question.tsx';
import { TicketFactsView, type TicketFacts } from './ticket-facts.tsx';

/** The follow page's view: the facts, the ticket's status code, the page title and the words of a call. */
export interface FollowView {
  facts: TicketFacts;
  /** The ticket's status code ('waiting', 'called' …), for the script to notice a call. */
  status: string;
  /** "Bilet A012", or "▶ A012 — stanowisko 3" while called (seen in another tab or on a locked phone). */
  title: string;
  /** "Wywołano Twój numer A012. Podejdź do stanowiska 3: …" while called; null otherwise. */
  callText: string | null;
}

/**
 * /bilet/<code>: a resident follows their ticket on a phone. The facts region is a polite live region the
 * script updates from the ticket's event stream; a call is an alert (with a vibration, a sound once the
 * resident allowed it, and the page title); without JavaScript the "Odśwież" link reloads.
 */
export function FollowPage({ ctx, code, view, question }: { ctx: PageContext; code: string; view: FollowView; question?: QuestionView }) {
  const hasErrors = question?.errors !== undefined && Object.keys(question.errors).length > 0;
  return (
    <Layout ctx={ctx} title={view.title} hasErrors={hasErrors} scripts={['/static/js/follow.js']}>
      <div class="follow" data-ticket-code={code} data-status={view.status} data-title-suffix={` — ${ctx.office.shortName}`}>
        <h1>{ctx.t('queue.follow.heading')}</h1>
        <div class="follow__call" role="alert" tabIndex={-1} data-call>
          {view.callText && <p>{view.callText}</p>}
        </div>
        <div aria-live="polite" aria-atomic="false">
          <TicketFactsView ctx={ctx} facts={view.facts} />
        </div>
        {question && <SatisfactionQuestion ctx={ctx} view={question} />}
        <div class="follow__sound" data-sound hidden>
          <button type="button" class="button" data-sound-on aria-describedby="dzwiek-dlaczego">
            {ctx.t('queue.follow.sound')}
          </button>
          <p id="dzwiek-dlaczego" class="hint" data-sound-why>
            {ctx.t('queue.follow.soundWhy')}
          </p>
          <p class="follow__sound-on" data-sound-state role="status" hidden>
            {ctx.t('queue.follow.soundOn')}
          </p>
        </div>
        <p class="follow__offline" data-offline hidden>
          {ctx.t('queue.follow.offline')}
        </p>
        <p class="follow__refresh">
          <a class="button button--secondary" href={`/bilet/${code}`}>
            {ctx.t('queue.follow.refresh')}
          </a>
        </p>
        <p class="muted">{ctx.t('queue.follow.keep')}</p>
      </div>
    </Layout>
  );
}
