import type { PublicReply, PublicReport, ReportCategory } from '../../app/reports/index.ts';
import { keyPart } from '../../domain/shared/message-key.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import { AntiBotField, ANTI_BOT_SCRIPT } from '../booking/anti-bot-field.tsx';
import type { PageContext } from '../components/context.ts';
import { Button, ErrorSummary, Fieldset, Radio, TextArea, TextInput, type FormErrors } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';
import { formatDateTime } from '../i18n/format.ts';
import { REPORT_FORM_SCRIPT, ReportAttributeFields, type AttributeFormAnswers } from './attribute-fields.tsx';
import { REPORT_MAP_SCRIPT, ReportMapField, ReportPoint, type ReportMapSetting } from './report-map.tsx';

/** Where the form lives; the footer of every page links here. */
export const REPORT_FORM_PATH = '/zglos-problem';

/** The public page of a report. */
export function reportPath(code: string): string {
  return `/zgloszenia/${code}`;
}

/**
 * A sentence naming a report's code, the code kept on one line (a phone would otherwise break it at its
 * hyphen: "EM77-" / "H8PQ").
 * @example <h1>{withReportCode(t('reports.follow.title', { code }), code)}</h1>
 */
export function withReportCode(text: string, code: string) {
  const at = text.indexOf(code);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <span class="report-code">{code}</span>
      {text.slice(at + code.length)}
    </>
  );
}

/** The status of a report in words ('w realizacji'). */
export function statusWords(ctx: PageContext, status: string): string {
  return ctx.t(`reports.status.${keyPart(status)}`);
}

/** Why a closed report was closed, in words. */
export function closeReasonWords(ctx: PageContext, reason: string): string {
  return ctx.t(`reports.closeReason.${keyPart(reason)}`);
}

export interface ReportFormValues {
  category: string;
  description: string;
  address: string;
  lat: string;
  long: string;
  link: string;
  email: string;
  /** The answers to the categories' questions, by field (attribute-fields.tsx). */
  answers: AttributeFormAnswers;
}

export interface ReportFormPageProps {
  ctx: PageContext;
  categories: readonly ReportCategory[];
  values: ReportFormValues;
  challenge: { id: string; question: string };
  formToken: string;
  errors?: FormErrors;
  /** Whether the form takes a photo (multipart) — off when the server has no image library. */
  photos: boolean;
  /** The map setting (MAP_TILE_URL): with it, and JavaScript, a map fills the coordinates; without, the fields alone. */
  map?: ReportMapSetting | undefined;
}

/**
 * The "Zgłoś problem" form of the Contact Centre: what (a category, a description), where ("Proszę
 * określić, gdzie leży problem": an address and/or a point), the "Link" of the page it was opened from, an
 * optional photo and e-mail, and the anti-bot step (a question in words without JavaScript, ALTCHA with it).
 * A plain form that posts; nothing here needs JavaScript or a map. A category that asks more (a lamp's pole
 * number) has its questions under the categories (ReportAttributeFields). With the map setting and
 * JavaScript, a map above the coordinates fills them (ReportMapField).
 */
