import { SCORES, type Score } from '../../domain/satisfaction/index.ts';
import type { PageContext } from '../components/context.ts';
import { ErrorSummary, type FormErrors } from '../components/form.tsx';

/** What the question shows: asked, thanked for, or nothing (before the visit ends). */
export interface QuestionView {
  state: 'ask' | 'answered' | 'none';
  /** Where the form posts. */
  action: string;
  /** The public form's double-submit token (empty for a device, whose cookie is its own proof). */
  formToken: string;
  values?: { score?: string; comment?: string };
  errors?: FormErrors;
  /** Set just after answering: "Dziękujemy" rather than "already answered". */
  justAnswered?: boolean;
}

// The mouth of each face, from a broad smile (5) through a straight line (3) to a frown (1): its half-width, the
// ends' height and a quadratic curve's control point. The outer faces are wider, so that "very" shows at a glance.
const MOUTH: Record<Score, { half: number; ends: number; control: number }> = {
  5: { half: 10, ends: 23, control: 35 },
  4: { half: 7, ends: 25.5, control: 29 },
  3: { half: 7, ends: 26, control: 26 },
  2: { half: 7, ends: 28, control: 24.5 },
  1: { half: 10, ends: 30, control: 19 },
};

/** The words of each face (message keys are words, not numbers). */
const SCORE_WORDS: Record<Score, string> = { 5: 'veryGood', 4: 'good', 3: 'neutral', 2: 'bad', 1: 'veryBad' };

/** "Bardzo dobrze" … "Bardzo źle": a face in words. */
export function scoreWords(ctx: PageContext, score: Score): string {
  return ctx.t(`satisfaction.score.${SCORE_WORDS[score]}`);
}

/** A face drawn in SVG (no emoji font needed on a tablet), hidden from screen readers: the words say it. */
export function Face({ score }: { score: Score }) {
  const { half, ends, control } = MOUTH[score];
  return (
    <svg class={`face face--${score}`} viewBox="0 0 40 40" width="48" height="48" aria-hidden="true" focusable="false">
      <circle cx="20" cy="20" r="18" class="face__head" />
      <circle cx="14" cy="16" r="2.4" class="face__eye" />
      <circle cx="26" cy="16" r="2.4" class="face__eye" />
      <path d={`M${20 - half} ${ends} Q20 ${control} ${20 + half} ${ends}`} class="face__mouth" />
    </svg>
  );
}

/**
 * The one question with five faces, each labelled in words: a radio group in a fieldset with a legend, so a keyboard
 * (arrow keys) and a screen reader use it as any radio group; an optional comment; a plain form post.
 */
export function SatisfactionQuestion({ ctx, view, headingLevel = 2 }: { ctx: PageContext; view: QuestionView; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  if (view.state === 'none') return null;
  if (view.state === 'answered')
    return (
      <section class="satisfaction satisfaction--done" aria-labelledby="ocena-tytul">
        <Heading id="ocena-tytul">{ctx.t('satisfaction.thanks.title')}</Heading>
        <p role="status">{ctx.t(view.justAnswered ? 'satisfaction.thanks.body' : 'satisfaction.thanks.already')}</p>
      </section>
    );
  const errors = view.errors ?? {};
  const chosen = view.values?.score ?? '';
  return (
    <section class="satisfaction" aria-labelledby="ocena-tytul">
      <Heading id="ocena-tytul">{ctx.t('satisfaction.question.title')}</Heading>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={view.action} class="satisfaction__form" novalidate>
        {view.formToken !== '' && <input type="hidden" name="_csrf" value={view.formToken} />}
        <div class={errors.score ? 'form-group form-group--error' : 'form-group'}>
          <fieldset class="fieldset satisfaction__faces" id="score" aria-describedby={errors.score ? 'score-error' : 'score-hint'}>
            <legend class="fieldset__legend">{ctx.t('satisfaction.question.legend')}</legend>
            <p id="score-hint" class="hint">
              {ctx.t('satisfaction.question.hint')}
            </p>
            {errors.score && (
              <p id="score-error" class="error-message">
                {errors.score}
              </p>
            )}
            <div class="satisfaction__choices">
              {SCORES.map((score) => (
                // The whole tile is the label, so a touch anywhere on it chooses the face.
                <label class="satisfaction__choice" for={`score-${score}`} key={score}>
                  <input
                    class="satisfaction__input"
                    type="radio"
                    id={`score-${score}`}
                    name="score"
                    value={String(score)}
                    checked={chosen === String(score)}
                  />
                  <Face score={score} />
                  <span class="satisfaction__words">{scoreWords(ctx, score)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <div class={errors.comment ? 'form-group form-group--error' : 'form-group'}>
          <label class="label" for="comment">
            {ctx.t('satisfaction.question.comment')} {ctx.t('form.optional')}
          </label>
          <div id="comment-hint" class="hint">
            {ctx.t('satisfaction.question.commentHint')}
          </div>
          {errors.comment && (
            <p id="comment-error" class="error-message">
              {errors.comment}
            </p>
          )}
          <textarea
            class={errors.comment ? 'textarea input--error' : 'textarea'}
            id="comment"
            name="comment"
            rows={3}
            maxLength={1000}
            aria-describedby={errors.comment ? 'comment-hint comment-error' : 'comment-hint'}
          >
            {view.values?.comment ?? ''}
          </textarea>
        </div>
        <button type="submit" class="button">
          {ctx.t('satisfaction.question.send')}
        </button>
      </form>
    </section>
  );
}
