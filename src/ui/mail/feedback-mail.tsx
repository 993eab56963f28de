import type { FeedbackMailFacts, FeedbackMailWording, RenderedMail } from '../../app/mail/mail-ports.ts';
import { dateTimeFormat, translator, OFFICE_TIME_ZONE, type Translate } from '../i18n/index.ts';
import { visitTime } from './booking-mail.tsx';
import { plainMail } from './plain-mail.tsx';

/** "8 grudnia 2026, 10:52": when the link stops answering, in the office's time zone. */
function lastMoment(facts: FeedbackMailFacts, t: Translate): string {
  const at = (options: Intl.DateTimeFormatOptions) =>
    dateTimeFormat(facts.locale, { timeZone: OFFICE_TIME_ZONE, ...options }).format(facts.answerUntil);
  return t('mail.when', {
    date: at({ day: 'numeric', month: 'long', year: 'numeric' }),
    time: at({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  });
}

/**
 * Words the invitation to rate a booked visit from the `mail.*` catalogue, in the booking's language: the visit, the
 * one question, the signed link (a line of its own, so the HTML makes it a link) and until when it works. Never the
 * resident's name.
 * @example feedbackMailWording.feedbackMail(facts).subject // 'Jak oceniasz obsługę? Wizyta K7QX-3M9P'
 */
export const feedbackMailWording: FeedbackMailWording = {
  feedbackMail(facts: FeedbackMailFacts): RenderedMail {
    const t = translator(facts.locale);
    const out = [t('mail.greeting'), '', t('mail.feedback.intro', { office: facts.officeName }), ''];
    out.push(
      `${t('mail.label.service')}: ${facts.serviceName}`,
      `${t('mail.label.when')}: ${visitTime(facts.locale, facts.visitAt, t)}`,
      `${t('mail.label.code')}: ${facts.code}`,
      '',
    );
    out.push(
      t('mail.feedback.ask'),
      '',
      t('mail.feedback.link'),
      facts.feedbackUrl,
      t('mail.feedback.until', { until: lastMoment(facts, t) }),
    );
    out.push('', t('mail.feedback.private'), '', t('mail.feedback.once'));
    if (facts.officePhone !== '') out.push('', t('mail.contact', { phone: facts.officePhone }));
    out.push('', '-- ', t('mail.automatic'), facts.officeName);
    if (facts.officeWebsite !== '') out.push(facts.officeWebsite);
    return plainMail(facts.locale, t('mail.feedback.subject', { code: facts.code }), `${out.join('\n')}\n`);
  },
};
