import type { PageContext } from '../components/context.ts';
import { Layout } from '../components/layout.tsx';
import { TicketFactsView, type TicketFacts } from './ticket-facts.tsx';

/**
 * /bilet/<code>: a resident follows their ticket on a phone. The facts region is a polite live region
 * the script updates from the ticket's event stream; without JavaScript the "Odśwież" link reloads.
 */
export function FollowPage({ ctx, code, facts }: { ctx: PageContext; code: string; facts: TicketFacts }) {
  const title = ctx.t('queue.follow.title', { number: facts.number });
  return (
    <Layout ctx={ctx} title={title} scripts={['/static/js/follow.js']}>
      <div class="follow" data-ticket-code={code}>
        <h1>{ctx.t('queue.follow.heading')}</h1>
        <div aria-live="polite" aria-atomic="false">
          <TicketFactsView ctx={ctx} facts={facts} />
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
