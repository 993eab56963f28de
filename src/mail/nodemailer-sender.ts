import type nodemailer from 'nodemailer';
import type { MailSender, OutgoingMail } from '../app/mail/mail-ports.ts';

// A mail server that stops answering must not hold a claimed mail past its lease (LEASE_MINUTES).
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

type Transport = ReturnType<typeof nodemailer.createTransport>;

function messageOf(mail: OutgoingMail) {
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    // RFC 3834: out-of-office robots must not answer an automatic message.
    headers: { 'Auto-Submitted': 'auto-generated' },
    // nodemailer adds the event both as a text/calendar alternative (what mail clients turn into an
    // "add to calendar" card) and as an .ics attachment.
    icalEvent: mail.calendar
      ? { method: mail.calendar.method, filename: mail.calendar.filename, content: mail.calendar.content }
      : undefined,
  };
}

// nodemailer is loaded on the first mail, not at start: a server that sends nothing keeps ~15 MB less resident.
class NodemailerSender implements MailSender {
  readonly mode: 'smtp' | 'demo';
  private transport: Promise<Transport> | null = null;
  private readonly options: Parameters<typeof nodemailer.createTransport>[0];

  constructor(mode: 'smtp' | 'demo', options: Parameters<typeof nodemailer.createTransport>[0]) {
    this.mode = mode;
    this.options = options;
  }

  private transportNow(): Promise<Transport> {
    this.transport ??= import('nodemailer').then((module) => module.default.createTransport(this.options));
    return this.transport;
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string; message?: Buffer }> {
    const info = (await (await this.transportNow()).sendMail(messageOf(mail))) as { messageId: string; message?: unknown };
    return Buffer.isBuffer(info.message) ? { messageId: info.messageId, message: info.message } : { messageId: info.messageId };
  }

  close(): void {
    void this.transport?.then(
      (transport) => {
        transport.close();
      },
      () => undefined,
    );
  }
}

/**
 * The mail transport of this run: SMTP at SMTP_URL, or, without it, nodemailer's stream transport, which
 * builds the complete message (MIME, calendar part and all) and delivers it nowhere, so the demo's staff
 * page shows exactly what would have gone out.
 * @example const sender = createMailSender(config.smtpUrl); sender.mode // 'demo'
 */
export function createMailSender(smtpUrl: string | undefined): MailSender & { close(): void } {
  if (smtpUrl === undefined) return new NodemailerSender('demo', { streamTransport: true, buffer: true, newline: 'unix' });
  return new NodemailerSender('smtp', { url: smtpUrl, ...TIMEOUTS });
}
