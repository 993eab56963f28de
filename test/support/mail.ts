import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { Clock } from '../../src/app/shared/deps.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import type { Db } from '../../src/storage/database.ts';
import type { MailKindColumn } from '../../src/storage/schema.ts';

/** A real SMTP server on a random port that keeps what it received, parsed. */
export interface TestSmtp {
  url: string;
  received: ParsedMail[];
  /** Refuses the next n messages at DATA with a temporary error (451). */
  refuseNext(n: number): void;
  /** Waits until at least n messages have arrived. */
  waitFor(n: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/**
 * Starts an SMTP server (the `smtp-server` package) without AUTH or STARTTLS, on 127.0.0.1.
 * @example const smtp = await startSmtpServer(); sender = createMailSender(smtp.url); … await smtp.close();
 */
export async function startSmtpServer(options: { delayMs?: number } = {}): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  let refusals = 0;
  const serverOptions: SMTPServerOptions = {
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals -= 1;
          const error = new Error('Mailbox busy, try again later') as Error & { responseCode: number };
          error.responseCode = 451;
          callback(error);
          return;
        }
        const finish = () => {
          simpleParser(Buffer.concat(chunks)).then(
            (mail) => {
              received.push(mail);
              callback(null);
            },
            (error: unknown) => callback(error as Error),
          );
        };
        if (options.delayMs) setTimeout(finish, options.delayMs);
        else finish();
      });
    },
  };
  const server = new SMTPServer(serverOptions);
  const port = await new Promise<number>((resolve) => {
    const listening = server.listen(0, '127.0.0.1', () => {
      const address = listening.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext(n) {
      refusals = n;
    },
    async waitFor(n, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > until) throw new Error(`expected ${n} messages, got ${received.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  private at: Date;
  constructor(at: string) {
    this.at = new Date(at);
  }
  now(): Date {
    return new Date(this.at);
  }
  set(at: string): void {
    this.at = new Date(at);
  }
  advanceMinutes(minutes: number): void {
    this.at = new Date(this.at.getTime() + minutes * 60_000);
  }
}

export interface TestBooking {
  id: number;
  code: string;
  officeId: number;
}

let codeCounter = 0;
const CODE_SYMBOLS = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function nextCode(): string {
  codeCounter += 1;
  let n = codeCounter + (process.pid % 1000) * 10_000;
  let text = '';
  for (let i = 0; i < 8; i += 1) {
    text = CODE_SYMBOLS[n % CODE_SYMBOLS.length]! + text;
    n = Math.floor(n / CODE_SYMBOLS.length);
  }
  return `${text.slice(0, 4)}-${text.slice(4)}`;
}

/** The office day ('YYYY-MM-DD') of an instant in Europe/Warsaw. */
export function warsawDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * A booking row written directly (the booking use cases have tests of their own), on a desk of the demo
 * office that serves the service, each on a desk of its own so visits never overlap.
 * @example const booking = await insertBooking(db, { startsAt: '2026-12-01T08:30:00Z', locale: 'pl', email: 'jan@example.pl' });
 */
export async function insertBooking(
  db: Db,
  input: { startsAt: string; minutes?: number; locale?: 'pl' | 'en' | 'uk'; email?: string | null; deskIndex?: number },
): Promise<TestBooking> {
  const office = await currentOffice(db);
  const pairs = await db
    .selectFrom('desk_service as ds')
    .innerJoin('desk as d', 'd.id', 'ds.desk_id')
    .select(['ds.desk_id', 'ds.service_id'])
    .where('d.office_id', '=', office.id)
    .orderBy('ds.desk_id')
    .orderBy('ds.service_id')
    .execute();
  const pair = pairs[(input.deskIndex ?? 0) % pairs.length]!;
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(startsAt.getTime() + (input.minutes ?? 15) * 60_000);
  const code = nextCode();
  // One booking to come per person and service (a unique index): each test booking has its own address.
  const email = input.email === undefined ? `jan.kowalski.${code.toLowerCase()}@example.pl` : input.email;
  const row = await db
    .insertInto('booking')
    .values({
      office_id: office.id,
      service_id: pair.service_id,
      desk_id: pair.desk_id,
      code,
      starts_at: startsAt,
      ends_at: endsAt,
      office_day: warsawDay(startsAt),
      source: 'online',
      locale: input.locale ?? 'pl',
      person_name: 'Jan Kowalski',
      email,
      email_identity: email?.toLowerCase() ?? null,
      created_at: new Date(startsAt.getTime() - 7 * 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, code, officeId: office.id };
}

/** Puts a mail in the outbox as the booking use cases do (raw, so the test decides every field). */
export async function queueTestMail(
  db: Db,
  booking: TestBooking,
  kind: MailKindColumn,
  at: Date,
  options: { version?: number; sendAfter?: Date } = {},
): Promise<string> {
  const row = await db
    .insertInto('mail_outbox')
    .values({
      office_id: booking.officeId,
      booking_id: booking.id,
      kind,
      booking_version: options.version ?? 1,
      created_at: at,
      send_after: options.sendAfter ?? at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The properties of an iCalendar text, lines unfolded: VCALENDAR's and the first VEVENT's. */
export function parseIcs(text: string): { calendar: Map<string, string>; event: Map<string, string> } {
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  const calendar = new Map<string, string>();
  const event = new Map<string, string>();
  let inEvent = false;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') inEvent = true;
    else if (line === 'END:VEVENT') inEvent = false;
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).split(';')[0]!;
    const target = inEvent ? event : calendar;
    if (!target.has(name)) target.set(name, line.slice(colon + 1));
  }
  return { calendar, event };
}

/** An iCalendar UTC date-time (20261201T083000Z) as an instant. */
export function icsInstant(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) throw new Error(`not a UTC date-time: ${value}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
}

/** "2026-12-01 09:30" in Europe/Warsaw. */
export function warsawLocal(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Warsaw',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}
