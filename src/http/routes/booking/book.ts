import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ANTI_BOT_FIELD, antiBotProofFrom } from '../../../app/anti-bot/index.ts';
import { bookOnline, nearestFreeTimes, prepareManageKey, type BookingServiceDetails } from '../../../app/booking/index.ts';
import type { UseCaseDeps } from '../../../app/shared/index.ts';
import { parseSlotId } from '../../../domain/booking/index.ts';
import { officeDate } from '../../../domain/organisation/index.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { MessagePage } from '../../../ui/booking/manage-pages.tsx';
import { TimePage, serviceCaption } from '../../../ui/booking/question-pages.tsx';
import { depsOf } from '../../auth/actor.ts';
import { checkPublicForm } from '../../auth/public-form.ts';
import { statusOf } from '../../errors.ts';
import { formField } from '../../form.ts';
import { sendPage } from '../../page.ts';
import { BOOKING_FORM, BOOKING_WRITE_LIMIT, flowUrl, postedPageContext, sendDayQuestion, serviceOf } from './answers.ts';
import { detailsUrl, personValues, sendCheckPage, sendDetails } from './flow.ts';

/**
 * The chosen time was refused at the last step (taken a moment ago, too soon, not offered): the nearest
 * free times as a new choice. The person's details ride along, so choosing one leads straight back to
 * the check page. Nothing was written.
 */
async function sendNearestTimes(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: UseCaseDeps,
  service: BookingServiceDetails,
  around: Date,
  error: DomainError,
): Promise<void> {
  const usluga = String(service.id);
  const slot = formField(request.body, 'termin');
  const ctx = await postedPageContext(request, detailsUrl(service.id, slot));
  const times = await nearestFreeTimes(deps, { serviceId: service.id, around });
  const fieldError = error.fields.time ?? { key: error.key, values: error.values };
  reply.header('cache-control', 'no-store');
  await sendPage(
    reply,
    TimePage({
      ctx,
      caption: serviceCaption(ctx, service),
      title: ctx.t('booking.pages.time.nearestTitle'),
      hint: ctx.t('booking.pages.time.nearestHint'),
      back: flowUrl('/rezerwacja/dzien', { usluga }),
      times,
      error: ctx.t(fieldError.key, fieldError.values),
      nearest: true,
      form: { method: 'post', action: '/rezerwacja/sprawdz', hidden: { usluga, ...personValues(request.body) } },
      submit: ctx.t('booking.pages.continue'),
      otherDay: flowUrl('/rezerwacja/dzien', { usluga }),
      empty: ctx.t('booking.pages.time.nearestNone'),
    }),
    statusOf(error),
  );
}

/** POST /rezerwacja/zarezerwuj: the check page's button. Books in one transaction, then shows the visit's own page. */
export function bookRoutes(app: FastifyInstance): void {
  // The manage links' key is loaded as the server gets ready, not by the first booking: a burst's first
  // attempts would otherwise all wait for its read, queued behind their own look-ups. Not loaded (the
  // database away), the first booking loads it.
  app.addHook('onReady', async () => {
    await prepareManageKey(app.deps.db).catch(() => undefined);
  });
  app.post('/rezerwacja/zarezerwuj', { schema: { hide: true }, config: { rateLimit: BOOKING_WRITE_LIMIT } }, async (request, reply) => {
    checkPublicForm(request, BOOKING_FORM);
    const deps = await depsOf(request);
    const service = await serviceOf(deps, formField(request.body, 'usluga'));
    const slot = parseSlotId(formField(request.body, 'termin'));
    if (!slot || slot.serviceId !== service.id) {
      return sendDayQuestion(request, reply, deps, service, { error: new DomainError('validation', 'booking.refusal.slotNotOffered') });
    }
    const values = personValues(request.body);
    const proof = antiBotProofFrom(request.body);
    try {
      const booked = await bookOnline(deps, { serviceId: service.id, startsAt: slot.startsAt, ...values, locale: request.locale, proof });
      return await reply.redirect(
        `/rezerwacja/${booked.code}?${new URLSearchParams({ t: booked.manageToken, zarezerwowano: '1' }).toString()}`,
        303,
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.fields[ANTI_BOT_FIELD]) {
        const time = { slot: formField(request.body, 'termin'), date: officeDate(slot.startsAt), startsAt: slot.startsAt };
        return sendCheckPage(request, reply, deps, service, time, values, {
          error,
          questionId: proof?.kind === 'text' ? proof.id : null,
        });
      }
      if (error.fields.name || error.fields.email || error.fields.phone)
        return sendDetails(request, reply, deps, request.body, values, error);
      if (error.fields.time) return sendNearestTimes(request, reply, deps, service, slot.startsAt, error);
      if (error.fields.date)
        return sendDayQuestion(request, reply, deps, service, {
          error: new DomainError(error.kind, error.fields.date.key, { values: error.fields.date.values ?? {} }),
        });
      if (error.kind !== 'conflict') throw error;
      const ctx = await postedPageContext(request, '/rezerwacja');
      return sendPage(
        reply,
        MessagePage({
          ctx,
          title: ctx.t('booking.pages.problem.title'),
          message: ctx.t(error.key, error.values),
          next: { href: '/rezerwacja', label: ctx.t('booking.pages.startAgain') },
        }),
        statusOf(error),
      );
    }
  });
}
