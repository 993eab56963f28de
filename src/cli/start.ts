import type { Config } from '../config.ts';
import { systemClock } from '../app/shared/deps.ts';
import { loadDemoData } from '../app/demo/load-demo-data.ts';
import { BOOKING_JOBS } from '../app/jobs/booking-jobs.ts';
import { COMPLAINT_JOBS } from '../app/jobs/complaint-jobs.ts';
import { HOME_VISIT_JOBS } from '../app/jobs/home-visit-jobs.ts';
import { REPORT_JOBS } from '../app/jobs/report-jobs.ts';
import { QUEUE_JOBS } from '../app/jobs/queue-jobs.ts';
import { DEVICE_JOBS } from '../app/jobs/device-jobs.ts';
import { SPECIAL_NEEDS_JOBS } from '../app/jobs/special-needs-jobs.ts';
import { STATS_JOBS } from '../app/jobs/stats-jobs.ts';
import { startJobs, type JobScheduler } from '../app/jobs/scheduler.ts';
import { buildServer } from '../http/server.ts';
import { openDatabase } from '../storage/database.ts';
import { SessionJobLocks } from '../storage/job-lock.ts';
import { startAuditSealer } from '../storage/audit-repository.ts';
import { QueueEventHub } from '../storage/queue-events.ts';
import { createMailSender } from '../mail/nodemailer-sender.ts';
import { MailWorker } from '../mail/mail-worker.ts';
import { reportMailWording } from '../ui/mail/report-mail.tsx';
import { interpreterMailWording } from '../ui/mail/interpreter-mail.tsx';
import { feedbackMailWording } from '../ui/mail/feedback-mail.tsx';
import { homeVisitMailWording } from '../ui/mail/home-visit-mail.tsx';
import { bookingMailWording } from '../ui/mail/booking-mail.tsx';
import { terminalLog } from './log.ts';
import { openStorage } from './storage.ts';

/** The pages a person opens, printed at start. */
export const PAGES: readonly { path: string; label: string }[] = [
  { path: '/', label: 'Strona urzędu (public home page)' },
  { path: '/rezerwacja', label: 'Rezerwacja wizyty (online booking)' },
  { path: '/logowanie', label: 'Logowanie pracowników (staff login)' },
  { path: '/admin', label: 'Administracja (administrator)' },
  { path: '/deklaracja-dostepnosci', label: 'Deklaracja dostępności (accessibility statement)' },
  { path: '/api/openapi.json', label: 'API (OpenAPI)' },
];

/** A failed listen as one sentence with what to do. */
function listenError(error: unknown, config: Config): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `port ${config.port} on ${config.host}`;
  if (code === 'EADDRINUSE')
    return new Error(`The ${where} is already in use (another Okienko?): stop that program, or set PORT to a free port.`);
  if (code === 'EACCES') return new Error(`Okienko may not listen on ${where}: set PORT to a port above 1023.`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return new Error(`HOST ${config.host} is not an address of this machine: set HOST to one of its addresses, or to 0.0.0.0.`);
  return error instanceof Error ? error : new Error(String(error));
}

export async function startCommand(config: Config): Promise<void> {
  const log = terminalLog();
  const storage = await openStorage(config, log);
  let closing = false;
  let app: Awaited<ReturnType<typeof buildServer>> | undefined;
  let jobs: JobScheduler | undefined;
  const queueEvents = new QueueEventHub(storage.connectionString, storage.db);
  // /readyz's own connection: a busy main pool must not fail the load balancer's check (ServerDeps).
  const readinessDb = openDatabase({ connectionString: storage.connectionString, maxConnections: 1, applicationName: 'okienko-readiness' });
  // Chains the audit rows of committed changes about a second after they commit.
  const sealer = startAuditSealer(storage.db, 1000, (error) => log('warn', `Audit sealing failed: ${(error as Error).message}`));
  const sender = createMailSender(config.smtpUrl);
  const mailWorker = new MailWorker(
    {
      db: storage.db,
      clock: systemClock,
      sender,
      wording: bookingMailWording,
      reportWording: reportMailWording,
      interpreterWording: interpreterMailWording,
      feedbackWording: feedbackMailWording,
      homeVisitWording: homeVisitMailWording,
      publicUrl: config.publicUrl,
      from: config.mailFrom,
    },
    { connectionString: storage.connectionString, log: (level, message) => log(level, message) },
  );
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log('info', `${signal}: stopping.`);
    try {
      await app?.close();
      await jobs?.stop();
      await mailWorker.stop();
      sender.close();
      await queueEvents.close();
      await sealer.stop();
      await readinessDb.destroy();
    } finally {
      await storage.close();
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));

  try {
    const demo = await loadDemoData(storage.db, systemClock, { history: true });
    await queueEvents.start();
    await mailWorker.start();
    // No-shows and lost kiosk tickets every minute, anonymisation hourly; each job runs on one node of those on
    // the database (its session advisory lock) and moves to another when that node stops or dies.
    jobs = startJobs(
      { db: storage.db, clock: systemClock },
      [
        ...BOOKING_JOBS,
        ...QUEUE_JOBS,
        ...DEVICE_JOBS,
        ...COMPLAINT_JOBS,
        ...SPECIAL_NEEDS_JOBS,
        ...REPORT_JOBS,
        ...HOME_VISIT_JOBS,
        ...STATS_JOBS,
      ],
      (level, message) => log(level, message),
      { locks: new SessionJobLocks(storage.connectionString) },
    );
    app = await buildServer({ db: storage.db, config, clock: systemClock, queueEvents, readinessDb });
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      throw listenError(error, config);
    }
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const base = config.publicUrl.includes(`:${config.port}`) ? config.publicUrl.replace(`:${config.port}`, `:${port}`) : config.publicUrl;
    const lines = [
      '',
      `Okienko is running${storage.embeddedHome ? ` (embedded PostgreSQL, data in ${storage.embeddedHome})` : ''}.`,
      ...PAGES.map((p) => `  ${p.label.padEnd(50)} ${base}${p.path}`),
      '',
      sender.mode === 'smtp'
        ? `Mail: sent through ${new URL(config.smtpUrl!).host} (SMTP_URL).`
        : `Mail: SMTP_URL is not set, so mail is built but not delivered; see it at ${base}/personel/poczta.`,
    ];
    if (demo.logins.length > 0) {
      lines.push('', 'Demo logins (demo data only — change or remove before real use):');
      for (const login of demo.logins) lines.push(`  ${login.role.padEnd(20)} ${login.login} / ${login.password}`);
    }
    lines.push('', 'Press Ctrl+C to stop.', '');
    console.log(lines.join('\n'));
  } catch (error) {
    closing = true;
    await app?.close();
    await jobs?.stop();
    await mailWorker.stop();
    sender.close();
    await queueEvents.close();
    await sealer.stop();
    await readinessDb.destroy();
    await storage.close();
    throw error;
  }
}
