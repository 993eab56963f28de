import type { PublicOffice, PublicService, PublicUnit } from '../../app/organisation/index.ts';
import { Layout } from '../components/layout.tsx';
import type { PageContext } from '../components/context.ts';
import { BuildingStatus, UnitHoursTable, WeekTable } from './hours.tsx';

import { inLanguage, linesIn } from '../../domain/shared/translated.ts';

function ServiceCard({ ctx, service }: { ctx: PageContext; service: PublicService }) {
  const { t, locale } = ctx;
  const name = inLanguage(service.name, locale);
  const description = inLanguage(service.description, locale);
  const documents = linesIn(service.documents, locale);
  const fees = linesIn(service.fees, locale);
  const payment = inLanguage(service.payment, locale);
  return (
    <li class="card service">
      <h4 lang={name.lang}>{name.value}</h4>
      {description.value !== '' && <p lang={description.lang}>{description.value}</p>}
      {(service.bookableOnline || service.groundFloorPossible) && (
        <ul class="badges">
          {service.bookableOnline && <li class="tag">{t('public.service.bookable')}</li>}
          {service.groundFloorPossible && <li class="tag">{t('public.service.groundFloor')}</li>}
        </ul>
      )}
      <p class="service__facts">
        {t('public.service.minutes', { count: service.typicalMinutes })}
        <br />
        {t('public.service.ticket', { letter: service.ticketLetter })}
      </p>
      {service.bookableOnline && (
        <p>
          <a href={`/rezerwacja/dzien?usluga=${service.id}`}>{t('booking.pages.home.serviceLink', { service: name.value })}</a>
        </p>
      )}
      <details>
        <summary>{t('public.service.details')}</summary>
        <h5>{t('public.service.documents')}</h5>
        {documents.lines.length > 0 ? (
          <ul lang={documents.lang}>
            {documents.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p>{t('public.service.noDocuments')}</p>
        )}
        {fees.lines.length > 0 && (
          <>
            <h5>{t('public.service.fees')}</h5>
            <ul lang={fees.lang}>
              {fees.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {payment.value !== '' && (
          <>
            <h5>{t('public.service.payment')}</h5>
            <p lang={payment.lang}>{payment.value}</p>
          </>
        )}
      </details>
    </li>
  );
}

function UnitSection({ ctx, unit }: { ctx: PageContext; unit: PublicUnit }) {
  const { t, locale } = ctx;
  const name = inLanguage(unit.name, locale);
  return (
    <section class="unit" aria-labelledby={`komorka-${unit.id}`}>
      <h3 id={`komorka-${unit.id}`}>
        <span lang={name.lang}>{name.value}</span>{' '}
        <span class="muted unit__count">({t('public.home.unitServices', { count: unit.services.length })})</span>
      </h3>
      <dl class="summary-list">
        {unit.buildingName && unit.roomNumber && unit.floor !== null && (
          <>
            <dt>{t('public.home.where')}</dt>
            <dd>
              {t('public.home.whereValue', {
                building: unit.buildingName,
                room: unit.roomNumber,
                level: t('public.floor', { floor: unit.floor }),
              })}
            </dd>
          </>
        )}
        {unit.phone !== '' && (
          <>
            <dt>{t('public.home.phone')}</dt>
            <dd>
              <a href={`tel:${unit.phone.replace(/\s+/g, '')}`}>{unit.phone}</a>
            </dd>
          </>
        )}
        {unit.email !== '' && (
          <>
            <dt>{t('public.home.email')}</dt>
            <dd>
              <a href={`mailto:${unit.email}`}>{unit.email}</a>
            </dd>
          </>
        )}
      </dl>
      <UnitHoursTable ctx={ctx} unit={unit} />
      <ul class="card-list">
        {unit.services.map((service) => (
          <ServiceCard key={service.id} ctx={ctx} service={service} />
        ))}
      </ul>
    </section>
  );
}

/** The public home page: the office's buildings with today's status and the week's hours, then its services by unit. */
export function HomePage({ ctx, view }: { ctx: PageContext; view: PublicOffice }) {
  const { t } = ctx;
  const { office } = view;
  const units = view.units.filter((u) => u.services.length > 0);
  const serviceCount = units.reduce((sum, u) => sum + u.services.length, 0);
  return (
    <Layout ctx={ctx} title={t('public.home.title')}>
      <h1>{office.name}</h1>
      <p class="lead">{t('public.home.lead')}</p>
      <p class="directory-invite">
        <a href="/gdzie-zalatwie">{t('directory.home.link')}</a>
      </p>

      <div class="booking-invite">
        <p>{t('booking.pages.home.lead')}</p>
        <p>
          <a class="button" href="/rezerwacja">
            {t('booking.pages.home.link')}
          </a>
        </p>
      </div>
      <p class="sign-language-link">
        <a href="/tlumacz-migowy">{t('interpreter.home.link')}</a>
      </p>

      <section aria-labelledby="budynki">
        <h2 id="budynki">{t('public.home.buildings')}</h2>
        {view.buildings.map((building) => (
          <article key={building.id} class="building" aria-labelledby={`budynek-${building.id}`}>
            <h3 id={`budynek-${building.id}`}>{building.name}</h3>
            <p class="building__address">
              {building.street}, {building.postalCode} {building.city}
            </p>
            <BuildingStatus ctx={ctx} building={building} />
            <ul class="building__facts">
              {building.groundFloorAccessible && <li>{t('public.home.groundFloor')}</li>}
              {building.hasLift && <li>{t('public.home.lift')}</li>}
              {building.signLanguageVideo && <li>{t('public.home.signLanguage')}</li>}
            </ul>
            <WeekTable ctx={ctx} building={building} />
          </article>
        ))}
      </section>

      <section aria-labelledby="sprawy">
        <h2 id="sprawy">{t('public.home.services')}</h2>
        <p>{t('public.home.servicesIntro', { count: serviceCount })}</p>
        {units.map((unit) => (
          <UnitSection key={unit.id} ctx={ctx} unit={unit} />
        ))}
      </section>

      <section aria-labelledby="kontakt">
        <h2 id="kontakt">{t('public.home.contact')}</h2>
        <dl class="summary-list">
          <dt>{t('public.home.address')}</dt>
          <dd>
            {office.street}, {office.postalCode} {office.city}
          </dd>
          {office.phone !== '' && (
            <>
              <dt>{t('public.home.phone')}</dt>
              <dd>
                <a href={`tel:${office.phone.replace(/\s+/g, '')}`}>{office.phone}</a>
              </dd>
            </>
          )}
          {office.email !== '' && (
            <>
              <dt>{t('public.home.email')}</dt>
              <dd>
                <a href={`mailto:${office.email}`}>{office.email}</a>
              </dd>
            </>
          )}
          {/^https?:\/\//.test(office.website) && (
            <>
              <dt>{t('public.home.website')}</dt>
              <dd>
                <a href={office.website}>{office.website}</a>
              </dd>
            </>
          )}
        </dl>
      </section>
    </Layout>
  );
}

/**
 * The home page as a node for `sendPage` (routes are plain .ts files).
 * @example await sendPage(reply, homePage(await pageContext(request), view));
 */
export function homePage(ctx: PageContext, view: PublicOffice) {
  return <HomePage ctx={ctx} view={view} />;
}
