import type { ComponentChildren } from 'preact';
import type { DirectoryAnswer } from '../../app/directory/index.ts';
import type { PageContext } from '../components/context.ts';
import { ErrorSummary, type FormErrors } from '../components/form.tsx';

/**
 * The directory's one question, a GET form (works without JavaScript); with JavaScript the results follow the
 * typing (`client/directory.ts` fetches `fragment` and puts it into `#directory-results`).
 */
export function SearchForm({
  ctx,
  action,
  fragment,
  query,
  errors,
  accessKey,
}: {
  ctx: PageContext;
  action: string;
  fragment: string;
  query: string;
  errors: FormErrors;
  accessKey?: string;
}) {
  const error = errors.q;
  return (
    <form method="get" action={action} class="directory-search" role="search" data-directory-search={fragment} novalidate>
      <ErrorSummary ctx={ctx} errors={errors} />
      <div class={error ? 'form-group form-group--error' : 'form-group'}>
        <label class="label label--large" for="q">
          {ctx.t('directory.search.label')}
        </label>
        <div id="q-hint" class="hint">
          {ctx.t('directory.search.hint')}
        </div>
        {error && (
          <p id="q-error" class="error-message">
            {error}
          </p>
        )}
        <div class="directory-search__row">
          <input
            class={`input input--long${error ? ' input--error' : ''}`}
            id="q"
            name="q"
            type="search"
            value={query}
            autocomplete="off"
            spellcheck={false}
            accessKey={accessKey}
            aria-describedby={error ? 'q-hint q-error' : 'q-hint'}
            aria-invalid={error ? 'true' : undefined}
            aria-controls="directory-results"
          />
          <button type="submit" class="button">
            {ctx.t('directory.search.submit')}
          </button>
        </div>
      </div>
    </form>
  );
}

/** The results region: a live region, so what the typing brings is read out; empty until something is asked. */
export function ResultsRegion({ children }: { children?: ComponentChildren }) {
  return (
    <div id="directory-results" class="directory-results" aria-live="polite">
      {children}
    </div>
  );
}

/** The words above the results: how many matters, or what to do when none fits. */
export function ResultsHeading({ ctx, answer, phone }: { ctx: PageContext; answer: DirectoryAnswer; phone: string }) {
  if (answer.query === '') return null;
  if (answer.matters.length === 0)
    return (
      <div class="directory-none">
        <p class="directory-results__count">{ctx.t('directory.results.none', { query: answer.query })}</p>
        <p>{phone === '' ? ctx.t('directory.results.askUs') : ctx.t('directory.results.askUsPhone', { phone })}</p>
      </div>
    );
  return <p class="directory-results__count">{ctx.t('directory.results.count', { count: answer.matters.length, query: answer.query })}</p>;
}

/** A refused query in the results region (the client script's answer; the page shows the error summary). */
export function QueryError({ message }: { message: string }) {
  return <p class="error-message">{message}</p>;
}
