import type { UnitDirectory } from '../../app/directory/index.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { Layout } from '../components/layout.tsx';
import { staffNav } from '../staff/nav.ts';

/** /spis-telefonow/komorki/:id: one unit's phone directory, laid out for an A4 page (print CSS). */
export function UnitDirectoryPage({ ctx, unit, printedOn }: { ctx: PageContext; unit: UnitDirectory; printedOn: string }) {
  const { t, locale } = ctx;
  const name = inLanguage(unit.name, locale);
  return (
    <Layout ctx={ctx} title={t('directory.unit.title', { unit: name.value })} nav={staffNav(ctx)} wide>
      <div class="print-sheet">
        <h1>
          <span lang={name.lang}>{name.value}</span> ({unit.code})
        </h1>
        <p>
          {[
            unit.buildingName,
            unit.room ? t('directory.matter.room', { room: unit.room }) : null,
            unit.phone ? t('directory.unit.phone', { phone: unit.phone }) : null,
          ]
            .filter((part) => part !== null)
            .join(' · ')}
        </p>
        <p class="no-print hint">{t('directory.unit.printHint')}</p>
        {unit.staff.length === 0 ? (
          <p>{t('directory.unit.nobody')}</p>
        ) : (
          <table class="phone-table">
            <caption>{t('directory.unit.caption', { date: printedOn })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('directory.unit.person')}</th>
                <th scope="col">{t('directory.unit.extension')}</th>
                <th scope="col">{t('directory.unit.room')}</th>
                <th scope="col">{t('directory.unit.matters')}</th>
              </tr>
            </thead>
            <tbody>
              {unit.staff.map((person) => (
                <tr key={person.staffId}>
                  <th scope="row">
                    {person.fullName}
                    {person.position !== '' && (
                      <>
                        <br />
                        <span class="phone-table__position">{person.position}</span>
                      </>
                    )}
                    {person.awayToday && (
                      <>
                        <br />
                        <span class="tag">{t('directory.unit.awayToday')}</span>
                      </>
                    )}
                  </th>
                  <td class="phone-table__extension">{person.extension === '' ? '—' : person.extension}</td>
                  <td>{person.room ?? '—'}</td>
                  <td>
                    <ul class="phone-table__matters">
                      {person.matters.map((matter) => {
                        const text = inLanguage(matter, locale);
                        return (
                          <li key={text.value} lang={text.lang}>
                            {text.value}
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Layout>
  );
}
