import type {
  ApiKeySummary,
  InboxFilter,
  InboxRow,
  ReportCategory,
  ReporterContact,
  ResponseTimeRow,
  StaffReport,
} from '../../app/reports/index.ts';
import { CLOSE_REASONS, REPORT_STATUSES, STAFF_STATUSES } from '../../domain/reports/index.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import { AdminPage, type Notice } from '../admin/common.tsx';
import type { PageContext } from '../components/context.ts';
import { Button, CsrfField, Select, TextArea, TextInput, type FormErrors } from '../components/form.tsx';
import { formatDateTime, numberFormat } from '../i18n/format.ts';
import { closeReasonWords, reportPath, statusWords, withReportCode } from './public-pages.tsx';
import { ReportPoint, type ReportMapSetting } from './report-map.tsx';

export const INBOX_PATH = '/centrum-kontaktu';
export const FIGURES_PATH = '/centrum-kontaktu/czasy-odpowiedzi';
export const API_KEYS_PATH = '/admin/open311';

export function staffReportPath(id: number): string {
  return `${INBOX_PATH}/zgloszenia/${id}`;
}

export interface UnitChoice {
  id: number;
  code: string;
}

/** The Contact Centre's inbox: filters (a GET form), the reports newest first, and the figures' link. */
export function InboxPage(props: {
  ctx: PageContext;
  rows: readonly InboxRow[];
  filter: InboxFilter;
  categories: readonly ReportCategory[];
  units: readonly UnitChoice[];
  limit: number;
}) {
  const { ctx, rows, filter } = props;
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t('reports.staff.title')}>
      <p>
        <a href={FIGURES_PATH}>{t('reports.staff.figures.title')}</a>
        {' · '}
        <a href={`${INBOX_PATH}/kategorie`}>{t('reports.categories.title')}</a>
      </p>
      <form method="get" action={INBOX_PATH} class="report-filter">
        <Select
          ctx={ctx}
          name="status"
          label={t('reports.staff.filter.status')}
          value={filter.status ?? ''}
          emptyLabel={t('reports.staff.filter.all')}
          options={[
            { value: 'active', label: t('reports.staff.filter.active') },
            ...REPORT_STATUSES.map((s) => ({ value: s, label: statusWords(ctx, s) })),
          ]}
        />
        <Select
          ctx={ctx}
          name="category"
          label={t('reports.follow.category')}
          value={filter.categoryId ?? ''}
          emptyLabel={t('reports.staff.filter.all')}
          options={props.categories.map((c) => ({ value: String(c.id), label: inLanguage(c.name, ctx.locale).value }))}
        />
        <Select
          ctx={ctx}
          name="unit"
          label={t('reports.staff.unit')}
          value={filter.unitId ?? ''}
          emptyLabel={t('reports.staff.filter.all')}
          options={props.units.map((u) => ({ value: String(u.id), label: u.code }))}
        />
        <Button variant="secondary">{t('reports.staff.filter.submit')}</Button>
      </form>
      <p>{t('reports.staff.count', { count: rows.length, limit: props.limit })}</p>
      {rows.length === 0 ? (
        <p>{t('reports.staff.empty')}</p>
      ) : (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={t('reports.staff.title')}>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('reports.staff.code')}</th>
                <th scope="col">{t('reports.follow.category')}</th>
                <th scope="col">{t('reports.follow.where')}</th>
                <th scope="col">{t('reports.follow.status')}</th>
                <th scope="col">{t('reports.staff.unit')}</th>
                <th scope="col">{t('reports.follow.sent')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <a href={staffReportPath(row.id)} class="code report-code">
                      {row.code}
                    </a>
                    {row.hidden && <span class="tag tag--closed">{t('reports.staff.hiddenTag')}</span>}
                  </td>
                  <td>{inLanguage(row.category, ctx.locale).value}</td>
                  <td>{row.address ?? '—'}</td>
                  <td>{statusWords(ctx, row.status)}</td>
                  <td>{row.unit ?? '—'}</td>
                  <td>{formatDateTime(ctx.locale, row.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}

function FiguresTable({ ctx, rows, caption }: { ctx: PageContext; rows: readonly ResponseTimeRow[]; caption: string }) {
  const { t } = ctx;
  const hours = (value: number | null) => (value === null ? '—' : numberFormat(ctx.locale, { maximumFractionDigits: 1 }).format(value));
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.staff.figures.name')}</th>
            <th scope="col">{t('reports.staff.figures.reports')}</th>
            <th scope="col">{t('reports.staff.figures.answered')}</th>
            <th scope="col">{t('reports.staff.figures.median')}</th>
            <th scope="col">{t('reports.staff.figures.medianClose')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <th scope="row">{row.name ? inLanguage(row.name, ctx.locale).value : t('reports.staff.noUnit')}</th>
              <td>{row.reports}</td>
              <td>{row.answered}</td>
              <td>{hours(row.medianHours)}</td>
              <td>{hours(row.medianHoursToClose)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Response-time figures per category and per unit. */
export function FiguresPage({
  ctx,
  byCategory,
  byUnit,
}: {
  ctx: PageContext;
  byCategory: readonly ResponseTimeRow[];
  byUnit: readonly ResponseTimeRow[];
}) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('reports.staff.figures.title')}>
      <p>{ctx.t('reports.staff.figures.lead')}</p>
      <FiguresTable ctx={ctx} rows={byCategory} caption={ctx.t('reports.staff.figures.byCategory')} />
      <FiguresTable ctx={ctx} rows={byUnit} caption={ctx.t('reports.staff.figures.byUnit')} />
      <p>
        <a href={INBOX_PATH}>{ctx.t('reports.staff.back')}</a>
      </p>
    </AdminPage>
  );
}

/** One report for the Contact Centre: facts, history with notes, and the forms that work on it. */
export function StaffReportPage(props: {
  ctx: PageContext;
  report: StaffReport;
  units: readonly UnitChoice[];
  contact?: ReporterContact | null;
  notice?: Notice | undefined;
  errors?: FormErrors;
  values?: Record<string, string>;
  /** The map setting: with it, the report's point is shown on a small map too. */
  map?: ReportMapSetting | undefined;
}) {
  const { ctx, report, errors = {}, values = {} } = props;
  const { t } = ctx;
  const action = (path: string) => `${staffReportPath(report.id)}/${path}`;
  return (
    <AdminPage
      ctx={ctx}
      title={t('reports.follow.title', { code: report.code })}
      heading={withReportCode(t('reports.follow.title', { code: report.code }), report.code)}
      notice={props.notice}
      errors={errors}
    >
      <p>
        <a href={INBOX_PATH}>{t('reports.staff.back')}</a>
        {report.status !== 'unconfirmed' && (
          <>
            {' · '}
            <a href={reportPath(report.code)}>{t('reports.staff.publicPage')}</a>
          </>
        )}
      </p>
      <p>
        {t('reports.follow.status')}: <strong>{statusWords(ctx, report.status)}</strong>
        {report.closeReason ? ` — ${closeReasonWords(ctx, report.closeReason)}` : ''}
        {report.duplicateOfCode ? ' ' : ''}
        {report.duplicateOfCode && <span class="report-code">{report.duplicateOfCode}</span>}
      </p>
      {report.hidden && <p class="notice">{t('reports.staff.hidden')}</p>}
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('reports.follow.category')}</dt>
          <dd class="summary-list__value">{inLanguage(report.category, ctx.locale).value}</dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('reports.follow.where')}</dt>
          <dd class="summary-list__value">{report.address ?? '—'}</dd>
        </div>
        {report.lat !== null && report.long !== null && (
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('reports.follow.point')}</dt>
            <dd class="summary-list__value">
              <ReportPoint ctx={ctx} map={props.map} lat={report.lat} long={report.long} />
            </dd>
          </div>
        )}
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('reports.form.link.label')}</dt>
          <dd class="summary-list__value">{report.pageLink ?? '—'}</dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('reports.staff.source')}</dt>
          <dd class="summary-list__value">{t(report.source === 'form' ? 'reports.staff.sourceForm' : 'reports.staff.sourceOpen311')}</dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('reports.follow.sent')}</dt>
          <dd class="summary-list__value">{formatDateTime(ctx.locale, report.createdAt)}</dd>
        </div>
        {report.duplicates.length > 0 && (
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('reports.staff.duplicates')}</dt>
            <dd class="summary-list__value">{report.duplicates.join(', ')}</dd>
          </div>
        )}
      </dl>
      <h2>{t('reports.follow.description')}</h2>
      <p class="report-description">{report.description}</p>
      {report.attributes.length > 0 && (
        <>
          <h2>{t('reports.staff.attributes')}</h2>
          <dl class="summary-list">
            {report.attributes.map((a) => {
              const question = inLanguage(a.question, ctx.locale);
              return (
                <div class="summary-list__row" key={a.code}>
                  <dt class="summary-list__key" lang={question.lang}>
                    {question.value}
                  </dt>
                  <dd class="summary-list__value">
                    {typeof a.answer === 'string' ? a.answer : a.answer.map((name) => inLanguage(name, ctx.locale).value).join(', ')}
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      )}
      {report.hasPhoto && (
        <figure class="report-photo-figure">
          <img class="report-photo" src={`${staffReportPath(report.id)}/zdjecie`} alt={t('reports.follow.photoAlt')} />
          {report.hidden && <figcaption>{t('reports.staff.photoHidden')}</figcaption>}
        </figure>
      )}
      {report.mediaUrl && (
        <p>
          {t('reports.staff.mediaUrl')}{' '}
          <a href={report.mediaUrl} rel="noreferrer noopener" referrerpolicy="no-referrer">
            {report.mediaUrl}
          </a>
        </p>
      )}

      <h2>{t('reports.staff.contact.title')}</h2>
      {report.anonymised ? (
        <p>{t('reports.staff.contact.anonymised')}</p>
      ) : !report.hasContact ? (
        <p>{t('reports.staff.contact.none')}</p>
      ) : props.contact ? (
        <dl class="summary-list">
          {[
            ['reports.form.email.label', props.contact.email],
            ['reports.staff.contact.name', [props.contact.firstName, props.contact.lastName].filter(Boolean).join(' ') || null],
            ['reports.staff.contact.phone', props.contact.phone],
          ].map(([key, value]) => (
            <div class="summary-list__row" key={key}>
              <dt class="summary-list__key">{t(key!)}</dt>
              <dd class="summary-list__value">{value ?? '—'}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <form method="post" action={action('kontakt')}>
          <CsrfField ctx={ctx} />
          <p class="hint">{t('reports.staff.contact.hint')}</p>
          <Button variant="secondary">{t('reports.staff.contact.show')}</Button>
        </form>
      )}

      <h2>{t('reports.staff.statusForm.title')}</h2>
      <form method="post" action={action('status')} novalidate>
        <CsrfField ctx={ctx} />
        <Select
          ctx={ctx}
          name="status"
          label={t('reports.staff.statusForm.status')}
          value={values.status ?? ''}
          emptyLabel=""
          error={errors.status}
          options={STAFF_STATUSES.map((s) => ({ value: s, label: statusWords(ctx, s) }))}
        />
        <Select
          ctx={ctx}
          name="reason"
          label={t('reports.staff.statusForm.reason')}
          value={values.reason ?? ''}
          emptyLabel=""
          error={errors.reason}
          options={CLOSE_REASONS.map((r) => ({ value: r, label: closeReasonWords(ctx, r) }))}
        />
        <TextInput
          ctx={ctx}
          name="referTo"
          label={t('reports.staff.statusForm.referTo')}
          value={values.referTo ?? ''}
          error={errors.referTo}
        />
        <TextInput
          ctx={ctx}
          name="duplicateOf"
          label={t('reports.staff.statusForm.duplicateOf')}
          value={values.duplicateOf ?? ''}
          width="medium"
          error={errors.duplicateOf}
        />
        <Button>{t('reports.staff.statusForm.submit')}</Button>
      </form>

      <h2>{t('reports.staff.assign.title')}</h2>
      <form method="post" action={action('przypisz')}>
        <CsrfField ctx={ctx} />
        <Select
          ctx={ctx}
          name="unitId"
          label={t('reports.staff.unit')}
          value={report.unitId ?? ''}
          emptyLabel={t('reports.staff.noUnit')}
          error={errors.unitId}
          options={props.units.map((u) => ({ value: String(u.id), label: u.code }))}
        />
        <Button variant="secondary">{t('reports.staff.assign.submit')}</Button>
      </form>

      <h2>{t('reports.staff.reply.title')}</h2>
      <form method="post" action={action('odpowiedz')} novalidate>
        <CsrfField ctx={ctx} />
        <TextArea
          ctx={ctx}
          name="body"
          label={t('reports.staff.reply.body')}
          hint={t('reports.staff.reply.hint')}
          value={values.body ?? ''}
          error={errors.body}
        />
        <Button name="kind" value="reply">
          {t('reports.staff.reply.submit')}
        </Button>{' '}
        <Button name="kind" value="note" variant="secondary">
          {t('reports.staff.note.submit')}
        </Button>
      </form>

      <h2>{t('reports.staff.hide.title')}</h2>
      <form method="post" action={action('ukryj')}>
        <CsrfField ctx={ctx} />
        <p class="hint">{t('reports.staff.hide.hint')}</p>
        <input type="hidden" name="hidden" value={report.hidden ? 'no' : 'yes'} />
        <Button variant="warning">{t(report.hidden ? 'reports.staff.hide.show' : 'reports.staff.hide.submit')}</Button>
      </form>

      <h2>{t('reports.staff.history')}</h2>
      {report.updates.length === 0 ? (
        <p>{t('reports.follow.noHistory')}</p>
      ) : (
        <ol class="report-history">
          {report.updates.map((u, i) => (
            <li key={i} class="report-history__item">
              <p class="report-history__when">
                {formatDateTime(ctx.locale, u.at)}
                {u.staff ? ` — ${u.staff}` : ''}
              </p>
              <p>
                {u.kind === 'status' && u.status ? t('reports.follow.statusChange', { status: statusWords(ctx, u.status) }) : ''}
                {u.kind === 'reply' ? t('reports.follow.reply') : ''}
                {u.kind === 'note' ? t('reports.staff.note.label') : ''}
                {u.kind === 'assign' ? t('reports.staff.assign.done', { unit: u.unit ?? t('reports.staff.noUnit') }) : ''}
              </p>
              {u.body && <p class="report-history__body">{u.body}</p>}
            </li>
          ))}
        </ol>
      )}
    </AdminPage>
  );
}

/** The administrator's Open311 keys: issue one (shown once), revoke one. */
export function ApiKeysPage({
  ctx,
  keys,
  issued,
  errors = {},
}: {
  ctx: PageContext;
  keys: readonly ApiKeySummary[];
  issued?: string;
  errors?: FormErrors;
}) {
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t('reports.apiKeys.title')} errors={errors}>
      <p>{t('reports.apiKeys.lead')}</p>
      {issued && (
        <div class="panel panel--confirmation" role="status">
          <p class="panel__body">{t('reports.apiKeys.issued')}</p>
          <p class="panel__body">
            <code class="api-key">{issued}</code>
          </p>
        </div>
      )}
      <form method="post" action={API_KEYS_PATH} novalidate>
        <CsrfField ctx={ctx} />
        <TextInput ctx={ctx} name="name" label={t('reports.apiKeys.name')} error={errors.name} />
        <Button>{t('reports.apiKeys.issue')}</Button>
      </form>
      {keys.length === 0 ? (
        <p>{t('reports.apiKeys.none')}</p>
      ) : (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={t('reports.apiKeys.title')}>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('reports.apiKeys.name')}</th>
                <th scope="col">{t('reports.apiKeys.created')}</th>
                <th scope="col">{t('reports.follow.status')}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id}>
                  <td>{key.name}</td>
                  <td>{formatDateTime(ctx.locale, key.createdAt)}</td>
                  <td>
                    {key.revokedAt ? (
                      t('reports.apiKeys.revokedOn', { date: formatDateTime(ctx.locale, key.revokedAt) })
                    ) : (
                      <form method="post" action={`${API_KEYS_PATH}/${key.id}/uniewaznij`}>
                        <CsrfField ctx={ctx} />
                        <Button variant="warning">{t('reports.apiKeys.revoke', { name: key.name })}</Button>
                      </form>
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
