import type { AuditDetail, AuditOverview, ChecklistItem, Score } from '../../app/standards-audit/index.ts';
import { one, type FormValues } from '../../domain/organisation/form-values.ts';
import { AUDIT_CHANNELS, ITEM_RESULTS, STANDARDS, type Standard } from '../../domain/standards-audit/index.ts';
import { inLanguage, type Translated } from '../../domain/shared/translated.ts';
import { AdminPage, type Notice } from '../admin/common.tsx';
import type { PageContext } from '../components/context.ts';
import { Button, CsrfField, Fieldset, Radio, Select, TextArea, TextInput, type FormErrors } from '../components/form.tsx';
import { dateTimeFormat, formatDate, keyPart } from '../i18n/index.ts';
import { ScoreChart } from './score-chart.tsx';

export const AUDITS_PATH = '/audyty';

function Text({ ctx, text }: { ctx: PageContext; text: Translated }) {
  const shown = inLanguage(text, ctx.locale);
  return <span lang={shown.lang}>{shown.value}</span>;
}

function scoreText(ctx: PageContext, score: Score): string {
  return score.percent === null
    ? ctx.t('standardsAudit.noScore')
    : ctx.t('standardsAudit.scoreOf', { percent: score.percent, met: score.met, observed: score.met + score.notMet });
}

/** "wrz 2026": a month of the chart in the page's language. */
function monthLabel(ctx: PageContext, month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return dateTimeFormat(ctx.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, number - 1, 15)));
}

const standardName = (ctx: PageContext, standard: Standard) => ctx.t(`standardsAudit.standard.${keyPart(standard)}`);

