import type { SituationAction, SituationDetail, SituationFigure, SituationList } from '../../app/difficult-situations/index.ts';
import { ACTION_ROWS, EXPECTATION_ANSWERS, SITUATION_CHANNELS } from '../../domain/difficult-situations/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { inLanguage, type Translated } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { Button, CsrfField, Fieldset, Radio, Select, TextArea, TextInput, type FormErrors } from '../components/form.tsx';
import { AdminPage, val, type Notice } from '../admin/common.tsx';
import { dateTimeFormat, formatDate, formatDateTime } from '../i18n/index.ts';

export const SITUATIONS_PATH = '/trudne-sytuacje';

function ActionTag({ ctx, action }: { ctx: PageContext; action: SituationAction }) {
  if (action.state === 'done') return <span class="tag">{ctx.t('situations.action.done')}</span>;
  if (action.state === 'overdue') return <span class="tag tag--closed">{ctx.t('situations.action.overdue')}</span>;
  return <span class="tag tag--open">{ctx.t('situations.action.pending')}</span>;
}

/** /trudne-sytuacje: the situations the viewer may see, and the open actions with their deadlines. */
export function SituationListPage({
  ctx,
  list,
  canRecord,
  canSeeFigures,
}: {
  ctx: PageContext;
  list: SituationList;
  canRecord: boolean;
  canSeeFigures: boolean;
}) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('situations.list.title')}>
      <p class="lead">{ctx.t(`situations.list.lead.${list.scope}`)}</p>
      <ul>
        {canRecord && (
          <li>
            <a href={`${SITUATIONS_PATH}/nowa`}>{ctx.t('situations.list.new')}</a>
          </li>
        )}
        {canSeeFigures && (
          <li>
            <a href={`${SITUATIONS_PATH}/zestawienie`}>{ctx.t('situations.list.figures')}</a>
          </li>
        )}
      </ul>
      <h2>{ctx.t('situations.list.actionsTitle')}</h2>
      {list.openActions.length === 0 ? (
        <p>{ctx.t('situations.list.noActions')}</p>
      ) : (
        <ul class="action-list">
          {list.openActions.map((a) => (
            <li key={a.id} class={a.state === 'overdue' ? 'action--overdue' : undefined}>
              <ActionTag ctx={ctx} action={a} /> {ctx.t('situations.action.due', { date: formatDate(ctx.locale, a.dueOn) })} —{' '}
              <span class="preserve-lines">{a.description}</span> ({a.responsible}){' '}
              <a href={`${SITUATIONS_PATH}/${a.situationId}`}>{ctx.t('situations.list.open', { id: a.situationId })}</a>
            </li>
          ))}
        </ul>
      )}
      <h2>{ctx.t('situations.list.situationsTitle')}</h2>
      {list.items.length === 0 ? (
        <p>{ctx.t('situations.list.empty')}</p>
      ) : (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={ctx.t('situations.list.situationsTitle')}>
          <table class="table">
            <caption>{ctx.t('situations.list.caption', { n: list.items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('situations.field.number')}</th>
                <th scope="col">{ctx.t('situations.field.occurredAt')}</th>
                <th scope="col">{ctx.t('situations.field.unit')}</th>
                <th scope="col">{ctx.t('situations.field.channel')}</th>
                <th scope="col">{ctx.t('situations.field.status')}</th>
                <th scope="col">{ctx.t('situations.field.openActions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <a href={`${SITUATIONS_PATH}/${s.id}`}>{ctx.t('situations.number', { id: s.id })}</a>
                  </th>
                  <td>{formatDateTime(ctx.locale, s.occurredAt)}</td>
                  <td>{inLanguage(s.unit, ctx.locale).value}</td>
                  <td>{ctx.t(`situations.channel.${s.channel}`)}</td>
                  <td>
                    {s.status === 'closed' && s.metExpectations
                      ? ctx.t(`situations.closedWith.${s.metExpectations}`)
                      : ctx.t('situations.status.open')}
                  </td>
                  <td>
                    {s.openActions}
                    {s.overdueActions > 0 && (
                      <>
                        {' '}
                        <span class="tag tag--closed">{ctx.t('situations.list.overdueCount', { n: s.overdueActions })}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}

function ActionFields({
  ctx,
  prefix,
  values,
  errors,
  legend,
}: {
  ctx: PageContext;
  prefix: string;
  values: FormValues;
  errors: FormErrors;
  legend: string;
}) {
  return (
    <Fieldset legend={legend}>
      <TextArea
        ctx={ctx}
        name={`${prefix}Description`}
        label={ctx.t('situations.action.description')}
        rows={2}
        value={val(values, `${prefix}Description`)}
        error={errors[`${prefix}Description`]}
      />
      <TextInput
        ctx={ctx}
        name={`${prefix}Responsible`}
        label={ctx.t('situations.action.responsible')}
        hint={ctx.t('situations.action.responsible.hint')}
        value={val(values, `${prefix}Responsible`)}
        error={errors[`${prefix}Responsible`]}
      />
      <TextInput
        ctx={ctx}
        name={`${prefix}DueOn`}
        type="date"
        width="medium"
        label={ctx.t('situations.action.dueOn')}
        value={val(values, `${prefix}DueOn`)}
        error={errors[`${prefix}DueOn`]}
      />
    </Fieldset>
  );
}

/** /trudne-sytuacje/nowa: the standard's steps as a form. */
export function SituationFormPage({
  ctx,
  units,
  values,
  errors,
}: {
  ctx: PageContext;
  units: readonly { id: number; name: Translated }[];
  values: FormValues;
  errors: FormErrors;
}) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('situations.new.title')} errors={errors}>
      <p class="lead">{ctx.t('situations.new.lead')}</p>
      <form method="post" action={`${SITUATIONS_PATH}/nowa`} novalidate>
        <CsrfField ctx={ctx} />
        <TextInput
          ctx={ctx}
          name="occurredOn"
          type="date"
          width="medium"
          label={ctx.t('situations.field.occurredOn')}
          value={val(values, 'occurredOn')}
          error={errors.occurredOn}
        />
        <TextInput
          ctx={ctx}
          name="occurredTime"
          type="time"
          width="short"
          label={ctx.t('situations.field.occurredTime')}
          hint={ctx.t('situations.field.occurredTime.hint')}
          value={val(values, 'occurredTime')}
          error={errors.occurredTime}
        />
        <Fieldset legend={ctx.t('situations.field.channel')} name="channel" error={errors.channel}>
          {SITUATION_CHANNELS.map((c) => (
            <Radio key={c} name="channel" value={c} label={ctx.t(`situations.channel.${c}`)} checked={val(values, 'channel') === c} />
          ))}
        </Fieldset>
        <Select
          ctx={ctx}
          name="unit"
          label={ctx.t('situations.field.unit')}
          emptyLabel={ctx.t('situations.field.chooseUnit')}
          options={units.map((u) => ({ value: String(u.id), label: inLanguage(u.name, ctx.locale).value }))}
          value={val(values, 'unit')}
          error={errors.unit}
        />
        <TextArea
          ctx={ctx}
          name="facts"
          label={ctx.t('situations.field.facts')}
          hint={ctx.t('situations.field.facts.hint')}
          rows={5}
          value={val(values, 'facts')}
          error={errors.facts}
        />
        <TextArea
          ctx={ctx}
          name="clientRemarks"
          label={ctx.t('situations.field.clientRemarks')}
          hint={ctx.t('situations.field.clientRemarks.hint')}
          optional
          rows={3}
          value={val(values, 'clientRemarks')}
          error={errors.clientRemarks}
        />
        <TextArea
          ctx={ctx}
          name="solution"
          label={ctx.t('situations.field.solution')}
          hint={ctx.t('situations.field.solution.hint')}
          rows={4}
          value={val(values, 'solution')}
          error={errors.solution}
        />
        <h2>{ctx.t('situations.new.actionsTitle')}</h2>
        <p class="hint">{ctx.t('situations.new.actionsHint')}</p>
        {Array.from({ length: ACTION_ROWS }, (_, i) => (
          <ActionFields
            key={i}
            ctx={ctx}
            prefix={`action${i + 1}`}
            values={values}
            errors={errors}
            legend={ctx.t('situations.new.actionLegend', { n: i + 1 })}
          />
        ))}
        <TextInput
          ctx={ctx}
          name="reference"
          width="medium"
          label={ctx.t('situations.field.reference')}
          hint={ctx.t('situations.field.reference.hint')}
          optional
          value={val(values, 'reference')}
          error={errors.reference}
          spellcheck={false}
        />
        <Button>{ctx.t('situations.new.submit')}</Button>
      </form>
    </AdminPage>
  );
}

/** Which of the situation's forms was sent last. */
export type SituationForm = 'action' | 'close';

/** /trudne-sytuacje/:id: the steps as recorded, the actions, and the closing question. */
export function SituationDetailPage({
  ctx,
  situation,
  form,
  values,
  errors,
  notice,
}: {
  ctx: PageContext;
  situation: SituationDetail;
  form?: SituationForm | undefined;
  values?: FormValues;
  errors?: FormErrors;
  notice?: Notice | undefined;
}) {
  const errs = errors ?? {};
  const sent = (which: SituationForm): FormValues => (form === which && values ? values : {});
  const errorsOf = (which: SituationForm) => (form === which ? errs : {});
  const open = situation.status === 'open';
  return (
    <AdminPage ctx={ctx} title={ctx.t('situations.detail.title', { id: situation.id })} errors={errs} notice={notice}>
      <dl class="summary-list">
        <dt>{ctx.t('situations.field.occurredAt')}</dt>
        <dd>{formatDateTime(ctx.locale, situation.occurredAt)}</dd>
        <dt>{ctx.t('situations.field.unit')}</dt>
        <dd>{inLanguage(situation.unit, ctx.locale).value}</dd>
        <dt>{ctx.t('situations.field.channel')}</dt>
        <dd>{ctx.t(`situations.channel.${situation.channel}`)}</dd>
        <dt>{ctx.t('situations.field.facts')}</dt>
        <dd class="preserve-lines">{situation.facts}</dd>
        <dt>{ctx.t('situations.field.clientRemarks')}</dt>
        <dd class="preserve-lines">{situation.clientRemarks || '—'}</dd>
        <dt>{ctx.t('situations.field.solution')}</dt>
        <dd class="preserve-lines">{situation.solution}</dd>
        <dt>{ctx.t('situations.field.reference')}</dt>
        <dd>{situation.reference ?? '—'}</dd>
        <dt>{ctx.t('situations.field.recordedBy')}</dt>
        <dd>{situation.recordedBy}</dd>
        <dt>{ctx.t('situations.field.status')}</dt>
        <dd>
          {open
            ? ctx.t('situations.status.open')
            : ctx.t('situations.detail.closedText', {
                answer: ctx.t(`situations.closedWith.${situation.metExpectations ?? 'no'}`),
                at: situation.closedAt ? formatDateTime(ctx.locale, situation.closedAt) : '',
              })}
        </dd>
        {!open && situation.closingNote && (
          <>
            <dt>{ctx.t('situations.field.closingNote')}</dt>
            <dd class="preserve-lines">{situation.closingNote}</dd>
          </>
        )}
      </dl>
      <h2>{ctx.t('situations.detail.actionsTitle')}</h2>
      {situation.actions.length === 0 ? (
        <p id="action">{ctx.t('situations.detail.noActions')}</p>
      ) : (
        <ul class="action-list" id="action">
          {situation.actions.map((a) => (
            <li key={a.id} class={a.state === 'overdue' ? 'action--overdue' : undefined}>
              <ActionTag ctx={ctx} action={a} /> {ctx.t('situations.action.due', { date: formatDate(ctx.locale, a.dueOn) })}
              <p class="preserve-lines">{a.description}</p>
              <p>{ctx.t('situations.action.by', { who: a.responsible })}</p>
              {!a.done && (
                <form method="post" action={`${SITUATIONS_PATH}/${situation.id}/dzialania/${a.id}/wykonane`}>
                  <CsrfField ctx={ctx} />
                  <Button variant="secondary">
                    {ctx.t('situations.action.markDone')}
                    <span class="visually-hidden"> {a.description.slice(0, 60)}</span>
                  </Button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <>
          <form method="post" action={`${SITUATIONS_PATH}/${situation.id}/dzialania`} novalidate>
            <CsrfField ctx={ctx} />
            <ActionFields
              ctx={ctx}
              prefix="action"
              values={sent('action')}
              errors={errorsOf('action')}
              legend={ctx.t('situations.detail.addAction')}
            />
            <Button variant="secondary">{ctx.t('situations.detail.addActionSubmit')}</Button>
          </form>
          <h2>{ctx.t('situations.close.title')}</h2>
          <p>{ctx.t('situations.close.lead')}</p>
          <form method="post" action={`${SITUATIONS_PATH}/${situation.id}/zamkniecie`} novalidate>
            <CsrfField ctx={ctx} />
            <Fieldset legend={ctx.t('situations.close.question')} name="metExpectations" error={errorsOf('close').metExpectations}>
              {EXPECTATION_ANSWERS.map((answer) => (
                <Radio
                  key={answer}
                  name="metExpectations"
                  value={answer}
                  label={ctx.t(`situations.answer.${answer}`)}
                  checked={val(sent('close'), 'metExpectations') === answer}
                />
              ))}
            </Fieldset>
            <TextArea
              ctx={ctx}
              name="closingNote"
              label={ctx.t('situations.field.closingNote')}
              optional
              rows={3}
              value={val(sent('close'), 'closingNote')}
              error={errorsOf('close').closingNote}
            />
            <Button>{ctx.t('situations.close.submit')}</Button>
          </form>
        </>
      )}
      <p>
        <a href={SITUATIONS_PATH}>{ctx.t('situations.back')}</a>
      </p>
    </AdminPage>
  );
}

/** /trudne-sytuacje/zestawienie: figures by unit and month. */
export function SituationFiguresPage({ ctx, figures }: { ctx: PageContext; figures: readonly SituationFigure[] }) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('situations.figures.title')}>
      <p class="lead">{ctx.t('situations.figures.lead')}</p>
      {figures.length === 0 ? (
        <p>{ctx.t('situations.figures.empty')}</p>
      ) : (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={ctx.t('situations.figures.title')}>
          <table class="table">
            <caption>{ctx.t('situations.figures.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('situations.figures.month')}</th>
                <th scope="col">{ctx.t('situations.field.unit')}</th>
                <th scope="col">{ctx.t('situations.figures.total')}</th>
                <th scope="col">{ctx.t('situations.figures.closed')}</th>
                <th scope="col">{ctx.t('situations.answer.yes')}</th>
                <th scope="col">{ctx.t('situations.answer.partly')}</th>
                <th scope="col">{ctx.t('situations.answer.no')}</th>
                <th scope="col">{ctx.t('situations.figures.actions')}</th>
                <th scope="col">{ctx.t('situations.figures.overdue')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f) => (
                <tr key={`${f.month}-${inLanguage(f.unit, 'pl').value}`}>
                  <th scope="row">{monthLabel(ctx, f.month)}</th>
                  <td>{inLanguage(f.unit, ctx.locale).value}</td>
                  <td>{f.total}</td>
                  <td>{f.closed}</td>
                  <td>{f.metYes}</td>
                  <td>{f.metPartly}</td>
                  <td>{f.metNo}</td>
                  <td>{f.actions}</td>
                  <td>{f.overdueActions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={SITUATIONS_PATH}>{ctx.t('situations.back')}</a>
      </p>
    </AdminPage>
  );
}

/** "grudzień 2026" for '2026-12'. */
function monthLabel(ctx: PageContext, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return dateTimeFormat(ctx.locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, 1)));
}
