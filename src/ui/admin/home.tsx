import type { OrganisationCounts } from '../../app/organisation/index.ts';
import type { PageContext } from '../components/context.ts';
import { AdminPage } from './common.tsx';

const SECTIONS: readonly { href: string; key: string; count?: keyof OrganisationCounts }[] = [
  { href: '/admin/urzad', key: 'office' },
  { href: '/admin/budynki', key: 'buildings', count: 'buildings' },
  { href: '/admin/komorki', key: 'units', count: 'units' },
  { href: '/admin/sprawy', key: 'services', count: 'services' },
  { href: '/admin/stanowiska', key: 'desks', count: 'desks' },
  { href: '/admin/godziny', key: 'hours' },
  { href: '/admin/rezerwacje', key: 'booking' },
  { href: '/admin/punkt-informacyjny', key: 'informationPoint' },
  { href: '/admin/wizyty-domowe', key: 'homeVisits' },
  { href: '/admin/pracownicy', key: 'staff', count: 'staff' },
  { href: '/admin/urzadzenia', key: 'devices', count: 'devices' },
  { href: '/admin/dziennik', key: 'audit' },
];

/** The administrator's start page: what the office has, with a way into each section. */
export function AdminHomePage({ ctx, counts }: { ctx: PageContext; counts: OrganisationCounts }) {
  return (
    <AdminPage ctx={ctx} title={ctx.t('admin.home.title')}>
      <p class="lead">{ctx.t('admin.home.lead')}</p>
      <ul class="card-list">
        {SECTIONS.map((section) => (
          <li key={section.href} class="card">
            <h2 class="card__title">
              <a href={section.href}>{ctx.t(`admin.home.${section.key}.title`)}</a>
            </h2>
            {section.count ? (
              <p>{ctx.t(`admin.home.${section.key}.count`, { n: counts[section.count] })}</p>
            ) : (
              <p>{ctx.t(`admin.home.${section.key}.text`)}</p>
            )}
          </li>
        ))}
      </ul>
    </AdminPage>
  );
}
