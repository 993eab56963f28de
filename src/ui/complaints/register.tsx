import type { ComplaintRegister } from '../../app/complaints/index.ts';
import type { ComplaintPolicy } from '../../app/complaints/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { COMPLAINT_CHANNELS, COMPLAINT_KINDS } from '../../domain/complaints/index.ts';
import { inLanguage, type Translated } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { Button, CsrfField, Fieldset, Radio, Select, TextArea, TextInput, type FormErrors } from '../components/form.tsx';
import { AdminPage, val, type Notice } from '../admin/common.tsx';
import { DaySettingsPage } from '../admin/day-settings.tsx';
import { formatDate, keyPart } from '../i18n/index.ts';
import { DeadlineCell, REGISTER_PATH } from './parts.tsx';

const SUBJECT_PREVIEW = 80;

function preview(text: string): string {
  return text.length > SUBJECT_PREVIEW ? `${text.slice(0, SUBJECT_PREVIEW - 1)}…` : text;
}

/** /skargi: the register, newest first, with the deadlines flagged. */
export function ComplaintRegisterPage({
  ctx,
  register,
  notice,
}: {
  ctx: PageContext;
  register: ComplaintRegister;
  notice?: Notice | undefined;
}) {
  const { entries, counts } = register;
  return (
    <AdminPage ctx={ctx} title={ctx.t('complaints.register.title')} notice={notice}>
      <p class="lead">{ctx.t('complaints.register.lead')}</p>
      <p>
        <a class="button" href={`${REGISTER_PATH}/nowa`}>
          {ctx.t('complaints.register.new')}
        </a>
      </p>
      <ul>
        <li>
          <a href={`${REGISTER_PATH}/eksport.csv`} download>
            {ctx.t('complaints.register.exportCsv')}
          </a>
        </li>
        <li>
          <a href={`${REGISTER_PATH}/eksport.xlsx`} download>
            {ctx.t('complaints.register.exportXlsx')}
          </a>
        </li>
        <li>
          <a href={`${REGISTER_PATH}/ustawienia`}>{ctx.t('complaints.register.settings')}</a>
        </li>
      </ul>
      <p role="status">
        {ctx.t('complaints.register.counts', {
          overdue: counts.overdue,
          near: counts.nearDue + counts.dueToday,
          days: register.nearDueDays,
        })}
      </p>
      {entries.length === 0 ? (
        <p>{ctx.t('complaints.register.empty')}</p>
      ) : (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={ctx.t('complaints.register.title')}>
          <table class="table">
            <caption>{ctx.t('complaints.register.caption', { n: entries.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('complaints.field.number')}</th>
                <th scope="col">{ctx.t('complaints.field.receivedOn')}</th>
                <th scope="col">{ctx.t('complaints.field.kind')}</th>
                <th scope="col">{ctx.t('complaints.field.sender')}</th>
                <th scope="col">{ctx.t('complaints.field.subject')}</th>
                <th scope="col">{ctx.t('complaints.field.unit')}</th>
                <th scope="col">{ctx.t('complaints.field.dueOn')}</th>
                <th scope="col">{ctx.t('complaints.field.status')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <a href={`${REGISTER_PATH}/${e.id}`}>{ctx.t('complaints.number', { id: e.id })}</a>
                  </th>
                  <td>{formatDate(ctx.locale, e.receivedOn)}</td>
                  <td>{ctx.t(`complaints.kind.${e.kind}`)}</td>
                  <td>{e.anonymised ? ctx.t('complaints.anonymised') : e.senderName || ctx.t('complaints.noName')}</td>
                  <td>{preview(e.subject)}</td>
                  <td>{e.unit ? inLanguage(e.unit, ctx.locale).value : '—'}</td>
                  <td>
                    <DeadlineCell ctx={ctx} dueOn={e.dueOn} newDueOn={e.newDueOn} state={e.deadline} />
                  </td>
                  <td>{ctx.t(`complaints.status.${e.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}

export interface UnitOption {
  id: number;
  name: Translated;
}

export function unitOptions(ctx: PageContext, units: readonly UnitOption[]) {
  return units.map((u) => ({ value: String(u.id), label: inLanguage(u.name, ctx.locale).value }));
}

/** The sender's fields, shared by the register's form and the public form. */
export function SenderFields({
  ctx,
  values,
  errors,
  prefix,
}: {
  ctx: PageContext;
  values: FormValues;
  errors: FormErrors;
  prefix: 'complaints.field' | 'complaints.public';
}) {
  return (
    <>
      <TextInput
        ctx={ctx}
        name="senderName"
        label={ctx.t(`${prefix}.senderName`)}
        optional
        autocomplete={prefix === 'complaints.public' ? 'name' : 'off'}
        value={val(values, 'senderName')}
        error={errors.senderName}
        spellcheck={false}
      />
      <TextArea
        ctx={ctx}
        name="senderAddress"
        label={ctx.t(`${prefix}.senderAddress`)}
        hint={ctx.t('complaints.field.senderAddress.hint')}
        optional
        rows={3}
        value={val(values, 'senderAddress')}
        error={errors.senderAddress}
      />
      <TextInput
        ctx={ctx}
        name="senderEmail"
        type="email"
        inputMode="email"
        label={ctx.t(`${prefix}.senderEmail`)}
        optional
        autocomplete={prefix === 'complaints.public' ? 'email' : 'off'}
        value={val(values, 'senderEmail')}
        error={errors.senderEmail}
        spellcheck={false}
      />
    </>
  );
}

/** The kind: a complaint or a request, as radios. */
export function KindField({ ctx, values, errors }: { ctx: PageContext; values: FormValues; errors: FormErrors }) {
  return (
    <Fieldset legend={ctx.t('complaints.field.kind')} name="kind" error={errors.kind}>
      {COMPLAINT_KINDS.map((kind) => (
        <Radio
          key={kind}
          name="kind"
          value={kind}
          label={ctx.t(`complaints.kind.${kind}`)}
          hint={ctx.t(`complaints.kind.${kind}.hint`)}
          checked={val(values, 'kind') === kind}
        />
      ))}
    </Fieldset>
  );
}

/** /skargi/nowa: a new entry of the register. */
export function ComplaintFormPage({
  ctx,
  units,
  values,
  errors,
}: {
  ctx: PageContext;
  units: readonly UnitOption[];
  values: FormValues;
  errors: FormErrors;
}) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('complaints.new.title')} errors={errors}>
      <p>{ctx.t('complaints.new.lead')}</p>
      <form method="post" action={`${REGISTER_PATH}/nowa`} novalidate>
        <CsrfField ctx={ctx} />
        <KindField ctx={ctx} values={values} errors={errors} />
        <TextInput
          ctx={ctx}
          name="receivedOn"
          type="date"
          width="medium"
          label={ctx.t('complaints.field.receivedOn')}
          hint={ctx.t('complaints.field.receivedOn.hint')}
          value={val(values, 'receivedOn')}
          error={errors.receivedOn}
        />
        <Select
          ctx={ctx}
          name="channel"
          label={ctx.t('complaints.field.channel')}
          emptyLabel={ctx.t('complaints.field.choose')}
          options={COMPLAINT_CHANNELS.map((c) => ({ value: c, label: ctx.t(`complaints.channel.${keyPart(c)}`) }))}
          value={val(values, 'channel')}
          error={errors.channel}
        />
        <SenderFields ctx={ctx} values={values} errors={errors} prefix="complaints.field" />
        <p class="hint">{ctx.t('complaints.new.anonymousNote')}</p>
        <TextArea
          ctx={ctx}
          name="subject"
          label={ctx.t('complaints.field.subject')}
          rows={6}
          value={val(values, 'subject')}
          error={errors.subject}
        />
        <HandlerFields ctx={ctx} units={units} values={values} errors={errors} />
        <Button>{ctx.t('complaints.new.submit')}</Button>
      </form>
    </AdminPage>
  );
}

/** Who handles it: the unit and the person. */
export function HandlerFields({
  ctx,
  units,
  values,
  errors,
}: {
  ctx: PageContext;
  units: readonly UnitOption[];
  values: FormValues;
  errors: FormErrors;
}) {
  return (
    <>
      <Select
        ctx={ctx}
        name="unit"
        label={ctx.t('complaints.field.unit')}
        optional
        emptyLabel={ctx.t('complaints.field.noUnit')}
        options={unitOptions(ctx, units)}
        value={val(values, 'unit')}
        error={errors.unit}
      />
      <TextInput
        ctx={ctx}
        name="assignee"
        label={ctx.t('complaints.field.assignee')}
        optional
        value={val(values, 'assignee')}
        error={errors.assignee}
      />
    </>
  );
}

/** /skargi/ustawienia: retention and the near-due warning. */
export function ComplaintSettingsPage({
  ctx,
  policy,
  values,
  errors,
  notice,
}: {
  ctx: PageContext;
  policy: ComplaintPolicy;
  values?: FormValues;
  errors?: FormErrors;
  notice?: Notice | undefined;
}) {
  return (
    <DaySettingsPage
      ctx={ctx}
      title={ctx.t('complaints.settings.title')}
      action={`${REGISTER_PATH}/ustawienia`}
      settings={[
        {
          name: 'retentionDays',
          label: 'complaints.settings.retentionDays',
          hint: 'complaints.settings.retentionDays.hint',
          value: policy.retentionDays,
        },
        {
          name: 'nearDueDays',
          label: 'complaints.settings.nearDueDays',
          hint: 'complaints.settings.nearDueDays.hint',
          value: policy.nearDueDays,
        },
      ]}
      submit={ctx.t('complaints.settings.submit')}
      back={{ href: REGISTER_PATH, label: ctx.t('complaints.back') }}
      values={values}
      errors={errors}
      notice={notice}
    />
  );
}
