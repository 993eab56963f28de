import type { ComponentChildren } from 'preact';
import type { DirectoryAnswer, NoteView } from '../../app/directory/index.ts';
import type { ServiceQueue } from '../../app/queue/index.ts';
import type { GroundFloorRequestView, InterpreterAvailability } from '../../app/special-needs/index.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import type { FormErrors } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';
import { formatDateTime } from '../i18n/format.ts';
import { staffNav } from '../staff/nav.ts';
import { SpecialNeedsPanel } from '../special-needs/ground-floor-panel.tsx';
import { InterpreterAvailabilityText } from '../special-needs/interpreter-public.tsx';
import { ResultsRegion, SearchForm } from './search-form.tsx';
import {
  INFORMATION_POINT_FRAGMENT_PATH,
  INFORMATION_POINT_PATH,
  StaffResults,
  TransferNoted,
  type PeopleByMatter,
} from './staff-results.tsx';

export const WAITING_FRAGMENT_PATH = '/punkt-informacyjny/kolejka';
export const ISSUE_TICKET_PATH = '/punkt-informacyjny/bilet';

/** The access keys of the Information Point's page (with Alt, or Alt+Shift, as the browser has it). */
export const ACCESS_KEYS = { search: 's', ticket: 'b', booking: 'r', waiting: 'k', notes: 'i' } as const;

