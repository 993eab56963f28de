import type { SatisfactionOverview, PendingComment } from '../../app/satisfaction/index.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { Layout } from '../components/layout.tsx';
import { AdminPage } from '../admin/common.tsx';
import { formatDateTime } from '../i18n/index.ts';
import { Face, SatisfactionQuestion, scoreWords, type QuestionView } from './question.tsx';

export const OPINIONS_PATH = '/opinie';

/** /ocena/wizyta/<code>: the question of the mail after a booked visit. */
export function BookingQuestionPage({ ctx, view }: { ctx: PageContext; view: QuestionView }) {
  const hasErrors = view.errors !== undefined && Object.keys(view.errors).length > 0;
  return (
    <Layout ctx={ctx} title={ctx.t('satisfaction.question.title')} hasErrors={hasErrors}>
      {view.state === 'none' ? (
        <>
          <h1>{ctx.t('satisfaction.question.title')}</h1>
          <p>{ctx.t('satisfaction.notYet')}</p>
        </>
      ) : (
        <SatisfactionQuestion ctx={ctx} view={view} headingLevel={1} />
      )}
    </Layout>
  );
}

function CommentItem({ ctx, item, moderate }: { ctx: PageContext; item: PendingComment; moderate: boolean }) {
  const unit = item.unitName ? inLanguage(item.unitName, ctx.locale) : null;
  const service = item.serviceName ? inLanguage(item.serviceName, ctx.locale) : null;
  return (
    <li class="opinion">
      <p class="opinion__meta">
        <Face score={item.score} /> <strong>{scoreWords(ctx, item.score)}</strong> · {formatDateTime(ctx.locale, item.answeredAt)} ·{' '}
        {ctx.t(`satisfaction.via.${item.via}`)}
        {unit && (
          <>
            {' · '}
            <span lang={unit.lang}>{unit.value}</span>
          </>
        )}
        {service && (
          <>
            {' · '}
            <span lang={service.lang}>{service.value}</span>
          </>
        )}
      </p>
      <blockquote class="opinion__text preserve-lines">{item.comment}</blockquote>
      {moderate && (
        <form method="post" action={`${OPINIONS_PATH}/${item.id}/moderacja`} class="inline-form opinion__actions">
          <input type="hidden" name="_csrf" value={ctx.csrfToken ?? ''} />
          <button type="submit" class="button" name="decision" value="approved" aria-describedby={`opinia-${item.id}`}>
            {ctx.t('satisfaction.moderation.approve')}
          </button>{' '}
          <button type="submit" class="button button--warning" name="decision" value="rejected" aria-describedby={`opinia-${item.id}`}>
            {ctx.t('satisfaction.moderation.reject')}
          </button>
          <span id={`opinia-${item.id}`} class="visually-hidden">
            {ctx.t('satisfaction.moderation.which', { id: item.id })}
          </span>
        </form>
      )}
    </li>
  );
}

/** /opinie: answers per face over 30 days and the comments to moderate (unit head: their unit; administrator: all). */
export function OpinionsPage({
  ctx,
  overview,
  notice,
  error,
}: {
  ctx: PageContext;
  overview: SatisfactionOverview;
  notice?: boolean;
  error?: string;
}) {
  const unit = overview.unitName ? inLanguage(overview.unitName, ctx.locale) : null;
  const max = Math.max(1, ...overview.counts.map((c) => c.answers));
  return (
    <AdminPage ctx={ctx} title={ctx.t('satisfaction.opinions.title')}>
      {notice && (
        <div class="notice notice--success" role="status">
          {ctx.t('satisfaction.moderation.done')}
        </div>
      )}
      {error && (
        <div class="error-summary" role="alert" tabIndex={-1} data-error-summary>
          <p>{error}</p>
        </div>
      )}
      <p class="lead">
        {overview.scope === 'all' && ctx.t('satisfaction.opinions.scopeAll', { days: overview.days })}
        {overview.scope === 'unit' && unit && (
          <>
            {ctx.t('satisfaction.opinions.scopeUnit', { days: overview.days })} <span lang={unit.lang}>{unit.value}</span>
          </>
        )}
        {overview.scope === 'none' && ctx.t('satisfaction.opinions.scopeNone')}
      </p>
      <h2>{ctx.t('satisfaction.opinions.countsTitle')}</h2>
      <p>
        {ctx.t('satisfaction.opinions.total', { n: overview.total })}
        {overview.average !== null &&
          ` ${ctx.t('satisfaction.opinions.average', { average: overview.average.toLocaleString(ctx.locale) })}`}
      </p>
      <table class="table opinion-counts">
        <caption>{ctx.t('satisfaction.opinions.countsCaption', { days: overview.days })}</caption>
        <thead>
          <tr>
            <th scope="col">{ctx.t('satisfaction.opinions.face')}</th>
            <th scope="col">{ctx.t('satisfaction.opinions.answers')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.counts.map((c) => (
            <tr key={c.score}>
              <th scope="row">
                <Face score={c.score} /> {scoreWords(ctx, c.score)}
              </th>
              <td>
                <span class="opinion-counts__bar" data-share={Math.round((c.answers / max) * 10)} aria-hidden="true" />
                {c.answers}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{ctx.t('satisfaction.opinions.pendingTitle')}</h2>
      {overview.pending.length === 0 ? (
        <p>{ctx.t('satisfaction.opinions.pendingNone')}</p>
      ) : (
        <ul class="opinion-list">
          {overview.pending.map((item) => (
            <CommentItem key={item.id} ctx={ctx} item={item} moderate />
          ))}
        </ul>
      )}
      <h2>{ctx.t('satisfaction.opinions.approvedTitle')}</h2>
      {overview.approved.length === 0 ? (
        <p>{ctx.t('satisfaction.opinions.approvedNone')}</p>
      ) : (
        <ul class="opinion-list">
          {overview.approved.map((item) => (
            <CommentItem key={item.id} ctx={ctx} item={item} moderate={false} />
          ))}
        </ul>
      )}
    </AdminPage>
  );
}
