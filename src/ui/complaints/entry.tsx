import type { ComplaintEntry } from '../../app/complaints/index.ts';
import { REPLY_METHODS } from '../../domain/complaints/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { Button, CsrfField, Select, TextArea, TextInput, type FormErrors } from '../components/form.tsx';
import { AdminPage, val, type Notice } from '../admin/common.tsx';
import { formatDate, keyPart } from '../i18n/index.ts';
import { DeadlineCell, REGISTER_PATH, dateOrDash } from './parts.tsx';
import { HandlerFields, type UnitOption } from './register.tsx';

/** Which of the case's forms was sent last, so its values and errors come back in it. */
export type ComplaintForm = 'handling' | 'delay' | 'reply';

interface EntryPageProps {
  ctx: PageContext;
  entry: ComplaintEntry;
  units: readonly UnitOption[];
  form?: ComplaintForm | undefined;
  values?: FormValues;
  errors?: FormErrors;
  notice?: Notice | undefined;
}

/** /skargi/:id: the case as registered, and while it is open its three forms: handling, notice of delay, reply. */
export function ComplaintEntryPage({ ctx, entry, units, form, values, errors, notice }: EntryPageProps) {
  const errs = errors ?? {};
  const sent = (which: ComplaintForm): FormValues => (form === which && values ? values : {});
  const handlingValues: FormValues =
    form === 'handling' && values
      ? values
      : { unit: entry.unitId === null ? '' : String(entry.unitId), assignee: entry.assignee, handling: entry.handling };
  const errorsOf = (which: ComplaintForm) => (form === which ? errs : {});
  return (
    <AdminPage
      ctx={ctx}
      title={ctx.t('complaints.entry.title', { id: entry.id, kind: ctx.t(`complaints.kind.${entry.kind}`) })}
      errors={errs}
      notice={notice}
    >
      {entry.status === 'unexamined' && <p class="notice">{ctx.t('complaints.entry.unexamined')}</p>}
      {entry.anonymised && <p class="notice">{ctx.t('complaints.entry.anonymised')}</p>}
      <dl class="summary-list">
        <dt>{ctx.t('complaints.field.receivedOn')}</dt>
        <dd>{formatDate(ctx.locale, entry.receivedOn)}</dd>
        <dt>{ctx.t('complaints.field.channel')}</dt>
        <dd>{ctx.t(`complaints.channel.${keyPart(entry.channel)}`)}</dd>
        <dt>{ctx.t('complaints.field.senderName')}</dt>
        <dd>{entry.senderName || '—'}</dd>
        <dt>{ctx.t('complaints.field.senderAddress')}</dt>
        <dd class="preserve-lines">{entry.senderAddress || '—'}</dd>
        <dt>{ctx.t('complaints.field.senderEmail')}</dt>
        <dd>{entry.senderEmail || '—'}</dd>
        <dt>{ctx.t('complaints.field.subject')}</dt>
        <dd class="preserve-lines">{entry.subject || '—'}</dd>
        <dt>{ctx.t('complaints.field.unit')}</dt>
        <dd>{entry.unit ? inLanguage(entry.unit, ctx.locale).value : '—'}</dd>
        <dt>{ctx.t('complaints.field.assignee')}</dt>
        <dd>{entry.assignee || '—'}</dd>
        <dt>{ctx.t('complaints.field.dueOn')}</dt>
        <dd>
          <DeadlineCell ctx={ctx} dueOn={entry.dueOn} newDueOn={entry.newDueOn} state={entry.deadline} />
        </dd>
        {entry.delayNotifiedOn && (
          <>
            <dt>{ctx.t('complaints.field.delay')}</dt>
            <dd>
              {ctx.t('complaints.entry.delayText', { on: formatDate(ctx.locale, entry.delayNotifiedOn), reason: entry.delayReason || '—' })}
            </dd>
          </>
        )}
        <dt>{ctx.t('complaints.field.status')}</dt>
        <dd>{ctx.t(`complaints.status.${entry.status}`)}</dd>
        <dt>{ctx.t('complaints.field.handling')}</dt>
        <dd class="preserve-lines">{entry.handling || '—'}</dd>
        <dt>{ctx.t('complaints.field.repliedOn')}</dt>
        <dd>
          {entry.repliedOn && entry.replyMethod
            ? ctx.t('complaints.entry.replyText', {
                on: dateOrDash(ctx, entry.repliedOn),
                method: ctx.t(`complaints.replyMethod.${keyPart(entry.replyMethod)}`),
              })
            : '—'}
        </dd>
      </dl>
      {entry.status === 'open' && !entry.anonymised && (
        <>
          <h2>{ctx.t('complaints.handling.title')}</h2>
          <form method="post" action={`${REGISTER_PATH}/${entry.id}/prowadzenie`} novalidate>
            <CsrfField ctx={ctx} />
            <HandlerFields ctx={ctx} units={units} values={handlingValues} errors={errorsOf('handling')} />
            <TextArea
              ctx={ctx}
              name="handling"
              label={ctx.t('complaints.field.handling')}
              optional
              value={val(handlingValues, 'handling')}
              error={errorsOf('handling').handling}
            />
            <Button variant="secondary">{ctx.t('complaints.handling.submit')}</Button>
          </form>
          <h2>{ctx.t('complaints.delay.title')}</h2>
          <p>{ctx.t('complaints.delay.lead')}</p>
          <form method="post" action={`${REGISTER_PATH}/${entry.id}/zwloka`} novalidate>
            <CsrfField ctx={ctx} />
            <TextInput
              ctx={ctx}
              name="notifiedOn"
              type="date"
              width="medium"
              label={ctx.t('complaints.delay.notifiedOn')}
              value={val(sent('delay'), 'notifiedOn')}
              error={errorsOf('delay').notifiedOn}
            />
            <TextArea
              ctx={ctx}
              name="reason"
              label={ctx.t('complaints.delay.reason')}
              rows={3}
              value={val(sent('delay'), 'reason')}
              error={errorsOf('delay').reason}
            />
            <TextInput
              ctx={ctx}
              name="newDueOn"
              type="date"
              width="medium"
              label={ctx.t('complaints.delay.newDueOn')}
              value={val(sent('delay'), 'newDueOn')}
              error={errorsOf('delay').newDueOn}
            />
            <Button variant="secondary">{ctx.t('complaints.delay.submit')}</Button>
          </form>
          <h2>{ctx.t('complaints.reply.title')}</h2>
          <form method="post" action={`${REGISTER_PATH}/${entry.id}/odpowiedz`} novalidate>
            <CsrfField ctx={ctx} />
            <TextInput
              ctx={ctx}
              name="repliedOn"
              type="date"
              width="medium"
              label={ctx.t('complaints.reply.repliedOn')}
              value={val(sent('reply'), 'repliedOn')}
              error={errorsOf('reply').repliedOn}
            />
            <Select
              ctx={ctx}
              name="method"
              label={ctx.t('complaints.reply.method')}
              emptyLabel={ctx.t('complaints.field.choose')}
              options={REPLY_METHODS.map((m) => ({ value: m, label: ctx.t(`complaints.replyMethod.${keyPart(m)}`) }))}
              value={val(sent('reply'), 'method')}
              error={errorsOf('reply').method}
            />
            <TextArea
              ctx={ctx}
              name="handling"
              label={ctx.t('complaints.reply.handling')}
              hint={ctx.t('complaints.reply.handling.hint')}
              value={val(sent('reply'), 'handling')}
              error={errorsOf('reply').handling}
            />
            <Button>{ctx.t('complaints.reply.submit')}</Button>
          </form>
        </>
      )}
      <p>
        <a href={REGISTER_PATH}>{ctx.t('complaints.back')}</a>
      </p>
    </AdminPage>
  );
}