/** The live waiting counts per service (the queue snapshot's), replaced every few seconds by the page's script. */
export function WaitingTable({ ctx, services }: { ctx: PageContext; services: readonly ServiceQueue[] }) {
  const { t, locale } = ctx;
  return (
    <table class="waiting-table">
      <caption>{t('directory.pi.waitingCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('directory.pi.letter')}</th>
          <th scope="col">{t('directory.transfers.matter')}</th>
          <th scope="col">{t('directory.pi.waiting')}</th>
          <th scope="col">{t('directory.pi.openDesks')}</th>
        </tr>
      </thead>
      <tbody>
        {services.map((s) => {
          const name = inLanguage(s.name, locale);
          return (
            <tr key={s.serviceId}>
              <th scope="row">{s.letter}</th>
              <td lang={name.lang}>{name.value}</td>
              <td class="waiting-table__number">{s.waiting}</td>
              <td class="waiting-table__number">{s.openDesks}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The notes of the units in force now (basic standard 8). */
export function CurrentNotes({ ctx, notes }: { ctx: PageContext; notes: readonly NoteView[] }) {
  const { t, locale } = ctx;
  if (notes.length === 0) return <p>{t('directory.notes.noneNow')}</p>;
  return (
    <ul class="ip-notes">
      {notes.map((note) => {
        const text = inLanguage(note.text, locale);
        const service = note.service ? inLanguage(note.service, locale) : null;
        return (
          <li key={note.id} class="ip-notes__note">
            <p lang={text.lang}>{text.value}</p>
            <p class="hint">
              {note.unitCode}
              {service && (
                <>
                  {' · '}
                  <span lang={service.lang}>{service.value}</span>
                </>
              )}
              {' · '}
              {t('directory.notes.until', { until: formatDateTime(locale, note.validUntil) })}
              {note.shownToResidents && ` · ${t('directory.notes.shownToResidents')}`}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

export interface InformationPointPageProps {
  ctx: PageContext;
  answer: DirectoryAnswer;
  people: PeopleByMatter;
  errors: FormErrors;
  waiting: readonly ServiceQueue[];
  notes: readonly NoteView[];
  noted: boolean;
  phone: string;
  /** Today's calls to the ground floor (seed 7.1), live through the page's ground-floor script. */
  groundFloor: readonly GroundFloorRequestView[];
  /** The sign-language video interpreter now (seed 7.2). */
  interpreter: InterpreterAvailability;
  /** Home visits (seed 7.3): the counts of requests and the link to take a new one. */
  homeVisits?: ComponentChildren;
}

/**
 * /punkt-informacyjny: the Information Point's one screen for a busy morning (issue 14, part 6): the matter
 * search with who is competent now, live waiting counts, the units' notes, and the ways to issue a ticket or
 * book by phone for a person. Every part is reachable by an access key.
 */
export function InformationPointPage(props: InformationPointPageProps) {
  const { ctx, answer, people, errors, waiting, notes, noted, phone, groundFloor, interpreter, homeVisits } = props;
  const { t } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t('directory.pi.title')}
      hasErrors={Object.keys(errors).length > 0}
      nav={staffNav(ctx)}
      scripts={['/static/js/directory.js', '/static/js/information-point.js', '/static/js/ground-floor.js']}
      wide
    >
      <h1>{t('directory.pi.title')}</h1>
      <p class="hint">{t('directory.pi.keys')}</p>
      <TransferNoted ctx={ctx} noted={noted} />
      <div class="ip-grid">
        <div class="ip-grid__main">
          <section aria-labelledby="ip-search">
            <h2 id="ip-search">{t('directory.pi.search')}</h2>
            <SearchForm
              ctx={ctx}
              action={INFORMATION_POINT_PATH}
              fragment={INFORMATION_POINT_FRAGMENT_PATH}
              query={answer.query}
              errors={errors}
              accessKey={ACCESS_KEYS.search}
            />
            <ResultsRegion>
              <StaffResults ctx={ctx} answer={answer} people={people} from="pi" phone={phone} />
            </ResultsRegion>
          </section>
          <section class="ip-panel">
            <SpecialNeedsPanel ctx={ctx} requests={groundFloor} />
          </section>
        </div>
        <div class="ip-grid__side">
          <section aria-labelledby="ip-actions" class="ip-panel">
            <h2 id="ip-actions">{t('directory.pi.actions')}</h2>
            <ul class="ip-actions">
              <li>
                <a class="button" href={ISSUE_TICKET_PATH} accessKey={ACCESS_KEYS.ticket}>
                  {t('directory.pi.issueTicket')}
                </a>
              </li>
              <li>
                <a class="button button--secondary" href="/punkt-informacyjny/rezerwacja" accessKey={ACCESS_KEYS.booking}>
                  {t('directory.pi.phoneBooking')}
                </a>
              </li>
              <li>
                <a href="/rezerwacje/dzien">{t('bookingStaff.start.day')}</a>
              </li>
              <li>
                <a href="/spis-telefonow">{t('directory.phone.title')}</a>
              </li>
            </ul>
          </section>
          {homeVisits && <div class="ip-panel">{homeVisits}</div>}
          <section aria-labelledby="ip-interpreter" class="ip-panel">
            <h2 id="ip-interpreter">{t('interpreter.panel.title')}</h2>
            <p>
              <InterpreterAvailabilityText ctx={ctx} availability={interpreter} />
            </p>
            <p>
              <a href="/punkt-informacyjny/tlumacz">{t('interpreter.staff.title')}</a>
            </p>
          </section>
          <section aria-labelledby="ip-notes" class="ip-panel">
            <h2 id="ip-notes">
              <a href="#ip-notes" accessKey={ACCESS_KEYS.notes} class="heading-link">
                {t('directory.pi.notes')}
              </a>
            </h2>
            <CurrentNotes ctx={ctx} notes={notes} />
          </section>
          <section aria-labelledby="ip-waiting" class="ip-panel">
            <h2 id="ip-waiting">
              <a href="#ip-waiting" accessKey={ACCESS_KEYS.waiting} class="heading-link">
                {t('directory.pi.waitingTitle')}
              </a>
            </h2>
            <div id="ip-waiting-counts" data-refresh={WAITING_FRAGMENT_PATH} tabIndex={0} aria-labelledby="ip-waiting">
              <WaitingTable ctx={ctx} services={waiting} />
            </div>
          </section>
        </div>
      </div>
    </Layout>
  );
}