export function ReportFormPage({ ctx, categories, values, challenge, formToken, errors = {}, photos, map }: ReportFormPageProps) {
  const { t } = ctx;
  const title = t('reports.form.title');
  const group = (kind: 'place' | 'office') =>
    categories
      .filter((c) => c.kind === kind)
      .map((c) => (
        <Radio
          key={c.code}
          name="category"
          value={c.code}
          label={inLanguage(c.name, ctx.locale).value}
          checked={values.category === c.code}
        />
      ));
  return (
    <Layout
      ctx={ctx}
      title={title}
      hasErrors={Object.keys(errors).length > 0}
      scripts={map ? [ANTI_BOT_SCRIPT, REPORT_FORM_SCRIPT, REPORT_MAP_SCRIPT] : [ANTI_BOT_SCRIPT, REPORT_FORM_SCRIPT]}
    >
      <ErrorSummary ctx={ctx} errors={errors} />
      <span class="caption">{t('reports.form.caption')}</span>
      <h1>{title}</h1>
      <p>{t('reports.form.lead')}</p>
      <form method="post" action={REPORT_FORM_PATH} enctype={photos ? 'multipart/form-data' : undefined} novalidate>
        <input type="hidden" name="_csrf" value={formToken} />
        <Fieldset legend={t('reports.form.category.legend')} name="category" error={errors.category}>
          <p class="report-form__group">{t('reports.form.category.place')}</p>
          {group('place')}
          <p class="report-form__group">{t('reports.form.category.office')}</p>
          {group('office')}
        </Fieldset>
        <ReportAttributeFields ctx={ctx} categories={categories} answers={values.answers} errors={errors} />
        <TextArea
          ctx={ctx}
          name="description"
          label={t('reports.form.description.label')}
          hint={t('reports.form.description.hint')}
          value={values.description}
          rows={6}
          error={errors.description}
        />
        <Fieldset legend={t('reports.form.where.legend')}>
          <TextInput
            ctx={ctx}
            name="address"
            label={t('reports.form.address.label')}
            hint={t('reports.form.address.hint')}
            value={values.address}
            autocomplete="street-address"
            error={errors.address}
          />
          <p class="hint">{t('reports.form.point.hint')}</p>
          {map && <ReportMapField ctx={ctx} map={map} />}
          <div class="report-form__point">
            <TextInput
              ctx={ctx}
              name="lat"
              label={t('reports.form.lat')}
              value={values.lat}
              width="medium"
              inputMode="text"
              error={errors.lat}
              optional
            />
            <TextInput
              ctx={ctx}
              name="long"
              label={t('reports.form.long')}
              value={values.long}
              width="medium"
              inputMode="text"
              error={errors.long}
              optional
            />
          </div>
        </Fieldset>
        <TextInput
          ctx={ctx}
          name="link"
          label={t('reports.form.link.label')}
          hint={t('reports.form.link.hint')}
          value={values.link}
          error={errors.link}
          optional
        />
        {photos && (
          <div class={errors.photo ? 'form-group form-group--error' : 'form-group'}>
            <label class="label" for="photo">
              {t('reports.form.photo.label')} {t('form.optional')}
            </label>
            <div id="photo-hint" class="hint">
              {t('reports.form.photo.hint')}
            </div>
            {errors.photo && (
              <p id="photo-error" class="error-message">
                {errors.photo}
              </p>
            )}
            <input
              class="file-upload"
              id="photo"
              name="photo"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              aria-describedby={errors.photo ? 'photo-hint photo-error' : 'photo-hint'}
            />
          </div>
        )}
        <TextInput
          ctx={ctx}
          name="email"
          type="email"
          label={t('reports.form.email.label')}
          hint={t('reports.form.email.hint')}
          value={values.email}
          autocomplete="email"
          spellcheck={false}
          error={errors.email}
          optional
        />
        <AntiBotField ctx={ctx} challenge={challenge} error={errors.antiBot} />
        <p>{t('reports.form.privacy')}</p>
        <Button>{t('reports.form.submit')}</Button>
      </form>
    </Layout>
  );
}

/** After sending: the code, and either "confirm through the link in your mail" or the page to follow it. */
export function ReportSentPage({ ctx, code, unconfirmed }: { ctx: PageContext; code: string; unconfirmed: boolean }) {
  const { t } = ctx;
  const title = t('reports.sent.title');
  return (
    <Layout ctx={ctx} title={title}>
      <div class="panel panel--confirmation">
        <h1 class="panel__title">{title}</h1>
        <p class="panel__body">
          {t('reports.sent.codeLabel')} <strong class="report-code">{code}</strong>
        </p>
      </div>
      {unconfirmed ? (
        <p>{t('reports.sent.confirm')}</p>
      ) : (
        <>
          <p>{t('reports.sent.follow')}</p>
          <p>
            <a href={reportPath(code)}>{withReportCode(t('reports.sent.followLink', { code }), code)}</a>
          </p>
        </>
      )}
    </Layout>
  );
}

