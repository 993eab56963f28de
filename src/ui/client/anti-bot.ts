// The anti-bot field with JavaScript: the ALTCHA widget proves a little work by itself (no puzzle, so a
// blind person passes as easily as anyone) and its payload replaces the question in words. Everything
// loads from our own origin under the strict CSP: the widget's external build (no inline styles, no
// blob: workers), its stylesheet, and the SHA-256 worker. Where the widget cannot run (no secure
// context, no Web Crypto, no workers) or fails, the question in words stays.
import 'altcha/external';
import 'altcha/altcha.css';
import { loadStylesheet } from './shared/stylesheet.ts';

/** The part of the widget's global registry we use (its own typing of it does not resolve under NodeNext). */
interface AltchaRegistry {
  algorithms: Map<string, () => Worker>;
  i18n: { get(language: string): Record<string, string> | undefined; set(language: string, strings: Record<string, string>): void };
}

const root = document.querySelector<HTMLElement>('[data-anti-bot]');
const textPart = root?.querySelector<HTMLElement>('[data-anti-bot-text]');
const widgetPart = root?.querySelector<HTMLElement>('[data-anti-bot-widget]');

function canRun(): boolean {
  return (
    globalThis.isSecureContext && typeof crypto !== 'undefined' && typeof crypto.subtle !== 'undefined' && typeof Worker !== 'undefined'
  );
}

/** Shows the question in words (or hides it), and lets its fields be sent only while it is shown. */
function showQuestion(shown: boolean): void {
  if (!textPart || !widgetPart) return;
  textPart.hidden = !shown;
  widgetPart.hidden = shown;
  for (const input of textPart.querySelectorAll('input')) input.disabled = !shown;
}

async function upgrade(container: HTMLElement, part: HTMLElement): Promise<void> {
  const language = document.documentElement.lang || 'pl';
  const strings = JSON.parse(container.dataset.strings ?? '{}') as Record<string, string>;
  const registry = (globalThis as unknown as { $altcha: AltchaRegistry }).$altcha;
  // We issue SHA-256 challenges only; the external build has no worker of its own.
  registry.algorithms.set('SHA-256', () => new Worker(new URL('altcha-sha-worker.js', import.meta.url)));
  registry.i18n.set(language, { ...registry.i18n.get('en'), ...strings });
  await loadStylesheet(new URL('anti-bot.css', import.meta.url).href);

  const widget = document.createElement('altcha-widget');
  widget.setAttribute('challenge', container.dataset.challengeUrl ?? '');
  widget.setAttribute('name', 'antiBotPayload');
  widget.setAttribute('auto', 'onload');
  widget.setAttribute('language', language);
  widget.setAttribute('configuration', JSON.stringify({ hideFooter: true, hideLogo: true, humanInteractionSignature: false }));
  widget.addEventListener('statechange', (event) => {
    const { state } = (event as CustomEvent<{ state: string }>).detail;
    if (state === 'error') {
      widget.remove();
      showQuestion(true);
    }
  });
  // A person who takes longer than the challenge lives gets a new one without having to do anything.
  widget.addEventListener('expired', () => {
    void widget.verify();
  });
  part.append(widget);
  showQuestion(false);
}

if (root && widgetPart && canRun()) void upgrade(root, widgetPart);
