import type { BookingMailFacts, EventWords, MailWording, RenderedMail } from '../../app/mail/mail-ports.ts';
import { dateTimeFormat, translator, OFFICE_TIME_ZONE, type Translate } from '../i18n/index.ts';
import { renderPage } from '../render.ts';
import { keyPart } from '../i18n/index.ts';

function format(locale: string, options: Intl.DateTimeFormatOptions, at: Date): string {
  return dateTimeFormat(locale, { timeZone: OFFICE_TIME_ZONE, ...options }).format(at);
}

/**
 * The visit's start written out in the office's time zone: "wtorek, 1 grudnia 2026, 09:30".
 * @example visitTime('pl', new Date('2026-12-01T08:30:00Z'), translator('pl'))
 */
export function visitTime(locale: string, at: Date, t: Translate): string {
  const date = format(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, at);
  const time = format(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, at);
  return t('mail.when', { date, time });
}

/** "Budynek główny, ul. Szkolna 28, 97-300 Piotrków Trybunalski; parter, pokój 12, stanowisko 3". */
function placeLine(facts: BookingMailFacts, t: Translate): string {
  const p = facts.place;
  const address = t('mail.where.address', { building: p.buildingName, street: p.street, postalCode: p.postalCode, city: p.city });
  const inside = [t('mail.where.floor', { floor: p.floor })];
  if (p.roomNumber) inside.push(t('mail.where.room', { room: p.roomNumber }));
  inside.push(t('mail.where.desk', { desk: p.deskNumber }));
  return `${address}; ${inside.join(', ')}`;
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

interface Parts {
  t: Translate;
  cancelled: boolean;
  intro: string;
  when: string;
  where: string;
}

function partsOf(facts: BookingMailFacts): Parts {
  const t = translator(facts.locale);
  return {
    t,
    cancelled: facts.kind === 'booking_cancelled',
    intro: t(`mail.intro.${keyPart(facts.kind)}`, { office: facts.office.name }),
    when: visitTime(facts.locale, facts.startsAt, t),
    where: placeLine(facts, t),
  };
}

function plainText(facts: BookingMailFacts, parts: Parts): string {
  const { t, cancelled } = parts;
  const out: string[] = [t('mail.greeting'), '', parts.intro, ''];
  out.push(
    `${t('mail.label.code')}: ${facts.code}`,
    `${t('mail.label.service')}: ${facts.service.name}`,
    `${t('mail.label.when')}: ${parts.when}`,
    `${t('mail.label.where')}: ${parts.where}`,
    '',
  );
  if (!cancelled) {
    const documents = lines(facts.service.documents);
    if (documents.length > 0) out.push(`${t('mail.label.documents')}:`, ...documents.map((line) => `- ${line}`), '');
    const fees = lines(facts.service.fees);
    if (fees.length > 0) out.push(`${t('mail.label.fees')}:`, ...fees.map((line) => `- ${line}`), '');
    if (facts.service.payment.trim() !== '') out.push(`${t('mail.label.payment')}: ${facts.service.payment.trim()}`, '');
    out.push(t('mail.checkIn'), '');
  }
  if (facts.manageUrl && !cancelled) out.push(t('mail.manage', { url: facts.manageUrl }), t('mail.cantCome'));
  else out.push(t('mail.bookAgain', { url: facts.bookUrl }));
  if (facts.office.phone !== '') out.push(t('mail.contact', { phone: facts.office.phone }));
  if (facts.kind !== 'booking_reminder') out.push('', t(cancelled ? 'mail.calendar.remove' : 'mail.calendar.add'));
  out.push('', '-- ', t('mail.automatic'), facts.office.name);
  if (facts.office.website !== '') out.push(facts.office.website);
  return `${out.join('\n')}\n`;
}

function MailBody({ facts, parts }: { facts: BookingMailFacts; parts: Parts }) {
  const { t, cancelled } = parts;
  const documents = lines(facts.service.documents);
  const fees = lines(facts.service.fees);
  const subject = subjectOf(facts, parts);
  return (
    <html lang={facts.locale}>
      <head>
        <meta charset="utf-8" />
        <title>{subject}</title>
      </head>
      <body>
        <p>{t('mail.greeting')}</p>
        <p>{parts.intro}</p>
        <dl>
          <dt>{t('mail.label.code')}</dt>
          <dd>
            <strong>{facts.code}</strong>
          </dd>
          <dt>{t('mail.label.service')}</dt>
          <dd>{facts.service.name}</dd>
          <dt>{t('mail.label.when')}</dt>
          <dd>{parts.when}</dd>
          <dt>{t('mail.label.where')}</dt>
          <dd>{parts.where}</dd>
        </dl>
        {!cancelled && documents.length > 0 && (
          <>
            <h2>{t('mail.label.documents')}</h2>
            <ul>
              {documents.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {!cancelled && fees.length > 0 && (
          <>
            <h2>{t('mail.label.fees')}</h2>
            <ul>
              {fees.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {!cancelled && facts.service.payment.trim() !== '' && (
          <p>
            {t('mail.label.payment')}: {facts.service.payment.trim()}
          </p>
        )}
        {!cancelled && <p>{t('mail.checkIn')}</p>}
        {facts.manageUrl && !cancelled ? (
          <p>
            <a href={facts.manageUrl}>{t('mail.manageLink')}</a>
            <br />
            {t('mail.cantCome')}
          </p>
        ) : (
          <p>
            <a href={facts.bookUrl}>{t('mail.bookAgainLink')}</a>
          </p>
        )}
        {facts.office.phone !== '' && <p>{t('mail.contact', { phone: facts.office.phone })}</p>}
        {facts.kind !== 'booking_reminder' && <p>{t(cancelled ? 'mail.calendar.remove' : 'mail.calendar.add')}</p>}
        <hr />
        <p>
          {t('mail.automatic')}
          <br />
          {facts.office.name}
          {facts.office.website !== '' && (
            <>
              <br />
              <a href={facts.office.website}>{facts.office.website}</a>
            </>
          )}
        </p>
      </body>
    </html>
  );
}

function subjectOf(facts: BookingMailFacts, parts: Parts): string {
  return parts.t(`mail.subject.${keyPart(facts.kind)}`, { code: facts.code, when: parts.when });
}

/**
 * Words booking mails and their calendar events from the `mail.*` catalogue, in the booking's language.
 * @example const { subject, text, html } = bookingMailWording.mail(facts);
 */
export const bookingMailWording: MailWording = {
  mail(facts: BookingMailFacts): RenderedMail {
    const parts = partsOf(facts);
    return { subject: subjectOf(facts, parts), text: plainText(facts, parts), html: renderPage(<MailBody facts={facts} parts={parts} />) };
  },
  event(facts: BookingMailFacts): EventWords {
    const parts = partsOf(facts);
    const { t } = parts;
    const description = [`${t('mail.label.code')}: ${facts.code}`, `${t('mail.label.where')}: ${parts.where}`];
    if (facts.manageUrl) description.push(t('mail.manage', { url: facts.manageUrl }));
    return {
      summary: t('mail.ics.summary', { service: facts.service.name, office: facts.office.shortName }),
      description: description.join('\n'),
      location: placeLine(facts, t),
    };
  },
};
