import type { NavItem } from '../components/layout.tsx';
import type { PageContext } from '../components/context.ts';
import { dayViewScope } from '../../domain/booking/index.ts';
import { keyPart } from '../i18n/index.ts';

/** Each role's start page: where it lands after logging in. */
export const START_PAGE: Record<string, string> = {
  admin: '/admin',
  clerk: '/stanowisko',
  information_point: '/punkt-informacyjny',
  unit_head: '/kierownik',
  city_secretary: '/sekretarz',
  register_keeper: '/rejestr-upowaznien',
  contact_centre: '/centrum-kontaktu',
  auditor: '/audyty',
};

/** The order in which a person with several roles gets a start page. */
export const ROLE_PRIORITY = [
  'admin',
  'unit_head',
  'city_secretary',
  'register_keeper',
  'information_point',
  'contact_centre',
  'auditor',
  'clerk',
] as const;

export function startPageFor(roles: readonly string[]): string {
  for (const role of ROLE_PRIORITY) if (roles.includes(role)) return START_PAGE[role]!;
  return '/konto/haslo';
}

const ADMIN_SECTIONS: readonly { href: string; key: string }[] = [
  { href: '/admin', key: 'nav.admin.home' },
  { href: '/admin/urzad', key: 'nav.admin.office' },
  { href: '/admin/budynki', key: 'nav.admin.buildings' },
  { href: '/admin/komorki', key: 'nav.admin.units' },
  { href: '/admin/sprawy', key: 'nav.admin.services' },
  { href: '/admin/stanowiska', key: 'nav.admin.desks' },
  { href: '/admin/godziny', key: 'nav.admin.hours' },
  { href: '/admin/rezerwacje', key: 'bookingStaff.nav.settings' },
  { href: '/admin/pracownicy', key: 'nav.admin.staff' },
  { href: '/admin/urzadzenia', key: 'nav.admin.devices' },
  { href: '/admin/dziennik', key: 'nav.admin.audit' },
  { href: '/personel/poczta', key: 'mail.outbox.nav' },
  { href: '/admin/stan-urzadzen', key: 'announcements.health.title' },
  { href: '/admin/open311', key: 'reports.apiKeys.nav' },
];

/**
 * The staff menu: the start pages of the person's roles, the administrator's sections for an admin,
 * and the account page.
 */
export function staffNav(ctx: PageContext): NavItem[] {
  const roles = ctx.staff?.roles ?? [];
  const items: NavItem[] = [];
  if (roles.includes('admin')) items.push(...ADMIN_SECTIONS.map((s) => ({ href: s.href, label: ctx.t(s.key) })));
  for (const role of ROLE_PRIORITY) {
    if (role !== 'admin' && roles.includes(role)) items.push({ href: START_PAGE[role]!, label: ctx.t(`nav.role.${keyPart(role)}`) });
  }
  if (dayViewScope(roles)) items.push({ href: '/rezerwacje/dzien', label: ctx.t('bookingStaff.nav.day') });
  if (roles.includes('admin') || roles.includes('contact_centre'))
    items.push({ href: '/komunikaty', label: ctx.t('announcements.list.title') });
  // Difficult situations (seed 8) and the register of complaints and requests.
  if (['clerk', 'information_point', 'unit_head', 'admin'].some((r) => roles.includes(r)))
    items.push({ href: '/trudne-sytuacje', label: ctx.t('situations.nav') });
  if (['contact_centre', 'admin'].some((r) => roles.includes(r))) items.push({ href: '/skargi', label: ctx.t('complaints.nav') });
  // Special needs (seed 7.1, 7.2): calls to the ground floor and the sign-language interpreter.
  if (roles.includes('information_point'))
    items.push(
      { href: '/punkt-informacyjny/parter', label: ctx.t('groundFloor.page.title') },
      { href: '/punkt-informacyjny/tlumacz', label: ctx.t('interpreter.staff.title') },
    );
  if (roles.includes('unit_head')) items.push({ href: '/kierownik/parter', label: ctx.t('groundFloor.list.title') });
  // The Information Point's directory (issue 14): the phone directory for all staff; notes and absences for heads.
  if (roles.length > 0) items.push({ href: '/spis-telefonow', label: ctx.t('directory.nav.phone') });
  // Service figures (issue 18, part 2): unit heads (their unit) and the administrator.
  if (roles.includes('unit_head') || roles.includes('admin')) items.push({ href: '/statystyki', label: ctx.t('stats.nav') });
  // Quality (issue 18): residents' opinions for unit heads and the administrator; the standards' audits.
  if (roles.includes('unit_head') || roles.includes('admin')) items.push({ href: '/opinie', label: ctx.t('satisfaction.nav') });
  if (roles.includes('unit_head') || roles.includes('admin')) items.push({ href: '/audyty', label: ctx.t('standardsAudit.nav') });
  if (roles.includes('unit_head') || roles.includes('admin')) {
    items.push({ href: '/informacje-dla-punktu', label: ctx.t('directory.nav.notes') });
    items.push({ href: '/nieobecnosci', label: ctx.t('directory.nav.absences') });
  }
  // Home visits (issue 17): requests for the Information Point, unit heads and clerks.
  if (['information_point', 'unit_head', 'clerk'].some((r) => roles.includes(r)))
    items.push({ href: '/wizyty-domowe', label: ctx.t('homeVisits.nav') });
  items.push({ href: '/konto/haslo', label: ctx.t('nav.account') });
  return items;
}
