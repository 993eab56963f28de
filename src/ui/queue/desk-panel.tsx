import type { ComponentChildren } from 'preact';
import type { PageContext } from '../components/context.ts';
import { Layout } from '../components/layout.tsx';
import { CsrfField, ErrorSummary, Select, TextInput, type FormErrors, type Option } from '../components/form.tsx';
import { staffNav } from '../staff/nav.ts';

export interface DeskPanelView {
  today: string;
  session: { deskNumber: string; status: 'open' | 'paused' } | null;
  current: { ticketId: number; number: string; service: string; status: 'called' | 'serving'; recalls: number; priority: boolean } | null;
  waiting: { serviceId: number; letter: string; name: string; waiting: number }[];
  desks: readonly Option[];
  services: readonly Option[];
}

/** Keyboard shortcuts (accesskey; Alt+Shift+key in Chromium and Firefox): documented on the page. */
export const SHORTCUTS = {
  next: 'n',
  chosen: 'w',
  recall: 'p',
  start: 's',
  settled: 'z',
  documents: 'd',
  noShow: 'b',
  back: 'r',
  transfer: 't',
} as const;

/** One action: a plain form POST with the CSRF field, so the panel works without JavaScript. */
function Action({
  ctx,
  action,
  label,
  shortcut,
  variant,
  children,
}: {
  ctx: PageContext;
  action: string;
  label: string;
  shortcut?: string;
  variant?: 'secondary' | 'warning';
  children?: ComponentChildren;
}) {
  return (
    <form method="post" action={action} class="desk__action">
      <CsrfField ctx={ctx} />
      {children}
      <button type="submit" class={variant ? `button button--${variant}` : 'button'} accessKey={shortcut}>
        {label}
        {shortcut && (
          <span class="desk__key" aria-hidden="true">
            {' '}
            [{shortcut.toUpperCase()}]
          </span>
        )}
      </button>
    </form>
  );
}

