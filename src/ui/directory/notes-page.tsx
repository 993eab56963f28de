import type { NoteView } from '../../app/directory/index.ts';
import type { ServiceChoice, UnitChoice } from '../../app/organisation/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { Button, Checkbox, CsrfField, ErrorSummary, Select, TextArea, TextInput, type FormErrors } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';
import { formatDateTime } from '../i18n/format.ts';
import { staffNav } from '../staff/nav.ts';

export const NOTES_PATH = '/informacje-dla-punktu';

const valueOf = (values: FormValues, name: string): string => {
  const value = values[name];
  return typeof value === 'string' ? value : '';
};

export interface NotesPageProps {
  ctx: PageContext;
  notes: readonly NoteView[];
  units: readonly UnitChoice[];
  services: readonly ServiceChoice[];
  values: FormValues;
  errors: FormErrors;
  saved: boolean;
}

/** /informacje-dla-punktu: a unit's head (or an administrator) posts and withdraws notes to the Information Point. */
export function NotesPage({ ctx, notes, units, services, values, errors, saved }: NotesPageProps) {
  const { t, locale } = ctx;
  const title = t('directory.notes.title');
  return (
    <Layout ctx={ctx} title={title} hasErrors={Object.keys(errors).length > 0} nav={staffNav(ctx)} wide>
      {saved && (
        <div class="notice notice--success" role="status">
          {t('admin.notice.saved')}
        </div>
      )}
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      <p class="lead">{t('directory.notes.lead')}</p>
      <h2>{t('directory.notes.current')}</h2>
      {notes.length === 0 ? (
        <p>{t('directory.notes.none')}</p>
      ) : (
        <ul class="ip-notes">
          {notes.map((note) => {
            const text = inLanguage(note.text, locale);
            const service = note.service ? inLanguage(note.service, locale) : null;
            return (
              <li key={note.id} class="ip-notes__note">
                <p lang={text.lang}>{text.value}</p>
                <p class="hint">
                  {note.unitCode}
                  {service && ` · ${service.value}`}
                  {' · '}
                  {t('directory.notes.validity', {
                    from: formatDateTime(locale, note.validFrom),
                    until: formatDateTime(locale, note.validUntil),
                  })}
                  {note.shownToResidents && ` · ${t('directory.notes.shownToResidents')}`}
                </p>
                <form method="post" action={`${NOTES_PATH}/${note.id}/wycofaj`} class="inline-form">
                  <CsrfField ctx={ctx} />
                  <Button variant="secondary">{t('directory.notes.withdraw')}</Button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
      <h2>{t('directory.notes.add')}</h2>
      <form method="post" action={NOTES_PATH} novalidate>
        <CsrfField ctx={ctx} />
        <Select
          ctx={ctx}
          name="unit_id"
          label={t('directory.matter.unit')}
          emptyLabel={units.length === 1 ? undefined : t('admin.services.chooseUnit')}
          options={units.map((u) => ({ value: String(u.id), label: `${u.code} — ${inLanguage(u.name, locale).value}` }))}
          value={valueOf(values, 'unit_id')}
          error={errors.unit_id}
        />
        <Select
          ctx={ctx}
          name="service_id"
          label={t('directory.notes.matter')}
          hint={t('directory.notes.matter.hint')}
          emptyLabel={t('directory.notes.noMatter')}
          options={services.map((s) => ({ value: String(s.id), label: `${s.ticketLetter} — ${inLanguage(s.name, locale).value}` }))}
          value={valueOf(values, 'service_id')}
          error={errors.service_id}
          optional
        />
        <TextArea
          ctx={ctx}
          name="text_pl"
          label={t('directory.notes.text', { language: t('admin.language.pl') })}
          hint={t('directory.notes.text.hint')}
          value={valueOf(values, 'text_pl')}
          error={errors.text_pl}
          rows={2}
        />
        <TextArea
          ctx={ctx}
          name="text_en"
          label={t('directory.notes.text', { language: t('admin.language.en') })}
          value={valueOf(values, 'text_en')}
          error={errors.text_en}
          rows={2}
          optional
        />
        <TextArea
          ctx={ctx}
          name="text_uk"
          label={t('directory.notes.text', { language: t('admin.language.uk') })}
          value={valueOf(values, 'text_uk')}
          error={errors.text_uk}
          rows={2}
          optional
        />
        <div class="field-row">
          <TextInput
            ctx={ctx}
            name="from_date"
            type="date"
            label={t('directory.notes.fromDate')}
            width="medium"
            value={valueOf(values, 'from_date')}
            error={errors.from_date}
          />
          <TextInput
            ctx={ctx}
            name="from_time"
            type="time"
            label={t('directory.notes.fromTime')}
            width="short"
            value={valueOf(values, 'from_time')}
            error={errors.from_time}
          />
        </div>
        <div class="field-row">
          <TextInput
            ctx={ctx}
            name="until_date"
            type="date"
            label={t('directory.notes.untilDate')}
            width="medium"
            value={valueOf(values, 'until_date')}
            error={errors.until_date}
          />
          <TextInput
            ctx={ctx}
            name="until_time"
            type="time"
            label={t('directory.notes.untilTime')}
            width="short"
            value={valueOf(values, 'until_time')}
            error={errors.until_time}
          />
        </div>
        <Checkbox
          name="shown_to_residents"
          label={t('directory.notes.showResidents')}
          hint={t('directory.notes.showResidents.hint')}
          checked={valueOf(values, 'shown_to_residents') !== ''}
        />
        <Button>{t('directory.notes.post')}</Button>
      </form>
    </Layout>
  );
}
