import type { FeedbackMailFacts, FeedbackMailWording, RenderedMail } from '../../app/mail/mail-ports.ts';
import { translator, OFFICE_TIME_ZONE, type Translate } from '../i18n/index.ts';
import { renderPage } from '../render.ts';
import { visitTime } from './booking-mail.tsx';

/** "8 grudnia 2026, 10:52": when the link stops answering, in the office's time zone. */
function lastMoment(facts: FeedbackMailFacts, t: Translate): string {
  const at = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(facts.locale, { timeZone: OFFICE_TIME_ZONE, ...options }).format(facts.answerUntil);
  return t('mail.when', {
    date: at({ day: 'numeric', month: 'long', year: 'numeric' }),
    time: at({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  });
}

interface Words {
  t: Translate;
  subject: string;
  facts: [label: string, value: string][];
  until: string;
}

function wordsOf(facts: FeedbackMailFacts): Words {
  const t = translator(facts.locale);
  return {
    t,
    subject: t('mail.feedback.subject', { code: facts.code }),
    facts: [
      [t('mail.label.service'), facts.serviceName],
      [t('mail.label.when'), visitTime(facts.locale, facts.visitAt, t)],
      [t('mail.label.code'), facts.code],
    ],
    until: t('mail.feedback.until', { until: lastMoment(facts, t) }),
  };
}

function plainText(facts: FeedbackMailFacts, words: Words): string {
  const { t } = words;
  const out = [t('mail.greeting'), '', t('mail.feedback.intro', { office: facts.officeName }), ''];
  out.push(...words.facts.map(([label, value]) => `${label}: ${value}`), '');
  out.push(t('mail.feedback.ask'), '', t('mail.feedback.link', { url: facts.feedbackUrl }), words.until, '');
  out.push(t('mail.feedback.private'), '', t('mail.feedback.once'));
  if (facts.officePhone !== '') out.push('', t('mail.contact', { phone: facts.officePhone }));
  out.push('', '-- ', t('mail.automatic'), facts.officeName);
  if (facts.officeWebsite !== '') out.push(facts.officeWebsite);
  return `${out.join('\n')}\n`;
}

function MailBody({ facts, words }: { facts: FeedbackMailFacts; words: Words }) {
  const { t } = words;
  return (
    <html lang={facts.locale}>
      <head>
        <meta charset="utf-8" />
        <title>{words.subject}</title>
      </head>
      <body>
        <p>{t('mail.greeting')}</p>
        <p>{t('mail.feedback.intro', { office: facts.officeName })}</p>
        <dl>{words.facts.flatMap(([label, value]) => [<dt key={`${label}:dt`}>{label}</dt>, <dd key={`${label}:dd`}>{value}</dd>])}</dl>
        <p>{t('mail.feedback.ask')}</p>
        <p>
          <a href={facts.feedbackUrl}>
            <strong>{t('mail.feedback.linkLabel')}</strong>
          </a>
          <br />
          {words.until}
        </p>
        <p>{t('mail.feedback.private')}</p>
        <p>{t('mail.feedback.once')}</p>
        {facts.officePhone !== '' && <p>{t('mail.contact', { phone: facts.officePhone })}</p>}
        <hr />
        <p>
          {t('mail.automatic')}
          <br />
          {facts.officeName}
          {facts.officeWebsite !== '' && (
            <>
              <br />
              <a href={facts.officeWebsite}>{facts.officeWebsite}</a>
            </>
          )}
        </p>
      </body>
    </html>
  );
}

/**
 * Words the invitation to rate a booked visit from the `mail.*` catalogue, in the booking's language: the visit, the
 * one question, the signed link and until when it works. Never the resident's name.
 * @example feedbackMailWording.feedbackMail(facts).subject // 'Jak oceniasz obsługę? Wizyta K7QX-3M9P'
 */
export const feedbackMailWording: FeedbackMailWording = {
  feedbackMail(facts: FeedbackMailFacts): RenderedMail {
    const words = wordsOf(facts);
    return { subject: words.subject, text: plainText(facts, words), html: renderPage(<MailBody facts={facts} words={words} />) };
  },
};
