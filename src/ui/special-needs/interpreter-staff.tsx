import type { InterpreterRequestView, InterpreterSessionView } from '../../app/special-needs/index.ts';
import type { InterpreterAvailability } from '../../app/special-needs/index.ts';
import { PROPOSED_METHODS, SESSION_OUTCOMES, UNAVAILABLE_REASONS } from '../../domain/special-needs/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { CsrfField, ErrorSummary, Fieldset, Radio, Select, TextInput, type FormErrors } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';
import { formatDate, keyPart, OFFICE_TIME_ZONE } from '../i18n/index.ts';
import { staffNav } from '../staff/nav.ts';
import { InterpreterAvailabilityText } from './interpreter-public.tsx';

export const INTERPRETER_STAFF_PATH = '/punkt-informacyjny/tlumacz';

/** The services to pick a session's matter from. */
export type ServiceOption = { value: string; label: string };

function time(ctx: PageContext, at: Date): string {
  return new Intl.DateTimeFormat(ctx.locale, { timeZone: OFFICE_TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(at);
}

function pick(values: FormValues, name: string): string {
  const v = values[name];
  return typeof v === 'string' ? v : (v?.[0] ?? '');
}

/**
 * The Information Point's interpreter panel: availability now and its switch, the session under way (start, end
 * with its outcome). The lead embeds it in /punkt-informacyjny.
 * @example <InterpreterPanel ctx={ctx} desk={await interpreterDesk(deps)} services={options} values={{}} errors={{}} />
 */
export function InterpreterPanel({
  ctx,
  desk,
  services,
  values,
  errors,
}: {
  ctx: PageContext;
  desk: { availability: InterpreterAvailability; open: InterpreterSessionView | null };
  services: readonly ServiceOption[];
  values: FormValues;
  errors: FormErrors;
}) {
  const { availability, open } = desk;
  const availableNow =
    pick(values, 'available') || (availability.kind === 'available' ? 'yes' : availability.kind === 'unavailable' ? 'no' : '');
  return (
    <section class="interpreter-panel" aria-labelledby="tlumacz-panel">
      <h2 id="tlumacz-panel">{ctx.t('interpreter.panel.title')}</h2>
      <p>
        <InterpreterAvailabilityText ctx={ctx} availability={availability} />
      </p>
      {open ? (
        <form method="post" action={`${INTERPRETER_STAFF_PATH}/sesje/${open.id}/koniec`}>
          <CsrfField ctx={ctx} />
          <p>{ctx.t('interpreter.panel.sessionSince', { at: time(ctx, open.startedAt) })}</p>
          <Select
            ctx={ctx}
            name="outcome"
            label={ctx.t('interpreter.panel.outcome')}
            options={SESSION_OUTCOMES.map((o) => ({ value: o, label: ctx.t(`interpreter.outcome.${keyPart(o)}`) }))}
            value={pick(values, 'outcome')}
            error={errors.outcome}
            emptyLabel={ctx.t('groundFloor.register.choose')}
          />
          <Select
            ctx={ctx}
            name="service"
            label={ctx.t('interpreter.panel.service')}
            optional
            options={services}
            value={pick(values, 'service')}
            error={errors.service}
            emptyLabel={ctx.t('interpreter.panel.noService')}
          />
          <button type="submit" class="button">
            {ctx.t('interpreter.panel.end')}
          </button>
        </form>
      ) : (
        <>
          <form method="post" action={`${INTERPRETER_STAFF_PATH}/sesje`}>
            <CsrfField ctx={ctx} />
            <Select
              ctx={ctx}
              name="service"
              label={ctx.t('interpreter.panel.service')}
              optional
              options={services}
              value={pick(values, 'service')}
              error={errors.service}
              emptyLabel={ctx.t('interpreter.panel.noService')}
            />
            <button type="submit" class="button">
              {ctx.t('interpreter.panel.start')}
            </button>
          </form>
          <form method="post" action={`${INTERPRETER_STAFF_PATH}/dostepnosc`} class="interpreter-panel__status">
            <CsrfField ctx={ctx} />
            <Fieldset legend={ctx.t('interpreter.panel.availability')} name="available" error={errors.available}>
              <Radio name="available" value="yes" label={ctx.t('interpreter.panel.yes')} checked={availableNow === 'yes'} />
              <Radio name="available" value="no" label={ctx.t('interpreter.panel.no')} checked={availableNow === 'no'} />
            </Fieldset>
            <Select
              ctx={ctx}
              name="reason"
              label={ctx.t('interpreter.panel.reason')}
              hint={ctx.t('interpreter.panel.reasonHint')}
              options={UNAVAILABLE_REASONS.map((r) => ({ value: r, label: ctx.t(`interpreter.reason.${keyPart(r)}`) }))}
              value={pick(values, 'reason')}
              error={errors.reason}
              emptyLabel={ctx.t('groundFloor.register.choose')}
            />
            <TextInput
              ctx={ctx}
              name="backTime"
              type="time"
              label={ctx.t('interpreter.panel.backTime')}
              optional
              value={pick(values, 'backTime')}
              error={errors.backTime}
              width="short"
            />
            <TextInput
              ctx={ctx}
              name="backDate"
              type="date"
              label={ctx.t('interpreter.panel.backDate')}
              hint={ctx.t('interpreter.panel.backDateHint')}
              optional
              value={pick(values, 'backDate')}
              error={errors.backDate}
              width="medium"
            />
            <button type="submit" class="button button--secondary">
              {ctx.t('interpreter.panel.save')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

function RequestRow({ ctx, request }: { ctx: PageContext; request: InterpreterRequestView }) {
  const prefix = `r${request.id}`;
  return (
    <li class="interpreter-request">
      <h3>
        {formatDate(ctx.locale, request.visitOn)}, {request.visitTime} — {ctx.t(`interpreter.method.${request.method}`)}
      </h3>
      <dl class="ground-floor__facts">
        <dt>{ctx.t('interpreter.request.name')}</dt>
        <dd>{request.name}</dd>
        <dt>{ctx.t('interpreter.staff.contact')}</dt>
        <dd>{[request.email, request.phone].filter((c) => c !== '').join(', ')}</dd>
        {request.service && (
          <>
            <dt>{ctx.t('interpreter.request.service')}</dt>
            <dd lang="pl">{request.service}</dd>
          </>
        )}
        <dt>{ctx.t('groundFloor.item.status')}</dt>
        <dd>
          {ctx.t(`interpreter.requestStatus.${request.status}`)}
          {request.status === 'proposed' && (
            <>
              {' '}
              {request.proposedOn &&
                `${formatDate(ctx.locale, request.proposedOn)}${request.proposedTime ? `, ${request.proposedTime}` : ''}`}{' '}
              {request.proposedMethod && ctx.t(`interpreter.proposed.${request.proposedMethod}`)} — {request.answerReason}
            </>
          )}
        </dd>
      </dl>
      {request.status === 'requested' && (
        <form method="post" action={`${INTERPRETER_STAFF_PATH}/zgloszenia/${request.id}`}>
          <CsrfField ctx={ctx} />
          <Fieldset legend={ctx.t('interpreter.answer.legend')}>
            <div class="radio">
              <input class="radio__input" type="radio" id={`${prefix}-confirm`} name="decision" value="confirm" />
              <label class="radio__label" for={`${prefix}-confirm`}>
                {ctx.t('interpreter.answer.confirm')}
              </label>
            </div>
            <div class="radio">
              <input class="radio__input" type="radio" id={`${prefix}-propose`} name="decision" value="propose" />
              <label class="radio__label" for={`${prefix}-propose`}>
                {ctx.t('interpreter.answer.propose')}
              </label>
            </div>
          </Fieldset>
          <div class="form-group">
            <label class="label" for={`${prefix}-proposedOn`}>
              {ctx.t('interpreter.answer.date')} {ctx.t('form.optional')}
            </label>
            <input class="input input--medium" type="date" id={`${prefix}-proposedOn`} name="proposedOn" />
          </div>
          <div class="form-group">
            <label class="label" for={`${prefix}-proposedTime`}>
              {ctx.t('interpreter.answer.time')} {ctx.t('form.optional')}
            </label>
            <input class="input input--short" type="time" id={`${prefix}-proposedTime`} name="proposedTime" />
          </div>
          <div class="form-group">
            <label class="label" for={`${prefix}-proposedMethod`}>
              {ctx.t('interpreter.answer.method')} {ctx.t('form.optional')}
            </label>
            <select class="select" id={`${prefix}-proposedMethod`} name="proposedMethod">
              <option value="">{ctx.t('interpreter.answer.sameMethod')}</option>
              {PROPOSED_METHODS.map((m) => (
                <option key={m} value={m}>
                  {ctx.t(`interpreter.proposed.${m}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="form-group">
            <label class="label" for={`${prefix}-reason`}>
              {ctx.t('interpreter.answer.reason')}
            </label>
            <textarea class="textarea" id={`${prefix}-reason`} name="reason" rows={2} />
          </div>
          <button type="submit" class="button">
            {ctx.t('interpreter.answer.submit')}
          </button>
        </form>
      )}
    </li>
  );
}

/** /punkt-informacyjny/tlumacz: the interpreter panel, today's sessions and the in-person requests to answer. */
export function InterpreterStaffPage({
  ctx,
  desk,
  services,
  requests,
  values,
  errors,
  notice,
}: {
  ctx: PageContext;
  desk: { availability: InterpreterAvailability; open: InterpreterSessionView | null; today: InterpreterSessionView[] };
  services: readonly ServiceOption[];
  requests: readonly InterpreterRequestView[];
  values: FormValues;
  errors: FormErrors;
  notice?: string | undefined;
}) {
  const title = ctx.t('interpreter.staff.title');
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout ctx={ctx} title={title} hasErrors={hasErrors} nav={staffNav(ctx)} wide>
      {hasErrors && <ErrorSummary ctx={ctx} errors={errors} />}
      {notice && (
        <p class="notice notice--success" role="status">
          {notice}
        </p>
      )}
      <h1>{title}</h1>
      <InterpreterPanel ctx={ctx} desk={desk} services={services} values={values} errors={errors} />
      <table class="table">
        <caption>{ctx.t('interpreter.staff.sessions', { n: desk.today.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{ctx.t('interpreter.staff.from')}</th>
            <th scope="col">{ctx.t('interpreter.staff.to')}</th>
            <th scope="col">{ctx.t('interpreter.request.service')}</th>
            <th scope="col">{ctx.t('interpreter.panel.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {desk.today.map((s) => (
            <tr key={s.id}>
              <td>{time(ctx, s.startedAt)}</td>
              <td>{s.endedAt ? time(ctx, s.endedAt) : ''}</td>
              <td>
                {s.service ? inLanguage(s.service, ctx.locale).value : '—'}
                {s.unit ? ` (${inLanguage(s.unit, ctx.locale).value})` : ''}
              </td>
              <td>{s.outcome ? ctx.t(`interpreter.outcome.${keyPart(s.outcome)}`) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{ctx.t('interpreter.staff.requests')}</h2>
      {requests.length === 0 ? (
        <p class="muted">{ctx.t('interpreter.staff.noRequests')}</p>
      ) : (
        <ul class="interpreter-requests">
          {requests.map((r) => (
            <RequestRow key={r.id} ctx={ctx} request={r} />
          ))}
        </ul>
      )}
    </Layout>
  );
}
