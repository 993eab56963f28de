import type { PageContext } from '../components/context.ts';
import { KIOSK_HOME, KIOSK_IDLE_SECONDS, KioskFrame } from './kiosk-frame.tsx';
import { TicketFactsView, type TicketFacts } from './ticket-facts.tsx';

/** How printing went: printed, failed (the ticket stays valid), or this kiosk has no printer of its own. */
export type PrintOutcome = 'printed' | 'failed' | 'none';

/** The QR code of the follow address, an SVG made by the server from the address alone (no user markup). */
function QrCode({ ctx, svg }: { ctx: PageContext; svg: string }) {
  return <div class="qr" role="img" aria-label={ctx.t('queue.kiosk.result.qr')} dangerouslySetInnerHTML={{ __html: svg }} />;
}

/**
 * The kiosk's answer after the touch: the number very large, how it is served, what to expect and where to go
 * (another building said loudly), the QR code of the follow page, the printing outcome in plain words, and the
 * printable ticket. It goes back to the start by itself soon, and at once on "Gotowe".
 */
export function KioskTicketPage({
  ctx,
  code,
  facts,
  qrSvg,
  print,
  notice,
  elsewhere,
}: {
  ctx: PageContext;
  code: string;
  facts: TicketFacts;
  qrSvg: string;
  print: PrintOutcome;
  notice?: string | undefined;
  /** "Ta sprawa jest w innym budynku: …", or null. */
  elsewhere: string | null;
}) {
  const title = ctx.t('queue.kiosk.result.title');
  const idleSeconds = print === 'printed' ? KIOSK_IDLE_SECONDS.printed : KIOSK_IDLE_SECONDS.ticket;
  return (
    <KioskFrame ctx={ctx} title={title} screen="ticket" idleSeconds={idleSeconds} languageReturn="/kiosk">
      <h1 class="kiosk__title">{title}</h1>
      {print === 'failed' && (
        <p class="kiosk__banner kiosk__banner--warning" role="alert">
          {ctx.t('queue.kiosk.result.printFailed')}
        </p>
      )}
      {print === 'printed' && (
        <p class="kiosk__banner" role="status">
          {ctx.t('queue.kiosk.result.printed')}
        </p>
      )}
      {notice !== undefined && <p class="kiosk__banner">{notice}</p>}
      {elsewhere !== null && <p class="kiosk__banner kiosk__banner--elsewhere">{elsewhere}</p>}
      <div class="kiosk__ticket">
        <TicketFactsView ctx={ctx} facts={facts} />
        <figure class="kiosk__qr">
          <QrCode ctx={ctx} svg={qrSvg} />
          <figcaption>{ctx.t('queue.kiosk.result.qrCaption')}</figcaption>
        </figure>
      </div>
      <div class="kiosk__extra kiosk__extra--ticket">
        <a class="kiosk__tile kiosk__tile--primary" href={KIOSK_HOME}>
          <span class="kiosk__tile-title">{ctx.t('queue.kiosk.result.done')}</span>
        </a>
        <a class="kiosk__tile kiosk__tile--secondary" href={`/kiosk/bilet/${code}/druk`}>
          <span class="kiosk__tile-title">{ctx.t('queue.kiosk.result.printable')}</span>
        </a>
      </div>
      <p class="kiosk__returning">{ctx.t('queue.kiosk.result.returning', { seconds: idleSeconds })}</p>
    </KioskFrame>
  );
}

/**
 * The 80 mm printable ticket, for kiosks that print through the browser (`@page { size: 80mm auto }`). Its
 * way back and print button are screen-only (`print-ticket__actions` is hidden in print); like every kiosk
 * screen it goes back by itself when left alone.
 */
export function PrintableTicketPage({
  ctx,
  code,
  facts,
  care,
  where,
  issuedAt,
  qrSvg,
}: {
  ctx: PageContext;
  code: string;
  facts: TicketFacts;
  /** "Poza kolejnością: Ciąża", "Obsługa na parterze": one line each. */
  care: string[];
  /** Where to wait, one line each (with the address and the way there when it is another building). */
  where: string[];
  issuedAt: string;
  qrSvg: string;
}) {
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="refresh" content={`${KIOSK_IDLE_SECONDS.ticket};url=${KIOSK_HOME}`} />
        <title>{`${ctx.t('queue.follow.title', { number: facts.number })} — ${ctx.office.shortName}`}</title>
        <link rel="stylesheet" href="/static/css/ticket-print.css" />
        <script type="module" src="/static/js/kiosk.js" />
      </head>
      <body data-screen="print" data-idle-seconds={KIOSK_IDLE_SECONDS.ticket} data-idle-home={KIOSK_HOME}>
        <main class="print-ticket">
          <p class="print-ticket__office">{ctx.office.name}</p>
          <h1 class="print-ticket__label">{ctx.t('queue.kiosk.print.yourNumber')}</h1>
          <p class="print-ticket__number">{facts.number}</p>
          <p class="print-ticket__service">{facts.service}</p>
          {facts.visit !== undefined && <p class="print-ticket__visit">{facts.visit}</p>}
          {care.map((line) => (
            <p key={line} class="print-ticket__care">
              {line}
            </p>
          ))}
          <dl>
            {where.length > 0 && (
              <>
                <dt>{ctx.t('queue.kiosk.print.whereToWait')}</dt>
                {where.map((line) => (
                  <dd key={line}>{line}</dd>
                ))}
              </>
            )}
            {facts.peopleAhead !== null && (
              <>
                <dt>{ctx.t('queue.ticketFacts.ahead')}</dt>
                <dd>{facts.peopleAhead}</dd>
              </>
            )}
            {facts.estimate !== null && (
              <>
                <dt>{ctx.t('queue.kiosk.print.estimate')}</dt>
                <dd>{facts.estimate}</dd>
              </>
            )}
            <dt>{ctx.t('queue.kiosk.print.issuedAt')}</dt>
            <dd>{issuedAt}</dd>
          </dl>
          <QrCode ctx={ctx} svg={qrSvg} />
          <p class="print-ticket__follow">{ctx.t('queue.kiosk.print.follow')}</p>
        </main>
        <nav class="print-ticket__actions" aria-label={ctx.t('queue.kiosk.print.back')}>
          <button type="button" class="print-ticket__action" data-print hidden>
            {ctx.t('queue.kiosk.print.print')}
          </button>
          <a class="print-ticket__action" href={`/kiosk/bilet/${code}`}>
            <span aria-hidden="true">←</span>
            {ctx.t('queue.kiosk.print.back')}
          </a>
        </nav>
      </body>
    </html>
  );
}
