import type { FastifyReply, FastifyRequest } from 'fastify';
import { bookingService, freeDays, freeTimes, type BookingServiceDetails, type FreeTimeOption } from '../../../app/booking/index.ts';
import type { UseCaseDeps } from '../../../app/shared/index.ts';
import { parseSlotId } from '../../../domain/booking/index.ts';
import { officeDate } from '../../../domain/organisation/index.ts';
import { DomainError, notFound } from '../../../domain/shared/errors.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import { DayPage, serviceCaption } from '../../../ui/booking/question-pages.tsx';
import type { PublicFormCookie } from '../../auth/public-form.ts';
import { statusOf } from '../../errors.ts';
import { pageContext, sendPage } from '../../page.ts';

/** The booking forms' double-submit token (the final booking, moving, cancelling). */
export const BOOKING_FORM: PublicFormCookie = { name: 'okienko_rezerwacja', path: '/rezerwacja' };

/** Posting to these writes: a few a minute per address is plenty for a person and stops a script. */
export const BOOKING_WRITE_LIMIT = { max: 20, timeWindow: '1 minute', groupId: 'booking-write' };
/** Every page reached by a booking code shares one budget per address, so codes cannot be tried in bulk. */
/** The check page (with its anti-bot question) a visitor may open a minute: a person needs a few. */
export const BOOKING_CHECK_LIMIT = { max: 30, timeWindow: '1 minute', groupId: 'booking-check' };
export const BOOKING_LOOKUP_LIMIT = { max: 60, timeWindow: '1 minute', groupId: 'booking-lookup' };

/**
 * A flow address with the answers so far (empty ones left out).
 * @example flowUrl('/rezerwacja/godzina', { usluga: '3', dzien: '2026-11-25' }) // '/rezerwacja/godzina?usluga=3&dzien=2026-11-25'
 */
export function flowUrl(path: string, answers: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(answers)) if (value) query.set(name, value);
  const text = query.toString();
  return text === '' ? path : `${path}?${text}`;
}

/** The service of the `usluga` answer: a bookable service, or `booking.service.notFound` (404) for anything else. */
export async function serviceOf(deps: UseCaseDeps, raw: string): Promise<BookingServiceDetails> {
  if (!/^[1-9][0-9]{0,8}$/.test(raw)) throw notFound('booking.service.notFound');
  return bookingService(deps, Number(raw));
}

/** What became of a chosen time: still free (with its option), or the question to ask again and why. */
export type ChosenTime =
  | { ok: true; option: FreeTimeOption; day: string }
  | { ok: false; ask: 'day'; error: DomainError }
  | { ok: false; ask: 'time'; day: string; times: FreeTimeOption[]; error: DomainError };

/** The free times of a day, or the day question's error (not a date, past, beyond the horizon, full). */
export async function timesOfDay(
  deps: UseCaseDeps,
  serviceId: number,
  day: string,
): Promise<{ ok: true; times: FreeTimeOption[] } | { ok: false; error: DomainError }> {
  if (day === '') return { ok: false, error: new DomainError('validation', 'booking.pages.day.required') };
  try {
    const { times } = await freeTimes(deps, { serviceId, date: day });
    if (times.length === 0) return { ok: false, error: new DomainError('conflict', 'booking.refusal.dayFull') };
    return { ok: true, times };
  } catch (error) {
    const field = error instanceof DomainError ? error.fields.date : undefined;
    if (!field) throw error;
    return { ok: false, error: new DomainError('validation', field.key, { values: field.values ?? {} }) };
  }
}

/**
 * Checks the `termin` answer again (never trusted): a slot name of this service, on a day of the window,
 * still among the free times. `day` is the `dzien` answer, used when the slot name is missing or broken.
 */
export async function chosenTime(deps: UseCaseDeps, serviceId: number, rawSlot: string, day: string): Promise<ChosenTime> {
  const slot = parseSlotId(rawSlot);
  const slotDay = slot && slot.serviceId === serviceId ? officeDate(slot.startsAt) : day;
  const times = await timesOfDay(deps, serviceId, slotDay);
  if (!times.ok) return { ok: false, ask: 'day', error: times.error };
  if (rawSlot === '')
    return {
      ok: false,
      ask: 'time',
      day: slotDay,
      times: times.times,
      error: new DomainError('validation', 'booking.pages.time.required'),
    };
  if (!slot || slot.serviceId !== serviceId) {
    return {
      ok: false,
      ask: 'time',
      day: slotDay,
      times: times.times,
      error: new DomainError('validation', 'booking.refusal.slotNotOffered'),
    };
  }
  const option = times.times.find((o) => o.startsAt.getTime() === slot.startsAt.getTime());
  if (!option)
    return { ok: false, ask: 'time', day: slotDay, times: times.times, error: new DomainError('conflict', 'booking.pages.time.gone') };
  return { ok: true, option, day: slotDay };
}

/** The page context of a page answering a POST: the language switch leads back to the details question, the nearest GET. */
export async function postedPageContext(request: FastifyRequest, back: string): Promise<PageContext> {
  return { ...(await pageContext(request)), path: back };
}

/**
 * The day question again, with why the day did not do (422 or 409 by the error).
 * @example return sendDayQuestion(request, reply, deps, service, { error });
 */
export async function sendDayQuestion(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: UseCaseDeps,
  service: BookingServiceDetails,
  options: { error?: DomainError; chosen?: string } = {},
): Promise<void> {
  const ctx = await pageContext(request);
  const { days } = await freeDays(deps, { serviceId: service.id });
  const usluga = String(service.id);
  const error = options.error;
  const page = DayPage({
    ctx,
    caption: serviceCaption(ctx, service),
    title: ctx.t('booking.pages.day.title'),
    back: '/rezerwacja',
    days,
    chosen: options.chosen,
    hrefOf: (date) => flowUrl('/rezerwacja/godzina', { usluga, dzien: date }),
    error: error ? ctx.t(error.key, error.values) : undefined,
  });
  await sendPage(reply, page, error ? statusOf(error) : 200);
}
