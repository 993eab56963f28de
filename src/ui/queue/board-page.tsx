import type { PageContext } from '../components/context.ts';

export interface BoardCall {
  ticketId: number;
  number: string;
  deskNumber: string;
}

export interface BoardService {
  serviceId: number;
  letter: string;
  name: string;
  waiting: number;
  estimate: string;
}

/** How many calls the board shows large; older ones go to "last calls". */
export const LARGE_CALLS = 4;
export const LAST_CALLS = 8;

/**
 * The waiting-room board (1920×1080): the current calls (number → desk) large, the last calls, the waiting
 * counts per service, the clock and the announcements. Numbers and desks only: there is no field for a name.
 * The script follows the office's event stream from `data-last-event-id`, plays the gong and speaks the calls.
 */
export function BoardPage({
  ctx,
  boardName,
  calls,
  services,
  lastEventId,
  clock,
}: {
  ctx: PageContext;
  boardName: string;
  calls: BoardCall[];
  services: BoardService[];
  lastEventId: string;
  clock: string;
}) {
  const title = ctx.t('queue.board.title');
  const deskLabel = ctx.t('queue.board.desk', { desk: '{desk}' });
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} — ${boardName} — ${ctx.office.shortName}`}</title>
        <link rel="stylesheet" href="/static/css/okienko.css" />
        <script type="module" src="/static/js/board.js" />
      </head>
      <body
        class="board"
        data-last-event-id={lastEventId}
        data-desk-label={deskLabel}
        data-large={LARGE_CALLS}
        data-last={LAST_CALLS}
        data-no-estimate={ctx.t('queue.board.noEstimate')}
      >
        <header class="board__header">
          <p class="board__office">{ctx.office.name}</p>
          <p class="board__offline" data-offline hidden>
            {ctx.t('queue.board.offline')}
          </p>
          <button type="button" class="board__sound" data-sound hidden>
            {ctx.t('queue.board.sound')}
          </button>
          <p class="board__clock" data-clock>
            {clock}
          </p>
        </header>
        <main class="board__main">
          <h1 class="visually-hidden">{title}</h1>
          <section class="board__calls" aria-labelledby="wywolania">
            <h2 id="wywolania">{ctx.t('queue.board.calls')}</h2>
            <ol class="board__call-list" data-calls aria-live="polite">
              {calls.slice(0, LARGE_CALLS).map((c, i) => (
                <li key={c.ticketId} class={i === 0 ? 'board__call board__call--newest' : 'board__call'} data-ticket-id={c.ticketId}>
                  <span class="board__number">{c.number}</span>
                  <span class="board__arrow" aria-hidden="true">
                    →
                  </span>
                  <span class="board__desk">{ctx.t('queue.board.desk', { desk: c.deskNumber })}</span>
                </li>
              ))}
            </ol>
            <p class="board__empty" data-calls-empty hidden={calls.length > 0}>
              {ctx.t('queue.board.noCalls')}
            </p>
          </section>
          <section class="board__side" aria-labelledby="ostatnie">
            <h2 id="ostatnie">{ctx.t('queue.board.lastCalls')}</h2>
            <ol class="board__last-list" data-last-calls>
              {calls.slice(LARGE_CALLS, LARGE_CALLS + LAST_CALLS).map((c) => (
                <li key={c.ticketId}>
                  <span class="board__number">{c.number}</span> <span aria-hidden="true">→</span>{' '}
                  {ctx.t('queue.board.desk', { desk: c.deskNumber })}
                </li>
              ))}
            </ol>
            <h2 id="oczekujacy">{ctx.t('queue.board.waiting')}</h2>
            <table class="board__table">
              <caption class="visually-hidden">{ctx.t('queue.board.waitingCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{ctx.t('queue.ticketFacts.service')}</th>
                  <th scope="col">{ctx.t('queue.board.waitingCount')}</th>
                  <th scope="col">{ctx.t('queue.ticketFacts.estimate')}</th>
                </tr>
              </thead>
              <tbody data-services>
                {services.map((s) => (
                  <tr key={s.serviceId}>
                    <th scope="row">
                      {s.letter} — {s.name}
                    </th>
                    <td>{s.waiting}</td>
                    <td>{s.estimate}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <aside class="board__announcements" aria-labelledby="komunikaty">
              <h2 id="komunikaty">{ctx.t('queue.board.announcements')}</h2>
              <p>{ctx.t('queue.board.noAnnouncements')}</p>
            </aside>
          </section>
        </main>
      </body>
    </html>
  );
}
