import { accessSync, constants, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

// Debian's Chromium; Playwright gives every launch a fresh temporary --user-data-dir of its own.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Why Chromium cannot be started, in one sentence, or undefined when its program is there.
 * @example chromiumMissing() // 'Chromium is not installed at /usr/bin/chromium: …'
 */
export function chromiumMissing(): string | undefined {
  try {
    accessSync(CHROMIUM, constants.X_OK);
    return undefined;
  } catch {
    return `Chromium is not installed at ${CHROMIUM}: the browser tests need Debian's chromium (apt-get install chromium), or CHROMIUM_PATH set to a Chromium.`;
  }
}

/**
 * Starts headless Chromium, with more flags when a test needs them (a board's `--autoplay-policy=…`).
 * @example const browser = await launchBrowser(); const page = await browser.newPage(); ... await browser.close();
 */
export async function launchBrowser(extraFlags: readonly string[] = []): Promise<Browser> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...FLAGS, ...extraFlags] });
}

/** Sizes a person sees our pages at. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
  /** A clerk's common office screen: the desk panel's ticket, actions and transfer fit it without scrolling. */
  desk: { width: 1366, height: 768 },
  kiosk: { width: 1080, height: 1920 },
  board: { width: 1920, height: 1080 },
} as const;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page for WCAG 2.1 A and AA (and any `also` tags, e.g. 'best-practice' for `region`)
 * and returns the violations, worded for a test failure.
 * Injected through the DevTools protocol, so the page's strict CSP stays on.
 */
export async function axeViolations(page: Page, options: { also?: readonly string[] } = {}): Promise<string[]> {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', ...(options.also ?? [])];
  await page.waitForLoadState('load');
  let violations: AxeViolation[];
  try {
    violations = await runAxe(page, tags);
  } catch (error) {
    // A page that was still being replaced when the check began (a link followed, a form sent) has no
    // document for a moment: check the page that arrived instead. Any other failure is the test's to see.
    if (!(error instanceof Error) || !/documentElement|Execution context was destroyed|navigat/i.test(error.message)) throw error;
    await page.waitForLoadState('load');
    violations = await runAxe(page, tags);
  }
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
}

async function runAxe(page: Page, tags: readonly string[]): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (values) => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values },
      resultTypes: ['violations'],
    });
    return result.violations;
  }, tags);
}

/** Saves a full-page screenshot under .okienko-test/screenshots/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.resolve(import.meta.dirname, '..', '..', '.okienko-test', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
