import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  bookableServices,
  readBookingPolicy,
  readBookingPerson,
  type BookingServiceDetails,
  type FreeTimeOption,
} from '../../../app/booking/index.ts';
import type { UseCaseDeps } from '../../../app/shared/index.ts';
import { ANTI_BOT_FIELD, newTextChallengeFor, textQuestion } from '../../../app/anti-bot/index.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { AntiBotField, ANTI_BOT_SCRIPT } from '../../../ui/booking/anti-bot-field.tsx';
import { CheckPage, DetailsPage, type PersonValues } from '../../../ui/booking/details-pages.tsx';
import { ServicePage, TimePage, serviceCaption } from '../../../ui/booking/question-pages.tsx';
import { searchServices } from '../../../ui/booking/service-search.ts';
import { dayLabel } from '../../../ui/public/wording.ts';
import { wordErrors } from '../../../ui/components/form.tsx';
import { depsOf } from '../../auth/actor.ts';
import { publicFormToken } from '../../auth/public-form.ts';
import { statusOf } from '../../errors.ts';
import { pageContext, sendPage } from '../../page.ts';
import {
  BOOKING_CHECK_LIMIT,
  BOOKING_FORM,
  chosenTime,
  flowUrl,
  postedPageContext,
  sendDayQuestion,
  serviceOf,
  timesOfDay,
} from './answers.ts';
import { formField } from '../../form.ts';

type Query = Record<string, unknown>;

/** The person's fields of a form body, as typed. */
export function personValues(body: unknown): PersonValues {
  return { name: formField(body, 'name'), email: formField(body, 'email'), phone: formField(body, 'phone') };
}

/** The details question's address for a service and a time: where the language switch of a posted page leads. */
export function detailsUrl(serviceId: number, slot: string): string {
  return flowUrl('/rezerwacja/dane', { usluga: String(serviceId), termin: slot });
}

/** The time question for one day, with an error when the chosen time did not do. */
export async function sendTimeQuestion(
  request: FastifyRequest,
  reply: FastifyReply,
  service: BookingServiceDetails,
  question: { day: string; times: FreeTimeOption[]; chosen?: string; error?: DomainError },
): Promise<void> {
  const ctx = await pageContext(request);
  const usluga = String(service.id);
  const { t } = ctx;
  const error = question.error;
  await sendPage(
    reply,
    TimePage({
      ctx,
      caption: serviceCaption(ctx, service),
      title: t('booking.pages.time.title'),
      hint: `${t('booking.pages.time.day', { day: dayLabel(ctx.locale, question.day) })} ${t('booking.pages.minutes', { minutes: service.durationMinutes })}`,
      back: flowUrl('/rezerwacja/dzien', { usluga, dzien: question.day }),
      times: question.times,
      chosen: question.chosen,
      error: error ? t(error.key, error.values) : undefined,
      form: { method: 'get', action: '/rezerwacja/dane', hidden: { usluga, dzien: question.day } },
      submit: t('booking.pages.continue'),
      otherDay: flowUrl('/rezerwacja/dzien', { usluga }),
      empty: t('booking.refusal.dayFull'),
    }),
    error ? statusOf(error) : 200,
  );
}

/**
 * The details question for a chosen time (its answers checked again first); a time no longer free
 * sends the person back to the day or time question.
 */
export async function sendDetails(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: UseCaseDeps,
  answers: unknown,
  values: PersonValues,
  errors?: DomainError,
): Promise<void> {
  const service = await serviceOf(deps, formField(answers, 'usluga'));
  const chosen = await chosenTime(deps, service.id, formField(answers, 'termin'), formField(answers, 'dzien'));
  if (!chosen.ok && chosen.ask === 'day') return sendDayQuestion(request, reply, deps, service, { error: chosen.error });
  if (!chosen.ok) return sendTimeQuestion(request, reply, service, { day: chosen.day, times: chosen.times, error: chosen.error });
  const policy = await readBookingPolicy(deps.db, deps.actor.officeId);
  const ctx =
    request.method === 'GET' ? await pageContext(request) : await postedPageContext(request, detailsUrl(service.id, chosen.option.slot));
  const usluga = String(service.id);
  reply.header('cache-control', 'no-store');
  await sendPage(
    reply,
    DetailsPage({
      ctx,
      service,
      carried: { usluga, termin: chosen.option.slot },
      values,
      errors: errors ? wordErrors(ctx, errors.fields) : {},
      back: flowUrl('/rezerwacja/godzina', { usluga, dzien: chosen.day, termin: chosen.option.slot }),
      retentionDays: policy.retentionDays,
      startsAt: chosen.option.startsAt,
    }),
    errors ? statusOf(errors) : 200,
  );
}

