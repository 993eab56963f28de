import type { PageContext } from '../components/context.ts';

/** Where the ALTCHA widget fetches its challenge (the route lives in http/routes/booking/anti-bot.ts). */
export const ANTI_BOT_CHALLENGE_PATH = '/rezerwacja/wyzwanie';

/** The client script that turns the question into the proof-of-work widget; pass it to `Layout`'s `scripts`. */
export const ANTI_BOT_SCRIPT = '/static/js/anti-bot.js';

// The widget's own strings, by its names; the client script hands them to it in the page's language.
const WIDGET_STRINGS = [
  'label',
  'verify',
  'verifying',
  'verified',
  'waitAlert',
  'verificationRequired',
  'expired',
  'error',
  'loading',
  'reload',
  'cancel',
] as const;

export interface AntiBotFieldProps {
  ctx: PageContext;
  /** A question from `newTextChallengeFor` / `textQuestion`: asked when JavaScript does not run. */
  challenge: { id: string; question: string };
  /** The worded error of field `antiBot`, if the last attempt was refused. */
  error?: string | undefined;
}

/**
 * The anti-bot step of a public form. As sent, it asks a question in words ("Ile to jest jeden dodać
 * sześć?") that a screen reader reads aloud; when JavaScript runs, `anti-bot.js` hides the question and
 * shows the ALTCHA widget, which proves the work by itself, with no puzzle, and puts its payload into
 * `antiBotPayload`. The server takes whichever proof arrives (`antiBotProofFrom`). The fieldset's id is
 * `antiBot`, where the error summary links.
 * @example <AntiBotField ctx={ctx} challenge={await newTextChallengeFor(deps, ctx.locale)} error={errors.antiBot} />
 */
export function AntiBotField({ ctx, challenge, error }: AntiBotFieldProps) {
  const strings = Object.fromEntries(WIDGET_STRINGS.map((name) => [name, ctx.t(`antiBot.widget.${name}`)]));
  const describedBy = ['antiBotAnswer-hint', error ? 'antiBot-error' : ''].filter(Boolean).join(' ');
  return (
    <div
      class={error ? 'form-group form-group--error anti-bot' : 'form-group anti-bot'}
      data-anti-bot
      data-challenge-url={ANTI_BOT_CHALLENGE_PATH}
      data-strings={JSON.stringify(strings)}
    >
      <fieldset class="fieldset" id="antiBot" tabIndex={-1}>
        <legend class="fieldset__legend">{ctx.t('antiBot.legend')}</legend>
        {error && (
          <p id="antiBot-error" class="error-message">
            {error}
          </p>
        )}
        <div data-anti-bot-text>
          <label class="label" for="antiBotAnswer">
            {challenge.question}
          </label>
          <div id="antiBotAnswer-hint" class="hint">
            {ctx.t('antiBot.hint')}
          </div>
          <input
            class={`input input--medium${error ? ' input--error' : ''}`}
            id="antiBotAnswer"
            name="antiBotAnswer"
            type="text"
            autocomplete="off"
            spellcheck={false}
            aria-describedby={describedBy}
            aria-invalid={error ? 'true' : undefined}
          />
          <input type="hidden" name="antiBotId" value={challenge.id} />
        </div>
        <div data-anti-bot-widget hidden>
          <p class="hint">{ctx.t('antiBot.automatic')}</p>
        </div>
      </fieldset>
    </div>
  );
}
