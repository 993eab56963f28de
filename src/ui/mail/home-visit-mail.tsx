import type { HomeVisitMailFacts, HomeVisitMailWording, RenderedMail } from '../../app/mail/mail-ports.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import { formatDate, translator } from '../i18n/index.ts';
import { plainMail } from './plain-mail.tsx';

/**
 * Words a home visit's mail in the request's language (seed 7.3 c: the resident is told the date): the date, the
 * one it replaces when moved, who comes and the number of the City Secretary's authorisation they will show (so
 * the resident can check before letting anyone in), and whom to call; or the visit's cancellation. Never the
 * resident's name or address, and not the reason for a cancellation (staff's words, which may name others).
 * @example homeVisitMailWording.homeVisitMail(facts).subject // 'Wizyta pracownika urzędu w domu: 10 grudnia 2026, godz. 10:00'
 */
export const homeVisitMailWording: HomeVisitMailWording = {
  homeVisitMail(facts: HomeVisitMailFacts): RenderedMail {
    const t = translator(facts.locale);
    const when = { date: formatDate(facts.locale, facts.visitOn), time: facts.visitTime };
    const phone = facts.unitPhone || facts.officePhone;
    const paragraphs: string[] = [];
    let subject: string;
    if (facts.decision === 'scheduled') {
      subject = t('homeVisits.mail.scheduled.subject', when);
      const unit = inLanguage(facts.unitName, facts.locale).value;
      paragraphs.push(
        facts.serviceName
          ? t('homeVisits.mail.scheduled.text', { ...when, unit, matter: inLanguage(facts.serviceName, facts.locale).value })
          : t('homeVisits.mail.scheduled.textNoMatter', { ...when, unit }),
      );
      if (facts.movedFrom)
        paragraphs.push(
          t('homeVisits.mail.movedFrom', { date: formatDate(facts.locale, facts.movedFrom.visitOn), time: facts.movedFrom.visitTime }),
        );
      paragraphs.push(t('homeVisits.mail.who', { employee: facts.employeeName, number: facts.authorisationNumber }));
      if (phone) paragraphs.push(t('homeVisits.mail.contact', { phone }));
    } else {
      subject = t('homeVisits.mail.cancelled.subject', when);
      paragraphs.push(t('homeVisits.mail.cancelled.text', when));
      if (phone) paragraphs.push(t('homeVisits.mail.cancelled.contact', { phone }));
    }
    paragraphs.push(facts.officeName);
    return plainMail(facts.locale, subject, `${paragraphs.join('\n\n')}\n`);
  },
};
