import type { ServiceDetails, ServiceListItem, UnitChoice } from '../../app/organisation/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import type { PageContext } from '../components/context.ts';
import { Button, Checkbox, CsrfField, Select, TextInput, type FormErrors } from '../components/form.tsx';
import { AdminPage, flag, languageFields, LanguageInputs, val, yesNo, type Notice } from './common.tsx';
import { keyPart } from '../i18n/index.ts';

export function serviceToForm(service: ServiceDetails): FormValues {
  return {
    unit_id: String(service.unitId),
    ticket_letter: service.ticketLetter,
    ...languageFields('name', service.name),
    ...languageFields('description', service.description),
    ...languageFields('documents', service.documents),
    ...languageFields('fees', service.fees),
    ...languageFields('payment', service.payment),
    ...languageFields('keywords', service.keywords),
    typical_minutes: String(service.typicalMinutes),
    wait_target_minutes: service.waitTargetMinutes === null ? '' : String(service.waitTargetMinutes),
    bookable_online: flag(service.bookableOnline),
    ground_floor_possible: flag(service.groundFloorPossible),
    active: flag(service.active),
  };
}

export function ServiceListPage({
  ctx,
  services,
  notice,
}: {
  ctx: PageContext;
  services: readonly ServiceListItem[];
  notice?: Notice | undefined;
}) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('admin.services.title')} notice={notice}>
      <p>
        <a class="button" href="/admin/sprawy/nowa">
          {ctx.t('admin.services.add')}
        </a>
      </p>
      {services.length === 0 ? (
        <p>{ctx.t('admin.services.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{ctx.t('admin.services.caption', { n: services.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('admin.services.ticketLetter')}</th>
                <th scope="col">{ctx.t('admin.services.namePl')}</th>
                <th scope="col">{ctx.t('admin.services.unit')}</th>
                <th scope="col">{ctx.t('admin.services.typicalMinutes')}</th>
                <th scope="col">{ctx.t('admin.services.bookableOnline')}</th>
                <th scope="col">{ctx.t('admin.services.active')}</th>
              </tr>
            </thead>
            <tbody>
              {services.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.ticketLetter}</th>
                  <td>
                    <a href={`/admin/sprawy/${s.id}`}>{s.name.pl}</a>
                  </td>
                  <td>{s.unitCode}</td>
                  <td>{s.typicalMinutes}</td>
                  <td>{yesNo(ctx, s.bookableOnline)}</td>
                  <td>{s.active ? yesNo(ctx, true) : <span class="tag tag--closed">{ctx.t('admin.services.inactive')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}

/** Adding (no serviceId) or changing a service; services are withdrawn by unticking "active", never deleted. */
export function ServiceFormPage({
  ctx,
  serviceId,
  values,
  errors,
  units,
  notice,
  savedName,
}: {
  ctx: PageContext;
  serviceId?: number;
  values: FormValues;
  errors: FormErrors;
  units: readonly UnitChoice[];
  notice?: Notice | undefined;
  savedName?: string | undefined;
}) {
  const title =
    serviceId === undefined ? ctx.t('admin.services.new') : ctx.t('admin.services.edit', { name: savedName ?? val(values, 'name_pl') });
  const check = (name: string) => (
    <Checkbox
      name={name}
      label={ctx.t(`admin.services.${keyPart(name)}`)}
      hint={ctx.t(`admin.services.${keyPart(name)}.hint`)}
      checked={val(values, name) !== ''}
    />
  );
  return (
    <AdminPage ctx={ctx} title={title} notice={notice} errors={errors}>
      <form method="post" action={serviceId === undefined ? '/admin/sprawy/nowa' : `/admin/sprawy/${serviceId}`} novalidate>
        <CsrfField ctx={ctx} />
        <Select
          ctx={ctx}
          name="unit_id"
          label={ctx.t('admin.services.unit')}
          emptyLabel={ctx.t('admin.services.chooseUnit')}
          options={units.map((u) => ({ value: String(u.id), label: `${u.code} — ${u.name.pl}` }))}
          value={val(values, 'unit_id')}
          error={errors.unit_id}
        />
        <TextInput
          ctx={ctx}
          name="ticket_letter"
          label={ctx.t('admin.services.ticketLetter')}
          hint={ctx.t('admin.services.ticketLetter.hint')}
          width="short"
          value={val(values, 'ticket_letter')}
          error={errors.ticket_letter}
        />
        <LanguageInputs ctx={ctx} prefix="name" labelKey="admin.services.name" values={values} errors={errors} requiredPl />
        <LanguageInputs ctx={ctx} prefix="description" labelKey="admin.services.description" values={values} errors={errors} rows={3} />
        <LanguageInputs
          ctx={ctx}
          prefix="documents"
          labelKey="admin.services.documents"
          hint={ctx.t('admin.services.lines.hint')}
          values={values}
          errors={errors}
          rows={4}
        />
        <LanguageInputs
          ctx={ctx}
          prefix="fees"
          labelKey="admin.services.fees"
          hint={ctx.t('admin.services.lines.hint')}
          values={values}
          errors={errors}
          rows={3}
        />
        <LanguageInputs ctx={ctx} prefix="payment" labelKey="admin.services.payment" values={values} errors={errors} rows={2} />
        <LanguageInputs
          ctx={ctx}
          prefix="keywords"
          labelKey="directory.admin.keywords"
          hint={ctx.t('directory.admin.keywords.hint')}
          values={values}
          errors={errors}
          rows={3}
        />
        <TextInput
          ctx={ctx}
          name="typical_minutes"
          label={ctx.t('admin.services.typicalMinutes')}
          hint={ctx.t('admin.services.typicalMinutes.hint')}
          width="short"
          inputMode="numeric"
          value={val(values, 'typical_minutes')}
          error={errors.typical_minutes}
        />
        <TextInput
          ctx={ctx}
          name="wait_target_minutes"
          label={ctx.t('stats.admin.waitTarget')}
          hint={ctx.t('stats.admin.waitTarget.hint')}
          optional
          width="short"
          inputMode="numeric"
          value={val(values, 'wait_target_minutes')}
          error={errors.wait_target_minutes}
        />
        {check('bookable_online')}
        {check('ground_floor_possible')}
        {check('active')}
        <div class="button-group">
          <Button>{serviceId === undefined ? ctx.t('admin.services.create') : ctx.t('form.save')}</Button>
          <a href="/admin/sprawy">{ctx.t('form.cancel')}</a>
        </div>
      </form>
    </AdminPage>
  );
}
