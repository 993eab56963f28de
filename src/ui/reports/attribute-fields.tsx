import type { ReportCategory } from '../../app/reports/index.ts';
import { many, one } from '../../domain/organisation/form-values.ts';
import type { ServiceAttribute } from '../../domain/reports/index.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { Checkbox, Fieldset, Select, TextArea, TextInput, type FormErrors } from '../components/form.tsx';

/** The script that shows only the chosen category's questions (without it, every category's are shown). */
export const REPORT_FORM_SCRIPT = '/static/js/report-form.js';

/** What the form sent for the categories' questions: field name → the text, or the ticked choices. */
export type AttributeFormAnswers = Record<string, string | readonly string[]>;

/**
 * The form's name (and id) of a category's question: `attr-lighting-pole`. Each category's questions have
 * their own fields, so that the page works without JavaScript (all are shown) and two categories may ask
 * under the same code.
 * @example attributeFormField('lighting', 'pole') // 'attr-lighting-pole'
 */
export function attributeFormField(category: string, code: string): string {
  return `attr-${category}-${code}`;
}

/** The prefix of every question field of the form. */
export const ATTRIBUTE_FORM_PREFIX = 'attr-';

function AttributeField({
  ctx,
  field,
  attribute,
  answers,
  error,
}: {
  ctx: PageContext;
  field: string;
  attribute: ServiceAttribute;
  answers: AttributeFormAnswers;
  error: string | undefined;
}) {
  const label = inLanguage(attribute.description, ctx.locale).value;
  const about = inLanguage(attribute.datatypeDescription, ctx.locale).value;
  const optional = !attribute.required;
  // What every one-answer field shares: its name, label, the answer sent and its error.
  const common = { ctx, name: field, label, value: one(answers, field), error, optional };
  switch (attribute.datatype) {
    case 'text':
      return <TextArea {...common} hint={about || undefined} rows={3} />;
    case 'number':
      return <TextInput {...common} hint={about || ctx.t('reports.form.attributes.numberHint')} width="short" inputMode="text" />;
    case 'datetime':
      return <TextInput {...common} hint={about || ctx.t('reports.form.attributes.datetimeHint')} width="medium" />;
    case 'singlevaluelist':
      return (
        <Select
          {...common}
          hint={about || undefined}
          emptyLabel={ctx.t('reports.form.attributes.choose')}
          options={attribute.values.map((v) => ({ value: v.key, label: inLanguage(v.name, ctx.locale).value }))}
        />
      );
    case 'multivaluelist': {
      const ticked = many(answers, field);
      return (
        <Fieldset legend={optional ? `${label} ${ctx.t('form.optional')}` : label} name={field} error={error}>
          {about && <p class="hint">{about}</p>}
          {attribute.values.map((v) => (
            <Checkbox
              key={v.key}
              id={`${field}-${v.key}`}
              name={field}
              value={v.key}
              label={inLanguage(v.name, ctx.locale).value}
              checked={ticked.includes(v.key)}
            />
          ))}
        </Fieldset>
      );
    }
    default:
      return <TextInput {...common} hint={about || undefined} />;
  }
}

/**
 * The questions the categories ask beyond the description (the Open311 attributes the Contact Centre keeps:
 * a lamp's pole number, the kind of rubbish), one group per category that asks any, named after it. Without
 * JavaScript every group is shown and only the chosen category's answers are read; with it, only that
 * category's group is shown (report-form.ts).
 */
export function ReportAttributeFields({
  ctx,
  categories,
  answers,
  errors,
}: {
  ctx: PageContext;
  categories: readonly ReportCategory[];
  answers: AttributeFormAnswers;
  errors: FormErrors;
}) {
  const asking = categories.filter((c) => c.attributes.length > 0);
  if (asking.length === 0) return null;
  return (
    <div class="report-attributes">
      {asking.map((category) => (
        <div key={category.code} class="report-attributes__group" data-category={category.code}>
          <Fieldset legend={ctx.t('reports.form.attributes.legend', { category: inLanguage(category.name, ctx.locale).value })}>
            <p class="hint report-attributes__only">{ctx.t('reports.form.attributes.only')}</p>
            {category.attributes.map((attribute) => {
              const field = attributeFormField(category.code, attribute.code);
              return <AttributeField key={field} ctx={ctx} field={field} attribute={attribute} answers={answers} error={errors[field]} />;
            })}
          </Fieldset>
        </div>
      ))}
    </div>
  );
}
