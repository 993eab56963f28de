import type { OutboxMail, OutboxRow } from '../../app/mail/index.ts';
import type { PageContext } from '../components/context.ts';
import { Layout } from '../components/layout.tsx';
import { formatDateTime } from '../i18n/index.ts';
import { staffNav } from '../staff/nav.ts';
import { keyPart } from '../i18n/index.ts';

function DemoNotice({ ctx, demo }: { ctx: PageContext; demo: boolean }) {
  return demo ? <p class="notice">{ctx.t('mail.outbox.demoMode')}</p> : null;
}

/** A mail's state in words: one built without a mail server is not called sent. */
function statusText(ctx: PageContext, row: OutboxRow): string {
  return ctx.t(row.status === 'sent' && row.delivery === 'none' ? 'mail.status.built' : `mail.status.${row.status}`);
}

/** A skipped mail keeps its reason as `skipped: <reason>`; the page words it. */
function lastErrorText(ctx: PageContext, row: OutboxRow): string {
  if (row.lastError === null) return '—';
  const skipped = /^skipped: ([a-z_]+)$/.exec(row.lastError);
  return skipped ? ctx.t(`mail.skip.${keyPart(skipped[1]!)}`) : row.lastError;
}

export interface OutboxListProps {
  ctx: PageContext;
  rows: readonly OutboxRow[];
  page: number;
  hasNext: boolean;
  demo: boolean;
}

/** /personel/poczta: outgoing mail, newest first, 50 a page. */
export function OutboxListPage({ ctx, rows, page, hasNext, demo }: OutboxListProps) {
  const title = ctx.t('mail.outbox.title');
  return (
    <Layout ctx={ctx} title={title} nav={staffNav(ctx)} wide>
      <h1>{title}</h1>
      <p class="lead">{ctx.t('mail.outbox.lead')}</p>
      <DemoNotice ctx={ctx} demo={demo} />
      {rows.length === 0 ? (
        <p>{ctx.t('mail.outbox.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{ctx.t('mail.outbox.caption', { page })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('mail.field.created')}</th>
                <th scope="col">{ctx.t('mail.field.kind')}</th>
                <th scope="col">{ctx.t('mail.field.status')}</th>
                <th scope="col">{ctx.t('mail.field.attempts')}</th>
                <th scope="col">{ctx.t('mail.field.recipient')}</th>
                <th scope="col">{ctx.t('mail.field.subject')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{formatDateTime(ctx.locale, row.createdAt)}</td>
                  <td>{ctx.t(`mail.kind.${keyPart(row.kind)}`)}</td>
                  <td>{statusText(ctx, row)}</td>
                  <td>{row.attempts}</td>
                  <td>{row.recipient ?? '—'}</td>
                  <th scope="row">
                    <a href={`/personel/poczta/${row.id}`}>{row.subject ?? ctx.t('mail.outbox.open', { id: row.id })}</a>
                  </th>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={ctx.t('mail.outbox.pages')}>
        <ul class="pagination">
          {page > 1 && (
            <li>
              <a href={`/personel/poczta?page=${page - 1}`} rel="prev">
                {ctx.t('mail.outbox.newer')}
              </a>
            </li>
          )}
          {hasNext && (
            <li>
              <a href={`/personel/poczta?page=${page + 1}`} rel="next">
                {ctx.t('mail.outbox.older')}
              </a>
            </li>
          )}
        </ul>
      </nav>
    </Layout>
  );
}

/** /personel/poczta/<id>: one mail with its text as it was sent. */
export function OutboxMailPage({ ctx, mail, demo }: { ctx: PageContext; mail: OutboxMail; demo: boolean }) {
  const title = ctx.t('mail.outbox.detailTitle', { id: mail.id });
  const when = (at: Date | null) => (at ? formatDateTime(ctx.locale, at) : ctx.t('mail.outbox.notYet'));
  return (
    <Layout ctx={ctx} title={title} nav={staffNav(ctx)} wide>
      <p>
        <a href="/personel/poczta">{ctx.t('mail.outbox.back')}</a>
      </p>
      <h1>{title}</h1>
      <DemoNotice ctx={ctx} demo={demo} />
      <dl class="summary-list">
        <dt>{ctx.t('mail.field.subject')}</dt>
        <dd>{mail.subject ?? '—'}</dd>
        <dt>{ctx.t('mail.field.recipient')}</dt>
        <dd>{mail.recipient ?? '—'}</dd>
        <dt>{ctx.t('mail.field.kind')}</dt>
        <dd>{ctx.t(`mail.kind.${keyPart(mail.kind)}`)}</dd>
        <dt>{ctx.t('mail.field.status')}</dt>
        <dd>{statusText(ctx, mail)}</dd>
        <dt>{ctx.t('mail.field.attempts')}</dt>
        <dd>{mail.attempts}</dd>
        <dt>{ctx.t('mail.field.created')}</dt>
        <dd>{formatDateTime(ctx.locale, mail.createdAt)}</dd>
        {mail.status === 'pending' && (
          <>
            <dt>{ctx.t('mail.field.sendAfter')}</dt>
            <dd>{formatDateTime(ctx.locale, mail.sendAfter)}</dd>
          </>
        )}
        <dt>{ctx.t(mail.delivery === 'none' ? 'mail.field.builtAt' : 'mail.field.sentAt')}</dt>
        <dd>{when(mail.sentAt)}</dd>
        <dt>{ctx.t('mail.field.messageId')}</dt>
        <dd class="audit-details">{mail.messageId ?? '—'}</dd>
        <dt>{ctx.t('mail.field.lastError')}</dt>
        <dd>{lastErrorText(ctx, mail)}</dd>
        <dt>{ctx.t('mail.field.booking')}</dt>
        <dd>{mail.bookingId === null ? '—' : `${mail.bookingId} (${mail.bookingVersion ?? '—'})`}</dd>
      </dl>
      {mail.bodyText !== null && (
        <section aria-labelledby="mail-body">
          <h2 id="mail-body">{ctx.t('mail.outbox.bodyTitle')}</h2>
          <pre class="mail-body">{mail.bodyText}</pre>
        </section>
      )}
    </Layout>
  );
}
