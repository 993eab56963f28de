import type { PageContext } from '../components/context.ts';
import { ErrorSummary } from '../components/form.tsx';
import { KIOSK_IDLE_SECONDS, KioskFrame } from './kiosk-frame.tsx';

/**
 * The on-screen keyboard: the booking code's symbols only, large keys. Hidden without JavaScript (the keys
 * would do nothing); the kiosk's script shows it, types into the field and puts the dash in by itself.
 */
function CodeKeyboard({ ctx, symbols }: { ctx: PageContext; symbols: readonly string[] }) {
  return (
    <div class="kiosk__keyboard" role="group" aria-label={ctx.t('queue.kiosk.keyboard.label')} data-keyboard hidden>
      {symbols.map((symbol) => (
        <button key={symbol} type="button" class="kiosk__key" data-key={symbol}>
          {symbol}
        </button>
      ))}
      <button type="button" class="kiosk__key kiosk__key--action" data-key-delete>
        <span aria-hidden="true">⌫ </span>
        {ctx.t('queue.kiosk.keyboard.delete')}
      </button>
      <button type="button" class="kiosk__key kiosk__key--action" data-key-clear>
        {ctx.t('queue.kiosk.keyboard.clear')}
      </button>
    </div>
  );
}

/**
 * "Mam rezerwację": one big field for the booking code. The kiosk's barcode scanner types like a keyboard
 * into the focused field and presses Enter, so a scanned manage link arrives here as typed text and the
 * form submits by itself; a person types the code on the on-screen keyboard (the booking code's symbols,
 * shown by the kiosk's script) or a physical one, and touches the button.
 * On a wrong code the page comes back (422/404) with the GOV.UK error summary and the field focused again.
 */
export function KioskCheckInPage({
  ctx,
  value,
  error,
  status,
  symbols,
}: {
  ctx: PageContext;
  value: string;
  error?: string | undefined;
  status?: number;
  /** The symbols a booking code is made of, one key each. */
  symbols: readonly string[];
}) {
  const title = ctx.t('bookingArrival.page.title');
  const describedBy = ['code-hint', error ? 'code-error' : ''].filter(Boolean).join(' ');
  return (
    <KioskFrame ctx={ctx} title={title} status={status} screen="check-in" idleSeconds={KIOSK_IDLE_SECONDS.typing} back="/kiosk">
      <h1 class="kiosk__title">{title}</h1>
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
            data-code-field
          />
        </div>
        <CodeKeyboard ctx={ctx} symbols={symbols} />
        <button type="submit" class="kiosk__tile kiosk__tile--primary kiosk__tile--short">
          <span class="kiosk__tile-title">{ctx.t('bookingArrival.page.submit')}</span>
        </button>
      </form>
      <p class="kiosk__note">{ctx.t('bookingArrival.page.scan')}</p>
      <p class="kiosk__note">{ctx.t('bookingArrival.page.noCode')}</p>
    </KioskFrame>
  );
}

/** A booking that cannot be checked in (too early, too late, cancelled, already checked in): why, and what to do. */
export function KioskCheckInRefusalPage({ ctx, message, status }: { ctx: PageContext; message: string; status: number }) {
  const title = ctx.t('bookingArrival.refusal.title');
  return (
    <KioskFrame
      ctx={ctx}
      title={title}
      status={status}
      screen="refusal"
      idleSeconds={KIOSK_IDLE_SECONDS.refusal}
      languageReturn="/kiosk"
      back="/kiosk"
    >
      <h1 class="kiosk__title">{title}</h1>
      <p class="kiosk__lead kiosk__lead--alert" role="alert">
        {message}
      </p>
      <div class="kiosk__extra">
        <a class="kiosk__tile kiosk__tile--primary" href="/kiosk">
          <span class="kiosk__tile-title">{ctx.t('bookingArrival.page.regularTicket')}</span>
        </a>
        <a class="kiosk__tile kiosk__tile--secondary" href="/kiosk/rezerwacja">
          <span class="kiosk__tile-title">{ctx.t('bookingArrival.refusal.retry')}</span>
        </a>
      </div>
    </KioskFrame>
  );
}
