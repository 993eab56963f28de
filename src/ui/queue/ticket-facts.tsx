import type { PageContext } from '../components/context.ts';

/** What a resident is told about a ticket, already worded in their language. */
export interface TicketFacts {
  number: string;
  service: string;
  /** How it is served: "poza kolejnością: Ciąża; na parterze — …" (the kiosk's answer); absent for a regular ticket. */
  care?: string;
  /** "Wizyta o 10:30" for a booking's ticket called at its time; absent for any other. */
  visit?: string;
  /** "czeka w kolejce", "wywołany do stanowiska 5" … (absent on the kiosk's answer: a new ticket waits). */
  status?: string;
  /** "Ratusz, piętro 1, pokój 104"; null when there is nowhere to go (the ticket is done). */
  where: string | null;
  /** The where row's label when it is not "Gdzie czekać" (a called ticket: "Gdzie podejść"). */
  whereLabel?: string;
  peopleAhead: string | null;
  estimate: string | null;
}

/**
 * The number large, then the service and what to expect, as a description list. Each value carries
 * `data-field` so the follow page's script can update it from the live stream.
 */
export function TicketFactsView({ ctx, facts }: { ctx: PageContext; facts: TicketFacts }) {
  const rows: [string, string, string | null | undefined][] = [
    ['service', ctx.t('queue.ticketFacts.service'), facts.service],
    ['care', ctx.t('queue.kiosk.care.label'), facts.care],
    ['visit', ctx.t('bookingArrival.ticket.visit'), facts.visit],
    ['status', ctx.t('queue.ticketFacts.status'), facts.status],
    ['ahead', ctx.t('queue.ticketFacts.ahead'), facts.peopleAhead],
    ['estimate', ctx.t('queue.ticketFacts.estimate'), facts.estimate],
    ['where', facts.whereLabel ?? ctx.t('queue.ticketFacts.where'), facts.where],
  ];
  return (
    <div class="ticket">
      <p class="ticket__number">
        <span class="visually-hidden">{ctx.t('queue.ticketFacts.number')} </span>
        {facts.number}
      </p>
      <dl class="ticket__facts">
        {rows.map(([field, label, value]) =>
          value === undefined ? null : (
            <div key={field} class="ticket__fact" data-row={field} hidden={value === null}>
              <dt data-label={field}>{label}</dt>
              <dd data-field={field}>{value ?? ''}</dd>
            </div>
          ),
        )}
      </dl>
    </div>
  );
}
