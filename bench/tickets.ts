// Ticket issuing: 8 kiosks issuing over HTTP at once, next to the same transaction run directly on the
// database by 8 concurrent connections, in the same run on the same database. Prints the HTTP rate ÷ SQL
// rate (`ratio`), the HTTP p99 latency and the duplicates found. Targets: ratio ≥ 0.5, p99 ≤ 50 ms, duplicates = 0.
import { officeDate } from '../src/domain/organisation/index.ts';
import { systemActor } from '../src/app/shared/deps.ts';
import { newPublicCode } from '../src/app/queue/public-code.ts';
import { issueTicketRow } from '../src/storage/ticket-issuing.ts';
import { currentOffice } from '../src/storage/office-repository.ts';
import { Worker } from 'node:worker_threads';
import { registerDevice, serviceId } from '../test/support/queue.ts';
import { percentile, startBenchQueue } from './support/queue-setup.ts';
import { ownCpuSeconds, postgresCpuSeconds } from './support/cpu.ts';

const KIOSKS = 8;
const SECONDS = Number(process.argv[2] ?? 8);
const NEXT_LETTER_AT = 9_000;

const queue = await startBenchQueue();
try {
  const { db } = queue;
  const office = await currentOffice(db);
  // Each side issues one letter at a time, as on a busy morning when every kiosk serves one popular matter.
  // A letter has at most 9,999 numbers a day, so a side moves on to its next letter at NEXT_LETTER_AT: a fast
  // machine prints its figures instead of reaching that limit.
  const httpServices = await Promise.all(['B', 'A', 'C', 'D', 'E', 'F'].map((letter) => serviceId(db, letter)));
  const sqlServices = await Promise.all(['H', 'G', 'J', 'K', 'L'].map(async (letter) => ({ letter, id: await serviceId(db, letter) })));
  await db.updateTable('service').set({ daily_ticket_limit: null }).execute();
  const tokens = await Promise.all(Array.from({ length: KIOSKS }, async () => (await registerDevice(db, 'kiosk')).token));
  // The kiosks run in a worker thread (as separate devices do), after a warm-up ticket each.
  const clients = new Worker(new URL('./support/kiosk-clients.mjs', import.meta.url), {
    workerData: { port: Number(new URL(queue.url).port), tokens, serviceIds: httpServices, nextLetterAt: NEXT_LETTER_AT, seconds: SECONDS },
  });
  await new Promise<void>((resolve, reject) => {
    clients.once('error', reject);
    clients.once('message', () => resolve());
  });
  const httpCpu = { node: ownCpuSeconds(), pg: postgresCpuSeconds() };
  const result = await new Promise<{ latencies: number[]; numbers: string[]; elapsed: number }>((resolve, reject) => {
    clients.once('error', reject);
    clients.on('message', (message: { type: string; latencies: number[]; numbers: string[]; elapsed: number }) => {
      if (message.type === 'done') resolve(message);
    });
    clients.postMessage('go');
  });
  const httpCpuUsed = { node: ownCpuSeconds() - httpCpu.node, pg: postgresCpuSeconds() - httpCpu.pg };
  await clients.terminate();
  const { latencies, numbers } = result;

  const httpRate = numbers.length / result.elapsed;

  // The same transaction without HTTP, the use case's reads or JSON: the one statement that takes the
  // number, checks the limit, writes the ticket, its event (+ notify) and the audit row.
  const actor = systemActor(office.id);
  let sqlCount = 0;
  let sqlLetter = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const sqlCpu = { node: ownCpuSeconds(), pg: postgresCpuSeconds() };
  const sqlStart = performance.now();
  await Promise.all(
    Array.from({ length: KIOSKS }, async () => {
      while (Date.now() < deadline) {
        const now = new Date();
        const service = sqlServices[sqlLetter]!;
        const outcome = await issueTicketRow(db, {
          officeId: office.id,
          serviceId: service.id,
          letter: service.letter,
          officeDay: officeDate(now),
          at: now,
          publicCode: newPublicCode(),
          priorityReason: null,
          source: 'kiosk',
          groundFloor: false,
          bookedFor: null,
          bookingId: null,
          dailyLimit: null,
          actor,
        });
        if (!outcome.issued) throw new Error('the SQL side was refused');
        sqlCount += 1;
        if (outcome.number >= NEXT_LETTER_AT && service === sqlServices[sqlLetter]) sqlLetter = (sqlLetter + 1) % sqlServices.length;
      }
    }),
  );
  const sqlCpuUsed = { node: ownCpuSeconds() - sqlCpu.node, pg: postgresCpuSeconds() - sqlCpu.pg };
  const sqlRate = sqlCount / ((performance.now() - sqlStart) / 1000);

  const inDatabase = await db
    .selectFrom('ticket')
    .select(['letter', 'number', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(['letter', 'number', 'office_day'])
    .having((eb) => eb.fn.countAll(), '>', 1)
    .execute();
  const duplicates = numbers.length - new Set(numbers).size + inDatabase.length;
  const ratio = httpRate / sqlRate;
  const p99 = percentile(latencies, 99);
  console.log(
    `HTTP: ${numbers.length} tickets by ${KIOSKS} kiosks in ${SECONDS} s = ${httpRate.toFixed(1)}/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`,
  );
  console.log(`SQL:  ${sqlCount} transactions on ${KIOSKS} connections in ${SECONDS} s = ${sqlRate.toFixed(1)}/s`);
  const perTicket = (cpu: { node: number; pg: number }, count: number) =>
    `node ${((1000 * cpu.node) / count).toFixed(2)} ms, PostgreSQL ${((1000 * cpu.pg) / count).toFixed(2)} ms`;
  console.log(
    `CPU per ticket: HTTP ${perTicket(httpCpuUsed, numbers.length)} (node includes the kiosks' thread); SQL ${perTicket(sqlCpuUsed, sqlCount)}`,
  );
  console.log(`bench tickets: ratio=${ratio.toFixed(2)} p99_ms=${p99.toFixed(1)} duplicates=${duplicates}`);
} finally {
  await queue.close();
}
