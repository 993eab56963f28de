import type { AnnouncementItem } from '../../app/announcements/index.ts';
import { PLACES, SEVERITIES, TEXT_MAX } from '../../domain/announcements/index.ts';
import { many, one, type FormValues } from '../../domain/organisation/form-values.ts';
import type { PageContext } from '../components/context.ts';
import { Button, Checkbox, CsrfField, ErrorSummary, Fieldset, Radio, TextArea, TextInput, type FormErrors } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';
import { formatDateTime } from '../i18n/index.ts';
import { keyPart } from '../i18n/index.ts';
import { staffNav } from '../staff/nav.ts';
import { inLanguage } from '../../domain/shared/translated.ts';

function Notice({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <p class="notice notice--success" role="status">
      {text}
    </p>
  );
}

function problemWords(ctx: PageContext, problem: string): string {
  return ctx.t(`announcements.problem.${keyPart(problem)}`);
}

/** The office's announcements for the administrator and the Contact Centre: open ones first, with change and withdraw. */
export function AnnouncementListPage({
  ctx,
  items,
  notice,
}: {
  ctx: PageContext;
  items: readonly AnnouncementItem[];
  notice?: string | undefined;
}) {
  const title = ctx.t('announcements.list.title');
  return (
    <Layout ctx={ctx} title={title} nav={staffNav(ctx)} wide>
      <Notice text={notice} />
      <h1>{title}</h1>
      <p>{ctx.t('announcements.list.intro')}</p>
      <p>
        <a class="button" href="/komunikaty/nowy">
          {ctx.t('announcements.list.new')}
        </a>
      </p>
      {items.length === 0 ? (
        <p>{ctx.t('announcements.list.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption>{ctx.t('announcements.list.caption', { n: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('announcements.list.text')}</th>
                <th scope="col">{ctx.t('announcements.list.severity')}</th>
                <th scope="col">{ctx.t('announcements.list.places')}</th>
                <th scope="col">{ctx.t('announcements.list.when')}</th>
                <th scope="col">{ctx.t('announcements.list.state')}</th>
                <th scope="col">{ctx.t('announcements.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => {
                const text = inLanguage(a.text, ctx.locale);
                const from = formatDateTime(ctx.locale, a.shownFrom);
                const open = a.state === 'coming' || a.state === 'shown';
                return (
                  <tr key={a.id}>
                    <th scope="row" class="announcement-cell">
                      {a.device ? (
                        <>
                          {ctx.t('announcements.list.automatic', { name: a.device.name })}: {problemWords(ctx, a.device.problem)}
                        </>
                      ) : (
                        <span lang={text.lang}>{text.value}</span>
                      )}
                    </th>
                    <td>
                      <span class={`tag tag--severity-${a.severity}`}>{ctx.t(`announcements.severity.${a.severity}`)}</span>
                    </td>
                    <td>{a.places.map((p) => ctx.t(`announcements.place.${p}`)).join(', ')}</td>
                    <td>
                      {a.shownUntil
                        ? ctx.t('announcements.list.fromUntil', { from, until: formatDateTime(ctx.locale, a.shownUntil) })
                        : ctx.t('announcements.list.fromOnwards', { from })}
                    </td>
                    <td>{ctx.t(`announcements.state.${a.state}`)}</td>
                    <td>
                      {open && (
                        <ul class="actions">
                          {!a.device && (
                            <li>
                              <a href={`/komunikaty/${a.id}`}>
                                {ctx.t('announcements.list.edit')}
                                <span class="visually-hidden"> #{a.id}</span>
                              </a>
                            </li>
                          )}
                          <li>
                            <a href={`/komunikaty/${a.id}/wycofaj`}>
                              {ctx.t('announcements.list.withdraw')}
                              <span class="visually-hidden"> #{a.id}</span>
                            </a>
                          </li>
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

/** The form that publishes or changes an announcement: severity, words in three languages, places, from–until. */
export function AnnouncementFormPage({
  ctx,
  id,
  values = {},
  errors = {},
}: {
  ctx: PageContext;
  /** The announcement changed; none for a new one. */
  id?: number;
  values?: FormValues;
  errors?: FormErrors;
}) {
  const title = ctx.t(id === undefined ? 'announcements.form.newTitle' : 'announcements.form.editTitle');
  const value = (name: string) => one(values, name);
  const places = many(values, 'places');
  return (
    <Layout ctx={ctx} title={title} nav={staffNav(ctx)} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      <form method="post" action={id === undefined ? '/komunikaty' : `/komunikaty/${id}`} novalidate>
        <CsrfField ctx={ctx} />
        <Fieldset legend={ctx.t('announcements.form.severity')} name="severity" error={errors.severity}>
          {SEVERITIES.map((s) => (
            <Radio
              key={s}
              name="severity"
              value={s}
              label={ctx.t(`announcements.severity.${s}`)}
              hint={ctx.t(`announcements.form.severityHint.${s}`)}
              checked={value('severity') === s}
            />
          ))}
        </Fieldset>
        <TextArea
          ctx={ctx}
          name="text_pl"
          label={ctx.t('announcements.form.textPl')}
          hint={ctx.t('announcements.form.textPlHint', { max: TEXT_MAX })}
          value={value('text_pl')}
          rows={3}
          error={errors.text_pl}
        />
        <TextArea
          ctx={ctx}
          name="text_en"
          label={ctx.t('announcements.form.textEn')}
          hint={ctx.t('announcements.form.translationHint')}
          optional
          value={value('text_en')}
          rows={3}
          error={errors.text_en}
        />
        <TextArea
          ctx={ctx}
          name="text_uk"
          label={ctx.t('announcements.form.textUk')}
          hint={ctx.t('announcements.form.translationHint')}
          optional
          value={value('text_uk')}
          rows={3}
          error={errors.text_uk}
        />
        <Fieldset legend={ctx.t('announcements.form.places')} name="places" error={errors.places}>
          {PLACES.map((p) => (
            <Checkbox
              key={p}
              id={`places-${p}`}
              name="places"
              value={p}
              label={ctx.t(`announcements.place.${p}`)}
              checked={places.includes(p)}
            />
          ))}
        </Fieldset>
        <Fieldset legend={ctx.t('announcements.form.from')}>
          <p class="hint">{ctx.t('announcements.form.fromHint')}</p>
          <div class="inline-fields">
            <TextInput
              ctx={ctx}
              name="from_date"
              label={ctx.t('announcements.form.date')}
              optional
              value={value('from_date')}
              width="short"
              error={errors.from_date}
            />
            <TextInput
              ctx={ctx}
              name="from_time"
              label={ctx.t('announcements.form.time')}
              optional
              value={value('from_time')}
              width="short"
              error={errors.from_time}
            />
          </div>
        </Fieldset>
        <Fieldset legend={ctx.t('announcements.form.until')}>
          <p class="hint">{ctx.t('announcements.form.untilHint')}</p>
          <div class="inline-fields">
            <TextInput
              ctx={ctx}
              name="until_date"
              label={ctx.t('announcements.form.date')}
              optional
              value={value('until_date')}
              width="short"
              error={errors.until_date}
            />
            <TextInput
              ctx={ctx}
              name="until_time"
              label={ctx.t('announcements.form.time')}
              optional
              value={value('until_time')}
              width="short"
              error={errors.until_time}
            />
          </div>
        </Fieldset>
        <Button>{ctx.t(id === undefined ? 'announcements.form.publish' : 'announcements.form.save')}</Button>
      </form>
    </Layout>
  );
}

/** Asks before withdrawing: it leaves every screen at once. */
export function WithdrawAnnouncementPage({ ctx, item }: { ctx: PageContext; item: AnnouncementItem }) {
  const title = ctx.t('announcements.withdraw.title');
  const text = item.device
    ? `${ctx.t('announcements.list.automatic', { name: item.device.name })}: ${problemWords(ctx, item.device.problem)}`
    : inLanguage(item.text, ctx.locale).value;
  return (
    <Layout ctx={ctx} title={title} nav={staffNav(ctx)}>
      <h1>{title}</h1>
      <blockquote class="quote">{text}</blockquote>
      <p>{ctx.t('announcements.withdraw.warning')}</p>
      <form method="post" action={`/komunikaty/${item.id}/wycofaj`} class="button-group">
        <CsrfField ctx={ctx} />
        <Button variant="warning">{ctx.t('announcements.withdraw.submit')}</Button>
        <a href="/komunikaty">{ctx.t('form.cancel')}</a>
      </form>
    </Layout>
  );
}
