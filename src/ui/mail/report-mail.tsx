import type { ReportMailFacts, ReportMailWording, RenderedMail } from '../../app/mail/mail-ports.ts';
import { keyPart } from '../../domain/shared/message-key.ts';
import { translator } from '../i18n/index.ts';
import { plainMail } from './plain-mail.tsx';

/**
 * Words a problem report's mail in its language: the confirmation link, or the new status with the
 * report's page. Never the description or the address (a mail may be forwarded).
 * @example reportMailWording.reportMail(facts).subject // 'Potwierdź zgłoszenie Z7QX-3M9P'
 */
export const reportMailWording: ReportMailWording = {
  reportMail(facts: ReportMailFacts): RenderedMail {
    const t = translator(facts.locale);
    let status = t(`reports.status.${keyPart(facts.status)}`);
    if (facts.closeReason) status += ` (${t(`reports.closeReason.${keyPart(facts.closeReason)}`)})`;
    const confirm = facts.kind === 'report_confirm';
    const subject = confirm
      ? t('reports.mail.confirm.subject', { code: facts.code })
      : t('reports.mail.status.subject', { code: facts.code, status });
    const body = confirm
      ? t('reports.mail.confirm.text', { category: facts.category, url: facts.confirmUrl ?? facts.followUrl })
      : t('reports.mail.status.text', { category: facts.category, status, url: facts.followUrl });
    const text = `${body}${facts.referTo ? `\n\n${t('reports.follow.referTo')} ${facts.referTo}` : ''}\n\n${facts.officeName}\n`;
    return plainMail(facts.locale, subject, text);
  },
};
