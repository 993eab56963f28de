import type { Locale, Translate } from '../i18n/index.ts';
import type { ScreenAnnouncement } from '../announcements/banner.tsx';
import type { DeviceAlert } from '../../app/announcements/index.ts';

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
  /** The announcements this page shows (public, booking, kiosk and board pages), worded, the most severe first. */
  announcements?: readonly ScreenAnnouncement[];
  /** A kiosk whose printer failed: it shows the number on screen and says so. */
  printerPaused?: boolean;
  /** Devices with a problem now, on the Information Point's and the administrator's pages. */
  deviceAlerts?: readonly DeviceAlert[];
}
