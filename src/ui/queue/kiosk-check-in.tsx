import type { PageContext } from '../components/context.ts';
import { ErrorSummary } from '../components/form.tsx';
import { KioskFrame } from './kiosk-frame.tsx';

/**
 * "Mam rezerwację": one big field for the booking code. The kiosk's barcode scanner types like a keyboard
 * into the focused field and presses Enter, so a scanned manage link arrives here as typed text and the
 * form submits by itself; a person types the code on the on-screen keyboard and touches the button.
 * On a wrong code the page comes back (422/404) with the GOV.UK error summary and the field focused again.
 */
export function KioskCheckInPage({
  ctx,
  value,
  error,
  status,
}: {
  ctx: PageContext;
  value: string;
  error?: string | undefined;
  status?: number;
}) {
  const title = ctx.t('bookingArrival.page.title');
  const describedBy = ['code-hint', error ? 'code-error' : ''].filter(Boolean).join(' ');
  return (
    <KioskFrame ctx={ctx} title={title} status={status}>
      <h1>{title}</h1>
      {error && <ErrorSummary ctx={ctx} errors={{ code: error }} />}
      <p class="kiosk__lead">{ctx.t('bookingArrival.page.lead')}</p>
      <form method="post" action="/kiosk/rezerwacja" class="kiosk__code-form" novalidate>
        <div class={error ? 'form-group form-group--error' : 'form-group'}>
          <label class="label kiosk__label" for="code">
            {ctx.t('bookingArrival.field.code')}
          </label>
          <div id="code-hint" class="hint kiosk__hint">
            {ctx.t('bookingArrival.field.codeHint')}
          </div>
          {error && (
            <p id="code-error" class="error-message">
              {error}
            </p>
          )}
          <input
            class={`input kiosk__code${error ? ' input--error' : ''}`}
            id="code"
            name="code"
            type="text"
            value={value}
            maxLength={500}
            inputmode="text"
            autocapitalize="characters"
            autocomplete="off"
            autocorrect="off"
            spellcheck={false}
            enterkeyhint="go"
            autofocus
            aria-describedby={describedBy}
            aria-invalid={error ? 'true' : undefined}
          />
        </div>
        <button type="submit" class="kiosk__button">
          <span class="kiosk__button-title">{ctx.t('bookingArrival.page.submit')}</span>
        </button>
      </form>
      <p class="kiosk__lead">{ctx.t('bookingArrival.page.scan')}</p>
      <p class="kiosk__lead">{ctx.t('bookingArrival.page.noCode')}</p>
      <div class="kiosk__extra">
        <a class="kiosk__button kiosk__button--secondary" href="/kiosk">
          <span class="kiosk__button-title">{ctx.t('bookingArrival.page.regularTicket')}</span>
        </a>
      </div>
    </KioskFrame>
  );
}

/** A booking that cannot be checked in (too early, too late, cancelled, already checked in): why, and what to do. */
export function KioskCheckInRefusalPage({ ctx, message, status }: { ctx: PageContext; message: string; status: number }) {
  const title = ctx.t('bookingArrival.refusal.title');
  return (
    <KioskFrame ctx={ctx} title={title} status={status}>
      <h1>{title}</h1>
      <p class="kiosk__lead" role="alert">
        {message}
      </p>
      <div class="kiosk__extra">
        <a class="kiosk__button" href="/kiosk">
          <span class="kiosk__button-title">{ctx.t('bookingArrival.page.regularTicket')}</span>
        </a>
        <a class="kiosk__button kiosk__button--secondary" href="/kiosk/rezerwacja">
          <span class="kiosk__button-title">{ctx.t('bookingArrival.refusal.retry')}</span>
        </a>
      </div>
    </KioskFrame>
  );
}
