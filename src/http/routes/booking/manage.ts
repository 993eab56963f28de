import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { bookingByManageLink, bookingIcs, cancelBooking, readBookingPolicy, type BookingView } from '../../../app/booking/index.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { CancelPage, ManagePage, MessagePage } from '../../../ui/booking/manage-pages.tsx';
import { bookingMailWording } from '../../../ui/mail/booking-mail.tsx';
import { depsOf } from '../../auth/actor.ts';
import { checkPublicForm, publicFormToken } from '../../auth/public-form.ts';
import { statusOf } from '../../errors.ts';
import { pageContext, sendPage } from '../../page.ts';
import { BOOKING_FORM, BOOKING_LOOKUP_LIMIT, BOOKING_WRITE_LIMIT } from './answers.ts';
import { MINUTE } from '../../../domain/shared/time.ts';
import { formField } from '../../form.ts';

type Params = { kod: string };
type Fields = Record<string, unknown>;

/** The addresses of one booking's pages, each carrying the link's token. */
export function manageLinks(code: string, token: string) {
  const t = encodeURIComponent(token);
  return {
    page: `/rezerwacja/${code}?t=${t}`,
    calendar: `/rezerwacja/${code}/kalendarz.ics?t=${t}`,
    move: `/rezerwacja/${code}/zmien?t=${t}`,
    moveTime: (day: string) => `/rezerwacja/${code}/zmien/godzina?t=${t}&dzien=${encodeURIComponent(day)}`,
    moveAction: `/rezerwacja/${code}/zmien`,
    cancel: `/rezerwacja/${code}/odwolaj?t=${t}`,
    cancelAction: `/rezerwacja/${code}/odwolaj`,
  };
}

/**
 * A manage link that does not work answers with its own page: a link that is not one (or names no
 * booking) is 404, one that expired or was replaced by a newer one is 410. Never 403: holding a wrong
 * link is not a lack of rights, and no answer tells whether a code exists.
 */
export function linkStatus(error: unknown): number | undefined {
  if (!(error instanceof DomainError)) return undefined;
  if (error.key === 'booking.manage.linkInvalid' || error.key === 'booking.manage.notFound') return 404;
  if (['booking.manage.linkExpired', 'booking.manage.linkReplaced', 'booking.manage.linkCancelled'].includes(error.key)) return 410;
  return undefined;
}

/** The problem page's heading: a cancelled visit says so; other link problems say the booking cannot be shown. */
function problemTitle(key: string, status: number | undefined): string {
  if (key === 'booking.manage.linkCancelled' || key === 'booking.manage.alreadyCancelled') return 'booking.pages.cancelled.title';
  return status === undefined ? 'booking.pages.manage.title' : 'booking.pages.link.title';
}

/** Answers a refused manage request with a page of its own (link problems, a visit no longer changeable); rethrows anything else. */
export async function sendManageProblem(request: FastifyRequest, reply: FastifyReply, error: unknown): Promise<void> {
  const status = linkStatus(error);
  if (!(error instanceof DomainError) || (status === undefined && error.kind !== 'conflict')) throw error;
  const ctx = await pageContext(request);
  reply.header('cache-control', 'no-store');
  await sendPage(
    reply,
    MessagePage({
      ctx,
      title: ctx.t(problemTitle(error.key, status)),
      message: ctx.t(error.key, error.values),
      ...(status === undefined ? {} : { help: ctx.t('booking.pages.link.help') }),
      next: { href: '/rezerwacja', label: ctx.t('booking.pages.cancelled.again') },
    }),
    status ?? statusOf(error),
  );
}

/** The booking a manage request names, read through its link (audited), or the problem page sent and undefined. */
export async function viewOf(
  request: FastifyRequest<{ Params: Params }>,
  reply: FastifyReply,
  token: string,
): Promise<BookingView | undefined> {
  try {
    return await bookingByManageLink(await depsOf(request), { code: request.params.kod, token });
  } catch (error) {
    await sendManageProblem(request, reply, error);
    return undefined;
  }
}

/** The visit's own page (the confirmation too), its calendar file, and cancelling. Moving is in move.ts. */
export function manageRoutes(app: FastifyInstance): void {
  const lookup = { schema: { hide: true }, config: { rateLimit: BOOKING_LOOKUP_LIMIT } };

  app.get<{ Params: Params; Querystring: Fields }>('/rezerwacja/:kod', lookup, async (request, reply) => {
    const token = formField(request.query, 't');
    const view = await viewOf(request, reply, token);
    if (!view) return;
    const links = manageLinks(view.code, token);
    const { arrival } = await readBookingPolicy(app.deps.db, (await depsOf(request)).actor.officeId);
    const qrSvg = await QRCode.toString(`${app.deps.config.publicUrl}${links.page}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    const notice =
      formField(request.query, 'zarezerwowano') === '1' ? 'booked' : formField(request.query, 'przeniesiono') === '1' ? 'moved' : undefined;
    reply.header('cache-control', 'no-store');
    await sendPage(
      reply,
      ManagePage({
        ctx: await pageContext(request),
        view,
        qrSvg,
        notice,
        links,
        arrival: {
          from: new Date(view.startsAt.getTime() - arrival.minutesBefore * MINUTE),
          until: new Date(view.startsAt.getTime() + arrival.minutesAfter * MINUTE),
        },
      }),
    );
  });

  app.get<{ Params: Params; Querystring: Fields }>('/rezerwacja/:kod/kalendarz.ics', lookup, async (request, reply) => {
    try {
      const deps = await depsOf(request);
      const file = await bookingIcs(
        { ...deps, wording: bookingMailWording, publicUrl: app.deps.config.publicUrl },
        { code: request.params.kod, token: formField(request.query, 't') },
      );
      return await reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.content);
    } catch (error) {
      return sendManageProblem(request, reply, error);
    }
  });

  app.get<{ Params: Params; Querystring: Fields }>('/rezerwacja/:kod/odwolaj', lookup, async (request, reply) => {
    const token = formField(request.query, 't');
    const view = await viewOf(request, reply, token);
    if (!view) return;
    const links = manageLinks(view.code, token);
    if (!view.changeable) return sendManageProblem(request, reply, new DomainError('conflict', 'booking.pages.manage.unchangeable'));
    reply.header('cache-control', 'no-store');
    await sendPage(
      reply,
      CancelPage({
        ctx: await pageContext(request),
        view,
        action: links.cancelAction,
        token,
        formToken: publicFormToken(request, reply, BOOKING_FORM, 'lax'),
        back: links.page,
      }),
    );
  });

  app.post<{ Params: Params; Body: Fields }>(
    '/rezerwacja/:kod/odwolaj',
    { schema: { hide: true }, config: { rateLimit: BOOKING_WRITE_LIMIT } },
    async (request, reply) => {
      checkPublicForm(request, BOOKING_FORM);
      try {
        await cancelBooking(await depsOf(request), { code: request.params.kod, token: formField(request.body, 't') });
      } catch (error) {
        return sendManageProblem(request, reply, error);
      }
      return reply.redirect('/rezerwacja/odwolana', 303);
    },
  );

  app.get('/rezerwacja/odwolana', { schema: { hide: true } }, async (request, reply) => {
    const ctx = await pageContext(request);
    await sendPage(
      reply,
      MessagePage({
        ctx,
        title: ctx.t('booking.pages.cancelled.title'),
        message: ctx.t('booking.pages.cancelled.body'),
        next: { href: '/rezerwacja', label: ctx.t('booking.pages.cancelled.again') },
      }),
    );
  });
}
