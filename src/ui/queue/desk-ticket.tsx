import type { ComponentChildren } from 'preact';
import type { PageContext } from '../components/context.ts';
import { CsrfField, Select, TextInput, type FormErrors, type Option } from '../components/form.tsx';

/** The ticket in hand as the clerk sees it, worded in the clerk's language. */
export interface DeskTicketView {
  ticketId: number;
  number: string;
  service: string;
  status: 'called' | 'serving';
  recalls: number;
  maxRecalls: number;
  /** Served out of turn: the reason's name (with its `lang` when it fell back to Polish), or null. */
  priority: { reason: string | null; lang: string | undefined } | null;
  /** Seed 7.1: the resident needs the ground floor; `here` when the desk already is on it. */
  groundFloor: 'comeDown' | 'here' | null;
  offered: { recall: boolean; noShow: boolean; recallsToNoShow: number; transfer: boolean };
}

/** What the panel's forms last sent, put back into their fields when the panel answers with an error. */
export interface DeskFormValues {
  number?: string;
  serviceId?: string;
  deskId?: string;
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

function Key({ shortcut }: { shortcut: string }) {
  return (
    <span class="desk__key" aria-hidden="true">
      {' '}
      [{shortcut.toUpperCase()}]
    </span>
  );
}

/** One action: a plain form POST with the CSRF field, so the panel works without JavaScript. */
export function Action({
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
        {shortcut && <Key shortcut={shortcut} />}
      </button>
    </form>
  );
}

/** No ticket in hand: call the next one, or one the clerk names. */
export function CallForms({
  ctx,
  error,
  values,
}: {
  ctx: PageContext;
  error?: FormErrors | undefined;
  values?: DeskFormValues | undefined;
}) {
  return (
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
          value={values?.number}
          error={error?.number}
        />
        <button type="submit" class="button button--secondary" accessKey={SHORTCUTS.chosen}>
          {ctx.t('queue.panel.chosen')}
          <Key shortcut={SHORTCUTS.chosen} />
        </button>
      </form>
    </>
  );
}

/** The number large beside what the clerk must know of it, then only the actions the ticket's state allows. */
export function TicketInHand({ ctx, ticket }: { ctx: PageContext; ticket: DeskTicketView }) {
  const base = `/stanowisko/bilety/${ticket.ticketId}`;
  const called = ticket.status === 'called';
  return (
    <>
      <div class="desk__ticket">
        <p class="desk__number">{ticket.number}</p>
        <dl class="desk__facts">
          <dt>{ctx.t('queue.ticketFacts.service')}</dt>
          <dd>{ticket.service}</dd>
          <dt>{ctx.t('queue.ticketFacts.status')}</dt>
          <dd>{ctx.t(`queue.panel.status.${ticket.status}`)}</dd>
          {called && (
            <>
              <dt>{ctx.t('queue.panel.recalls')}</dt>
              <dd>{ctx.t('queue.panel.recallsOf', { n: ticket.recalls, max: ticket.maxRecalls })}</dd>
            </>
          )}
        </dl>
      </div>
      {(ticket.priority || ticket.groundFloor) && (
        <ul class="desk__needs">
          {ticket.priority && (
            <li>
              <strong>{ctx.t('queue.panel.priorityYes')}</strong>
              {ticket.priority.reason !== null && (
                <>
                  {' — '}
                  <span lang={ticket.priority.lang}>{ticket.priority.reason}</span>
                </>
              )}
            </li>
          )}
          {ticket.groundFloor && (
            <li>
              <strong>{ctx.t('queue.panel.groundFloor')}</strong> — {ctx.t(`queue.panel.groundFloor.${ticket.groundFloor}`)}
            </li>
          )}
        </ul>
      )}
      <div class="desk__actions">
        {called && (
          <>
            <Action ctx={ctx} action={`${base}/rozpocznij`} label={ctx.t('queue.panel.start')} shortcut={SHORTCUTS.start} />
            {ticket.offered.recall && (
              <Action
                ctx={ctx}
                action={`${base}/wezwij-ponownie`}
                label={ctx.t('queue.panel.recall')}
                shortcut={SHORTCUTS.recall}
                variant="secondary"
              />
            )}
            {ticket.offered.noShow && (
              <Action
                ctx={ctx}
                action={`${base}/nieobecny`}
                label={ctx.t('queue.panel.noShow')}
                shortcut={SHORTCUTS.noShow}
                variant="warning"
              />
            )}
          </>
        )}
        {ticket.status === 'serving' && (
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
      {called && !ticket.offered.noShow && (
        <p class="hint desk__later">{ctx.t('queue.panel.noShowLater', { n: ticket.offered.recallsToNoShow })}</p>
      )}
      {called && !ticket.offered.recall && <p class="hint desk__later">{ctx.t('queue.panel.recallsUsed', { max: ticket.maxRecalls })}</p>}
    </>
  );
}

/** Sending the ticket to another service (or desk): no service chosen until the clerk chooses one. */
export function TransferForm({
  ctx,
  ticket,
  services,
  desks,
  error,
  values,
}: {
  ctx: PageContext;
  ticket: DeskTicketView;
  services: readonly Option[];
  desks: readonly Option[];
  error?: FormErrors | undefined;
  values?: DeskFormValues | undefined;
}) {
  return (
    <section class="desk__transfer" aria-labelledby="przekaz">
      <h2 id="przekaz">{ctx.t('queue.panel.transferHeading')}</h2>
      {ticket.offered.transfer ? (
        <form method="post" action={`/stanowisko/bilety/${ticket.ticketId}/przekaz`}>
          <CsrfField ctx={ctx} />
          <Select
            ctx={ctx}
            name="serviceId"
            label={ctx.t('queue.panel.transferTo')}
            options={services}
            emptyLabel={ctx.t('queue.panel.chooseService')}
            value={values?.serviceId}
            error={error?.serviceId}
          />
          <Select
            ctx={ctx}
            name="deskId"
            label={ctx.t('queue.panel.transferDesk')}
            options={desks}
            emptyLabel={ctx.t('queue.panel.anyDesk')}
            value={values?.deskId}
            error={error?.deskId}
          />
          <button type="submit" class="button button--secondary" accessKey={SHORTCUTS.transfer}>
            {ctx.t('queue.panel.transfer')}
            <Key shortcut={SHORTCUTS.transfer} />
          </button>
        </form>
      ) : (
        <p>{ctx.t('queue.ticket.alreadyTransferred')}</p>
      )}
    </section>
  );
}
