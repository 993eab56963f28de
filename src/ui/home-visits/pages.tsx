import type {
  HomeVisitPolicy,
  AuthorisationItem,
  HomeVisitCounts,
  RegisterFilter,
  RegisterView,
  RequestDetail,
  RequestList,
} from '../../app/home-visits/index.ts';
import {
  DAY_PARTS,
  INFORMED_BY,
  OUTCOMES,
  REASON_CATEGORIES,
  REPRESENTATIVE_KINDS,
  REQUEST_CHANNELS,
  WEEKDAYS,
  type AuthorisationStanding,
  type RequestStatus,
} from '../../domain/home-visits/index.ts';
import { many, type FormValues } from '../../domain/organisation/form-values.ts';
import { inLanguage, LANGUAGES, type Translated } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { Button, Checkbox, CsrfField, Fieldset, Radio, Select, TextArea, TextInput, type FormErrors } from '../components/form.tsx';
import { AdminPage, val, type Notice } from '../admin/common.tsx';
import { DaySettingsPage } from '../admin/day-settings.tsx';
import { formatDate, formatDateTime, keyPart } from '../i18n/index.ts';

export const HOME_VISITS_PATH = '/wizyty-domowe';
export const SECRETARY_PATH = '/sekretarz';
export const REGISTER_PATH = '/rejestr-upowaznien';
export const HOME_VISIT_SETTINGS_PATH = '/admin/wizyty-domowe';

function text(ctx: PageContext, value: Translated | string): string {
  return typeof value === 'string' ? value : inLanguage(value, ctx.locale).value;
}

function StatusTag({ ctx, status }: { ctx: PageContext; status: RequestStatus }) {
  const tone = status === 'done' ? 'tag' : status === 'cancelled' ? 'tag tag--closed' : 'tag tag--open';
  return <span class={tone}>{ctx.t(`homeVisits.status.${status}`)}</span>;
}

function StandingTag({ ctx, standing }: { ctx: PageContext; standing: AuthorisationStanding }) {
  const tone = standing === 'valid' ? 'tag tag--open' : standing === 'pending' || standing === 'requested' ? 'tag' : 'tag tag--closed';
  return <span class={tone}>{ctx.t(`homeVisits.standing.${standing}`)}</span>;
}

function Overdue({ ctx }: { ctx: PageContext }) {
  return <span class="tag tag--closed">{ctx.t('homeVisits.overdue')}</span>;
}

/** The counts a role's start page shows, as a short list of links. */
export function HomeVisitCountsPanel({ ctx, role, counts }: { ctx: PageContext; role: string; counts: HomeVisitCounts }) {
  const lines: { key: string; n: number; href: string; alert?: boolean }[] = [];
  if (role === 'information_point')
    lines.push(
      { key: 'homeVisits.counts.toSend', n: counts.toSend, href: HOME_VISITS_PATH },
      { key: 'homeVisits.counts.inProgress', n: counts.inProgress, href: HOME_VISITS_PATH },
    );
  if (role === 'unit_head')
    lines.push(
      { key: 'homeVisits.counts.toAssign', n: counts.toAssign, href: HOME_VISITS_PATH },
      { key: 'homeVisits.counts.overdue', n: counts.overdue, href: HOME_VISITS_PATH, alert: counts.overdue > 0 },
      { key: 'homeVisits.counts.waitingAuthorisation', n: counts.waitingAuthorisation, href: HOME_VISITS_PATH },
    );
  if (role === 'city_secretary') lines.push({ key: 'homeVisits.counts.pending', n: counts.pendingAuthorisations, href: SECRETARY_PATH });
  if (role === 'register_keeper' || role === 'clerk')
    lines.push(
      { key: 'homeVisits.counts.valid', n: counts.validAuthorisations, href: role === 'clerk' ? HOME_VISITS_PATH : REGISTER_PATH },
      {
        key: 'homeVisits.counts.expiringSoon',
        n: counts.expiringSoon,
        href: role === 'clerk' ? HOME_VISITS_PATH : `${REGISTER_PATH}?stan=valid`,
        alert: counts.expiringSoon > 0,
      },
    );
  if (role === 'clerk')
    lines.push(
      { key: 'homeVisits.counts.toSchedule', n: counts.toSchedule, href: HOME_VISITS_PATH },
      { key: 'homeVisits.counts.scheduled', n: counts.scheduled, href: HOME_VISITS_PATH },
    );
  return (
    <section class="home-visit-counts" aria-labelledby={`home-visit-counts-${role}`}>
      <h2 id={`home-visit-counts-${role}`}>{ctx.t('homeVisits.counts.title')}</h2>
      <ul class="count-list">
        {lines.map((line) => (
          <li key={line.key} class={line.alert ? 'count-list__item count-list__item--alert' : 'count-list__item'}>
            <a href={line.href}>
              <strong class="count-list__number">{line.n}</strong> {ctx.t(line.key, { n: line.n })}
            </a>
          </li>
        ))}
      </ul>
      {role === 'information_point' && (
        <p>
          <a href={`${HOME_VISITS_PATH}/nowy`}>{ctx.t('homeVisits.list.new')}</a>
        </p>
      )}
    </section>
  );
}

