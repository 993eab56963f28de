import type { GroundFloorRequestView, UnitGroundFloorFigures } from '../../app/special-needs/index.ts';
import { offeredGroundFloorActions } from '../../domain/special-needs/index.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { CsrfField } from '../components/form.tsx';
import { dateTimeFormat, keyPart, OFFICE_TIME_ZONE } from '../i18n/index.ts';

/** Who looks at a list: the Information Point, a unit head or a clerk at a desk panel; decides the buttons. */
export type GroundFloorViewer = 'information_point' | 'unit_head' | 'clerk';

/** The paths of a request's steps (plain forms: they work without JavaScript). */
export const GROUND_FLOOR_PATHS = { accept: 'schodze', serve: 'obsluzono', cancel: 'anuluj' } as const;

/** Where a step's form comes back to. */
export const GROUND_FLOOR_BACK: Record<GroundFloorViewer, string> = {
  information_point: '/punkt-informacyjny/parter',
  unit_head: '/kierownik/parter',
  clerk: '/stanowisko',
};

const ALLOWED: Record<GroundFloorViewer, readonly string[]> = {
  information_point: ['serve', 'cancel'],
  unit_head: ['accept', 'serve'],
  clerk: ['accept', 'serve'],
};

function at(ctx: PageContext, instant: Date): string {
  return dateTimeFormat(ctx.locale, { timeZone: OFFICE_TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(instant);
}

function RequestItem({ ctx, request, viewer }: { ctx: PageContext; request: GroundFloorRequestView; viewer: GroundFloorViewer }) {
  const service = inLanguage(request.service.name, ctx.locale);
  const unit = inLanguage(request.unit.name, ctx.locale);
  const actions = offeredGroundFloorActions(request.status).filter(
    (a) => ALLOWED[viewer].includes(a) && (a !== 'serve' || viewer === 'information_point' || request.acceptedByMe),
  );
  const open = request.status === 'registered' || request.status === 'accepted';
  return (
    <li
      class={`ground-floor__item ground-floor__item--${request.status}${request.escalated && request.status === 'registered' ? ' ground-floor__item--escalated' : ''}`}
      data-request={request.id}
      data-status={request.status}
      data-escalated={request.escalated ? 'true' : undefined}
    >
      <p class="ground-floor__what">
        <strong>
          {request.service.letter} — <span lang={service.lang}>{service.value}</span>
        </strong>{' '}
        <span class="muted">
          (<span lang={unit.lang}>{unit.value}</span>)
        </span>
      </p>
      <dl class="ground-floor__facts">
        <dt>{ctx.t('groundFloor.item.reason')}</dt>
        <dd>{ctx.t(`groundFloor.reason.${keyPart(request.reason)}`)}</dd>
        <dt>{ctx.t('groundFloor.item.where')}</dt>
        <dd>{ctx.t('groundFloor.item.room', { building: request.room.building, room: request.room.number, name: request.room.name })}</dd>
        {request.ticketNumber && (
          <>
            <dt>{ctx.t('groundFloor.item.ticket')}</dt>
            <dd>{request.ticketNumber}</dd>
          </>
        )}
        <dt>{ctx.t('groundFloor.item.status')}</dt>
        <dd>
          {ctx.t(`groundFloor.status.${request.status}`, {
            registered: at(ctx, request.registeredAt),
            accepted: request.acceptedAt ? at(ctx, request.acceptedAt) : '',
            served: request.servedAt ? at(ctx, request.servedAt) : '',
            who: request.acceptedBy ?? '',
            desk: request.acceptedDesk ?? 'none',
          })}
          {request.escalated && open && request.status === 'registered' && (
            <strong class="ground-floor__escalated"> {ctx.t('groundFloor.item.escalated')}</strong>
          )}
        </dd>
      </dl>
      {actions.length > 0 && (
        <div class="button-group">
          {actions.map((action) => (
            <form key={action} method="post" action={`/parter/${request.id}/${GROUND_FLOOR_PATHS[action]}`}>
              <CsrfField ctx={ctx} />
              <input type="hidden" name="wroc" value={viewer} />
              <button
                type="submit"
                class={action === 'cancel' ? 'button button--warning' : action === 'serve' ? 'button button--secondary' : 'button'}
              >
                {ctx.t(`groundFloor.action.${action}`)}
              </button>
            </form>
          ))}
        </div>
      )}
    </li>
  );
}

/**
 * The list of ground-floor requests, live: the client script (`ground-floor.js`, or the desk panel's) replaces
 * the list with the stream's newer rendering and sounds a tone for a new or escalated request.
 * @example <GroundFloorList ctx={ctx} requests={requests} viewer="clerk" />
 */
export function GroundFloorList({
  ctx,
  requests,
  viewer,
}: {
  ctx: PageContext;
  requests: readonly GroundFloorRequestView[];
  viewer: GroundFloorViewer;
}) {
  if (requests.length === 0) return <p class="muted">{ctx.t(viewer === 'clerk' ? 'groundFloor.desk.none' : 'groundFloor.list.none')}</p>;
  return (
    <ul class="ground-floor__list">
      {requests.map((request) => (
        <RequestItem key={request.id} ctx={ctx} request={request} viewer={viewer} />
      ))}
    </ul>
  );
}

/**
 * The live region of a page with ground-floor requests: the list, plus what the client script needs (the stream
 * and the words of its sound button). The desk panel passes `stream={null}` (its own stream carries the alerts).
 * @example <GroundFloorLive ctx={ctx} requests={alerts} viewer="clerk" stream={null} />
 */
export function GroundFloorLive({
  ctx,
  requests,
  viewer,
  stream,
  heading,
}: {
  ctx: PageContext;
  requests: readonly GroundFloorRequestView[];
  viewer: GroundFloorViewer;
  stream: string | null;
  heading: string;
}) {
  const waiting = requests.filter((r) => r.status === 'registered').length;
  return (
    <section
      class={`ground-floor ground-floor--${viewer}${waiting > 0 ? ' ground-floor--alert' : ''}`}
      aria-labelledby="parter-naglowek"
      data-ground-floor={viewer}
      data-stream={stream ?? undefined}
    >
      <h2 id="parter-naglowek">{heading}</h2>
      <p class="ground-floor__sound" data-sound-hint hidden>
        <button type="button" class="button button--secondary" data-sound-on>
          {ctx.t('groundFloor.sound.on')}
        </button>
      </p>
      <div
        role="alert"
        class="ground-floor__announce"
        data-announce
        data-text-new={ctx.t('groundFloor.sound.newRequest')}
        data-text-escalated={ctx.t('groundFloor.sound.escalated')}
      />
      <div data-ground-floor-list>
        <GroundFloorList ctx={ctx} requests={requests} viewer={viewer} />
      </div>
    </section>
  );
}

/**
 * The Information Point's panel for its main page: the open requests with who accepted them, and the link to
 * register one. The lead embeds it in /punkt-informacyjny.
 * @example <SpecialNeedsPanel ctx={ctx} requests={await officeGroundFloorRequests(deps)} />
 */
export function SpecialNeedsPanel({ ctx, requests }: { ctx: PageContext; requests: readonly GroundFloorRequestView[] }) {
  const open = requests.filter((r) => r.status === 'registered' || r.status === 'accepted');
  return (
    <div class="special-needs-panel">
      <GroundFloorLive
        ctx={ctx}
        requests={open}
        viewer="information_point"
        stream="/api/parter/zdarzenia"
        heading={ctx.t('groundFloor.panel.title')}
      />
      <p>
        <a href="/punkt-informacyjny/parter">{ctx.t('groundFloor.panel.register')}</a>
      </p>
    </div>
  );
}

/** Figures per unit: requests, minutes to acceptance and to service. */
export function GroundFloorFiguresTable({
  ctx,
  figures,
  days,
}: {
  ctx: PageContext;
  figures: readonly UnitGroundFloorFigures[];
  days: number;
}) {
  const minutes = (value: number | null) => (value === null ? '—' : ctx.t('groundFloor.figures.minutes', { n: value }));
  return (
    <table class="table">
      <caption>{ctx.t('groundFloor.figures.caption', { days })}</caption>
      <thead>
        <tr>
          <th scope="col">{ctx.t('groundFloor.figures.unit')}</th>
          <th scope="col">{ctx.t('groundFloor.figures.requests')}</th>
          <th scope="col">{ctx.t('groundFloor.figures.toAcceptance')}</th>
          <th scope="col">{ctx.t('groundFloor.figures.toService')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.length === 0 ? (
          <tr>
            <td colSpan={4}>{ctx.t('groundFloor.figures.none')}</td>
          </tr>
        ) : (
          figures.map((f) => {
            const name = inLanguage(f.unit.name, ctx.locale);
            return (
              <tr key={f.unit.id}>
                <th scope="row">
                  {f.unit.code} — <span lang={name.lang}>{name.value}</span>
                </th>
                <td>{f.requests}</td>
                <td>{minutes(f.minutesToAcceptance)}</td>
                <td>{minutes(f.minutesToService)}</td>
              </tr>
            );
          })
        )}
      </tbody>
    </table>
  );
}
