import type { BookingView } from '../../app/booking/index.ts';
import type { PageContext } from '../components/context.ts';
import { Button } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';

import { Lines, Row, clockTime, placeText, visitWhen } from './parts.tsx';
import { inLanguage, linesIn } from '../../domain/shared/translated.ts';
import { keyPart } from '../i18n/index.ts';

export interface ManagePageProps {
  ctx: PageContext;
  view: BookingView;
  /** The QR code of this page's address, as SVG drawn on the server. */
  qrSvg: string;
  links: { calendar: string; move: string; cancel: string };
  /** Right after booking or moving: the one-time notice. */
  notice?: 'booked' | 'moved' | undefined;
  /** When the kiosk takes the code: the arrival window of the office's policy. */
  arrival: { from: Date; until: Date };
}

/**
 * A visit's own page, reached by its manage link (also the confirmation right after booking): the code
 * large with its QR code, when and where, what to bring and pay, the calendar file, and moving or
 * cancelling. It shows only this booking's data, to the holder of its link.
 */
export function ManagePage({ ctx, view, qrSvg, links, notice, arrival }: ManagePageProps) {
  const { t, locale } = ctx;
  const title = notice === 'booked' ? t('booking.pages.manage.booked') : t('booking.pages.manage.title');
  const documents = linesIn(view.service.documents, locale);
  const fees = linesIn(view.service.fees, locale);
  const payment = linesIn(view.service.payment, locale);
  const serviceName = inLanguage(view.service.name, locale);
  const { person } = view;
  return (
    <Layout ctx={ctx} title={title}>
      {notice === 'moved' && (
        <p class="notice notice--success" role="status">
          {t('booking.pages.manage.moved')}
        </p>
      )}
      <div class={notice === 'booked' ? 'panel panel--confirmation' : 'panel'}>
        <h1 class="panel__title">{title}</h1>
        <p class="panel__label">{t('booking.pages.manage.code')}</p>
        <p class="visit-code" data-booking-code>
          {view.code}
        </p>
      </div>
      {notice === 'booked' && person.email !== null && <p role="status">{t('booking.pages.manage.bookedMail', { email: person.email })}</p>}
      <div class="booking-summary">
        <div class="booking-summary__facts">
          <p>{t('booking.pages.manage.arrival', { from: clockTime(locale, arrival.from), until: clockTime(locale, arrival.until) })}</p>
          <dl class="summary">
            <Row label={t('booking.pages.manage.service')}>
              <span lang={serviceName.lang}>{serviceName.value}</span>
            </Row>
            <Row label={t('booking.pages.manage.when')}>{visitWhen(ctx, view.startsAt)}</Row>
            <Row label={t('booking.pages.manage.where')}>{placeText(ctx, view.where, view.deskNumber)}</Row>
            <Row label={t('booking.pages.manage.status')}>{t(`booking.pages.status.${keyPart(view.status)}`)}</Row>
            {person.name !== null && <Row label={t('booking.pages.details.name')}>{person.name}</Row>}
            {person.email !== null && <Row label={t('booking.pages.details.email')}>{person.email}</Row>}
            {person.phone !== null && <Row label={t('booking.pages.details.phone')}>{person.phone}</Row>}
          </dl>
        </div>
        <figure class="booking-summary__qr">
          <div class="qr" role="img" aria-label={t('booking.pages.manage.qr')} dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <figcaption>{t('booking.pages.manage.qrCaption')}</figcaption>
        </figure>
      </div>

      <h2>{t('booking.pages.manage.documents')}</h2>
      {documents.lines.length > 0 ? (
        <Lines lines={documents.lines} lang={documents.lang} />
      ) : (
        <p>{t('booking.pages.manage.noDocuments')}</p>
      )}
      {fees.lines.length > 0 && (
        <>
          <h2>{t('booking.pages.manage.fees')}</h2>
          <Lines lines={fees.lines} lang={fees.lang} />
        </>
      )}
      {payment.lines.length > 0 && (
        <>
          <h2>{t('booking.pages.manage.payment')}</h2>
          <Lines lines={payment.lines} lang={payment.lang} />
        </>
      )}

      <p class="no-print">
        <a href={links.calendar} download>
          {t('booking.pages.manage.calendar')}
        </a>
      </p>
      <h2 class="no-print">{t('booking.pages.manage.change')}</h2>
      {view.changeable ? (
        <>
          <p class="button-group no-print">
            <a class="button button--secondary" href={links.move}>
              {t('booking.pages.manage.move')}
            </a>
            <a class="button button--warning" href={links.cancel}>
              {t('booking.pages.manage.cancel')}
            </a>
          </p>
          <p class="muted">{t('booking.pages.manage.keepLink')}</p>
        </>
      ) : (
        <p>{t('booking.pages.manage.unchangeable')}</p>
      )}
    </Layout>
  );
}

/** The cancel question: are you sure? A POST with the link's token and the form token. */
export function CancelPage({
  ctx,
  view,
  action,
  token,
  formToken,
  back,
}: {
  ctx: PageContext;
  view: BookingView;
  action: string;
  token: string;
  formToken: string;
  back: string;
}) {
  const { t, locale } = ctx;
  const title = t('booking.pages.cancel.title');
  const serviceName = inLanguage(view.service.name, locale);
  return (
    <Layout ctx={ctx} title={title}>
      <a class="back-link" href={back}>
        {t('booking.pages.back')}
      </a>
      <h1>{title}</h1>
      <dl class="summary">
        <Row label={t('booking.pages.manage.service')}>
          <span lang={serviceName.lang}>{serviceName.value}</span>
        </Row>
        <Row label={t('booking.pages.manage.when')}>{visitWhen(ctx, view.startsAt)}</Row>
        <Row label={t('booking.pages.manage.code')}>{view.code}</Row>
      </dl>
      <p>{t('booking.pages.cancel.hint')}</p>
      <form method="post" action={action} novalidate>
        <input type="hidden" name="_csrf" value={formToken} />
        <input type="hidden" name="t" value={token} />
        <div class="button-group">
          <Button variant="warning">{t('booking.pages.cancel.submit')}</Button>
          <a href={back}>{t('booking.pages.cancel.keep')}</a>
        </div>
      </form>
    </Layout>
  );
}

/** A page that only says something, with the way on: cancelled, a refused booking, a link that does not work. */
export function MessagePage({
  ctx,
  title,
  message,
  help,
  next,
}: {
  ctx: PageContext;
  title: string;
  message: string;
  help?: string;
  next: { href: string; label: string };
}) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{message}</p>
      {help && <p>{help}</p>}
      <p>
        <a href={next.href}>{next.label}</a>
      </p>
    </Layout>
  );
}
