import type { StaffPhoneDetails } from '../../app/directory/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { Button, Checkbox, CsrfField, Fieldset, Select, TextInput, type FormErrors } from '../components/form.tsx';
import { AdminPage, type Notice } from '../admin/common.tsx';

const valueOf = (values: FormValues, name: string): string => {
  const value = values[name];
  return typeof value === 'string' ? value : '';
};

/** The form's values from what is saved. */
export function staffPhoneToForm(details: StaffPhoneDetails): FormValues {
  return {
    room_id: details.roomId === null ? '' : String(details.roomId),
    phone_extension: details.extension,
    service_id: details.serviceIds.map(String),
  };
}

/** /admin/pracownicy/:id/telefon: a member of staff's room, extension and matters, for the phone directory. */
export function StaffPhonePage({
  ctx,
  details,
  values,
  errors,
  notice,
}: {
  ctx: PageContext;
  details: StaffPhoneDetails;
  values: FormValues;
  errors: FormErrors;
  notice?: Notice | undefined;
}) {
  const { t, locale } = ctx;
  const raw = values.service_id;
  const ticked = new Set(raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw);
  const own = details.services.filter((s) => s.unitId === details.unitId);
  const others = details.services.filter((s) => s.unitId !== details.unitId);
  const box = (s: StaffPhoneDetails['services'][number]) => (
    <Checkbox
      key={s.id}
      id={`service_id-${s.id}`}
      name="service_id"
      value={String(s.id)}
      label={`${s.letter} — ${inLanguage(s.name, locale).value}`}
      checked={ticked.has(String(s.id))}
    />
  );
  return (
    <AdminPage ctx={ctx} title={t('directory.staffPhone.title', { name: details.fullName })} notice={notice} errors={errors}>
      <p class="lead">{t('directory.staffPhone.lead')}</p>
      <form method="post" action={`/admin/pracownicy/${details.staffId}/telefon`} novalidate>
        <CsrfField ctx={ctx} />
        <Select
          ctx={ctx}
          name="room_id"
          label={t('directory.unit.room')}
          emptyLabel={t('directory.staffPhone.noRoom')}
          options={details.rooms.map((r) => ({ value: String(r.id), label: r.label }))}
          value={valueOf(values, 'room_id')}
          error={errors.room_id}
          optional
        />
        <TextInput
          ctx={ctx}
          name="phone_extension"
          label={t('directory.unit.extension')}
          hint={t('directory.staffPhone.extension.hint')}
          width="short"
          inputMode="numeric"
          value={valueOf(values, 'phone_extension')}
          error={errors.phone_extension}
          optional
        />
        <Fieldset legend={t('directory.staffPhone.matters')} name="service_id" error={errors.service_id}>
          <p class="hint">{t('directory.staffPhone.matters.hint')}</p>
          {own.map(box)}
          {others.length > 0 && (
            <details>
              <summary>{t('directory.staffPhone.otherMatters')}</summary>
              {others.map(box)}
            </details>
          )}
        </Fieldset>
        <div class="button-group">
          <Button>{t('form.save')}</Button>
          <a href={`/admin/pracownicy/${details.staffId}`}>{t('form.cancel')}</a>
        </div>
      </form>
    </AdminPage>
  );
}
