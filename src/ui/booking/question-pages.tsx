import type { BookableUnit, BookingServiceDetails, FreeDay, FreeTimeOption } from '../../app/booking/index.ts';
import type { PageContext } from '../components/context.ts';
import { Button, ErrorSummary, type FormErrors } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';

import { BackLink, DayList, Hidden, QuestionHeading, TimeChoice } from './parts.tsx';
import { inLanguage } from '../../domain/shared/translated.ts';

/** The first question: which service. A search box (GET `q`) over the list grouped by unit; each service links to the day question. */
export function ServicePage({
  ctx,
  units,
  query,
  dayHref,
}: {
  ctx: PageContext;
  units: readonly BookableUnit[];
  query: string;
  dayHref: (serviceId: number) => string;
}) {
  const { t, locale } = ctx;
  const title = t('booking.pages.service.title');
  const found = units.reduce((sum, unit) => sum + unit.services.length, 0);
  const searching = query.trim() !== '';
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink ctx={ctx} href="/" />
      <QuestionHeading caption={t('booking.pages.caption')} title={title} />
      <p>{t('booking.pages.service.intro')}</p>
      <form method="get" action="/rezerwacja" role="search" class="search">
        <label class="label" for="q">
          {t('booking.pages.service.searchLabel')}
        </label>
        <div id="q-hint" class="hint">
          {t('booking.pages.service.searchHint')}
        </div>
        <div class="search__row">
          <input
            class="input input--medium"
            type="search"
            id="q"
            name="q"
            value={query}
            aria-describedby="q-hint"
            autocomplete="off"
            spellcheck={false}
          />
          <Button variant="secondary">{t('booking.pages.service.searchSubmit')}</Button>
        </div>
      </form>
      {searching && (
        <p role="status">
          {found > 0
            ? t('booking.pages.service.found', { count: found, query: query.trim() })
            : t('booking.pages.service.noneFound', { query: query.trim() })}{' '}
          <a href="/rezerwacja">{t('booking.pages.service.showAll')}</a>
        </p>
      )}
      {!searching && found === 0 && <p class="notice">{t('booking.pages.service.none')}</p>}
      {units.map((unit) => {
        const unitName = inLanguage(unit.name, locale);
        return (
          <section key={unit.id} class="service-group" aria-labelledby={`komorka-${unit.id}`}>
            <h2 id={`komorka-${unit.id}`} lang={unitName.lang}>
              {unitName.value}
            </h2>
            <ul class="choice-list">
              {unit.services.map((service) => {
                const name = inLanguage(service.name, locale);
                const description = inLanguage(service.description, locale);
                return (
                  <li key={service.id} class="choice-list__item">
                    <a class="choice-list__link" href={dayHref(service.id)} lang={name.lang}>
                      {name.value}
                    </a>
                    {description.value !== '' && (
                      <p class="choice-list__hint" lang={description.lang}>
                        {description.value}
                      </p>
                    )}
                    <p class="choice-list__hint">{t('booking.pages.minutes', { minutes: service.durationMinutes })}</p>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <p class="muted">{t('booking.pages.service.otherWays')}</p>
    </Layout>
  );
}

export interface DayPageProps {
  ctx: PageContext;
  /** The service's name, shown above the question. */
  caption: string;
  title: string;
  /** A sentence under the question (the current time when moving a visit). */
  lead?: string | undefined;
  back: string;
  days: readonly FreeDay[];
  hrefOf: (date: string) => string;
  chosen?: string | undefined;
  error?: string | undefined;
}

/** The day question: every day of the window with its number of free times (see `DayList`). */
export function DayPage({ ctx, caption, title, lead, back, days, hrefOf, chosen, error }: DayPageProps) {
  const { t } = ctx;
  const errors: FormErrors = error ? { dni: error } : {};
  const free = days.some((day) => day.freeCount > 0);
  return (
    <Layout ctx={ctx} title={title} hasErrors={error !== undefined}>
      <BackLink ctx={ctx} href={back} />
      <ErrorSummary ctx={ctx} errors={errors} />
      <QuestionHeading caption={caption} title={title} />
      {lead && <p>{lead}</p>}
      <div class={error ? 'form-group form-group--error' : 'form-group'} id="dni">
        {error && <p class="error-message">{error}</p>}
        {free ? <p class="hint">{t('booking.pages.day.hint')}</p> : <p class="notice">{t('booking.pages.day.noneAtAll')}</p>}
        <DayList ctx={ctx} days={days} hrefOf={hrefOf} chosen={chosen} />
      </div>
    </Layout>
  );
}

export interface TimePageProps {
  ctx: PageContext;
  caption: string;
  title: string;
  hint?: string | undefined;
  back: string;
  times: readonly FreeTimeOption[];
  chosen?: string | undefined;
  error?: string | undefined;
  /** Where the chosen time goes: the details question (GET), the check page or the move (POST with the carried answers). */
  form: { method: 'get' | 'post'; action: string; hidden: Record<string, string> };
  submit: string;
  /** The day list again, for when none of these times suits. */
  otherDay: string;
  /** The nearest free times after the chosen one was taken: each names its day. */
  nearest?: boolean;
  /** When nothing is left to choose from. */
  empty: string;
}

/** The time question, also the answer to a time just taken (with the nearest free times). */
export function TimePage(props: TimePageProps) {
  const { ctx, error } = props;
  const errors: FormErrors = error ? { termin: error } : {};
  return (
    <Layout ctx={ctx} title={props.title} hasErrors={error !== undefined}>
      <BackLink ctx={ctx} href={props.back} />
      <ErrorSummary ctx={ctx} errors={errors} />
      {props.times.length > 0 ? (
        <form method={props.form.method} action={props.form.action} novalidate>
          <Hidden fields={props.form.hidden} />
          <TimeChoice
            ctx={ctx}
            caption={props.caption}
            title={props.title}
            hint={props.hint}
            times={props.times}
            chosen={props.chosen}
            error={error}
            withDay={props.nearest ?? false}
          />
          <Button>{props.submit}</Button>
        </form>
      ) : (
        <>
          <QuestionHeading caption={props.caption} title={props.title} />
          {error && <p class="error-message">{error}</p>}
          <p class="notice">{props.empty}</p>
        </>
      )}
      <p>
        <a href={props.otherDay}>{ctx.t('booking.pages.time.otherDay')}</a>
      </p>
    </Layout>
  );
}

/** The service's name in the page's language, for the caption above each question. */
export function serviceCaption(ctx: PageContext, service: Pick<BookingServiceDetails, 'name'>): string {
  return inLanguage(service.name, ctx.locale).value;
}
