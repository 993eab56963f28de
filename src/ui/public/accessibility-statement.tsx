import type { PublicBuilding, PublicOffice } from '../../app/organisation/index.ts';
import { Layout } from '../components/layout.tsx';
import type { PageContext } from '../components/context.ts';
import { formatDate } from '../i18n/index.ts';

function BuildingAccessibility({ ctx, building }: { ctx: PageContext; building: PublicBuilding }) {
  const { t, locale } = ctx;
  const yesNo = (fact: string, value: boolean) => t(`public.a11y.building.${fact}.${value ? 'yes' : 'no'}`);
  return (
    <section aria-labelledby={`dostepnosc-${building.id}`}>
      <h3 id={`dostepnosc-${building.id}`}>
        {building.name}, {building.street}, {building.postalCode} {building.city}
      </h3>
      <ul>
        <li>{yesNo('groundFloor', building.groundFloorAccessible)}</li>
        <li>{yesNo('lift', building.hasLift)}</li>
        <li>{t('public.a11y.building.floors', { count: building.floors })}</li>
        <li>{yesNo('parking', building.accessibleParking)}</li>
        <li>{yesNo('toilet', building.accessibleToilet)}</li>
        <li>{yesNo('loop', building.inductionLoop)}</li>
        <li>{t('public.a11y.building.dogs')}</li>
      </ul>
      {building.accessibilityNotes.length > 0 && (
        <>
          <h4>{t('public.a11y.building.notes')}</h4>
          {locale !== 'pl' && <p class="muted">{t('public.a11y.notesInPolish')}</p>}
          <ul lang="pl">
            {building.accessibilityNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * The accessibility statement, generated from the office's a11y_* fields and its buildings, with the
 * sections the act of 4 April 2019 requires of public bodies.
 */
export function AccessibilityStatementPage({ ctx, view, siteUrl }: { ctx: PageContext; view: PublicOffice; siteUrl: string }) {
  const { t, locale } = ctx;
  const { office } = view;
  const a11y = office.accessibility;
  const date = (value: string | null) => (value ? formatDate(locale, value) : t('public.a11y.notGiven'));
  const exceptions = a11y.exceptions
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const interpreters = view.buildings.filter((b) => b.signLanguageVideo);
  return (
    <Layout ctx={ctx} title={t('public.a11y.title')}>
      <h1>{t('public.a11y.title')}</h1>
      <p class="lead">{t('public.a11y.intro', { office: office.name })}</p>
      <p>{t('public.a11y.scope', { site: siteUrl })}</p>

      <h2>{t('public.a11y.dates')}</h2>
      <dl class="summary-list">
        <dt>{t('public.a11y.published')}</dt>
        <dd>{date(a11y.publishedOn)}</dd>
        <dt>{t('public.a11y.updated')}</dt>
        <dd>{date(a11y.updatedOn)}</dd>
      </dl>

      <h2>{t('public.a11y.status')}</h2>
      <p>{t(`public.a11y.status.${a11y.status}`)}</p>
      <h3>{t('public.a11y.inaccessible')}</h3>
      {exceptions.length > 0 ? (
        <>
          {locale !== 'pl' && <p class="muted">{t('public.a11y.notesInPolish')}</p>}
          <ul lang="pl">
            {exceptions.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('public.a11y.inaccessibleNone')}</p>
      )}

      <h2>{t('public.a11y.preparation')}</h2>
      <p>{t('public.a11y.prepared', { date: date(a11y.preparedOn) })}</p>
      <p>{t('public.a11y.reviewed', { date: date(a11y.reviewedOn) })}</p>
      <p>{t('public.a11y.keyboard')}</p>

      <h2>{t('public.a11y.feedback')}</h2>
      <p>{t('public.a11y.feedbackText')}</p>
      <dl class="summary-list">
        {a11y.contactName !== '' && (
          <>
            <dt>{t('public.a11y.contactPerson')}</dt>
            <dd lang="pl">{a11y.contactName}</dd>
          </>
        )}
        {a11y.contactEmail !== '' && (
          <>
            <dt>{t('public.a11y.email')}</dt>
            <dd>
              <a href={`mailto:${a11y.contactEmail}`}>{a11y.contactEmail}</a>
            </dd>
          </>
        )}
        {a11y.contactPhone !== '' && (
          <>
            <dt>{t('public.a11y.phone')}</dt>
            <dd>
              <a href={`tel:${a11y.contactPhone.replace(/\s+/g, '')}`}>{a11y.contactPhone}</a>
            </dd>
          </>
        )}
      </dl>

      <h2>{t('public.a11y.procedure')}</h2>
      <p>{t('public.a11y.procedure.request')}</p>
      <p>{t('public.a11y.procedure.deadline')}</p>
      <p>{t('public.a11y.procedure.extension')}</p>
      <p>{t('public.a11y.procedure.complaint')}</p>
      <p>{t('public.a11y.procedure.ombudsman')}</p>

      <h2>{t('public.a11y.architecture')}</h2>
      {view.buildings.map((building) => (
        <BuildingAccessibility key={building.id} ctx={ctx} building={building} />
      ))}

      <h2>{t('public.a11y.signLanguage')}</h2>
      {interpreters.length > 0 ? (
        interpreters.map((b) => <p key={b.id}>{t('public.a11y.signLanguage.video', { building: b.name, street: b.street })}</p>)
      ) : (
        <p>{t('public.a11y.signLanguage.none')}</p>
      )}
      <p>
        <a href="/tlumacz-migowy">{t('interpreter.home.link')}</a>
      </p>

      <h2>{t('public.a11y.apps')}</h2>
      <p>{t('public.a11y.apps.none')}</p>
    </Layout>
  );
}

/**
 * The statement as a node for `sendPage` (routes are plain .ts files).
 * @example await sendPage(reply, accessibilityStatementPage(ctx, view, config.publicUrl));
 */
export function accessibilityStatementPage(ctx: PageContext, view: PublicOffice, siteUrl: string) {
  return <AccessibilityStatementPage ctx={ctx} view={view} siteUrl={siteUrl} />;
}
