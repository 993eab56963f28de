import type { AbsenceView, StaffChoice } from '../../app/directory/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import type { PageContext } from '../components/context.ts';
import { Button, CsrfField, ErrorSummary, Select, TextInput, type FormErrors } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';
import { formatDate } from '../i18n/format.ts';
import { staffNav } from '../staff/nav.ts';

export const ABSENCES_PATH = '/nieobecnosci';

const valueOf = (values: FormValues, name: string): string => {
  const value = values[name];
  return typeof value === 'string' ? value : '';
};

/** /nieobecnosci: the unit head's list of who is away when; the phone directory leaves them out on those days. */
export function AbsencesPage({
  ctx,
  absences,
  staff,
  values,
  errors,
  saved,
}: {
  ctx: PageContext;
  absences: readonly AbsenceView[];
  staff: readonly StaffChoice[];
  values: FormValues;
  errors: FormErrors;
  saved: boolean;
}) {
  const { t, locale } = ctx;
  const title = t('directory.absences.title');
  return (
    <Layout ctx={ctx} title={title} hasErrors={Object.keys(errors).length > 0} nav={staffNav(ctx)} wide>
      {saved && (
        <div class="notice notice--success" role="status">
          {t('admin.notice.saved')}
        </div>
      )}
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      <p class="lead">{t('directory.absences.lead')}</p>
      {absences.length === 0 ? (
        <p>{t('directory.absences.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{t('directory.absences.caption', { count: absences.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('directory.unit.person')}</th>
                <th scope="col">{t('directory.matter.unit')}</th>
                <th scope="col">{t('directory.absences.from')}</th>
                <th scope="col">{t('directory.absences.until')}</th>
                <th scope="col">{t('directory.absences.action')}</th>
              </tr>
            </thead>
            <tbody>
              {absences.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.fullName}</th>
                  <td>{a.unitCode}</td>
                  <td>{formatDate(locale, a.startsOn)}</td>
                  <td>{formatDate(locale, a.endsOn)}</td>
                  <td>
                    <form method="post" action={`${ABSENCES_PATH}/${a.id}/usun`} class="inline-form">
                      <CsrfField ctx={ctx} />
                      <button
                        type="submit"
                        class="button button--secondary"
                        aria-label={t('directory.absences.removeOf', { name: a.fullName })}
                      >
                        {t('directory.absences.remove')}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('directory.absences.add')}</h2>
      <form method="post" action={ABSENCES_PATH} novalidate>
        <CsrfField ctx={ctx} />
        <Select
          ctx={ctx}
          name="staff_id"
          label={t('directory.unit.person')}
          emptyLabel={t('directory.absences.choosePerson')}
          options={staff.map((s) => ({ value: String(s.id), label: s.unitCode === '' ? s.fullName : `${s.fullName} (${s.unitCode})` }))}
          value={valueOf(values, 'staff_id')}
          error={errors.staff_id}
        />
        <div class="field-row">
          <TextInput
            ctx={ctx}
            name="starts_on"
            type="date"
            label={t('directory.absences.from')}
            width="medium"
            value={valueOf(values, 'starts_on')}
            error={errors.starts_on}
          />
          <TextInput
            ctx={ctx}
            name="ends_on"
            type="date"
            label={t('directory.absences.until')}
            hint={t('directory.absences.until.hint')}
            width="medium"
            value={valueOf(values, 'ends_on')}
            error={errors.ends_on}
          />
        </div>
        <Button>{t('directory.absences.save')}</Button>
      </form>
    </Layout>
  );
}