/** /audyty: the audits in the viewer's scope, the score per month as a chart with its table, per standard and per unit. */
export function AuditsPage({
  ctx,
  overview,
  canRecord,
  canEditChecklist,
  notice,
}: {
  ctx: PageContext;
  overview: AuditOverview;
  canRecord: boolean;
  canEditChecklist: boolean;
  notice?: Notice | undefined;
}) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('standardsAudit.list.title')} notice={notice}>
      <p class="lead">{ctx.t(`standardsAudit.list.lead.${overview.scope}`)}</p>
      {(canRecord || canEditChecklist) && (
        <ul>
          {canRecord && (
            <li>
              <a href={`${AUDITS_PATH}/nowy`}>{ctx.t('standardsAudit.list.new')}</a>
            </li>
          )}
          {canEditChecklist && (
            <li>
              <a href={`${AUDITS_PATH}/lista-kontrolna`}>{ctx.t('standardsAudit.checklist.title')}</a>
            </li>
          )}
        </ul>
      )}
      {overview.audits.length === 0 ? (
        <p>{ctx.t('standardsAudit.list.empty')}</p>
      ) : (
        <>
          <h2>{ctx.t('standardsAudit.list.overTime')}</h2>
          <ScoreChart
            ctx={ctx}
            id="wynik-w-czasie"
            caption={ctx.t('standardsAudit.list.overTimeCaption')}
            columnLabel={ctx.t('standardsAudit.month')}
            bars={overview.byMonth.map((m) => ({ label: monthLabel(ctx, m.month), percent: m.score.percent }))}
          />
          <h2>{ctx.t('standardsAudit.list.byStandard')}</h2>
          <table class="table">
            <caption class="visually-hidden">{ctx.t('standardsAudit.list.byStandard')}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('standardsAudit.standardColumn')}</th>
                <th scope="col">{ctx.t('standardsAudit.score')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.byStandard.map((s) => (
                <tr key={s.standard}>
                  <th scope="row">{standardName(ctx, s.standard)}</th>
                  <td>{scoreText(ctx, s.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{ctx.t('standardsAudit.list.byUnit')}</h2>
          <table class="table">
            <caption class="visually-hidden">{ctx.t('standardsAudit.list.byUnit')}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('standardsAudit.unit')}</th>
                <th scope="col">{ctx.t('standardsAudit.audits')}</th>
                <th scope="col">{ctx.t('standardsAudit.score')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.byUnit.map((u) => (
                <tr key={u.unitName.pl}>
                  <th scope="row">
                    <Text ctx={ctx} text={u.unitName} />
                  </th>
                  <td>{u.audits}</td>
                  <td>{scoreText(ctx, u.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{ctx.t('standardsAudit.list.audits')}</h2>
          <div class="table-wrap" tabIndex={0} role="region" aria-label={ctx.t('standardsAudit.list.audits')}>
            <table class="table">
              <caption class="visually-hidden">{ctx.t('standardsAudit.list.audits')}</caption>
              <thead>
                <tr>
                  <th scope="col">{ctx.t('standardsAudit.performedOn')}</th>
                  <th scope="col">{ctx.t('standardsAudit.unit')}</th>
                  <th scope="col">{ctx.t('standardsAudit.channelLabel')}</th>
                  <th scope="col">{ctx.t('standardsAudit.score')}</th>
                </tr>
              </thead>
              <tbody>
                {overview.audits.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <a href={`${AUDITS_PATH}/${a.id}`}>{formatDate(ctx.locale, a.performedOn)}</a>
                    </th>
                    <td>
                      <Text ctx={ctx} text={a.unitName} />
                      {a.deskNumber !== null && `, ${ctx.t('standardsAudit.desk', { desk: a.deskNumber })}`}
                    </td>
                    <td>{ctx.t(`standardsAudit.channel.${keyPart(a.channel)}`)}</td>
                    <td>{scoreText(ctx, a.score)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </AdminPage>
  );
}

/** Items grouped by standard, in the checklist's order. */
function byStandard<T extends { standard: Standard }>(items: readonly T[]): { standard: Standard; items: T[] }[] {
  return STANDARDS.map((standard) => ({ standard, items: items.filter((i) => i.standard === standard) })).filter((g) => g.items.length > 0);
}

/** /audyty/nowy: the auditor's form, a fieldset per item (met / not met / not observed) under a heading per standard. */
export function AuditFormPage({
  ctx,
  items,
  units,
  desks,
  values,
  errors,
}: {
  ctx: PageContext;
  items: ChecklistItem[];
  units: { id: number; name: Translated }[];
  desks: { id: number; number: string }[];
  values: FormValues;
  errors: FormErrors;
}) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('standardsAudit.form.title')} errors={errors}>
      {items.length === 0 ? (
        <p>{ctx.t('standardsAudit.errors.noChecklist')}</p>
      ) : (
        <form method="post" action={`${AUDITS_PATH}/nowy`} novalidate>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="items" value={items.map((i) => i.id).join(',')} />
          <Select
            ctx={ctx}
            name="unit"
            label={ctx.t('standardsAudit.unit')}
            value={one(values, 'unit')}
            emptyLabel={ctx.t('standardsAudit.form.chooseUnit')}
            options={units.map((u) => ({ value: String(u.id), label: inLanguage(u.name, ctx.locale).value }))}
            error={errors.unit}
          />
          <Select
            ctx={ctx}
            name="desk"
            label={ctx.t('standardsAudit.form.desk')}
            optional
            value={one(values, 'desk')}
            emptyLabel={ctx.t('standardsAudit.form.wholeUnit')}
            options={desks.map((d) => ({ value: String(d.id), label: ctx.t('standardsAudit.desk', { desk: d.number }) }))}
            error={errors.desk}
          />
          <Fieldset legend={ctx.t('standardsAudit.channelLabel')} name="channel" error={errors.channel}>
            {AUDIT_CHANNELS.map((c) => (
              <Radio
                key={c}
                name="channel"
                value={c}
                label={ctx.t(`standardsAudit.channel.${keyPart(c)}`)}
                checked={one(values, 'channel') === c}
              />
            ))}
          </Fieldset>
          <TextInput
            ctx={ctx}
            name="performedOn"
            type="date"
            width="medium"
            label={ctx.t('standardsAudit.performedOn')}
            value={one(values, 'performedOn')}
            error={errors.performedOn}
          />
          {byStandard(items).map((group) => (
            <section key={group.standard} class="audit-standard" aria-labelledby={`standard-${group.standard}`}>
              <h2 id={`standard-${group.standard}`}>{standardName(ctx, group.standard)}</h2>
              {group.items.map((item) => (
                <div key={item.id} class="audit-item">
                  <Fieldset
                    legend={inLanguage(item.wording, ctx.locale).value}
                    name={`result-${item.id}`}
                    error={errors[`result-${item.id}`]}
                  >
                    <div class="radio-row">
                      {ITEM_RESULTS.map((r) => (
                        <Radio
                          key={r}
                          name={`result-${item.id}`}
                          value={r}
                          label={ctx.t(`standardsAudit.result.${keyPart(r)}`)}
                          checked={one(values, `result-${item.id}`) === r}
                        />
                      ))}
                    </div>
                    <TextInput
                      ctx={ctx}
                      name={`note-${item.id}`}
                      label={ctx.t('standardsAudit.form.itemNote')}
                      optional
                      value={one(values, `note-${item.id}`)}
                      error={errors[`note-${item.id}`]}
                    />
                  </Fieldset>
                </div>
              ))}
            </section>
          ))}
          <TextArea
            ctx={ctx}
            name="note"
            label={ctx.t('standardsAudit.form.note')}
            optional
            hint={ctx.t('standardsAudit.form.noteHint')}
            value={one(values, 'note')}
            error={errors.note}
          />
          <Button>{ctx.t('standardsAudit.form.save')}</Button>
        </form>
      )}
    </AdminPage>
  );
}

/** /audyty/<id>: one audit as recorded, with the words of the checklist it was recorded against. */
export function AuditDetailPage({ ctx, audit, notice }: { ctx: PageContext; audit: AuditDetail; notice?: Notice | undefined }) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('standardsAudit.detail.title', { id: audit.id })} notice={notice}>
      <dl class="summary-list">
        <dt>{ctx.t('standardsAudit.unit')}</dt>
        <dd>
          <Text ctx={ctx} text={audit.unitName} />
          {audit.deskNumber !== null && `, ${ctx.t('standardsAudit.desk', { desk: audit.deskNumber })}`}
        </dd>
        <dt>{ctx.t('standardsAudit.performedOn')}</dt>
        <dd>{formatDate(ctx.locale, audit.performedOn)}</dd>
        <dt>{ctx.t('standardsAudit.channelLabel')}</dt>
        <dd>{ctx.t(`standardsAudit.channel.${keyPart(audit.channel)}`)}</dd>
        <dt>{ctx.t('standardsAudit.score')}</dt>
        <dd>{scoreText(ctx, audit.score)}</dd>
        {audit.note !== '' && (
          <>
            <dt>{ctx.t('standardsAudit.form.note')}</dt>
            <dd class="preserve-lines">{audit.note}</dd>
          </>
        )}
      </dl>
      {byStandard(audit.results).map((group) => (
        <section key={group.standard} aria-labelledby={`standard-${group.standard}`}>
          <h2 id={`standard-${group.standard}`}>{standardName(ctx, group.standard)}</h2>
          <table class="table">
            <caption class="visually-hidden">{standardName(ctx, group.standard)}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('standardsAudit.item')}</th>
                <th scope="col">{ctx.t('standardsAudit.resultColumn')}</th>
                <th scope="col">{ctx.t('standardsAudit.form.itemNote')}</th>
              </tr>
            </thead>
            <tbody>
              {group.items.map((r, index) => (
                <tr key={index}>
                  <th scope="row">
                    <Text ctx={ctx} text={r.wording} />
                  </th>
                  <td>
                    <span class={`tag audit-result--${r.result}`}>{ctx.t(`standardsAudit.result.${keyPart(r.result)}`)}</span>
                  </td>
                  <td>{r.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <p>
        <a href={AUDITS_PATH}>{ctx.t('standardsAudit.back')}</a>
      </p>
    </AdminPage>
  );
}

/** /audyty/lista-kontrolna: the administrator's checklist — items by standard, retire one, add one, or load the seed's. */
export function ChecklistPage({
  ctx,
  items,
  values,
  errors,
  notice,
}: {
  ctx: PageContext;
  items: ChecklistItem[];
  values: FormValues;
  errors: FormErrors;
  notice?: Notice | undefined;
}) {
  const live = items.filter((i) => i.retiredAt === null);
  const retired = items.filter((i) => i.retiredAt !== null);
  return (
    <AdminPage ctx={ctx} title={ctx.t('standardsAudit.checklist.title')} errors={errors} notice={notice}>
      <p class="lead">{ctx.t('standardsAudit.checklist.lead')}</p>
      {items.length === 0 && (
        <form method="post" action={`${AUDITS_PATH}/lista-kontrolna/wczytaj`}>
          <CsrfField ctx={ctx} />
          <p>{ctx.t('standardsAudit.checklist.empty')}</p>
          <Button>{ctx.t('standardsAudit.checklist.load')}</Button>
        </form>
      )}
      {byStandard(live).map((group) => (
        <section key={group.standard} aria-labelledby={`standard-${group.standard}`}>
          <h2 id={`standard-${group.standard}`}>{standardName(ctx, group.standard)}</h2>
          <ul class="checklist">
            {group.items.map((item) => (
              <li key={item.id}>
                <Text ctx={ctx} text={item.wording} />{' '}
                <form method="post" action={`${AUDITS_PATH}/lista-kontrolna/${item.id}/wycofaj`} class="inline-form">
                  <CsrfField ctx={ctx} />
                  <button type="submit" class="button button--secondary button--small" aria-describedby={`item-${item.id}`}>
                    {ctx.t('standardsAudit.checklist.retire')}
                  </button>
                  <span id={`item-${item.id}`} class="visually-hidden">
                    {inLanguage(item.wording, ctx.locale).value}
                  </span>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2>{ctx.t('standardsAudit.checklist.add')}</h2>
      <form method="post" action={`${AUDITS_PATH}/lista-kontrolna`} novalidate>
        <CsrfField ctx={ctx} />
        <Select
          ctx={ctx}
          name="standard"
          label={ctx.t('standardsAudit.standardColumn')}
          value={one(values, 'standard')}
          emptyLabel={ctx.t('standardsAudit.checklist.chooseStandard')}
          options={STANDARDS.map((s) => ({ value: s, label: standardName(ctx, s) }))}
          error={errors.standard}
        />
        <TextInput
          ctx={ctx}
          name="wordingPl"
          label={ctx.t('standardsAudit.checklist.wordingPl')}
          value={one(values, 'wordingPl')}
          error={errors.wordingPl}
        />
        <TextInput
          ctx={ctx}
          name="wordingEn"
          label={ctx.t('standardsAudit.checklist.wordingEn')}
          optional
          value={one(values, 'wordingEn')}
          error={errors.wordingEn}
        />
        <TextInput
          ctx={ctx}
          name="wordingUk"
          label={ctx.t('standardsAudit.checklist.wordingUk')}
          optional
          value={one(values, 'wordingUk')}
          error={errors.wordingUk}
        />
        <Button>{ctx.t('standardsAudit.checklist.addButton')}</Button>
      </form>
      {retired.length > 0 && (
        <>
          <h2>{ctx.t('standardsAudit.checklist.retired')}</h2>
          <ul class="checklist checklist--retired">
            {retired.map((item) => (
              <li key={item.id}>
                {standardName(ctx, item.standard)}: <Text ctx={ctx} text={item.wording} />
              </li>
            ))}
          </ul>
        </>
      )}
    </AdminPage>
  );
}
