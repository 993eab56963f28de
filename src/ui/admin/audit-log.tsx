import type { PageContext } from '../components/context.ts';
import { Layout } from '../components/layout.tsx';
import { Button, ErrorSummary, TextInput, type FormErrors } from '../components/form.tsx';
import { formatDateTime } from '../i18n/index.ts';
import { staffNav } from '../staff/nav.ts';
import type { AuditRow, ChainCheck } from '../../app/audit/index.ts';
import { auditSentence, roleWords } from './audit-words.ts';

/** The filter form's values as typed (kept on errors). */
export type AuditFilterValues = Record<'action' | 'actor' | 'subjectType' | 'subjectId' | 'from' | 'to', string>;

export interface AuditLogPageProps {
  ctx: PageContext;
  values: AuditFilterValues;
  rows: readonly AuditRow[];
  page: number;
  hasNext: boolean;
  errors?: FormErrors;
  chain?: ChainCheck | undefined;
}

function pageLink(values: AuditFilterValues, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== '') query.set(key, value);
  query.set('page', String(page));
  return `/admin/dziennik?${query.toString()}`;
}

function ChainNotice({ ctx, chain }: { ctx: PageContext; chain: ChainCheck }) {
  if (chain.ok)
    return (
      <p class="notice notice--success" role="status">
        {ctx.t('audit.chain.ok', { n: chain.rows })}
      </p>
    );
  return (
    <div class="error-summary" role="alert">
      <h2 class="error-summary__title">{ctx.t('audit.chain.broken', { id: chain.brokenAt ?? '' })}</h2>
      <p>{ctx.t('audit.chain.brokenHelp')}</p>
    </div>
  );
}

/** The audit log: filters, newest first, 50 rows a page, and the chain check. */
export function AuditLogPage({ ctx, values, rows, page, hasNext, errors = {}, chain }: AuditLogPageProps) {
  const title = ctx.t('audit.title');
  return (
    <Layout ctx={ctx} title={title} nav={staffNav(ctx)} hasErrors={Object.keys(errors).length > 0} wide>
      {chain && <ChainNotice ctx={ctx} chain={chain} />}
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      <form method="get" action="/admin/dziennik/spojnosc">
        <Button variant="secondary">{ctx.t('audit.chain.check')}</Button>
      </form>
      <form method="get" action="/admin/dziennik" novalidate>
        <h2>{ctx.t('audit.filter.title')}</h2>
        <div class="filters">
          <TextInput
            ctx={ctx}
            name="action"
            label={ctx.t('audit.field.action')}
            hint={ctx.t('audit.filter.actionHint')}
            optional
            value={values.action}
            spellcheck={false}
            error={errors.action}
          />
          <TextInput
            ctx={ctx}
            name="actor"
            label={ctx.t('audit.field.actor')}
            optional
            value={values.actor}
            spellcheck={false}
            error={errors.actor}
          />
          <TextInput
            ctx={ctx}
            name="subjectType"
            label={ctx.t('audit.field.subjectType')}
            optional
            value={values.subjectType}
            spellcheck={false}
            error={errors.subjectType}
          />
          <TextInput
            ctx={ctx}
            name="subjectId"
            label={ctx.t('audit.field.subjectId')}
            optional
            value={values.subjectId}
            spellcheck={false}
            error={errors.subjectId}
          />
          <TextInput
            ctx={ctx}
            name="from"
            type="date"
            label={ctx.t('audit.filter.from')}
            optional
            value={values.from}
            error={errors.from}
          />
          <TextInput ctx={ctx} name="to" type="date" label={ctx.t('audit.filter.to')} optional value={values.to} error={errors.to} />
        </div>
        <Button>{ctx.t('audit.filter.submit')}</Button>
      </form>
      {rows.length === 0 ? (
        <p>{ctx.t('audit.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{ctx.t('audit.caption', { page })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('audit.field.id')}</th>
                <th scope="col">{ctx.t('audit.field.at')}</th>
                <th scope="col">{ctx.t('audit.field.actor')}</th>
                <th scope="col">{ctx.t('audit.field.action')}</th>
                <th scope="col">{ctx.t('audit.field.details')}</th>
                <th scope="col">{ctx.t('audit.field.address')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{row.id}</td>
                  <td>{formatDateTime(ctx.locale, row.at)}</td>
                  <td>
                    {row.actorLabel || ctx.t(`audit.actorKind.${row.actorKind}`)}
                    {row.role && <span class="muted"> ({roleWords(ctx.t, row.role)})</span>}
                  </td>
                  <th scope="row" class="audit-sentence">
                    {auditSentence(ctx.t, row)}
                  </th>
                  <td>
                    <details class="audit-details">
                      <summary>{ctx.t('audit.details.show')}</summary>
                      <dl>
                        <dt>{ctx.t('audit.details.action')}</dt>
                        <dd>
                          <code>{row.action}</code>
                        </dd>
                        {row.subjectType && (
                          <>
                            <dt>{ctx.t('audit.field.subject')}</dt>
                            <dd>
                              <code>
                                {row.subjectType} {row.subjectId}
                              </code>
                            </dd>
                          </>
                        )}
                      </dl>
                      <pre>{JSON.stringify(row.details, null, 2)}</pre>
                    </details>
                  </td>
                  <td>{row.address || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={ctx.t('audit.pages')}>
        <ul class="pagination">
          {page > 1 && (
            <li>
              <a href={pageLink(values, page - 1)} rel="prev">
                {ctx.t('audit.newer')}
              </a>
            </li>
          )}
          {hasNext && (
            <li>
              <a href={pageLink(values, page + 1)} rel="next">
                {ctx.t('audit.older')}
              </a>
            </li>
          )}
        </ul>
      </nav>
    </Layout>
  );
}
