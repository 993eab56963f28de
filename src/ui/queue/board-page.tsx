import type { PageContext } from '../components/context.ts';
import { AnnouncementRegion } from '../announcements/banner.tsx';

/** A desk's building, named when it is not the board's own. */
export interface BoardCallPlace {
  name: string;
  street: string;
}

export interface BoardCall {
  ticketId: number;
  number: string;
  deskNumber: string;
  building: BoardCallPlace | null;
}

export interface BoardService {
  serviceId: number;
  letter: string;
  name: string;
  waiting: number;
  estimate: string;
}

/** How many current calls the board shows large. */
export const LARGE_CALLS = 4;
/** How often the board reports its health to /api/urzadzenie/heartbeat. */
export const HEARTBEAT_MS = 60_000;

/** "Budynek A, ul. Szkolna 28": where a desk of another building is; the street is kept on one line. */
function Place({ place }: { place: BoardCallPlace }) {
  const street = place.street.trim();
  return (
    <span class="board__place">
      {street === '' ? place.name : `${place.name}, `}
      {street !== '' && <span class="board__street">{street}</span>}
    </span>
  );
}

function LargeCall({ ctx, call, newest }: { ctx: PageContext; call: BoardCall; newest: boolean }) {
  return (
    <li class={newest ? 'board__call board__call--newest' : 'board__call'} data-ticket-id={call.ticketId}>
      <span class="board__number">{call.number}</span>
      <span class="board__arrow" aria-hidden="true">
        →
      </span>
      <span class="board__desk">{ctx.t('queue.board.desk', { desk: call.deskNumber })}</span>
      {call.building && <Place place={call.building} />}
    </li>
  );
}

function RecentCall({ ctx, call }: { ctx: PageContext; call: BoardCall }) {
  return (
    <li class="board__recent" data-ticket-id={call.ticketId}>
      <span class="board__number">{call.number}</span>{' '}
      <span class="board__recent-desk">
        <span aria-hidden="true">→</span> {ctx.t('queue.board.desk', { desk: call.deskNumber })}
      </span>
      {call.building && <span class="board__recent-place">{call.building.name}</span>}
    </li>
  );
}

/**
 * The waiting-room board (1920×1080): the calls at desks now large (the newest framed), today's last calls,
 * the waiting counts per service, the clock and the announcements. Numbers and desks only: there is no
 * field for a name. A desk in another building than the board's carries that building and its street.
 * The script follows the office's event stream from `data-last-event-id`, plays the gong and each call as
 * the server says it, reports the board's health every minute, and tells staff when sound cannot play.
 */
export function BoardPage({
  ctx,
  boardName,
  buildingName,
  calls,
  recentCalls,
  services,
  lastEventId,
  clock,
}: {
  ctx: PageContext;
  boardName: string;
  /** The building the board stands in, when set. */
  buildingName: string | null;
  calls: BoardCall[];
  recentCalls: BoardCall[];
  services: BoardService[];
  lastEventId: string;
  clock: string;
}) {
  const title = ctx.t('queue.board.title');
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
        data-desk-label={ctx.t('queue.board.desk', { desk: '{desk}' })}
        data-large={LARGE_CALLS}
        data-heartbeat-ms={HEARTBEAT_MS}
        data-no-estimate={ctx.t('queue.board.noEstimate')}
      >
        <header class="board__header">
          <p class="board__office">
            {ctx.office.name}
            {buildingName && <span class="board__building"> · {buildingName}</span>}
          </p>
          <p class="board__offline" data-offline hidden>
            {ctx.t('queue.board.offline')}
          </p>
          <p class="board__clock" data-clock>
            {clock}
          </p>
        </header>
        {/* For staff: why the board is silent or stopped, and what to do. Shown by the script. */}
        <div class="board__notices" role="status">
          <button type="button" class="board__notice board__notice--sound" data-notice="blocked" hidden>
            <strong>{ctx.t('queue.board.soundBlocked')}</strong> {ctx.t('queue.board.soundBlockedHint')}
          </button>
          <p class="board__notice" data-notice="unavailable" hidden>
            <strong>{ctx.t('queue.board.soundUnavailable')}</strong> {ctx.t('queue.board.soundUnavailableHint')}
          </p>
          <p class="board__notice" data-notice="failed" hidden>
            <strong>{ctx.t('queue.board.speechFailed')}</strong> {ctx.t('queue.board.speechFailedHint')}
          </p>
          <p class="board__notice board__notice--stop" data-notice="revoked" hidden>
            <strong>{ctx.t('queue.board.revoked')}</strong> {ctx.t('queue.board.revokedHint')}
          </p>
        </div>
        <main class="board__main">
          <h1 class="visually-hidden">{title}</h1>
          <section class="board__calls" aria-labelledby="wywolania">
            <h2 id="wywolania">{ctx.t('queue.board.calls')}</h2>
            <ol class="board__call-list" data-calls aria-live="polite">
              {calls.slice(0, LARGE_CALLS).map((call, i) => (
                <LargeCall key={call.ticketId} ctx={ctx} call={call} newest={i === 0} />
              ))}
            </ol>
            <p class="board__empty" data-calls-empty hidden={calls.length > 0}>
              {ctx.t('queue.board.noCalls')}
            </p>
          </section>
          <div class="board__side">
            <section aria-labelledby="ostatnie">
              <h2 id="ostatnie">{ctx.t('queue.board.lastCalls')}</h2>
              <ol class="board__recent-list" data-recent-calls>
                {recentCalls.map((call) => (
                  <RecentCall key={call.ticketId} ctx={ctx} call={call} />
                ))}
              </ol>
              <p class="board__recent-empty" data-recent-empty hidden={recentCalls.length > 0}>
                {ctx.t('queue.board.noLastCalls')}
              </p>
            </section>
            <section class="board__waiting" aria-labelledby="oczekujacy">
              <h2 id="oczekujacy">{ctx.t('queue.board.waiting')}</h2>
              <table class="board__table">
                <caption class="visually-hidden">{ctx.t('queue.board.waitingCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{ctx.t('queue.ticketFacts.service')}</th>
                    <th scope="col">{ctx.t('queue.board.waitingCount')}</th>
                    <th scope="col">{ctx.t('queue.board.estimate')}</th>
                  </tr>
                </thead>
                <tbody data-services>
                  {services.map((s) => (
                    <tr key={s.serviceId}>
                      <th scope="row">
                        <span class="board__service">
                          {s.letter} — {s.name}
                        </span>
                      </th>
                      <td>{s.waiting}</td>
                      <td>{s.estimate}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>
        </main>
        <footer class="board__announcements" aria-labelledby="komunikaty">
          <h2 id="komunikaty">{ctx.t('queue.board.announcements')}</h2>
          <AnnouncementRegion ctx={ctx} announcements={ctx.announcements ?? []} variant="board" live />
          <p class="board__no-announcements" data-no-announcements hidden={(ctx.announcements ?? []).length > 0}>
            {ctx.t('queue.board.noAnnouncements')}
          </p>
        </footer>
      </body>
    </html>
  );
}
