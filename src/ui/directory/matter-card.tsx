import type { ComponentChildren } from 'preact';
import type { MatterView } from '../../app/directory/index.ts';
import { inLanguage, linesIn } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { closedReason } from '../public/wording.ts';

function todayWords(ctx: PageContext, matter: MatterView): string {
  const { t, locale } = ctx;
  const today = matter.today;
  if (!today) return t('directory.matter.hoursUnknown');
  if (today.open) return t('directory.matter.todayOpen', { opens: today.opens, closes: today.closes });
  const reason = closedReason(t, locale, today.reason);
  return reason === '' ? t('directory.matter.todayClosed') : t('directory.matter.todayClosedBecause', { reason });
}

function placeWords(ctx: PageContext, matter: MatterView): string {
  const place = matter.place;
  if (!place) return ctx.t('directory.matter.placeUnknown');
  const parts = [place.buildingName, place.street];
  if (place.floor !== null) parts.push(ctx.t('public.floor', { floor: place.floor }));
  if (place.room) parts.push(ctx.t('directory.matter.room', { room: place.room }));
  return parts.filter((p) => p !== '').join(', ');
}

function Lines({ lines, lang }: { lines: string[]; lang: string | undefined }) {
  return (
    <ul lang={lang}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/**
 * One matter as the directory answers it: the unit, where (and whether without stairs), today's hours, the
 * documents and fees, the ticket letter and booking, and a unit's note for residents. `children` is where
 * the staff view adds who is competent now.
 */
export function MatterCard({
  ctx,
  matter,
  children,
  level = 2,
}: {
  ctx: PageContext;
  matter: MatterView;
  children?: ComponentChildren;
  level?: 2 | 3;
}) {
  const { t, locale } = ctx;
  const name = inLanguage(matter.name, locale);
  const unit = inLanguage(matter.unit.name, locale);
  const description = inLanguage(matter.description, locale);
  const documents = linesIn(matter.documents, locale);
  const fees = linesIn(matter.fees, locale);
  const payment = inLanguage(matter.payment, locale);
  const Heading = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const stepFree = matter.place?.stepFree;
  return (
    <li class="card matter">
      <Heading lang={name.lang} class="matter__name">
        {name.value}
      </Heading>
      {matter.notes.map((note) => {
        const text = inLanguage(note, locale);
        return (
          <p key={text.value} class="matter__note" lang={text.lang}>
            <strong>{t('directory.matter.note')}</strong> {text.value}
          </p>
        );
      })}
      {description.value !== '' && <p lang={description.lang}>{description.value}</p>}
      <dl class="matter__facts">
        <dt>{t('directory.matter.unit')}</dt>
        <dd lang={unit.lang}>{unit.value}</dd>
        <dt>{t('directory.matter.where')}</dt>
        <dd>
          {placeWords(ctx, matter)}
          {stepFree !== null && stepFree !== undefined && (
            <>
              {' '}
              <span class={stepFree ? 'tag tag--open' : 'tag'}>
                {t(stepFree ? 'directory.matter.stepFree' : 'directory.matter.stairs')}
              </span>
            </>
          )}
        </dd>
        <dt>{t('directory.matter.today')}</dt>
        <dd>{todayWords(ctx, matter)}</dd>
        <dt>{t('directory.matter.ticket')}</dt>
        <dd>{t('directory.matter.ticketLetter', { letter: matter.ticketLetter })}</dd>
      </dl>
      {matter.bookableOnline && (
        <p>
          <a href={`/rezerwacja/dzien?usluga=${matter.id}`}>{t('directory.matter.book', { service: name.value })}</a>
        </p>
      )}
      <Sub>{t('public.service.documents')}</Sub>
      {documents.lines.length > 0 ? <Lines {...documents} /> : <p>{t('public.service.noDocuments')}</p>}
      {fees.lines.length > 0 && (
        <>
          <Sub>{t('public.service.fees')}</Sub>
          <Lines {...fees} />
        </>
      )}
      {payment.value !== '' && (
        <>
          <Sub>{t('public.service.payment')}</Sub>
          <p lang={payment.lang}>{payment.value}</p>
        </>
      )}
      {children}
    </li>
  );
}