function CurrentTicket({ ctx, view, error }: { ctx: PageContext; view: DeskPanelView; error?: FormErrors | undefined }) {
  const { current } = view;
  if (!current) {
    return (
      <section class="desk__current" aria-labelledby="biezacy">
        <h2 id="biezacy">{ctx.t('queue.panel.current')}</h2>
        <p>{ctx.t('queue.panel.noTicket')}</p>
        {view.session?.status === 'open' && (
          <>
            <Action ctx={ctx} action="/stanowisko/wezwij-nastepny" label={ctx.t('queue.panel.next')} shortcut={SHORTCUTS.next} />
            <form method="post" action="/stanowisko/wezwij-wybrany" class="desk__chosen">
              <CsrfField ctx={ctx} />
              <TextInput
                ctx={ctx}
                name="number"
                label={ctx.t('queue.panel.chosenLabel')}
                hint={ctx.t('queue.panel.chosenHint')}
                width="short"
                autocomplete="off"
                spellcheck={false}
                error={error?.number}
              />
              <button type="submit" class="button button--secondary" accessKey={SHORTCUTS.chosen}>
                {ctx.t('queue.panel.chosen')}
                <span class="desk__key" aria-hidden="true">
                  {' '}
                  [{SHORTCUTS.chosen.toUpperCase()}]
                </span>
              </button>
            </form>
          </>
        )}
      </section>
    );
  }
  const base = `/stanowisko/bilety/${current.ticketId}`;
  return (
    <section class="desk__current" aria-labelledby="biezacy">
      <h2 id="biezacy">{ctx.t('queue.panel.current')}</h2>
      <p class="desk__number">{current.number}</p>
      <dl class="desk__facts">
        <dt>{ctx.t('queue.ticketFacts.service')}</dt>
        <dd>{current.service}</dd>
        <dt>{ctx.t('queue.ticketFacts.status')}</dt>
        <dd>{ctx.t(`queue.panel.status.${current.status}`)}</dd>
        <dt>{ctx.t('queue.panel.recalls')}</dt>
        <dd>{current.recalls}</dd>
        {current.priority && (
          <>
            <dt>{ctx.t('queue.panel.priority')}</dt>
            <dd>{ctx.t('queue.panel.priorityYes')}</dd>
          </>
        )}
      </dl>
      <div class="desk__actions">
        {current.status === 'called' && (
          <>
            <Action ctx={ctx} action={`${base}/rozpocznij`} label={ctx.t('queue.panel.start')} shortcut={SHORTCUTS.start} />
            <Action
              ctx={ctx}
              action={`${base}/wezwij-ponownie`}
              label={ctx.t('queue.panel.recall')}
              shortcut={SHORTCUTS.recall}
              variant="secondary"
            />
            <Action
              ctx={ctx}
              action={`${base}/nieobecny`}
              label={ctx.t('queue.panel.noShow')}
              shortcut={SHORTCUTS.noShow}
              variant="warning"
            />
          </>
        )}
        {current.status === 'serving' && (
          <>
            <Action ctx={ctx} action={`${base}/zakoncz`} label={ctx.t('queue.panel.finishSettled')} shortcut={SHORTCUTS.settled}>
              <input type="hidden" name="outcome" value="settled" />
            </Action>
            <Action
              ctx={ctx}
              action={`${base}/zakoncz`}
              label={ctx.t('queue.panel.finishDocuments')}
              shortcut={SHORTCUTS.documents}
              variant="secondary"
            >
              <input type="hidden" name="outcome" value="needs_more_documents" />
            </Action>
          </>
        )}
        <Action ctx={ctx} action={`${base}/zwroc`} label={ctx.t('queue.panel.back')} shortcut={SHORTCUTS.back} variant="secondary" />
      </div>
      <form method="post" action={`${base}/przekaz`} class="desk__transfer">
        <CsrfField ctx={ctx} />
        <Select ctx={ctx} name="serviceId" label={ctx.t('queue.panel.transferTo')} options={view.services} />
        <Select
          ctx={ctx}
          name="deskId"
          label={ctx.t('queue.panel.transferDesk')}
          hint={ctx.t('queue.panel.transferDeskHint')}
          options={view.desks}
          emptyLabel={ctx.t('queue.panel.anyDesk')}
        />
        <button type="submit" class="button button--secondary" accessKey={SHORTCUTS.transfer}>
          {ctx.t('queue.panel.transfer')}
          <span class="desk__key" aria-hidden="true">
            {' '}
            [{SHORTCUTS.transfer.toUpperCase()}]
          </span>
        </button>
      </form>
    </section>
  );
}

/**
 * The clerk's desk panel: open a desk, then only the ticket in hand and the waiting counts of the desk's
 * services (seed 6: discretion), every action a form.
 */
export function DeskPanelPage({
  ctx,
  view,
  notice,
  error,
}: {
  ctx: PageContext;
  view: DeskPanelView;
  notice?: string | undefined;
  error?: FormErrors | undefined;
}) {
  const title = ctx.t('start.clerk.title');
  const { session } = view;
  return (
    <Layout ctx={ctx} title={title} nav={staffNav(ctx)} hasErrors={error !== undefined}>
      {error && <ErrorSummary ctx={ctx} errors={error} />}
      {notice && (
        <p class="notice notice--success" role="status">
          {notice}
        </p>
      )}
      <h1>{title}</h1>
      <p>{ctx.t('start.today', { date: view.today })}</p>
      {!session ? (
        <form method="post" action="/stanowisko/otworz">
          <CsrfField ctx={ctx} />
          <Select
            ctx={ctx}
            name="deskId"
            label={ctx.t('queue.panel.chooseDesk')}
            hint={ctx.t('queue.panel.chooseDeskHint')}
            options={view.desks}
            error={error?.deskId}
          />
          <button type="submit" class="button">
            {ctx.t('queue.panel.open')}
          </button>
        </form>
      ) : (
        <>
          <p class="lead">{ctx.t(`queue.panel.session.${session.status}`, { desk: session.deskNumber })}</p>
          <CurrentTicket ctx={ctx} view={view} error={error} />
          <div class="table-wrap">
            <table class="table">
              <caption>{ctx.t('queue.panel.waitingCaption')}</caption>
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
                    <td>{w.waiting}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
