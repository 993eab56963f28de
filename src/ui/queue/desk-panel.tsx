import type { ComponentChildren } from 'preact';
import type { PageContext } from '../components/context.ts';
import { Layout } from '../components/layout.tsx';
import { CsrfField, ErrorSummary, Select, type FormErrors, type Option } from '../components/form.tsx';
import { staffNav } from '../staff/nav.ts';
import { Action, CallForms, SHORTCUTS, TicketInHand, TransferForm, type DeskFormValues, type DeskTicketView } from './desk-ticket.tsx';

export { SHORTCUTS } from './desk-ticket.tsx';

export interface DeskPanelView {
  today: string;
  /** `desk` is the desk's label without its street: "Stanowisko 9 — Rejestracja pojazdów (Budynek A)". */
  session: { deskNumber: string; desk: string; status: 'open' | 'paused' } | null;
  current: DeskTicketView | null;
  /** `text` is the count in words ("2 osoby", "nikt nie czeka"). */
  waiting: { serviceId: number; letter: string; name: string; waiting: number; text: string }[];
  desks: readonly Option[];
  services: readonly Option[];
}

/** The waiting counts of the desk's services; the desk script keeps them live, the link reloads without it. */
function WaitingCounts({ ctx, view }: { ctx: PageContext; view: DeskPanelView }) {
  return (
    <section class="desk__waiting" aria-labelledby="oczekujacy">
      <table class="table">
        <caption id="oczekujacy">{ctx.t('queue.panel.waitingCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{ctx.t('queue.ticketFacts.service')}</th>
            <th scope="col">{ctx.t('queue.panel.waiting')}</th>
          </tr>
        </thead>
        <tbody>
          {view.waiting.map((w) => (
            <tr key={w.serviceId}>
              <th scope="row">
                {w.letter} — {w.name}
              </th>
              <td data-waiting={w.serviceId}>{w.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="desk__live" data-live data-text-live={ctx.t('queue.panel.live.on')} data-text-offline={ctx.t('queue.panel.live.offline')}>
        <span data-live-text>{ctx.t('queue.panel.live.static')}</span> <a href="/stanowisko">{ctx.t('queue.panel.live.refresh')}</a>
      </p>
      <p class="notice desk__stale" data-stale hidden>
        {ctx.t('queue.panel.live.stale')} <a href="/stanowisko">{ctx.t('queue.panel.live.refresh')}</a>
      </p>
    </section>
  );
}

function CurrentTicket({
  ctx,
  view,
  error,
  values,
}: {
  ctx: PageContext;
  view: DeskPanelView;
  error?: FormErrors | undefined;
  values?: DeskFormValues | undefined;
}) {
  return (
    <section class="desk__current" aria-labelledby="biezacy">
      <h2 id="biezacy">{ctx.t('queue.panel.current')}</h2>
      {view.current ? (
        <TicketInHand ctx={ctx} ticket={view.current} />
      ) : (
        <>
          <p>{ctx.t('queue.panel.noTicket')}</p>
          {view.session?.status === 'open' && <CallForms ctx={ctx} error={error} values={values} />}
        </>
      )}
    </section>
  );
}

/**
 * The clerk's desk panel: open a desk, then only the ticket in hand and the waiting counts of the desk's
 * services (seed 6: discretion), every action a form. On a wide screen the ticket and its actions sit
 * beside the transfer and the counts, so a 1366×768 screen shows them all without scrolling.
 * `refusal` is an action the queue refused (no form field to blame); `error` holds field errors.
 */
export function DeskPanelPage({
  ctx,
  view,
  notice,
  error,
  refusal,
  values,
  groundFloor,
}: {
  ctx: PageContext;
  view: DeskPanelView;
  /** The ground floor's alerts for the desk's services (seed 7.1), shown above the ticket in hand. */
  groundFloor?: ComponentChildren;
  notice?: string | undefined;
  error?: FormErrors | undefined;
  refusal?: string | undefined;
  values?: DeskFormValues | undefined;
}) {
  const title = ctx.t('start.clerk.title');
  const { session } = view;
  return (
    <Layout
      ctx={ctx}
      title={title}
      nav={staffNav(ctx)}
      hasErrors={error !== undefined}
      wide={session !== null}
      scripts={session ? ['/static/js/desk.js'] : undefined}
    >
      {error && <ErrorSummary ctx={ctx} errors={error} />}
      {refusal && (
        <div class="notice notice--refusal" role="alert">
          <strong>{ctx.t('queue.panel.refused')}</strong> {refusal}
        </div>
      )}
      {notice && !session && (
        <p class="notice notice--success" role="status">
          {notice}
        </p>
      )}
      {!session ? (
        <>
          <h1>{title}</h1>
          <p>{ctx.t('start.today', { date: view.today })}</p>
          <form method="post" action="/stanowisko/otworz">
            <CsrfField ctx={ctx} />
            <Select
              ctx={ctx}
              name="deskId"
              label={ctx.t('queue.panel.chooseDesk')}
              hint={ctx.t('queue.panel.chooseDeskHint')}
              options={view.desks}
              value={values?.deskId}
              error={error?.deskId}
            />
            <button type="submit" class="button">
              {ctx.t('queue.panel.open')}
            </button>
          </form>
        </>
      ) : (
        <>
          <div class="desk__header">
            <h1>{title}</h1>
            <p class="muted">{ctx.t('start.today', { date: view.today })}</p>
          </div>
          <div class="desk__state">
            <p class={`desk__session desk__session--${session.status}`}>
              {ctx.t(`queue.panel.session.${session.status}`, { deskLabel: session.desk })}
            </p>
            {notice && (
              <p class="notice notice--success desk__notice" role="status">
                {notice}
              </p>
            )}
          </div>
          {groundFloor}
          <div class="desk" data-desk-panel data-ticket-id={view.current?.ticketId ?? ''} data-status={session.status}>
            <div class="desk__main">
              <CurrentTicket ctx={ctx} view={view} error={error} values={values} />
            </div>
            <div class="desk__side">
              {view.current && (
                <TransferForm ctx={ctx} ticket={view.current} services={view.services} desks={view.desks} error={error} values={values} />
              )}
              <WaitingCounts ctx={ctx} view={view} />
            </div>
          </div>
          <div class="button-group">
            {session.status === 'open' ? (
              <Action ctx={ctx} action="/stanowisko/przerwa" label={ctx.t('queue.panel.pause')} variant="secondary" />
            ) : (
              <Action ctx={ctx} action="/stanowisko/wznow" label={ctx.t('queue.panel.resume')} />
            )}
            <Action ctx={ctx} action="/stanowisko/zamknij" label={ctx.t('queue.panel.close')} variant="warning" />
          </div>
          <h2>{ctx.t('queue.panel.shortcuts')}</h2>
          <p>{ctx.t('queue.panel.shortcutsHint')}</p>
          <ul>
            {(Object.entries(SHORTCUTS) as [keyof typeof SHORTCUTS, string][]).map(([action, key]) => (
              <li key={action}>
                <kbd>{key.toUpperCase()}</kbd> — {ctx.t(`queue.panel.key.${action}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
