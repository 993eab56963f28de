import type { ComponentChildren } from 'preact';
import type { BookingServiceDetails } from '../../app/booking/index.ts';
import type { PageContext } from '../components/context.ts';
import { Button, ErrorSummary, TextInput, type FormErrors } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';
import { BackLink, Hidden, QuestionHeading, Row, placeText, visitWhen } from './parts.tsx';
import { serviceCaption } from './question-pages.tsx';

/** The person's details as typed (or as normalised for the check page); '' when not given. */
export interface PersonValues {
  name: string;
  email: string;
  phone: string;
}

export interface DetailsPageProps {
  ctx: PageContext;
  service: BookingServiceDetails;
  /** The answers so far: `usluga`, `termin`. */
  carried: Record<string, string>;
  values: PersonValues;
  errors?: FormErrors;
  back: string;
  retentionDays: number;
  startsAt: Date;
}

/**
 * The details question: only what the service asks (name; e-mail and/or phone), labels above, hints,
 * autocomplete, why the data is needed and how long it is kept. Posted, never in the address.
 */
export function DetailsPage({ ctx, service, carried, values, errors = {}, back, retentionDays, startsAt }: DetailsPageProps) {
  const { t } = ctx;
  const title = t('booking.pages.details.title');
  const asksEmail = service.contact !== 'phone';
  const asksPhone = service.contact !== 'email';
  return (
    <Layout ctx={ctx} title={title} hasErrors={Object.keys(errors).length > 0}>
      <BackLink ctx={ctx} href={back} />
      <ErrorSummary ctx={ctx} errors={errors} />
      <QuestionHeading caption={serviceCaption(ctx, service)} title={title} />
      <p>{visitWhen(ctx, startsAt)}</p>
      <p>
        {t('booking.pages.details.why')} {t('booking.pages.details.retention', { days: retentionDays })}
      </p>
      {service.contact === 'email_or_phone' && <p>{t('booking.pages.details.eitherContact')}</p>}
      <form method="post" action="/rezerwacja/sprawdz" novalidate>
        <Hidden fields={carried} />
        {service.needsName && (
          <TextInput
            ctx={ctx}
            name="name"
            label={t('booking.pages.details.name')}
            value={values.name}
            autocomplete="name"
            spellcheck={false}
            error={errors.name}
          />
        )}
        {asksEmail && (
          <TextInput
            ctx={ctx}
            name="email"
            type="email"
            label={t('booking.pages.details.email')}
            hint={t('booking.pages.details.emailHint')}
            value={values.email}
            autocomplete="email"
            spellcheck={false}
            error={errors.email}
          />
        )}
        {asksPhone && (
          <TextInput
            ctx={ctx}
            name="phone"
            type="tel"
            label={t('booking.pages.details.phone')}
            hint={t('booking.pages.details.phoneHint')}
            value={values.phone}
            autocomplete="tel"
            width="medium"
            error={errors.phone}
          />
        )}
        <Button>{t('booking.pages.continue')}</Button>
      </form>
    </Layout>
  );
}

function ChangeDetails({ ctx, hidden, what }: { ctx: PageContext; hidden: Record<string, string>; what: string }) {
  return (
    <form method="post" action="/rezerwacja/dane" class="inline-form">
      <Hidden fields={hidden} />
      <button type="submit" class="button button--link">
        {ctx.t('booking.pages.check.change')}
        <span class="visually-hidden"> {what}</span>
      </button>
    </form>
  );
}

function ChangeLink({ ctx, href, what }: { ctx: PageContext; href: string; what: string }) {
  return (
    <a href={href}>
      {ctx.t('booking.pages.check.change')}
      <span class="visually-hidden"> {what}</span>
    </a>
  );
}

export interface CheckPageProps {
  ctx: PageContext;
  service: BookingServiceDetails;
  startsAt: Date;
  /** `usluga`, `termin` and the person's fields: carried into the final form. */
  carried: Record<string, string>;
  shown: PersonValues;
  formToken: string;
  links: { service: string; time: string };
  /** The anti-bot question or widget, right before the button. */
  children?: ComponentChildren;
  errors?: FormErrors;
  /** The anti-bot field's client script. */
  scripts?: readonly string[];
}

/** Check your answers: each answer with its "Zmień", then the one button that books. */
export function CheckPage({ ctx, service, startsAt, carried, shown, formToken, links, children, errors = {}, scripts }: CheckPageProps) {
  const { t } = ctx;
  const title = t('booking.pages.check.title');
  const notGiven = <span class="muted">{t('booking.pages.check.notGiven')}</span>;
  const personRow = (label: string, value: string) => (
    <Row label={label} action={<ChangeDetails ctx={ctx} hidden={carried} what={label} />}>
      {value === '' ? notGiven : value}
    </Row>
  );
  return (
    <Layout ctx={ctx} title={title} hasErrors={Object.keys(errors).length > 0} scripts={scripts}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <QuestionHeading caption={t('booking.pages.caption')} title={title} />
      <dl class="summary">
        <Row
          label={t('booking.pages.check.service')}
          action={<ChangeLink ctx={ctx} href={links.service} what={t('booking.pages.check.service')} />}
        >
          {serviceCaption(ctx, service)}
        </Row>
        <Row label={t('booking.pages.check.when')} action={<ChangeLink ctx={ctx} href={links.time} what={t('booking.pages.check.when')} />}>
          {visitWhen(ctx, startsAt)}
        </Row>
        <Row label={t('booking.pages.check.where')}>{placeText(ctx, service.where)}</Row>
        {service.needsName && personRow(t('booking.pages.details.name'), shown.name)}
        {service.contact !== 'phone' && personRow(t('booking.pages.details.email'), shown.email)}
        {service.contact !== 'email' && personRow(t('booking.pages.details.phone'), shown.phone)}
      </dl>
      <form method="post" action="/rezerwacja/zarezerwuj" novalidate>
        <input type="hidden" name="_csrf" value={formToken} />
        <Hidden fields={carried} />
        {children}
        <p>{t('booking.pages.check.submitIntro')}</p>
        <Button>{t('booking.pages.check.submit')}</Button>
      </form>
    </Layout>
  );
}
