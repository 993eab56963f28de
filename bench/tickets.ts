// Ticket issuing: 8 kiosks issuing over HTTP at once, next to the same transaction run directly on the
// database by 8 concurrent connections, in the same run on the same database. Prints the HTTP rate ÷ SQL
// rate (`ratio`), the HTTP p99 latency and the duplicates found. Targets: ratio ≥ 0.5, p99 ≤ 50 ms, duplicates = 0.
import { officeDate } from '../src/domain/organisation/index.ts';
import { systemActor } from '../src/app/shared/deps.ts';
import { newPublicCode } from '../src/app/queue/public-code.ts';
import { issueTicketRow } from '../src/storage/ticket-issuing.ts';
import { currentOffice } from '../src/storage/office-repository.ts';
import { deviceFetch, registerDevice, serviceId } from '../test/support/queue.ts';
import { percentile, startBenchQueue } from './support/queue-setup.ts';

const KIOSKS = 8;
const SECONDS = Number(process.argv[2] ?? 8);

const queue = await startBenchQueue();
try {
  const { db } = queue;
  const office = await currentOffice(db);
  const httpService = await serviceId(db, 'B');
  const sqlService = await serviceId(db, 'H');
  await db.updateTable('service').set({ daily_ticket_limit: null }).execute();
  const kiosks = await Promise.all(Array.from({ length: KIOSKS }, async () => deviceFetch(queue.url, (await registerDevice(db, 'kiosk')).token)));

  // Warm-up: connections, prepared plans, the JIT.
  await Promise.all(kiosks.map((k) => k('POST', '/api/kiosk/bilety', { serviceId: httpService })));

  const latencies: number[] = [];
  const numbers: string[] = [];
  let deadline = Date.now() + SECONDS * 1000;
  const httpStart = performance.now();
  await Promise.all(kiosks.map(async (kiosk) => {
    while (Date.now() < deadline) {
      const started = performance.now();
      const response = await kiosk('POST', '/api/kiosk/bilety', { serviceId: httpService });
      const body = await response.json() as { number?: string };
      latencies.push(performance.now() - started);
      if (response.status !== 201 || !body.number) throw new Error(`issue failed: ${response.status} ${JSON.stringify(body)}`);
      numbers.push(body.number);
    }
  }));
  const httpRate = numbers.length / ((performance.now() - httpStart) / 1000);

  // The same transaction without HTTP, the use case's reads or JSON: the one statement that takes the
  // number, checks the limit, writes the ticket, its event (+ notify) and the audit row.
  const actor = systemActor(office.id);
  let sqlCount = 0;
  deadline = Date.now() + SECONDS * 1000;
  const sqlStart = performance.now();
  await Promise.all(Array.from({ length: KIOSKS }, async () => {
    while (Date.now() < deadline) {
      const now = new Date();
      const outcome = await issueTicketRow(db, {
        officeId: office.id, serviceId: sqlService, letter: 'H', officeDay: officeDate(now), at: now, publicCode: newPublicCode(),
        priorityReason: null, source: 'kiosk', groundFloor: false, bookedFor: null, bookingId: null, dailyLimit: null, actor,
      });
      if (!outcome.issued) throw new Error('the SQL side was refused');
      sqlCount += 1;
    }
  }));
  const sqlRate = sqlCount / ((performance.now() - sqlStart) / 1000);

  const inDatabase = await db.selectFrom('ticket').select(['letter', 'number', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(['letter', 'number', 'office_day']).having((eb) => eb.fn.countAll(), '>', 1).execute();
  const duplicates = numbers.length - new Set(numbers).size + inDatabase.length;
  const ratio = httpRate / sqlRate;
  const p99 = percentile(latencies, 99);
  console.log(`HTTP: ${numbers.length} tickets by ${KIOSKS} kiosks in ${SECONDS} s = ${httpRate.toFixed(1)}/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
  console.log(`SQL:  ${sqlCount} transactions on ${KIOSKS} connections in ${SECONDS} s = ${sqlRate.toFixed(1)}/s`);
  console.log(`bench tickets: ratio=${ratio.toFixed(2)} p99_ms=${p99.toFixed(1)} duplicates=${duplicates}`);
} finally {
  await queue.close();
}
