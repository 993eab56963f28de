import type { CategorySummary } from '../../app/reports/index.ts';
import type { ServiceAttribute } from '../../domain/reports/index.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import { AdminPage, type Notice } from '../admin/common.tsx';
import type { PageContext } from '../components/context.ts';
import { Button, Checkbox, CsrfField, Fieldset, Radio, Select, TextInput, type FormErrors } from '../components/form.tsx';
import { INBOX_PATH, type UnitChoice } from './staff-pages.tsx';

export const CATEGORIES_PATH = `${INBOX_PATH}/kategorie`;

export function categoryPath(id: number): string {
  return `${CATEGORIES_PATH}/${id}`;
}

/** What the category form shows: a category's values, or what was typed when it was refused. */
export interface CategoryFormValues {
  code: string;
  kind: string;
  namePl: string;
  nameEn: string;
  nameUk: string;
  unitId: string;
  position: string;
  active: boolean;
}

export const NEW_CATEGORY: CategoryFormValues = {
  code: '',
  kind: 'place',
  namePl: '',
  nameEn: '',
  nameUk: '',
  unitId: '',
  position: '0',
  active: true,
};

export function categoryValues(category: CategorySummary): CategoryFormValues {
  return {
    code: category.code,
    kind: category.kind,
    namePl: category.name.pl,
    nameEn: category.name.en,
    nameUk: category.name.uk,
    unitId: category.unitId === null ? '' : String(category.unitId),
    position: String(category.position),
    active: category.active,
  };
}

function CategoryForm(props: {
  ctx: PageContext;
  action: string;
  values: CategoryFormValues;
  units: readonly UnitChoice[];
  errors: FormErrors;
  /** The code is set once: an Open311 client keeps it. */
  codeFixed: boolean;
  submit: string;
}) {
  const { ctx, values, errors } = props;
  const { t } = ctx;
  return (
    <form method="post" action={props.action} novalidate>
      <CsrfField ctx={ctx} />
      {props.codeFixed ? (
        <p>
          {t('reports.categories.code')}: <code>{values.code}</code>
        </p>
      ) : (
        <TextInput
          ctx={ctx}
          name="code"
          label={t('reports.categories.code')}
          hint={t('reports.categories.codeHint')}
          value={values.code}
          width="medium"
          spellcheck={false}
          error={errors.code}
        />
      )}
      <Fieldset legend={t('reports.categories.kind')} name="kind" error={errors.kind}>
        <Radio name="kind" value="place" label={t('reports.form.category.place')} checked={values.kind === 'place'} />
        <Radio name="kind" value="office" label={t('reports.form.category.office')} checked={values.kind === 'office'} />
      </Fieldset>
      <TextInput ctx={ctx} name="namePl" label={t('reports.categories.namePl')} value={values.namePl} error={errors.namePl} />
      <TextInput ctx={ctx} name="nameEn" label={t('reports.categories.nameEn')} value={values.nameEn} error={errors.nameEn} optional />
      <TextInput ctx={ctx} name="nameUk" label={t('reports.categories.nameUk')} value={values.nameUk} error={errors.nameUk} optional />
      <Select
        ctx={ctx}
        name="unitId"
        label={t('reports.categories.unit')}
        value={values.unitId}
        emptyLabel={t('reports.staff.noUnit')}
        error={errors.unitId}
        options={props.units.map((u) => ({ value: String(u.id), label: u.code }))}
      />
      <TextInput
        ctx={ctx}
        name="position"
        label={t('reports.categories.position')}
        hint={t('reports.categories.positionHint')}
        value={values.position}
        width="short"
        inputMode="numeric"
        error={errors.position}
      />
      <Checkbox name="active" label={t('reports.categories.active')} hint={t('reports.categories.activeHint')} checked={values.active} />
      <Button>{props.submit}</Button>
    </form>
  );
}

/** The Contact Centre's list of report categories (Open311 services), retired ones too, and a form to add one. */
export function CategoriesPage(props: {
  ctx: PageContext;
  categories: readonly CategorySummary[];
  units: readonly UnitChoice[];
  values?: CategoryFormValues;
  errors?: FormErrors;
  notice?: Notice | undefined;
}) {
  const { ctx, categories, errors = {} } = props;
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t('reports.categories.title')} errors={errors} notice={props.notice}>
      <p>
        <a href={INBOX_PATH}>{t('reports.staff.back')}</a>
      </p>
      <p>{t('reports.categories.lead')}</p>
      <div class="table-wrap" tabIndex={0} role="region" aria-label={t('reports.categories.title')}>
        <table class="table">
          <caption class="visually-hidden">{t('reports.categories.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.categories.name')}</th>
              <th scope="col">{t('reports.categories.code')}</th>
              <th scope="col">{t('reports.categories.kind')}</th>
              <th scope="col">{t('reports.follow.status')}</th>
              <th scope="col">{t('reports.categories.reports')}</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => {
              const name = inLanguage(c.name, ctx.locale);
              return (
                <tr key={c.id}>
                  <td lang={name.lang}>
                    <a href={categoryPath(c.id)}>{name.value}</a>
                  </td>
                  <td>
                    <code>{c.code}</code>
                  </td>
                  <td>{t(c.kind === 'place' ? 'reports.form.category.place' : 'reports.form.category.office')}</td>
                  <td>{t(c.active ? 'reports.categories.offered' : 'reports.categories.retired')}</td>
                  <td>{c.reports}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h2>{t('reports.categories.add')}</h2>
      <CategoryForm
        ctx={ctx}
        action={CATEGORIES_PATH}
        values={props.values ?? NEW_CATEGORY}
        units={props.units}
        errors={errors}
        codeFixed={false}
        submit={t('reports.categories.add')}
      />
    </AdminPage>
  );
}

/** One category's page: its form (the code stays), offered or retired. */
export function CategoryPage(props: {
  ctx: PageContext;
  id: number;
  values: CategoryFormValues;
  units: readonly UnitChoice[];
  /** The questions Open311 clients are asked (shown; kept as data, not edited here). */
  attributes: readonly ServiceAttribute[];
  errors?: FormErrors;
}) {
  const { ctx, errors = {} } = props;
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t('reports.categories.edit', { code: props.values.code })} errors={errors}>
      <p>
        <a href={CATEGORIES_PATH}>{t('reports.categories.back')}</a>
      </p>
      <CategoryForm
        ctx={ctx}
        action={categoryPath(props.id)}
        values={props.values}
        units={props.units}
        errors={errors}
        codeFixed
        submit={t('reports.categories.save')}
      />
      <h2>{t('reports.categories.attributes.title')}</h2>
      {props.attributes.length === 0 ? (
        <p>{t('reports.categories.attributes.none')}</p>
      ) : (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={t('reports.categories.attributes.title')}>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('reports.categories.attributes.question')}</th>
                <th scope="col">{t('reports.categories.attributes.code')}</th>
                <th scope="col">{t('reports.categories.attributes.answer')}</th>
              </tr>
            </thead>
            <tbody>
              {props.attributes.map((a) => {
                const question = inLanguage(a.description, ctx.locale);
                return (
                  <tr key={a.code}>
                    <td lang={question.lang}>
                      {question.value}
                      {a.required ? ` (${t('reports.categories.attributes.required')})` : ''}
                    </td>
                    <td>
                      <code>{a.code}</code>
                    </td>
                    <td>
                      {a.values.length > 0
                        ? a.values.map((v) => inLanguage(v.name, ctx.locale).value).join(', ')
                        : t(`reports.categories.attributes.datatype.${a.datatype}`)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}