/**
 * The questions of online booking, each checking the answers carried in its address or form again:
 * /rezerwacja (service) → /rezerwacja/dzien → /rezerwacja/godzina → /rezerwacja/dane → /rezerwacja/sprawdz.
 * No server session: service, day and time travel in the address, the person's details only in posted forms.
 */
export function bookingFlowRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: Query }>('/rezerwacja', { schema: { hide: true } }, async (request, reply) => {
    const deps = await depsOf(request);
    const query = formField(request.query, 'q').slice(0, 100);
    const units = searchServices(await bookableServices(deps), query);
    await sendPage(
      reply,
      ServicePage({ ctx: await pageContext(request), units, query, dayHref: (id) => flowUrl('/rezerwacja/dzien', { usluga: String(id) }) }),
    );
  });

  app.get<{ Querystring: Query }>('/rezerwacja/dzien', { schema: { hide: true } }, async (request, reply) => {
    const deps = await depsOf(request);
    const service = await serviceOf(deps, formField(request.query, 'usluga'));
    await sendDayQuestion(request, reply, deps, service, { chosen: formField(request.query, 'dzien') });
  });

  app.get<{ Querystring: Query }>('/rezerwacja/godzina', { schema: { hide: true } }, async (request, reply) => {
    const deps = await depsOf(request);
    const service = await serviceOf(deps, formField(request.query, 'usluga'));
    const day = formField(request.query, 'dzien');
    const times = await timesOfDay(deps, service.id, day);
    if (!times.ok) return sendDayQuestion(request, reply, deps, service, { error: times.error });
    await sendTimeQuestion(request, reply, service, { day, times: times.times, chosen: formField(request.query, 'termin') });
  });

  app.get<{ Querystring: Query }>('/rezerwacja/dane', { schema: { hide: true } }, async (request, reply) => {
    await sendDetails(request, reply, await depsOf(request), request.query, { name: '', email: '', phone: '' });
  });

  // "Zmień" on the check page: the details question again, filled in.
  app.post<{ Body: Query }>('/rezerwacja/dane', { schema: { hide: true } }, async (request, reply) => {
    await sendDetails(request, reply, await depsOf(request), request.body, personValues(request.body));
  });

  app.post<{ Body: Query }>(
    '/rezerwacja/sprawdz',
    { schema: { hide: true }, config: { rateLimit: BOOKING_CHECK_LIMIT } },
    async (request, reply) => {
      const deps = await depsOf(request);
      const values = personValues(request.body);
      const service = await serviceOf(deps, formField(request.body, 'usluga'));
      let person;
      try {
        person = readBookingPerson(service, values);
      } catch (error) {
        if (!(error instanceof DomainError) || error.kind !== 'validation') throw error;
        return sendDetails(request, reply, deps, request.body, values, error);
      }
      const chosen = await chosenTime(deps, service.id, formField(request.body, 'termin'), formField(request.body, 'dzien'));
      if (!chosen.ok) return sendDetails(request, reply, deps, request.body, values);
      const shown = { name: person.name ?? '', email: person.email?.address ?? '', phone: person.phone?.display ?? '' };
      await sendCheckPage(request, reply, deps, service, chosen.option, shown);
    },
  );
}

/** The chosen time as the check page needs it (from the free times, or read back from the posted slot). */
export interface CheckedTime {
  slot: string;
  date: string;
  startsAt: Date;
}

/**
 * The check page: the answers with their "Zmień", the anti-bot step and the final form (with its form
 * token). After a refused proof the same question in words is asked again while it can still be
 * answered, else a new one.
 */
export async function sendCheckPage(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: UseCaseDeps,
  service: BookingServiceDetails,
  time: CheckedTime,
  shown: PersonValues,
  refused?: { error: DomainError; questionId: string | null },
): Promise<void> {
  const usluga = String(service.id);
  const ctx = await postedPageContext(request, detailsUrl(service.id, time.slot));
  const again = refused?.questionId ? await textQuestion(deps.db, refused.questionId, ctx.locale) : null;
  const challenge = again ?? (await newTextChallengeFor(deps, ctx.locale));
  const errors = refused ? wordErrors(ctx, refused.error.fields) : {};
  const formToken = publicFormToken(request, reply, BOOKING_FORM, 'lax');
  reply.header('cache-control', 'no-store');
  await sendPage(
    reply,
    CheckPage({
      ctx,
      service,
      startsAt: time.startsAt,
      shown,
      formToken,
      errors,
      scripts: [ANTI_BOT_SCRIPT],
      carried: { usluga, termin: time.slot, ...shown },
      links: { service: '/rezerwacja', time: flowUrl('/rezerwacja/godzina', { usluga, dzien: time.date, termin: time.slot }) },
      children: AntiBotField({ ctx, challenge, error: errors[ANTI_BOT_FIELD] }),
    }),
    refused ? statusOf(refused.error) : 200,
  );
}
