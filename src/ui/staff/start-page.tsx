import type { ComponentChildren } from 'preact';
import type { PageContext } from '../components/context.ts';
import { Layout } from '../components/layout.tsx';
import { staffNav } from './nav.ts';
import { keyPart } from '../i18n/index.ts';

/** What a role can already do from its start page, besides its account. */
const ROLE_LINKS: Readonly<Record<string, readonly { href: string; key: string }[]>> = {
  information_point: [
    { href: '/punkt-informacyjny/rezerwacja', key: 'bookingStaff.start.phone' },
    { href: '/rezerwacje/dzien', key: 'bookingStaff.start.day' },
    { href: '/trudne-sytuacje', key: 'situations.nav' },
  ],
  unit_head: [
    { href: '/rezerwacje/dzien', key: 'bookingStaff.start.day' },
    { href: '/trudne-sytuacje', key: 'situations.nav' },
    { href: '/wizyty-domowe', key: 'homeVisits.nav' },
  ],
  contact_centre: [{ href: '/skargi', key: 'complaints.nav' }],
};

export interface StartPageProps {
  ctx: PageContext;
  role: string;
  /** Today in the office's time zone, already worded ("wtorek, 24 listopada 2026"). */
  today: string;
  /** What a module adds to the role's page (home visits: the counts that matter). */
  children?: ComponentChildren;
}

/**
 * A role's start page: who and where, today's date, what the role can do now, and plainly what
 * arrives in later versions (no mock data in the meantime).
 */
export function StartPage({ ctx, role, today, children }: StartPageProps) {
  const title = ctx.t(`start.${keyPart(role)}.title`);
  return (
    <Layout ctx={ctx} title={title} nav={staffNav(ctx)}>
      <h1>{title}</h1>
      <p class="lead">{ctx.office.name}</p>
      <p>{ctx.t('start.today', { date: today })}</p>
      {children}
      <h2>{ctx.t('start.now')}</h2>
      <ul>
        {(ROLE_LINKS[role] ?? []).map((link) => (
          <li key={link.href}>
            <a href={link.href}>{ctx.t(link.key)}</a>
          </li>
        ))}
        <li>
          <a href="/konto/haslo">{ctx.t('start.account')}</a>
        </li>
      </ul>
      <h2>{ctx.t('start.later')}</h2>
      <p>{ctx.t(`start.${keyPart(role)}.later`)}</p>
    </Layout>
  );
}
