import type { MailLocale, RenderedMail } from '../../app/mail/mail-ports.ts';
import { renderPage } from '../render.ts';

function MailBody({ locale, subject, lines }: { locale: MailLocale; subject: string; lines: string[] }) {
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <title>{subject}</title>
      </head>
      <body>
        {lines.map((line, i) => (
          <p key={i}>{line.startsWith('https://') || line.startsWith('http://') ? <a href={line}>{line}</a> : line}</p>
        ))}
      </body>
    </html>
  );
}

/**
 * A mail of plain paragraphs: the text as written, and the same paragraphs as HTML (a line that is an address
 * becomes its link), in the mail's language. The report, interpreter and home-visit mails are made this way.
 * @example plainMail('pl', 'Wizyta domowa 10 grudnia', 'Przyjedziemy…\n\nUrząd Miasta').html // '<!DOCTYPE html><html lang="pl">…'
 */
export function plainMail(locale: MailLocale, subject: string, text: string): RenderedMail {
  const lines = text.trim().split(/\n+/);
  return { subject, text, html: renderPage(<MailBody locale={locale} subject={subject} lines={lines} />) };
}
