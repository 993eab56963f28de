import type { ComponentChildren } from 'preact';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { one } from '../../domain/organisation/form-values.ts';
import { LANGUAGES, type Translated } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { ErrorSummary, TextArea, TextInput, type FormErrors } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';
import { staffNav } from '../staff/nav.ts';

export type Notice = 'saved' | 'deleted';

/** An administrator's page: the staff menu, a wide column, the success notice after a redirect and the error summary. */
export function AdminPage(props: {
  ctx: PageContext;
  title: string;
  /** The heading's content when it is more than the title's text (a part kept on one line); the title's text by default. */
  heading?: ComponentChildren;
  notice?: Notice | undefined;
  errors?: FormErrors;
  children: ComponentChildren;
}) {
  const { ctx, errors } = props;
  const hasErrors = errors !== undefined && Object.keys(errors).length > 0;
  return (
    <Layout ctx={ctx} title={props.title} hasErrors={hasErrors} nav={staffNav(ctx)} wide>
      {props.notice && (
        <div class="notice notice--success" role="status">
          {ctx.t(`admin.notice.${props.notice}`)}
        </div>
      )}
      {hasErrors && <ErrorSummary ctx={ctx} errors={errors} />}
      <h1>{props.heading ?? props.title}</h1>
      {props.children}
    </Layout>
  );
}

/** A checkbox's value for a form's kept values. */
export function flag(value: boolean): string {
  return value ? 'on' : '';
}

/**
 * A translated text as the values of its form's three fields (`name_pl`, `name_en`, `name_uk`), as
 * `LanguageInputs` shows them.
 * @example languageFields('name', { pl: 'Kasa', en: '', uk: '' }) // { name_pl: 'Kasa', name_en: '', name_uk: '' }
 */
export function languageFields(prefix: string, text: Translated): Record<string, string> {
  return Object.fromEntries(LANGUAGES.map((language) => [`${prefix}_${language}`, text[language]]));
}

/** The value of a field as sent (or as loaded), for `value=`. */
export function val(values: FormValues, name: string): string {
  return one(values, name);
}

/**
 * Three inputs for one text in Polish, English and Ukrainian; Polish may be required, the others are optional
 * (public screens fall back to Polish).
 */
export function LanguageInputs(props: {
  ctx: PageContext;
  prefix: string;
  labelKey: string;
  values: FormValues;
  errors: FormErrors;
  requiredPl?: boolean;
  hint?: string;
  rows?: number;
}) {
  const { ctx, prefix, values, errors } = props;
  return (
    <>
      {LANGUAGES.map((language) => {
        const field = {
          ctx,
          name: `${prefix}_${language}`,
          label: ctx.t(props.labelKey, { language: ctx.t(`admin.language.${language}`) }),
          hint: language === 'pl' ? props.hint : undefined,
          optional: !(props.requiredPl && language === 'pl'),
          value: val(values, `${prefix}_${language}`),
          error: errors[`${prefix}_${language}`],
        };
        return props.rows ? <TextArea key={language} {...field} rows={props.rows} /> : <TextInput key={language} {...field} spellcheck />;
      })}
    </>
  );
}

/** "Tak" or "Nie". */
export function yesNo(ctx: PageContext, value: boolean): string {
  return ctx.t(value ? 'form.yes' : 'form.no');
}
