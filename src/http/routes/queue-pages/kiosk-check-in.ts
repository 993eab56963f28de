import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { checkInBooking, type CheckedInBooking } from '../../../app/booking/index.ts';
import { kioskTicketSetting } from '../../../app/queue/index.ts';
import { BOOKING_CODE_ALPHABET } from '../../../domain/booking/index.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { formatDate } from '../../../ui/i18n/index.ts';
import { KioskCheckInPage, KioskCheckInRefusalPage } from '../../../ui/queue/kiosk-check-in.tsx';
import { requireDevice } from '../../auth/guards.ts';
import { statusOf } from '../../errors.ts';
import { pageContext, sendPage } from '../../page.ts';
import { depsOf } from '../../auth/actor.ts';
import { printAtKiosk } from './kiosk-print.ts';
import { WrongCodeLimiter } from './wrong-codes.ts';
import { MINUTE } from '../../../domain/shared/time.ts';

const guard = requireDevice('kiosk');
// Ten wrong codes in ten minutes per kiosk: room for a person's typos, nothing for a guesser (see WrongCodeLimiter).
const WRONG_CODES = 10;
const WRONG_CODE_WINDOW_MS = 10 * MINUTE;
// The on-screen keyboard's keys: digits first, then letters, as the code's alphabet lists them.
const CODE_SYMBOLS = BOOKING_CODE_ALPHABET.match(/[0-9A-Z]/g) ?? [];
const ARRIVAL_QUERY: Record<CheckedInBooking['arrival'], string> = { on_time: 'na-czas', late_as_regular: 'po-czasie' };

/** What the page may show back of the entered text: the code itself, never the rest of a scanned link (its token). */
function shownValue(raw: string): string {
  const trimmed = raw.trim();
  return trimmed.length <= 20 && !trimmed.includes('/') ? trimmed : '';
}

/** A refusal's message in the kiosk's language, the visit's day ('YYYY-MM-DD' from the use case) written out. */
function wordRefusal(request: FastifyRequest, error: DomainError): string {
  const values: Record<string, string | number> = { ...error.values };
  if (typeof values.day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(values.day)) values.day = formatDate(request.locale, values.day);
  return request.t(error.key, values);
}

/**
 * /kiosk/rezerwacja: "Mam rezerwację" — the resident types the booking code or scans the QR code of the
 * manage link; a booking due now gets its ticket, printed and shown like any ticket (through the same
 * print path and ticket page). Wrong codes are limited per kiosk.
 */
export function kioskCheckInRoutes(app: FastifyInstance): void {
  const limiter = new WrongCodeLimiter(WRONG_CODES, WRONG_CODE_WINDOW_MS);
  const noStore = async (_request: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'no-store');
  };

  app.get('/kiosk/rezerwacja', { schema: { hide: true }, preValidation: guard, onSend: noStore }, async (request, reply) =>
    sendPage(reply, KioskCheckInPage({ ctx: await pageContext(request), value: '', symbols: CODE_SYMBOLS })),
  );

  app.post<{ Body: Record<string, unknown> | undefined }>(
    '/kiosk/rezerwacja',
    { schema: { hide: true }, preValidation: guard, onSend: noStore },
    async (request, reply) => {
      const raw = typeof request.body?.code === 'string' ? request.body.code : '';
      const key = String(request.device!.id);
      const now = request.server.deps.clock.now();
      const wait = limiter.retryAfter(key, now);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        const ctx = await pageContext(request);
        return sendPage(reply, KioskCheckInRefusalPage({ ctx, message: ctx.t('bookingArrival.refusal.tooManyCodes'), status: 429 }), 429);
      }
      let ticket: CheckedInBooking;
      try {
        ticket = await checkInBooking(await depsOf(request), { code: raw, locale: request.locale });
      } catch (error) {
        if (!(error instanceof DomainError) || !['validation', 'not_found', 'conflict'].includes(error.kind)) throw error;
        const ctx = await pageContext(request);
        const status = statusOf(error);
        if (error.kind === 'conflict')
          return sendPage(reply, KioskCheckInRefusalPage({ ctx, message: wordRefusal(request, error), status }), status);
        if (error.kind === 'not_found') limiter.record(key, now);
        const field = error.fields.code;
        const message = field ? ctx.t(field.key, field.values) : ctx.t(error.key, error.values);
        return sendPage(reply, KioskCheckInPage({ ctx, value: shownValue(raw), error: message, status, symbols: CODE_SYMBOLS }), status);
      }
      // The ticket is committed: printing happens now, outside the transaction, and cannot undo it.
      const printed = await printAtKiosk(request, ticket, await kioskTicketSetting(await depsOf(request), null, false));
      const query = new URLSearchParams();
      if (printed !== 'none') query.set('druk', printed === 'printed' ? 'ok' : 'blad');
      query.set('rezerwacja', ARRIVAL_QUERY[ticket.arrival]);
      return reply.redirect(`/kiosk/bilet/${ticket.publicCode}?${query.toString()}`, 303);
    },
  );
}
