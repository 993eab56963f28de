import type { InterpreterRequestView, InterpreterSessionView } from '../../app/special-needs/index.ts';
import type { InterpreterAvailability } from '../../app/special-needs/index.ts';
import { PROPOSED_METHODS, SESSION_OUTCOMES, UNAVAILABLE_REASONS } from '../../domain/special-needs/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { CsrfField, ErrorSummary, Fieldset, Radio, Select, TextArea, TextInput, type FormErrors } from '../components/form.tsx';
import { val } from '../admin/common.tsx';
import { Layout } from '../components/layout.tsx';
import { dateTimeFormat, formatDate, keyPart, OFFICE_TIME_ZONE } from '../i18n/index.ts';
import { staffNav } from '../staff/nav.ts';
import { InterpreterAvailabilityText } from './interpreter-public.tsx';

export const INTERPRETER_STAFF_PATH = '/punkt-informacyjny/tlumacz';

/** The services to pick a session's matter from. */
export type ServiceOption = { value: string; label: string };

function time(ctx: PageContext, at: Date): string {
  return dateTimeFormat(ctx.locale, { timeZone: OFFICE_TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(at);
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

/** The prefix of a request's answer fields' ids: every request on the page has its own form. */
export function answerFieldPrefix(requestId: number): string {
  return `r${requestId}`;
}

function RequestRow({
  ctx,
  request,
  values,
  errors,
}: {
  ctx: PageContext;
  request: InterpreterRequestView;
  values: FormValues;
  errors: FormErrors;
}) {
  const prefix = answerFieldPrefix(request.id);
  // The answer that was refused comes back under the row's prefix, with what was typed; other rows start empty.
  const shown: FormValues = Object.fromEntries(
    Object.entries(values)
      .filter(([key]) => key.startsWith(`${prefix}-`))
      .map(([key, value]) => [key.slice(prefix.length + 1), value]),
  );
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
        <form method="post" action={`${INTERPRETER_STAFF_PATH}/zgloszenia/${request.id}`} novalidate>
          <CsrfField ctx={ctx} />
          <Fieldset legend={ctx.t('interpreter.answer.legend')} name={`${prefix}-decision`} error={errors[`${prefix}-decision`]}>
            {(['confirm', 'propose'] as const).map((decision) => (
              <div class="radio" key={decision}>
                <input
                  class="radio__input"
                  type="radio"
                  id={`${prefix}-${decision}`}
                  name="decision"
                  value={decision}
                  checked={val(shown, 'decision') === decision}
                />
                <label class="radio__label" for={`${prefix}-${decision}`}>
                  {ctx.t(`interpreter.answer.${decision}`)}
                </label>
              </div>
            ))}
          </Fieldset>
          <TextInput
            ctx={ctx}
            id={`${prefix}-proposedOn`}
            name="proposedOn"
            type="date"
            width="medium"
            optional
            label={ctx.t('interpreter.answer.date')}
            value={val(shown, 'proposedOn')}
            error={errors[`${prefix}-proposedOn`]}
          />
          <TextInput
            ctx={ctx}
            id={`${prefix}-proposedTime`}
            name="proposedTime"
            type="time"
            width="short"
            optional
            label={ctx.t('interpreter.answer.time')}
            value={val(shown, 'proposedTime')}
            error={errors[`${prefix}-proposedTime`]}
          />
          <Select
            ctx={ctx}
            id={`${prefix}-proposedMethod`}
            name="proposedMethod"
            optional
            label={ctx.t('interpreter.answer.method')}
            value={val(shown, 'proposedMethod')}
            emptyLabel={ctx.t('interpreter.answer.sameMethod')}
            options={PROPOSED_METHODS.map((m) => ({ value: m, label: ctx.t(`interpreter.proposed.${m}`) }))}
            error={errors[`${prefix}-proposedMethod`]}
          />
          <TextArea
            ctx={ctx}
            id={`${prefix}-reason`}
            name="reason"
            rows={2}
            label={ctx.t('interpreter.answer.reason')}
            value={val(shown, 'reason')}
            error={errors[`${prefix}-reason`]}
          />
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
            <RequestRow key={r.id} ctx={ctx} request={r} values={values} errors={errors} />
          ))}
        </ul>
      )}
    </Layout>
  );
}
