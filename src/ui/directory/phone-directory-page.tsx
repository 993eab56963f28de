import type { DirectoryAnswer, TransferCount, UnitChoiceLine } from '../../app/directory/index.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import type { FormErrors } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';
import { staffNav } from '../staff/nav.ts';
import { ResultsRegion, SearchForm } from './search-form.tsx';
import { PHONE_DIRECTORY_FRAGMENT_PATH, PHONE_DIRECTORY_PATH, StaffResults, TransferNoted, type PeopleByMatter } from './staff-results.tsx';

export interface PhoneDirectoryProps {
  ctx: PageContext;
  answer: DirectoryAnswer;
  people: PeopleByMatter;
  errors: FormErrors;
  units: readonly UnitChoiceLine[];
  counts: readonly TransferCount[];
  countDays: number;
  noted: boolean;
  phone: string;
}

/** The table of transfers noted per unit and matter. */
export function TransferCountTable({ ctx, counts, countDays }: { ctx: PageContext; counts: readonly TransferCount[]; countDays: number }) {
  const { t, locale } = ctx;
  if (counts.length === 0) return <p>{t('directory.transfers.none', { days: countDays })}</p>;
  return (
    <div class="table-wrap">
      <table>
        <caption>{t('directory.transfers.caption', { days: countDays })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('directory.matter.unit')}</th>
            <th scope="col">{t('directory.transfers.matter')}</th>
            <th scope="col">{t('directory.transfers.today')}</th>
            <th scope="col">{t('directory.transfers.lastDays', { days: countDays })}</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((c) => {
            const service = inLanguage(c.service, locale);
            return (
              <tr key={`${c.unitCode}-${service.value}`}>
                <th scope="row">{c.unitCode}</th>
                <td lang={service.lang}>{service.value}</td>
                <td>{c.today}</td>
                <td>{c.lastDays}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** /spis-telefonow: the phone directory — who handles a matter now, the transfer sentence, units to print, transfer counts. */
export function PhoneDirectoryPage(props: PhoneDirectoryProps) {
  const { ctx, answer, people, errors, units, counts, countDays, noted, phone } = props;
  const { t, locale } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t('directory.phone.title')}
      hasErrors={Object.keys(errors).length > 0}
      nav={staffNav(ctx)}
      scripts={['/static/js/directory.js']}
      wide
    >
      <h1>{t('directory.phone.title')}</h1>
      <p class="lead">{t('directory.phone.lead')}</p>
      <TransferNoted ctx={ctx} noted={noted} />
      <SearchForm ctx={ctx} action={PHONE_DIRECTORY_PATH} fragment={PHONE_DIRECTORY_FRAGMENT_PATH} query={answer.query} errors={errors} />
      <ResultsRegion>
        <StaffResults ctx={ctx} answer={answer} people={people} from="spis" phone={phone} />
      </ResultsRegion>
      <h2>{t('directory.phone.units')}</h2>
      <ul class="unit-links">
        {units.map((unit) => {
          const name = inLanguage(unit.name, locale);
          return (
            <li key={unit.id}>
              <a href={`${PHONE_DIRECTORY_PATH}/komorki/${unit.id}`}>
                {unit.code} — <span lang={name.lang}>{name.value}</span>
              </a>{' '}
              ({t('directory.phone.people', { count: unit.people })})
            </li>
          );
        })}
      </ul>
      <h2>{t('directory.transfers.title')}</h2>
      <TransferCountTable ctx={ctx} counts={counts} countDays={countDays} />
    </Layout>
  );
}
