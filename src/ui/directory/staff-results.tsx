import type { CompetentPerson, DirectoryAnswer, MatterView } from '../../app/directory/index.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { CsrfField } from '../components/form.tsx';
import { MatterCard } from './matter-card.tsx';
import { ResultsHeading } from './search-form.tsx';

export const TRANSFER_PATH = '/spis-telefonow/przelaczenia';
export const PHONE_DIRECTORY_PATH = '/spis-telefonow';
export const PHONE_DIRECTORY_FRAGMENT_PATH = '/spis-telefonow/wyniki';
export const INFORMATION_POINT_PATH = '/punkt-informacyjny';
export const INFORMATION_POINT_FRAGMENT_PATH = '/punkt-informacyjny/wyniki';

/** Which page a transfer was noted on, to go back to: the Information Point's or the phone directory. */
export type TransferFrom = 'pi' | 'spis';
export const TRANSFER_BACK: Record<TransferFrom, string> = { pi: INFORMATION_POINT_PATH, spis: PHONE_DIRECTORY_PATH };

/** Who is competent for a matter, by service id. */
export type PeopleByMatter = Readonly<Record<number, readonly CompetentPerson[]>>;

/** Seed 5.4: the sentence to say before transferring a call, with the person's name, unit and extension. */
export function transferSentence(ctx: PageContext, person: CompetentPerson): string {
  return ctx.t('directory.phone.sentence', {
    name: person.fullName,
    unit: inLanguage(person.unitName, ctx.locale).value,
    extension: person.extension === '' ? '—' : person.extension,
  });
}

function Competent({
  ctx,
  matter,
  people,
  query,
  from,
}: {
  ctx: PageContext;
  matter: MatterView;
  people: readonly CompetentPerson[];
  query: string;
  from: TransferFrom;
}) {
  const { t } = ctx;
  const present = people.filter((p) => !p.away);
  const away = people.filter((p) => p.away);
  return (
    <section class="competent" aria-label={t('directory.phone.competentFor', { matter: inLanguage(matter.name, ctx.locale).value })}>
      <h3>{t('directory.phone.competent')}</h3>
      {present.length === 0 ? (
        <p>{matter.unit.phone === '' ? t('directory.phone.nobody') : t('directory.phone.nobodyPhone', { phone: matter.unit.phone })}</p>
      ) : (
        <ul class="competent__people">
          {present.map((person) => (
            <li key={person.staffId}>
              <p class="competent__who">
                <strong>{person.fullName}</strong>
                {person.position !== '' && `, ${person.position}`}
                {' — '}
                {person.extension === ''
                  ? t('directory.phone.noExtension')
                  : t('directory.phone.extension', { extension: person.extension })}
                {person.room !== null && `, ${t('directory.matter.room', { room: person.room })}`}
              </p>
              <p class="transfer-sentence">{transferSentence(ctx, person)}</p>
              <form method="post" action={TRANSFER_PATH} class="inline-form">
                <CsrfField ctx={ctx} />
                <input type="hidden" name="service_id" value={String(matter.id)} />
                <input type="hidden" name="staff_id" value={String(person.staffId)} />
                <input type="hidden" name="q" value={query} />
                <input type="hidden" name="z" value={from} />
                <button type="submit" class="button button--secondary">
                  {t('directory.phone.note', { name: person.fullName })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {away.length > 0 && <p class="hint">{t('directory.phone.away', { names: away.map((p) => p.fullName).join(', ') })}</p>}
    </section>
  );
}

/** The staff view of a search: each matter with who is competent now, the sentence to say and "note the transfer". */
export function StaffResults({
  ctx,
  answer,
  people,
  from,
  phone,
}: {
  ctx: PageContext;
  answer: DirectoryAnswer;
  people: PeopleByMatter;
  /** The page to come back to after noting a transfer (with the query). */
  from: TransferFrom;
  phone: string;
}) {
  return (
    <>
      <ResultsHeading ctx={ctx} answer={answer} phone={phone} />
      {answer.matters.length > 0 && (
        <ol class="matters">
          {answer.matters.map((matter) => (
            <MatterCard key={matter.id} ctx={ctx} matter={matter}>
              <Competent ctx={ctx} matter={matter} people={people[matter.id] ?? []} query={answer.query} from={from} />
            </MatterCard>
          ))}
        </ol>
      )}
    </>
  );
}

/** The notice after a transfer was noted. */
export function TransferNoted({ ctx, noted }: { ctx: PageContext; noted: boolean }) {
  if (!noted) return null;
  return (
    <div class="notice notice--success" role="status">
      {ctx.t('directory.phone.noted')}
    </div>
  );
}
