import type { InterpreterAvailability, PublicInterpreterView } from '../../app/special-needs/index.ts';
import { INTERPRETER_METHODS } from '../../domain/special-needs/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import type { PageContext } from '../components/context.ts';
import { ErrorSummary, Fieldset, Radio, Select, TextInput, type FormErrors } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';
import { AntiBotField, ANTI_BOT_SCRIPT } from '../booking/anti-bot-field.tsx';
import { floorWords } from '../i18n/glossary.ts';
import { dateTimeFormat, formatDate, keyPart, OFFICE_TIME_ZONE } from '../i18n/index.ts';
import { statusWords } from '../public/wording.ts';

export const INTERPRETER_PATH = '/tlumacz-migowy';
export const INTERPRETER_REQUEST_PATH = '/tlumacz-migowy/zamow';

/** "Dostępny teraz" / "Niedostępny: przerwa. Wróci ok. 11:30" — the live part of the page. */
export function InterpreterAvailabilityText({ ctx, availability }: { ctx: PageContext; availability: InterpreterAvailability }) {
  if (availability.kind === 'available') return <strong class="tag tag--open">{ctx.t('interpreter.availability.available')}</strong>;
  if (availability.kind === 'unknown') return <strong class="tag tag--later">{ctx.t('interpreter.availability.unknown')}</strong>;
  const back = availability.expectedBack
    ? dateTimeFormat(ctx.locale, { timeZone: OFFICE_TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(availability.expectedBack)
    : null;
  return (
    <>
      <strong class="tag tag--closed">{ctx.t('interpreter.availability.unavailable')}</strong>{' '}
      {ctx.t(`interpreter.reason.${keyPart(availability.reason)}`)}
      {back && <> {ctx.t('interpreter.availability.back', { at: back })}</>}
    </>
  );
}

/** /tlumacz-migowy: for deaf and hard-of-hearing residents (seed 7.2, ustawa o języku migowym). */
export function InterpreterPublicPage({ ctx, view }: { ctx: PageContext; view: PublicInterpreterView }) {
  const { place } = view;
  const status = view.hours ? statusWords(ctx.t, ctx.locale, view.hours.status) : null;
  const title = ctx.t('interpreter.public.title');
  return (
    <Layout ctx={ctx} title={title} scripts={['/static/js/interpreter.js']}>
      <h1>{title}</h1>
      <p class="lead">{ctx.t('interpreter.public.lead')}</p>
      <section aria-labelledby="wideotlumacz" class="interpreter">
        <h2 id="wideotlumacz">{ctx.t('interpreter.public.video')}</h2>
        {place ? (
          <>
            <p>
              {ctx.t('interpreter.public.where', {
                building: place.building,
                street: place.street,
                postalCode: place.postalCode,
                city: place.city,
              })}
            </p>
            {place.room && (
              <p>
                {ctx.t('interpreter.public.room', {
                  room: place.room.number,
                  name: place.room.name,
                  level: floorWords(ctx.locale, place.room.floor),
                })}
              </p>
            )}
            <p>{ctx.t('interpreter.public.noAppointment')}</p>
            {status && (
              <p>
                {ctx.t('interpreter.public.hoursToday')} <strong>{status.headline}</strong>
                {status.next && <> {status.next}</>}
              </p>
            )}
            <p class="interpreter__now" aria-live="polite" data-interpreter-now data-stream={`${INTERPRETER_PATH}/zdarzenia`}>
              {ctx.t('interpreter.public.now')}{' '}
              <span data-interpreter-text>
                <InterpreterAvailabilityText ctx={ctx} availability={view.availability} />
              </span>
            </p>
          </>
        ) : (
          <p>{ctx.t('interpreter.public.noPlace')}</p>
        )}
      </section>
      {view.videoUrl && (
        <section aria-labelledby="film">
          <h2 id="film">{ctx.t('interpreter.public.film')}</h2>
          <p>
            <a href={view.videoUrl}>{ctx.t('interpreter.public.filmLink')}</a>
          </p>
        </section>
      )}
      <section aria-labelledby="na-miejscu">
        <h2 id="na-miejscu">{ctx.t('interpreter.public.inPerson')}</h2>
        <p>{ctx.t('interpreter.public.inPersonLead')}</p>
        {view.earliestInPerson && <p>{ctx.t('interpreter.public.earliest', { date: formatDate(ctx.locale, view.earliestInPerson) })}</p>}
        <p>
          <a class="button" href={INTERPRETER_REQUEST_PATH}>
            {ctx.t('interpreter.public.requestLink')}
          </a>
        </p>
      </section>
    </Layout>
  );
}

/** /tlumacz-migowy/zamow: the request for an in-person interpreter, a GOV.UK-style form with the anti-bot step. */
export function InterpreterRequestPage({
  ctx,
  earliest,
  services,
  values,
  errors,
  formToken,
  challenge,
}: {
  ctx: PageContext;
  earliest: string | null;
  services: { id: number; label: string }[];
  values: FormValues;
  errors: FormErrors;
  formToken: string;
  challenge: { id: string; question: string };
}) {
  const value = (name: string) => {
    const v = values[name];
    return typeof v === 'string' ? v : (v?.[0] ?? '');
  };
  const title = ctx.t('interpreter.request.title');
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout ctx={ctx} title={title} hasErrors={hasErrors} scripts={[ANTI_BOT_SCRIPT]}>
      {hasErrors && <ErrorSummary ctx={ctx} errors={errors} />}
      <h1>{title}</h1>
      <p class="lead">{ctx.t('interpreter.request.lead')}</p>
      <form method="post" action={INTERPRETER_REQUEST_PATH} novalidate>
        <input type="hidden" name="_csrf" value={formToken} />
        <Fieldset legend={ctx.t('interpreter.request.method')} name="method" error={errors.method}>
          {INTERPRETER_METHODS.map((m) => (
            <Radio key={m} name="method" value={m} label={ctx.t(`interpreter.method.${m}`)} checked={value('method') === m} />
          ))}
        </Fieldset>
        <TextInput
          ctx={ctx}
          name="date"
          type="date"
          label={ctx.t('interpreter.request.date')}
          hint={earliest ? ctx.t('interpreter.request.dateHint', { date: formatDate(ctx.locale, earliest) }) : undefined}
          value={value('date') || (earliest ?? '')}
          error={errors.date}
          width="medium"
        />
        <TextInput
          ctx={ctx}
          name="time"
          type="time"
          label={ctx.t('interpreter.request.time')}
          value={value('time')}
          error={errors.time}
          width="short"
        />
        <Select
          ctx={ctx}
          name="service"
          label={ctx.t('interpreter.request.service')}
          optional
          options={services.map((s) => ({ value: String(s.id), label: s.label }))}
          value={value('service')}
          error={errors.service}
          emptyLabel={ctx.t('interpreter.panel.noService')}
        />
        <TextInput
          ctx={ctx}
          name="name"
          label={ctx.t('interpreter.request.name')}
          value={value('name')}
          error={errors.name}
          autocomplete="name"
        />
        <p>{ctx.t('interpreter.request.contactLead')}</p>
        <TextInput
          ctx={ctx}
          name="email"
          type="email"
          label={ctx.t('interpreter.request.email')}
          optional
          value={value('email')}
          error={errors.email}
          autocomplete="email"
          spellcheck={false}
        />
        <TextInput
          ctx={ctx}
          name="phone"
          type="tel"
          label={ctx.t('interpreter.request.phone')}
          optional
          value={value('phone')}
          error={errors.phone}
          autocomplete="tel"
        />
        <p class="hint">{ctx.t('interpreter.request.privacy')}</p>
        <AntiBotField ctx={ctx} challenge={challenge} error={errors.antiBot} />
        <button type="submit" class="button">
          {ctx.t('interpreter.request.submit')}
        </button>
      </form>
    </Layout>
  );
}

/** After the request: what happens next. */
export function InterpreterRequestDonePage({ ctx }: { ctx: PageContext }) {
  const title = ctx.t('interpreter.done.title');
  return (
    <Layout ctx={ctx} title={title}>
      <div class="panel panel--confirmation">
        <h1>{title}</h1>
      </div>
      <p>{ctx.t('interpreter.done.text')}</p>
      <p>
        <a href={INTERPRETER_PATH}>{ctx.t('interpreter.done.back')}</a>
      </p>
    </Layout>
  );
}