function Reply({ ctx, reply }: { ctx: PageContext; reply: PublicReply }) {
  const { t } = ctx;
  return (
    <li class="report-history__item">
      <p class="report-history__when">{formatDateTime(ctx.locale, reply.at)}</p>
      {reply.kind === 'status' && reply.status && (
        <p>
          {t('reports.follow.statusChange', { status: statusWords(ctx, reply.status) })}
          {reply.closeReason ? ` (${closeReasonWords(ctx, reply.closeReason)})` : ''}
        </p>
      )}
      {reply.kind === 'reply' && <p class="report-history__title">{t('reports.follow.reply')}</p>}
      {reply.body && <p class="report-history__body">{reply.body}</p>}
    </li>
  );
}

/**
 * A report's public page: its status, where and what, and the Contact Centre's public replies. Never the
 * reporter's name, e-mail or phone, nor the photo's metadata (the photo shown is the re-encoded copy).
 */
export function ReportFollowPage({
  ctx,
  report,
  replies,
  notice,
  map,
}: {
  ctx: PageContext;
  report: PublicReport;
  replies: readonly PublicReply[];
  notice?: string;
  map?: ReportMapSetting | undefined;
}) {
  const { t } = ctx;
  const title = t('reports.follow.title', { code: report.code });
  const category = inLanguage(report.category, ctx.locale);
  return (
    <Layout ctx={ctx} title={title}>
      {notice && (
        <div class="panel panel--confirmation" role="status">
          <p class="panel__body">{notice}</p>
        </div>
      )}
      <h1>{withReportCode(title, report.code)}</h1>
      <p class={`report-status report-status--${report.status}`}>
        {t('reports.follow.status')}: <strong>{statusWords(ctx, report.status)}</strong>
        {report.closeReason ? ` — ${closeReasonWords(ctx, report.closeReason)}` : ''}
      </p>
      {report.duplicateOfCode && (
        <p>
          {t('reports.follow.duplicateOf')}{' '}
          <a href={reportPath(report.duplicateOfCode)} class="report-code">
            {report.duplicateOfCode}
          </a>
        </p>
      )}
      {report.referTo && (
        <p>
          {t('reports.follow.referTo')} {report.referTo}
        </p>
      )}
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('reports.follow.category')}</dt>
          <dd class="summary-list__value" lang={category.lang}>
            {category.value}
          </dd>
        </div>
        {report.address && (
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('reports.follow.where')}</dt>
            <dd class="summary-list__value">{report.address}</dd>
          </div>
        )}
        {report.lat !== null && report.long !== null && (
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('reports.follow.point')}</dt>
            <dd class="summary-list__value">
              <ReportPoint ctx={ctx} map={map} lat={report.lat} long={report.long} />
            </dd>
          </div>
        )}
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('reports.follow.sent')}</dt>
          <dd class="summary-list__value">{formatDateTime(ctx.locale, report.createdAt)}</dd>
        </div>
        {report.unit && (
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('reports.follow.unit')}</dt>
            <dd class="summary-list__value">{inLanguage(report.unit, ctx.locale).value}</dd>
          </div>
        )}
      </dl>
      <h2>{t('reports.follow.description')}</h2>
      {report.description === null ? <p>{t('reports.follow.hidden')}</p> : <p class="report-description">{report.description}</p>}
      {report.hasPhoto && <img class="report-photo" src={`${reportPath(report.code)}/zdjecie`} alt={t('reports.follow.photoAlt')} />}
      <h2>{t('reports.follow.history')}</h2>
      {replies.length === 0 ? (
        <p>{t('reports.follow.noHistory')}</p>
      ) : (
        <ol class="report-history">
          {replies.map((reply, i) => (
            <Reply key={i} ctx={ctx} reply={reply} />
          ))}
        </ol>
      )}
      <p>
        <a href={REPORT_FORM_PATH}>{t('reports.follow.another')}</a>
      </p>
    </Layout>
  );
}
