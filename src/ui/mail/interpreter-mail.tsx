import type { InterpreterMailFacts, InterpreterMailWording, RenderedMail } from '../../app/mail/mail-ports.ts';
import { formatDate, translator } from '../i18n/index.ts';
import { plainMail } from './plain-mail.tsx';

/**
 * Words the Information Point's answer to a request for an interpreter in person, in the request's language:
 * confirmed for the day asked, or another day or form proposed with the reason. Never the person's name.
 * @example interpreterMailWording.interpreterMail(facts).subject // 'Tłumacz języka migowego: potwierdzamy 10 grudnia 2026, 10:00'
 */
export const interpreterMailWording: InterpreterMailWording = {
  interpreterMail(facts: InterpreterMailFacts): RenderedMail {
    const t = translator(facts.locale);
    const asked = { date: formatDate(facts.locale, facts.visitOn), time: facts.visitTime, method: t(`interpreter.method.${facts.method}`) };
    let subject: string;
    let body: string;
    if (facts.decision === 'confirmed') {
      subject = t('interpreter.mail.confirmed.subject', asked);
      body = t('interpreter.mail.confirmed.text', asked);
    } else {
      const when = facts.proposedOn
        ? facts.proposedTime
          ? t('interpreter.mail.proposal.dateTime', { date: formatDate(facts.locale, facts.proposedOn), time: facts.proposedTime })
          : formatDate(facts.locale, facts.proposedOn)
        : null;
      const how = facts.proposedMethod ? t(`interpreter.proposed.${facts.proposedMethod}`) : null;
      const proposal = [when, how].filter((part) => part !== null).join(', ');
      subject = t('interpreter.mail.proposed.subject', asked);
      body = t('interpreter.mail.proposed.text', { ...asked, proposal, reason: facts.reason });
    }
    const contact = t('interpreter.mail.contact', { phone: facts.officePhone });
    const text = `${body}\n\n${contact}\n\n${t('interpreter.mail.page')}\n${facts.pageUrl}\n\n${facts.officeName}\n`;
    return plainMail(facts.locale, subject, text);
  },
};
