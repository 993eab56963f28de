import type { CategorySummary } from '../../app/reports/index.ts';
import type { ServiceAttribute } from '../../domain/reports/index.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import { AdminPage, type Notice } from '../admin/common.tsx';
import type { PageContext } from '../components/context.ts';
import { ATTRIBUTE_DATATYPES, type AttributeDatatype } from '../../domain/reports/index.ts';
import { Button, Checkbox, CsrfField, Fieldset, Radio, Select, TextArea, TextInput, type FormErrors } from '../components/form.tsx';
import { INBOX_PATH, type UnitChoice } from './staff-pages.tsx';

export const CATEGORIES_PATH = `${INBOX_PATH}/kategorie`;

export function categoryPath(id: number): string {
  return `${CATEGORIES_PATH}/${id}`;
}

/** Where a new question of a category is added. */
export function newAttributePath(categoryId: number): string {
  return `${categoryPath(categoryId)}/nowe-pytanie`;
}

/** One question of a category: its form. */
export function attributePath(categoryId: number, code: string): string {
  return `${categoryPath(categoryId)}/pytania/${code}`;
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
  /** The questions Open311 clients and the public form ask (each changed on its own page). */
  attributes: readonly ServiceAttribute[];
  errors?: FormErrors;
  notice?: Notice | undefined;
}) {
  const { ctx, errors = {} } = props;
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t('reports.categories.edit', { code: props.values.code })} errors={errors} notice={props.notice}>
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
                      <a href={attributePath(props.id, a.code)}>{question.value}</a>
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
      <p>
        <a href={newAttributePath(props.id)}>{t('reports.categories.attributes.add')}</a>
      </p>
    </AdminPage>
  );
}

/** What the question form shows: a question's values, or what was typed when it was refused. */
export interface AttributeFormValues {
  code: string;
  datatype: string;
  required: boolean;
  questionPl: string;
  questionEn: string;
  questionUk: string;
  hintPl: string;
  hintEn: string;
  hintUk: string;
  order: string;
  choices: string;
}

export const NEW_ATTRIBUTE: AttributeFormValues = {
  code: '',
  datatype: 'string',
  required: false,
  questionPl: '',
  questionEn: '',
  questionUk: '',
  hintPl: '',
  hintEn: '',
  hintUk: '',
  order: '',
  choices: '',
};

/** A kept question as the form shows it; a list's choices one a line (`key | polski | English | українська`). */
export function attributeValues(a: ServiceAttribute): AttributeFormValues {
  return {
    code: a.code,
    datatype: a.datatype,
    required: a.required,
    questionPl: a.description.pl,
    questionEn: a.description.en,
    questionUk: a.description.uk,
    hintPl: a.datatypeDescription.pl,
    hintEn: a.datatypeDescription.en,
    hintUk: a.datatypeDescription.uk,
    order: String(a.order),
    choices: a.values.map((v) => [v.key, v.name.pl, v.name.en, v.name.uk].join(' | ').replace(/( \| )+$/, '')).join('\n'),
  };
}

/**
 * One question a category asks beyond the description (an Open311 attribute, also asked on the public form):
 * add it, or change it (its code stays: clients post answers under it) and remove it.
 */
export function AttributePage(props: {
  ctx: PageContext;
  category: Pick<CategorySummary, 'id' | 'name'>;
  /** The question as kept (named by its stored wording, whatever was typed since); null for a new one. */
  kept: Pick<ServiceAttribute, 'code' | 'description'> | null;
  values: AttributeFormValues;
  errors?: FormErrors;
}) {
  const { ctx, values, errors = {} } = props;
  const { t } = ctx;
  const category = inLanguage(props.category.name, ctx.locale).value;
  const code = props.kept?.code ?? null;
  const title =
    props.kept === null
      ? t('reports.categories.attributes.addTitle', { category })
      : t('reports.categories.attributes.editTitle', { question: inLanguage(props.kept.description, ctx.locale).value, category });
  const datatypes: readonly AttributeDatatype[] = ATTRIBUTE_DATATYPES;
  return (
    <AdminPage ctx={ctx} title={title} errors={errors}>
      <p>
        <a href={categoryPath(props.category.id)}>{t('reports.categories.attributes.back', { category })}</a>
      </p>
      <p>{t('reports.categories.attributes.lead')}</p>
      <form method="post" action={code === null ? newAttributePath(props.category.id) : attributePath(props.category.id, code)} novalidate>
        <CsrfField ctx={ctx} />
        {code !== null ? (
          <p>
            {t('reports.categories.attributes.code')}: <code>{code}</code>
          </p>
        ) : (
          <TextInput
            ctx={ctx}
            name="code"
            label={t('reports.categories.attributes.code')}
            hint={t('reports.categories.attributes.codeHint')}
            value={values.code}
            width="medium"
            spellcheck={false}
            error={errors.code}
          />
        )}
        <TextInput
          ctx={ctx}
          name="questionPl"
          label={t('reports.categories.attributes.questionPl')}
          value={values.questionPl}
          error={errors.questionPl}
        />
        <TextInput
          ctx={ctx}
          name="questionEn"
          label={t('reports.categories.attributes.questionEn')}
          value={values.questionEn}
          error={errors.questionEn}
          optional
        />
        <TextInput
          ctx={ctx}
          name="questionUk"
          label={t('reports.categories.attributes.questionUk')}
          value={values.questionUk}
          error={errors.questionUk}
          optional
        />
        <Fieldset legend={t('reports.categories.attributes.datatypeLegend')} name="datatype" error={errors.datatype}>
          {datatypes.map((d) => (
            <Radio
              key={d}
              name="datatype"
              value={d}
              label={t(`reports.categories.attributes.datatype.${d}`)}
              checked={values.datatype === d}
            />
          ))}
        </Fieldset>
        <TextArea
          ctx={ctx}
          name="choices"
          label={t('reports.categories.attributes.choices')}
          hint={t('reports.categories.attributes.choicesHint')}
          value={values.choices}
          rows={5}
          error={errors.choices}
          optional
        />
        <Checkbox name="required" label={t('reports.categories.attributes.requiredLabel')} checked={values.required} />
        <TextInput
          ctx={ctx}
          name="hintPl"
          label={t('reports.categories.attributes.hintPl')}
          hint={t('reports.categories.attributes.hintHint')}
          value={values.hintPl}
          error={errors.hintPl}
          optional
        />
        <TextInput
          ctx={ctx}
          name="hintEn"
          label={t('reports.categories.attributes.hintEn')}
          value={values.hintEn}
          error={errors.hintEn}
          optional
        />
        <TextInput
          ctx={ctx}
          name="hintUk"
          label={t('reports.categories.attributes.hintUk')}
          value={values.hintUk}
          error={errors.hintUk}
          optional
        />
        <TextInput
          ctx={ctx}
          name="order"
          label={t('reports.categories.attributes.order')}
          hint={t('reports.categories.attributes.orderHint')}
          value={values.order}
          width="short"
          inputMode="numeric"
          error={errors.order}
          optional
        />
        <Button>{t('reports.categories.attributes.save')}</Button>
      </form>
      {code !== null && (
        <form method="post" action={`${attributePath(props.category.id, code)}/usun`}>
          <CsrfField ctx={ctx} />
          <h2>{t('reports.categories.attributes.removeTitle')}</h2>
          <p>{t('reports.categories.attributes.removeLead')}</p>
          <Button variant="warning">{t('reports.categories.attributes.remove')}</Button>
        </form>
      )}
    </AdminPage>
  );
}
