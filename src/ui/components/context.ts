import type { Locale, Translate } from '../i18n/index.ts';

/** What every page needs to render: language, the office, who is logged in. */
export interface PageContext {
  t: Translate;
  locale: Locale;
  /** The request path with its query, for the language switch's way back. */
  path: string;
  office: { name: string; shortName: string; isDemo: boolean };
  staff?: { name: string; roles: readonly string[] };
  /** The form token of the staff session, put into every staff form. */
  csrfToken?: string;
}
