import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../domain/shared/errors.ts';
import type { PageContext } from './context.ts';

/** Field errors of a form, already worded: field name → message. */
export type FormErrors = Record<string, string>;

/** Words a use case's field errors in the page's language. */
export function wordErrors(ctx: PageContext, fields: Record<string, FieldError>): FormErrors {
  const worded: FormErrors = {};
  for (const [field, error] of Object.entries(fields)) worded[field] = ctx.t(error.key, error.values);
  return worded;
}

/** GOV.UK error summary: at the top of the form, focused, each error a link to its field. */
export function ErrorSummary({ ctx, errors }: { ctx: PageContext; errors: FormErrors }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} data-error-summary>
      <h2 class="error-summary__title">{ctx.t('form.errorSummary')}</h2>
      <ul class="error-summary__list">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  ctx: PageContext;
  name: string;
  /** The element's id when it is not the name: a form repeated on a page (one per row) prefixes its fields' ids. */
  id?: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  optional?: boolean;
}

function Label({ ctx, name, id, label, optional }: FieldProps) {
  return (
    <label class="label" for={id ?? name}>
      {label}
      {optional ? ` ${ctx.t('form.optional')}` : ''}
    </label>
  );
}

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function HintAndError({ name, hint, error }: { name: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <div id={`${name}-hint`} class="hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${name}-error`} class="error-message">
          {error}
        </p>
      )}
    </>
  );
}

export function TextInput(
  props: FieldProps & {
    value?: string | number | null;
    type?: 'text' | 'email' | 'tel' | 'password' | 'number' | 'date' | 'time' | 'search';
    autocomplete?: string;
    width?: 'short' | 'medium' | 'long';
    inputMode?: 'numeric' | 'text' | 'email' | 'tel';
    spellcheck?: boolean;
  },
) {
  const { name, hint, error } = props;
  const fieldId = props.id ?? name;
  // Preact types <input> by a union on `type`; every type we use takes the same attributes.
  const inputType: string = props.type ?? 'text';
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <Label {...props} />
      <HintAndError name={fieldId} hint={hint} error={error} />
      <input
        class={`input input--${props.width ?? 'long'}${error ? ' input--error' : ''}`}
        id={fieldId}
        name={name}
        type={inputType as 'text'}
        value={props.value ?? ''}
        autocomplete={props.autocomplete ?? 'off'}
        inputMode={props.inputMode}
        spellcheck={props.spellcheck}
        aria-describedby={describedBy(fieldId, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

export function TextArea(props: FieldProps & { value?: string | null; rows?: number }) {
  const { name, hint, error } = props;
  const fieldId = props.id ?? name;
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <Label {...props} />
      <HintAndError name={fieldId} hint={hint} error={error} />
      <textarea
        class={`textarea${error ? ' input--error' : ''}`}
        id={fieldId}
        name={name}
        rows={props.rows ?? 4}
        aria-describedby={describedBy(fieldId, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.value ?? ''}
      </textarea>
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select(props: FieldProps & { value?: string | number | null; options: readonly Option[]; emptyLabel?: string }) {
  const { name, hint, error } = props;
  const fieldId = props.id ?? name;
  const current = props.value === null || props.value === undefined ? '' : String(props.value);
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <Label {...props} />
      <HintAndError name={fieldId} hint={hint} error={error} />
      <select
        class={`select${error ? ' input--error' : ''}`}
        id={fieldId}
        name={name}
        aria-describedby={describedBy(fieldId, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Checkbox(props: { name: string; label: string; checked: boolean; hint?: string; value?: string; id?: string }) {
  const id = props.id ?? props.name;
  return (
    <div class="checkbox">
      <input
        class="checkbox__input"
        type="checkbox"
        id={id}
        name={props.name}
        value={props.value ?? 'on'}
        checked={props.checked}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
      />
      <label class="checkbox__label" for={id}>
        {props.label}
      </label>
      {props.hint && (
        <div id={`${id}-hint`} class="hint checkbox__hint">
          {props.hint}
        </div>
      )}
    </div>
  );
}

/** A group of checkboxes or radios with a legend. */
export function Fieldset({
  legend,
  children,
  error,
  name,
}: {
  legend: string;
  children: ComponentChildren;
  error?: string | undefined;
  name?: string;
}) {
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset class="fieldset" id={name} aria-describedby={error && name ? `${name}-error` : undefined}>
        <legend class="fieldset__legend">{legend}</legend>
        {error && name && (
          <p id={`${name}-error`} class="error-message">
            {error}
          </p>
        )}
        {children}
      </fieldset>
    </div>
  );
}

export function Radio(props: { name: string; value: string; label: string; checked: boolean; hint?: string }) {
  const id = `${props.name}-${props.value}`;
  return (
    <div class="radio">
      <input class="radio__input" type="radio" id={id} name={props.name} value={props.value} checked={props.checked} />
      <label class="radio__label" for={id}>
        {props.label}
      </label>
      {props.hint && <div class="hint radio__hint">{props.hint}</div>}
    </div>
  );
}

export function CsrfField({ ctx }: { ctx: PageContext }) {
  return <input type="hidden" name="_csrf" value={ctx.csrfToken ?? ''} />;
}

export function Button({
  children,
  variant,
  name,
  value,
}: {
  children: ComponentChildren;
  variant?: 'secondary' | 'warning';
  name?: string;
  value?: string;
}) {
  return (
    <button type="submit" class={variant ? `button button--${variant}` : 'button'} name={name} value={value}>
      {children}
    </button>
  );
}
