import type { PageContext } from '../components/context.ts';
import { KioskFrame } from './kiosk-frame.tsx';
import { TicketFactsView, type TicketFacts } from './ticket-facts.tsx';

/** How printing went: printed, failed (the ticket stays valid), or this kiosk has no printer of its own. */
export type PrintOutcome = 'printed' | 'failed' | 'none';

/** The QR code of the follow address, an SVG made by the server from the address alone (no user markup). */
function QrCode({ ctx, svg }: { ctx: PageContext; svg: string }) {
  return <div class="qr" role="img" aria-label={ctx.t('queue.kiosk.result.qr')} dangerouslySetInnerHTML={{ __html: svg }} />;
}

/**
 * The kiosk's answer after the touch: the number very large, what to expect, the QR code of the follow page,
 * the printing outcome in plain words, and the printable ticket.
 */
export function KioskTicketPage({
  ctx,
  code,
  facts,
  qrSvg,
  print,
  notice,
}: {
  ctx: PageContext;
  code: string;
  facts: TicketFacts;
  qrSvg: string;
  print: PrintOutcome;
  notice?: string | undefined;
}) {
  const title = ctx.t('queue.kiosk.result.title');
  return (
    <KioskFrame ctx={ctx} title={title}>
      <h1>{title}</h1>
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
      <div class="kiosk__ticket">
        <TicketFactsView ctx={ctx} facts={facts} />
        <figure class="kiosk__qr">
          <QrCode ctx={ctx} svg={qrSvg} />
          <figcaption>{ctx.t('queue.kiosk.result.qrCaption')}</figcaption>
        </figure>
      </div>
      <div class="kiosk__extra">
        <a class="kiosk__button" href={`/jezyk/pl?wroc=${encodeURIComponent('/kiosk')}`}>
          <span class="kiosk__button-title">{ctx.t('queue.kiosk.result.done')}</span>
        </a>
        <a class="kiosk__button kiosk__button--secondary" href={`/kiosk/bilet/${code}/druk`}>
          <span class="kiosk__button-title">{ctx.t('queue.kiosk.result.printable')}</span>
        </a>
      </div>
    </KioskFrame>
  );
}

/** The 80 mm printable ticket, for kiosks that print through the browser (`@page { size: 80mm auto }`). */
export function PrintableTicketPage({
  ctx,
  facts,
  issuedAt,
  qrSvg,
}: {
  ctx: PageContext;
  facts: TicketFacts;
  issuedAt: string;
  qrSvg: string;
}) {
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${ctx.t('queue.follow.title', { number: facts.number })} — ${ctx.office.shortName}`}</title>
        <link rel="stylesheet" href="/static/css/ticket-print.css" />
      </head>
      <body>
        <main class="print-ticket">
          <p class="print-ticket__office">{ctx.office.name}</p>
          <h1 class="print-ticket__label">{ctx.t('queue.kiosk.print.yourNumber')}</h1>
          <p class="print-ticket__number">{facts.number}</p>
          <p class="print-ticket__service">{facts.service}</p>
          {facts.visit !== undefined && <p class="print-ticket__visit">{facts.visit}</p>}
          <dl>
            {facts.where !== null && (
              <>
                <dt>{ctx.t('queue.kiosk.print.whereToWait')}</dt>
                <dd>{facts.where}</dd>
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
      </body>
    </html>
  );
}