/** /wizyty-domowe: the requests the viewer may see, with their status. */
export function RequestListPage({
  ctx,
  list,
  canTake,
  counts,
  role,
}: {
  ctx: PageContext;
  list: RequestList;
  canTake: boolean;
  counts: HomeVisitCounts;
  role: string;
}) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('homeVisits.list.title')}>
      <p class="lead">{ctx.t(`homeVisits.list.lead.${list.scope}`)}</p>
      {canTake && (
        <p>
          <a class="button" href={`${HOME_VISITS_PATH}/nowy`}>
            {ctx.t('homeVisits.list.new')}
          </a>
        </p>
      )}
      <HomeVisitCountsPanel ctx={ctx} role={role} counts={counts} />
      <h2>{ctx.t('homeVisits.list.requestsTitle')}</h2>
      {list.items.length === 0 ? (
        <p>{ctx.t('homeVisits.list.empty')}</p>
      ) : (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={ctx.t('homeVisits.list.requestsTitle')}>
          <table class="table">
            <caption>{ctx.t('homeVisits.list.caption', { n: list.items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('homeVisits.field.number')}</th>
                <th scope="col">{ctx.t('homeVisits.field.takenAt')}</th>
                <th scope="col">{ctx.t('homeVisits.field.applicantName')}</th>
                <th scope="col">{ctx.t('homeVisits.field.matter')}</th>
                <th scope="col">{ctx.t('homeVisits.field.unit')}</th>
                <th scope="col">{ctx.t('homeVisits.field.status')}</th>
                <th scope="col">{ctx.t('homeVisits.field.caseSign')}</th>
                <th scope="col">{ctx.t('homeVisits.field.visit')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <a href={`${HOME_VISITS_PATH}/${r.id}`}>{ctx.t('homeVisits.number', { id: r.id })}</a>
                  </th>
                  <td>{formatDateTime(ctx.locale, r.takenAt)}</td>
                  <td>{r.anonymised ? ctx.t('homeVisits.anonymised') : r.applicantName}</td>
                  <td>{text(ctx, r.matter) || '—'}</td>
                  <td>{text(ctx, r.unit)}</td>
                  <td>
                    <StatusTag ctx={ctx} status={r.status} />
                    {r.overdue && (
                      <>
                        {' '}
                        <Overdue ctx={ctx} />
                      </>
                    )}
                  </td>
                  <td>{r.caseSign ?? '—'}</td>
                  <td>{r.visitOn ? `${formatDate(ctx.locale, r.visitOn)} ${r.visitTime ?? ''}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}

/** /wizyty-domowe/nowy: the annex's table as a form, with the information clause read to the resident. */
export function RequestFormPage({
  ctx,
  choices,
  values,
  errors,
}: {
  ctx: PageContext;
  choices: { units: readonly { id: number; name: Translated }[]; services: readonly { id: number; name: Translated }[] };
  values: FormValues;
  errors: FormErrors;
}) {
  const days = many(values, 'preferredDays');
  return (
    <AdminPage ctx={ctx} title={ctx.t('homeVisits.new.title')} errors={errors}>
      <p class="lead">{ctx.t('homeVisits.new.lead')}</p>
      <form method="post" action={`${HOME_VISITS_PATH}/nowy`} novalidate>
        <CsrfField ctx={ctx} />
        <Fieldset legend={ctx.t('homeVisits.field.channel')} name="channel" error={errors.channel}>
          {REQUEST_CHANNELS.map((c) => (
            <Radio key={c} name="channel" value={c} label={ctx.t(`homeVisits.channel.${c}`)} checked={val(values, 'channel') === c} />
          ))}
        </Fieldset>
        <h2>{ctx.t('homeVisits.new.whoTitle')}</h2>
        <TextInput
          ctx={ctx}
          name="applicantName"
          label={ctx.t('homeVisits.field.applicantName')}
          value={val(values, 'applicantName')}
          error={errors.applicantName}
          autocomplete="off"
        />
        <TextArea
          ctx={ctx}
          name="visitAddress"
          label={ctx.t('homeVisits.field.visitAddress')}
          hint={ctx.t('homeVisits.field.visitAddress.hint')}
          rows={2}
          value={val(values, 'visitAddress')}
          error={errors.visitAddress}
        />
        <TextInput
          ctx={ctx}
          name="phone"
          type="tel"
          width="medium"
          label={ctx.t('homeVisits.field.phone')}
          hint={ctx.t('homeVisits.field.phone.hint')}
          value={val(values, 'phone')}
          error={errors.phone}
        />
        <TextInput
          ctx={ctx}
          name="email"
          type="email"
          label={ctx.t('homeVisits.field.email')}
          optional
          value={val(values, 'email')}
          error={errors.email}
        />
        <Select
          ctx={ctx}
          name="locale"
          label={ctx.t('homeVisits.field.locale')}
          hint={ctx.t('homeVisits.field.locale.hint')}
          options={LANGUAGES.map((l) => ({ value: l, label: ctx.t(`homeVisits.locale.${l}`) }))}
          value={val(values, 'locale') || 'pl'}
          error={errors.locale}
        />
        <h2>{ctx.t('homeVisits.new.representativeTitle')}</h2>
        <p class="hint">{ctx.t('homeVisits.new.representativeHint')}</p>
        <TextInput
          ctx={ctx}
          name="representativeName"
          label={ctx.t('homeVisits.field.representativeName')}
          optional
          value={val(values, 'representativeName')}
          error={errors.representativeName}
        />
        <Select
          ctx={ctx}
          name="representativeKind"
          label={ctx.t('homeVisits.field.representativeKind')}
          optional
          emptyLabel={ctx.t('homeVisits.field.representativeKind.none')}
          options={REPRESENTATIVE_KINDS.map((k) => ({ value: k, label: ctx.t(`homeVisits.representative.${keyPart(k)}`) }))}
          value={val(values, 'representativeKind')}
          error={errors.representativeKind}
        />
        <TextInput
          ctx={ctx}
          name="representativePhone"
          type="tel"
          width="medium"
          label={ctx.t('homeVisits.field.representativePhone')}
          optional
          value={val(values, 'representativePhone')}
          error={errors.representativePhone}
        />
        <h2>{ctx.t('homeVisits.new.matterTitle')}</h2>
        <Select
          ctx={ctx}
          name="service"
          label={ctx.t('homeVisits.field.service')}
          hint={ctx.t('homeVisits.field.service.hint')}
          optional
          emptyLabel={ctx.t('homeVisits.field.service.none')}
          options={choices.services.map((s) => ({ value: String(s.id), label: inLanguage(s.name, ctx.locale).value }))}
          value={val(values, 'service')}
          error={errors.service}
        />
        <TextArea
          ctx={ctx}
          name="matterText"
          label={ctx.t('homeVisits.field.matterText')}
          optional
          rows={2}
          value={val(values, 'matterText')}
          error={errors.matterText}
        />
        <Select
          ctx={ctx}
          name="unit"
          label={ctx.t('homeVisits.field.unit')}
          hint={ctx.t('homeVisits.field.unit.hint')}
          optional
          emptyLabel={ctx.t('homeVisits.field.unit.fromService')}
          options={choices.units.map((u) => ({ value: String(u.id), label: inLanguage(u.name, ctx.locale).value }))}
          value={val(values, 'unit')}
          error={errors.unit}
        />
        <Fieldset legend={ctx.t('homeVisits.field.reasonCategory')} name="reasonCategory" error={errors.reasonCategory}>
          <p class="hint">{ctx.t('homeVisits.field.reasonCategory.hint')}</p>
          {REASON_CATEGORIES.map((r) => (
            <Radio
              key={r}
              name="reasonCategory"
              value={r}
              label={ctx.t(`homeVisits.reason.${keyPart(r)}`)}
              checked={val(values, 'reasonCategory') === r}
            />
          ))}
        </Fieldset>
        <h2>{ctx.t('homeVisits.new.whenTitle')}</h2>
        <Fieldset legend={ctx.t('homeVisits.field.preferredDays')} name="preferredDays" error={errors.preferredDays}>
          {WEEKDAYS.map((d) => (
            <Checkbox
              key={d}
              id={`preferredDays-${d}`}
              name="preferredDays"
              value={d}
              label={ctx.t(`homeVisits.weekday.${d}`)}
              checked={days.includes(d)}
            />
          ))}
        </Fieldset>
        <Fieldset legend={ctx.t('homeVisits.field.preferredTime')} name="preferredTime" error={errors.preferredTime}>
          {DAY_PARTS.map((p) => (
            <Radio
              key={p}
              name="preferredTime"
              value={p}
              label={ctx.t(`homeVisits.dayPart.${p}`)}
              checked={val(values, 'preferredTime') === p}
            />
          ))}
        </Fieldset>
        <TextInput
          ctx={ctx}
          name="preferredNotes"
          label={ctx.t('homeVisits.field.preferredNotes')}
          optional
          value={val(values, 'preferredNotes')}
          error={errors.preferredNotes}
        />
        <TextArea
          ctx={ctx}
          name="accessNotes"
          label={ctx.t('homeVisits.field.accessNotes')}
          hint={ctx.t('homeVisits.field.accessNotes.hint')}
          optional
          rows={2}
          value={val(values, 'accessNotes')}
          error={errors.accessNotes}
        />
        <h2>{ctx.t('homeVisits.new.consentTitle')}</h2>
        <div class="inset-text">
          <p>{ctx.t('homeVisits.clause.intro', { office: ctx.office.name })}</p>
          <ul>
            <li>{ctx.t('homeVisits.clause.purpose')}</li>
            <li>{ctx.t('homeVisits.clause.recipients')}</li>
            <li>{ctx.t('homeVisits.clause.retention')}</li>
            <li>{ctx.t('homeVisits.clause.rights')}</li>
          </ul>
        </div>
        <Fieldset legend={ctx.t('homeVisits.field.confirmations')} name="consent" error={errors.consent ?? errors.clauseGiven}>
          <Checkbox name="consent" label={ctx.t('homeVisits.field.consent')} checked={val(values, 'consent') === 'on'} />
          <Checkbox name="clauseGiven" label={ctx.t('homeVisits.field.clauseGiven')} checked={val(values, 'clauseGiven') === 'on'} />
        </Fieldset>
        <Button>{ctx.t('homeVisits.new.submit')}</Button>
      </form>
    </AdminPage>
  );
}

/** Which of a request's forms was sent last, so its errors show beside it. */
export type RequestForm = 'assign' | 'authorisation' | 'schedule' | 'complete' | 'cancel';

function AuthorisationTable({
  ctx,
  items,
  caption,
  pdfBase,
}: {
  ctx: PageContext;
  items: readonly AuthorisationItem[];
  caption: string;
  /** Where the printable authorisations are, when the viewer may download them. */
  pdfBase?: string;
}) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{ctx.t('homeVisits.auth.number')}</th>
            <th scope="col">{ctx.t('homeVisits.auth.employee')}</th>
            <th scope="col">{ctx.t('homeVisits.auth.unit')}</th>
            <th scope="col">{ctx.t('homeVisits.auth.scope')}</th>
            <th scope="col">{ctx.t('homeVisits.auth.period')}</th>
            <th scope="col">{ctx.t('homeVisits.auth.standing')}</th>
            <th scope="col">{ctx.t('homeVisits.auth.visitsDone')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                {a.number && pdfBase ? (
                  <a href={`${pdfBase}/${a.id}/upowaznienie.pdf`} aria-label={ctx.t('homeVisits.register.pdf', { number: a.number })}>
                    {a.number}
                  </a>
                ) : (
                  (a.number ?? ctx.t('homeVisits.auth.unnumbered', { id: a.id }))
                )}
              </th>
              <td>{a.employee}</td>
              <td>{a.unit ? inLanguage(a.unit, ctx.locale).value : '—'}</td>
              <td class="preserve-lines">{a.scope}</td>
              <td>
                {ctx.t('homeVisits.auth.periodText', {
                  from: formatDate(ctx.locale, a.validFrom),
                  until: formatDate(ctx.locale, a.validUntil),
                })}
              </td>
              <td>
                <StandingTag ctx={ctx} standing={a.standing} />
                {a.expiresSoon && (
                  <>
                    {' '}
                    <span class="tag tag--closed">{ctx.t('homeVisits.auth.expiresSoon')}</span>
                  </>
                )}
              </td>
              <td>{a.visitsDone}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** /wizyty-domowe/:id: the request as taken, its visits, and the forms the viewer's role offers now. */
export function RequestDetailPage({
  ctx,
  request,
  employees,
  today,
  form,
  values,
  errors,
  notice,
}: {
  ctx: PageContext;
  request: RequestDetail;
  employees: readonly { id: number; name: string }[];
  today: string;
  form?: RequestForm | undefined;
  values?: FormValues;
  errors?: FormErrors;
  notice?: Notice | undefined;
}) {
  const errs = errors ?? {};
  const sent = (which: RequestForm): FormValues => (form === which && values ? values : {});
  const errorsOf = (which: RequestForm) => (form === which ? errs : {});
  const offers = (event: string) => (request.offered as readonly string[]).includes(event);
  const base = `${HOME_VISITS_PATH}/${request.id}`;
  const scheduled = request.visits.find((v) => v.status === 'scheduled');
  return (
    <AdminPage ctx={ctx} title={ctx.t('homeVisits.detail.title', { id: request.id })} errors={errs} notice={notice}>
      <p>
        <StatusTag ctx={ctx} status={request.status} />
        {request.overdue && (
          <>
            {' '}
            <Overdue ctx={ctx} />
          </>
        )}
      </p>
      {!request.anonymised && (
        <p>
          <a href={`${base}/wniosek.pdf`}>{ctx.t('homeVisits.detail.pdf')}</a> ·{' '}
          <a href={`${base}/wniosek.json`}>{ctx.t('homeVisits.detail.json')}</a>
          {scheduled && (
            <>
              {' '}
              · <a href={`${base}/pismo.pdf`}>{ctx.t('homeVisits.detail.letter')}</a>
            </>
          )}
        </p>
      )}
      <dl class="summary-list">
        <dt>{ctx.t('homeVisits.field.takenAt')}</dt>
        <dd>
          {formatDateTime(ctx.locale, request.takenAt)}, {ctx.t(`homeVisits.channel.${request.channel}`)} ({request.takenBy})
        </dd>
        <dt>{ctx.t('homeVisits.field.applicantName')}</dt>
        <dd>{request.anonymised ? ctx.t('homeVisits.anonymised') : request.applicantName}</dd>
        <dt>{ctx.t('homeVisits.field.visitAddress')}</dt>
        <dd class="preserve-lines">{request.visitAddress || '—'}</dd>
        <dt>{ctx.t('homeVisits.field.phone')}</dt>
        <dd>{request.phone || '—'}</dd>
        <dt>{ctx.t('homeVisits.field.email')}</dt>
        <dd>
          {request.email || '—'}
          {request.email && request.locale !== 'pl' && ` (${ctx.t(`homeVisits.locale.${request.locale}`)})`}
        </dd>
        <dt>{ctx.t('homeVisits.field.representative')}</dt>
        <dd>
          {request.representativeName
            ? `${request.representativeName}${request.representativeKind ? ` (${ctx.t(`homeVisits.representative.${keyPart(request.representativeKind)}`)})` : ''}${request.representativePhone ? `, ${request.representativePhone}` : ''}`
            : '—'}
        </dd>
        <dt>{ctx.t('homeVisits.field.matter')}</dt>
        <dd class="preserve-lines">{text(ctx, request.matter) || '—'}</dd>
        <dt>{ctx.t('homeVisits.field.unit')}</dt>
        <dd>{text(ctx, request.unit)}</dd>
        <dt>{ctx.t('homeVisits.field.reasonCategory')}</dt>
        <dd>{ctx.t(`homeVisits.reason.${keyPart(request.reasonCategory)}`)}</dd>
        <dt>{ctx.t('homeVisits.field.preferred')}</dt>
        <dd>
          {[
            request.preferredDays.map((d) => ctx.t(`homeVisits.weekday.${d}`)).join(', ') || ctx.t('homeVisits.anyDay'),
            ctx.t(`homeVisits.dayPart.${request.preferredTime}`),
            request.preferredNotes,
          ]
            .filter(Boolean)
            .join('; ')}
        </dd>
        <dt>{ctx.t('homeVisits.field.accessNotes')}</dt>
        <dd class="preserve-lines">{request.accessNotes || '—'}</dd>
        <dt>{ctx.t('homeVisits.field.caseSign')}</dt>
        <dd>{request.caseSign ?? '—'}</dd>
        <dt>{ctx.t('homeVisits.field.assignee')}</dt>
        <dd>{request.assignee ?? '—'}</dd>
        {request.cancelReason && (
          <>
            <dt>{ctx.t('homeVisits.field.cancelReason')}</dt>
            <dd class="preserve-lines">{request.cancelReason}</dd>
          </>
        )}
      </dl>
      {request.visits.length > 0 && (
        <>
          <h2>{ctx.t('homeVisits.detail.visitsTitle')}</h2>
          <ul class="action-list">
            {request.visits.map((v) => (
              <li key={v.id}>
                <strong>
                  {formatDate(ctx.locale, v.visitOn)} {v.visitTime}
                </strong>{' '}
                — {ctx.t(`homeVisits.visitStatus.${v.status}`)} ({v.employee}, {v.authorisationNumber ?? '—'};{' '}
                {ctx.t(`homeVisits.informed.${v.informedBy}`)}){v.outcome && <p>{ctx.t(`homeVisits.outcome.${keyPart(v.outcome)}`)}</p>}
                {v.documentsTaken && <p class="preserve-lines">{ctx.t('homeVisits.detail.documents', { list: v.documentsTaken })}</p>}
                {v.note && <p class="preserve-lines">{v.note}</p>}
                {v.reason && <p class="preserve-lines">{ctx.t('homeVisits.detail.reason', { reason: v.reason })}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
      {offers('send') && (
        <form method="post" action={`${base}/wyslij`}>
          <CsrfField ctx={ctx} />
          <p>{ctx.t('homeVisits.send.lead')}</p>
          <Button>{ctx.t('homeVisits.send.submit')}</Button>
        </form>
      )}
      {offers('assign') && (
        <form method="post" action={`${base}/przydziel`} novalidate>
          <CsrfField ctx={ctx} />
          <h2>{ctx.t('homeVisits.assign.title')}</h2>
          <TextInput
            ctx={ctx}
            name="caseSign"
            width="medium"
            label={ctx.t('homeVisits.field.caseSign')}
            hint={ctx.t('homeVisits.field.caseSign.hint', { code: request.unitCode, year: today.slice(0, 4) })}
            value={val(sent('assign'), 'caseSign') || (request.caseSign ?? '')}
            error={errorsOf('assign').caseSign}
            spellcheck={false}
          />
          <Select
            ctx={ctx}
            name="clerk"
            label={ctx.t('homeVisits.field.clerk')}
            emptyLabel={ctx.t('homeVisits.field.clerk.choose')}
            options={request.clerks.map((c) => ({ value: String(c.id), label: c.name }))}
            value={val(sent('assign'), 'clerk') || (request.assignedTo === null ? '' : String(request.assignedTo))}
            error={errorsOf('assign').clerk}
          />
          <Button>{ctx.t('homeVisits.assign.submit')}</Button>
        </form>
      )}
      {request.assignedTo !== null && (
        <>
          <h2>{ctx.t('homeVisits.detail.authorisationsTitle')}</h2>
          {request.authorisations.length === 0 ? (
            <p>{ctx.t('homeVisits.detail.noAuthorisations')}</p>
          ) : (
            <AuthorisationTable ctx={ctx} items={request.authorisations} caption={ctx.t('homeVisits.detail.authorisationsCaption')} />
          )}
        </>
      )}
      {request.mayAskAuthorisation && (
        <form method="post" action={`${base}/upowaznienie`} novalidate>
          <CsrfField ctx={ctx} />
          <h2>{ctx.t('homeVisits.ask.title')}</h2>
          <Select
            ctx={ctx}
            name="employee"
            label={ctx.t('homeVisits.field.employee')}
            options={employees.map((e) => ({ value: String(e.id), label: e.name }))}
            value={val(sent('authorisation'), 'employee') || String(request.assignedTo ?? '')}
            error={errorsOf('authorisation').employee}
          />
          <TextArea
            ctx={ctx}
            name="scope"
            label={ctx.t('homeVisits.field.scope')}
            hint={ctx.t('homeVisits.field.scope.hint')}
            rows={2}
            value={val(sent('authorisation'), 'scope')}
            error={errorsOf('authorisation').scope}
          />
          <TextInput
            ctx={ctx}
            name="legalBasis"
            label={ctx.t('homeVisits.field.legalBasis')}
            hint={ctx.t('homeVisits.field.legalBasis.hint')}
            value={val(sent('authorisation'), 'legalBasis')}
            error={errorsOf('authorisation').legalBasis}
          />
          <TextInput
            ctx={ctx}
            name="validFrom"
            type="date"
            width="medium"
            label={ctx.t('homeVisits.field.validFrom')}
            value={val(sent('authorisation'), 'validFrom') || today}
            error={errorsOf('authorisation').validFrom}
          />
          <TextInput
            ctx={ctx}
            name="validUntil"
            type="date"
            width="medium"
            label={ctx.t('homeVisits.field.validUntil')}
            value={val(sent('authorisation'), 'validUntil')}
            error={errorsOf('authorisation').validUntil}
          />
          <Button variant="secondary">{ctx.t('homeVisits.ask.submit')}</Button>
        </form>
      )}
      {(offers('schedule') || offers('move')) && (
        <form method="post" action={`${base}/termin`} novalidate>
          <CsrfField ctx={ctx} />
          <h2>{ctx.t(offers('move') ? 'homeVisits.schedule.moveTitle' : 'homeVisits.schedule.title')}</h2>
          <p class="hint">{ctx.t('homeVisits.schedule.rule')}</p>
          <p class="hint">
            {request.email ? ctx.t('homeVisits.schedule.mailed', { email: request.email }) : ctx.t('homeVisits.schedule.noEmail')}
          </p>
          <TextInput
            ctx={ctx}
            name="visitOn"
            type="date"
            width="medium"
            label={ctx.t('homeVisits.field.visitOn')}
            value={val(sent('schedule'), 'visitOn')}
            error={errorsOf('schedule').visitOn}
          />
          <TextInput
            ctx={ctx}
            name="visitTime"
            type="time"
            width="short"
            label={ctx.t('homeVisits.field.visitTime')}
            value={val(sent('schedule'), 'visitTime')}
            error={errorsOf('schedule').visitTime}
          />
          <Fieldset legend={ctx.t('homeVisits.field.informedBy')} name="informedBy" error={errorsOf('schedule').informedBy}>
            {INFORMED_BY.map((i) => (
              <Radio
                key={i}
                name="informedBy"
                value={i}
                label={ctx.t(`homeVisits.informed.${i}`)}
                checked={val(sent('schedule'), 'informedBy') === i}
              />
            ))}
          </Fieldset>
          {offers('move') && (
            <TextArea
              ctx={ctx}
              name="moveReason"
              label={ctx.t('homeVisits.field.moveReason')}
              rows={2}
              value={val(sent('schedule'), 'moveReason')}
              error={errorsOf('schedule').moveReason}
            />
          )}
          <Button>{ctx.t(offers('move') ? 'homeVisits.schedule.moveSubmit' : 'homeVisits.schedule.submit')}</Button>
        </form>
      )}
      {offers('complete') && (
        <form method="post" action={`${base}/wykonana`} novalidate>
          <CsrfField ctx={ctx} />
          <h2>{ctx.t('homeVisits.complete.title')}</h2>
          <Fieldset legend={ctx.t('homeVisits.field.outcome')} name="outcome" error={errorsOf('complete').outcome}>
            {OUTCOMES.map((o) => (
              <Radio
                key={o}
                name="outcome"
                value={o}
                label={ctx.t(`homeVisits.outcome.${keyPart(o)}`)}
                checked={val(sent('complete'), 'outcome') === o}
              />
            ))}
          </Fieldset>
          <TextArea
            ctx={ctx}
            name="documentsTaken"
            label={ctx.t('homeVisits.field.documentsTaken')}
            optional
            rows={2}
            value={val(sent('complete'), 'documentsTaken')}
            error={errorsOf('complete').documentsTaken}
          />
          <TextArea
            ctx={ctx}
            name="note"
            label={ctx.t('homeVisits.field.note')}
            optional
            rows={2}
            value={val(sent('complete'), 'note')}
            error={errorsOf('complete').note}
          />
          <Button>{ctx.t('homeVisits.complete.submit')}</Button>
        </form>
      )}
      {offers('cancel') && (
        <form method="post" action={`${base}/anuluj`} novalidate>
          <CsrfField ctx={ctx} />
          <h2>{ctx.t('homeVisits.cancel.title')}</h2>
          <TextArea
            ctx={ctx}
            name="reason"
            label={ctx.t('homeVisits.field.cancelReason')}
            rows={2}
            value={val(sent('cancel'), 'reason')}
            error={errorsOf('cancel').reason}
          />
          <Button variant="warning">{ctx.t('homeVisits.cancel.submit')}</Button>
        </form>
      )}
      <p>
        <a href={HOME_VISITS_PATH}>{ctx.t('homeVisits.back')}</a>
      </p>
    </AdminPage>
  );
}

/** /sekretarz: the City Secretary's start page: authorisations waiting for a decision, and those decided. */
export function SecretaryPage({
  ctx,
  pending,
  decided,
  counts,
  notice,
}: {
  ctx: PageContext;
  pending: readonly AuthorisationItem[];
  decided: readonly AuthorisationItem[];
  counts: HomeVisitCounts;
  notice?: Notice | undefined;
}) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('homeVisits.secretary.title')} notice={notice}>
      <p class="lead">{ctx.t('homeVisits.secretary.lead')}</p>
      <HomeVisitCountsPanel ctx={ctx} role="city_secretary" counts={counts} />
      <h2>{ctx.t('homeVisits.secretary.pendingTitle')}</h2>
      {pending.length === 0 ? (
        <p>{ctx.t('homeVisits.secretary.noPending')}</p>
      ) : (
        <ul class="action-list">
          {pending.map((a) => (
            <li key={a.id}>
              <a href={`${SECRETARY_PATH}/upowaznienia/${a.id}`}>{ctx.t('homeVisits.secretary.decide', { employee: a.employee })}</a> —{' '}
              {ctx.t('homeVisits.auth.periodText', {
                from: formatDate(ctx.locale, a.validFrom),
                until: formatDate(ctx.locale, a.validUntil),
              })}
              , {ctx.t('homeVisits.secretary.askedBy', { who: a.requestedBy, at: formatDateTime(ctx.locale, a.requestedAt) })}
            </li>
          ))}
        </ul>
      )}
      <h2>{ctx.t('homeVisits.secretary.decidedTitle')}</h2>
      {decided.length === 0 ? (
        <p>{ctx.t('homeVisits.secretary.noDecided')}</p>
      ) : (
        <ul class="action-list">
          {decided.map((a) => (
            <li key={a.id}>
              <a href={`${SECRETARY_PATH}/upowaznienia/${a.id}`}>{a.number ?? ctx.t('homeVisits.auth.unnumbered', { id: a.id })}</a> —{' '}
              {a.employee}, <StandingTag ctx={ctx} standing={a.standing} />
            </li>
          ))}
        </ul>
      )}
    </AdminPage>
  );
}

/** Which of an authorisation's forms was sent last. */
export type AuthorisationForm = 'refuse' | 'revoke' | 'grant';

/** /sekretarz/upowaznienia/:id: one authorisation, with grant and refuse (or revoke once granted). */
export function AuthorisationDecisionPage({
  ctx,
  authorisation,
  form,
  values,
  errors,
  notice,
}: {
  ctx: PageContext;
  authorisation: AuthorisationItem;
  form?: AuthorisationForm | undefined;
  values?: FormValues;
  errors?: FormErrors;
  notice?: Notice | undefined;
}) {
  const errs = errors ?? {};
  const a = authorisation;
  const base = `${SECRETARY_PATH}/upowaznienia/${a.id}`;
  const sent = (which: AuthorisationForm): FormValues => (form === which && values ? values : {});
  const errorsOf = (which: AuthorisationForm) => (form === which ? errs : {});
  return (
    <AdminPage
      ctx={ctx}
      title={a.number ? ctx.t('homeVisits.decision.titleNumbered', { number: a.number }) : ctx.t('homeVisits.decision.title', { id: a.id })}
      errors={errs}
      notice={notice}
    >
      <dl class="summary-list">
        <dt>{ctx.t('homeVisits.auth.employee')}</dt>
        <dd>{a.employee}</dd>
        <dt>{ctx.t('homeVisits.auth.unit')}</dt>
        <dd>{a.unit ? inLanguage(a.unit, ctx.locale).value : '—'}</dd>
        <dt>{ctx.t('homeVisits.auth.scope')}</dt>
        <dd class="preserve-lines">{a.scope}</dd>
        <dt>{ctx.t('homeVisits.field.legalBasis')}</dt>
        <dd class="preserve-lines">{a.legalBasis}</dd>
        <dt>{ctx.t('homeVisits.auth.period')}</dt>
        <dd>
          {ctx.t('homeVisits.auth.periodText', { from: formatDate(ctx.locale, a.validFrom), until: formatDate(ctx.locale, a.validUntil) })}
        </dd>
        <dt>{ctx.t('homeVisits.auth.standing')}</dt>
        <dd>
          <StandingTag ctx={ctx} standing={a.standing} />
        </dd>
        <dt>{ctx.t('homeVisits.secretary.asked')}</dt>
        <dd>{ctx.t('homeVisits.secretary.askedBy', { who: a.requestedBy, at: formatDateTime(ctx.locale, a.requestedAt) })}</dd>
        {a.refusalReason && (
          <>
            <dt>{ctx.t('homeVisits.decision.refusalReason')}</dt>
            <dd class="preserve-lines">{a.refusalReason}</dd>
          </>
        )}
        {a.revokeReason && (
          <>
            <dt>{ctx.t('homeVisits.decision.revokeReason')}</dt>
            <dd class="preserve-lines">{a.revokeReason}</dd>
          </>
        )}
        <dt>{ctx.t('homeVisits.auth.visitsDone')}</dt>
        <dd>{a.visitsDone}</dd>
      </dl>
      {a.number && (
        <p>
          <a href={`${base}/upowaznienie.pdf`}>{ctx.t('homeVisits.decision.pdf')}</a>
        </p>
      )}
      {a.standing === 'requested' && (
        <>
          <form method="post" action={`${base}/udziel`}>
            <CsrfField ctx={ctx} />
            {errorsOf('grant').reason && <p class="error-message">{errorsOf('grant').reason}</p>}
            <Button>{ctx.t('homeVisits.decision.grant')}</Button>
          </form>
          <form method="post" action={`${base}/odmow`} novalidate>
            <CsrfField ctx={ctx} />
            <h2>{ctx.t('homeVisits.decision.refuseTitle')}</h2>
            <TextArea
              ctx={ctx}
              name="reason"
              label={ctx.t('homeVisits.decision.refusalReason')}
              rows={2}
              value={val(sent('refuse'), 'reason')}
              error={errorsOf('refuse').reason}
            />
            <Button variant="warning">{ctx.t('homeVisits.decision.refuse')}</Button>
          </form>
        </>
      )}
      {(a.standing === 'valid' || a.standing === 'pending') && (
        <form method="post" action={`${base}/cofnij`} novalidate>
          <CsrfField ctx={ctx} />
          <h2>{ctx.t('homeVisits.decision.revokeTitle')}</h2>
          <TextArea
            ctx={ctx}
            name="reason"
            label={ctx.t('homeVisits.decision.revokeReason')}
            rows={2}
            value={val(sent('revoke'), 'reason')}
            error={errorsOf('revoke').reason}
          />
          <Button variant="warning">{ctx.t('homeVisits.decision.revoke')}</Button>
        </form>
      )}
      <p>
        <a href={SECRETARY_PATH}>{ctx.t('homeVisits.decision.back')}</a>
      </p>
    </AdminPage>
  );
}

/** The register's filters as a query string (empty when none), for the export links. */
function registerQuery(filter: RegisterFilter): string {
  const query = new URLSearchParams();
  if (filter.standing) query.set('stan', filter.standing);
  if (filter.unitId !== null) query.set('komorka', String(filter.unitId));
  if (filter.year !== null) query.set('rok', String(filter.year));
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** /rejestr-upowaznien: the register of the Secretary's authorisations (BNOiC), with filters. */
export function RegisterPage({
  ctx,
  register,
  filter,
  counts,
}: {
  ctx: PageContext;
  register: RegisterView;
  filter: RegisterFilter;
  counts: HomeVisitCounts;
}) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('homeVisits.register.title')}>
      <p class="lead">{ctx.t('homeVisits.register.lead')}</p>
      <HomeVisitCountsPanel ctx={ctx} role="register_keeper" counts={counts} />
      <form method="get" action={REGISTER_PATH} class="filter-form">
        <Select
          ctx={ctx}
          name="stan"
          label={ctx.t('homeVisits.register.filterStanding')}
          emptyLabel={ctx.t('homeVisits.register.all')}
          options={(['valid', 'pending', 'expired', 'revoked'] as const).map((s) => ({
            value: s,
            label: ctx.t(`homeVisits.standing.${s}`),
          }))}
          value={filter.standing ?? ''}
        />
        <Select
          ctx={ctx}
          name="komorka"
          label={ctx.t('homeVisits.auth.unit')}
          emptyLabel={ctx.t('homeVisits.register.all')}
          options={register.units.map((u) => ({ value: String(u.id), label: inLanguage(u.name, ctx.locale).value }))}
          value={filter.unitId === null ? '' : String(filter.unitId)}
        />
        <Select
          ctx={ctx}
          name="rok"
          label={ctx.t('homeVisits.register.year')}
          emptyLabel={ctx.t('homeVisits.register.all')}
          options={register.years.map((y) => ({ value: String(y), label: String(y) }))}
          value={filter.year === null ? '' : String(filter.year)}
        />
        <Button variant="secondary">{ctx.t('homeVisits.register.filter')}</Button>
      </form>
      <ul>
        {(['csv', 'xlsx'] as const).map((format) => (
          <li>
            <a href={`${REGISTER_PATH}/eksport.${format}${registerQuery(filter)}`} download>
              {ctx.t(`homeVisits.register.${format}`)}
            </a>
          </li>
        ))}
      </ul>
      {register.items.length === 0 ? (
        <p>{ctx.t('homeVisits.register.empty')}</p>
      ) : (
        <AuthorisationTable
          ctx={ctx}
          items={register.items}
          caption={ctx.t('homeVisits.register.caption', { n: register.items.length })}
          pdfBase={REGISTER_PATH}
        />
      )}
    </AdminPage>
  );
}

/** The administrator's home-visit settings: the unit head's handling days, the expiry warning, the retention. */
export function HomeVisitSettingsPage({
  ctx,
  policy,
  values,
  errors,
  notice,
}: {
  ctx: PageContext;
  policy: HomeVisitPolicy;
  values?: FormValues;
  errors?: FormErrors;
  notice?: Notice | undefined;
}) {
  return (
    <DaySettingsPage
      ctx={ctx}
      title={ctx.t('homeVisits.settings.title')}
      action={HOME_VISIT_SETTINGS_PATH}
      settings={(['handleWithinDays', 'expiryWarningDays', 'retentionDays'] as const).map((name) => ({
        name,
        label: `homeVisits.settings.${name}`,
        hint: `homeVisits.settings.${name}.hint`,
        value: policy[name],
      }))}
      submit={ctx.t('homeVisits.settings.submit')}
      back={{ href: '/admin', label: ctx.t('homeVisits.settings.back') }}
      values={values}
      errors={errors}
      notice={notice}
    />
  );
}
