// A booking burst: 5,000 attempts at 100 free slots of one desk, over HTTP through the real final step of the
// public flow (POST /rezerwacja/zarezerwuj: double-submit form token, ALTCHA proof, the booking transaction).
// Each attempt is a different resident (own e-mail) coming from one of 250 addresses. Before the burst each
// resident has done what the flow asks before the last click: opened the free times of the day of the time
// they chose, fetched the anti-bot challenge and solved it honestly at the lowest configurable cost (1,000).
// So the server meets the burst as it would in life, having served the flow's pages, not freshly started.
// 250 attempts are in flight at any moment (one per address): the burst a popular service sees when its
// booking opens. Prints booked (must be 100), double (desk time booked twice: 0), errors_5xx (0) and the p99
// latency of the attempts (≤ 1000 ms).
import http from 'node:http';
import { Worker } from 'node:worker_threads';
import { randomBytes } from 'node:crypto';
import { solveChallenge, type Challenge, type Payload } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { sql } from 'kysely';
import { freeDays, freeTimes } from '../src/app/booking/index.ts';
import { systemActor, systemClock } from '../src/app/shared/deps.ts';
import { currentOffice } from '../src/storage/office-repository.ts';
import { percentile, startBenchQueue } from './support/queue-setup.ts';
import { ownCpuSeconds, postgresCpuSeconds } from './support/cpu.ts';

const ATTEMPTS = Number(process.argv[2] ?? 5000);
const SLOTS = 100;
const ADDRESSES = 250;

const queue = await startBenchQueue();
try {
  const { db } = queue;
  const office = await currentOffice(db);
  // The lowest configurable cost of the proof of work, no walk-in share, booking from now on, no e-mail cap.
  await db
    .insertInto('booking_policy')
    .values({ office_id: office.id, challenge_max_number: 1000, walk_in_percent: 0, minimum_notice_minutes: 0, email_daily_cap: 50 })
    .onConflict((oc) =>
      oc
        .column('office_id')
        .doUpdateSet({ challenge_max_number: 1000, walk_in_percent: 0, minimum_notice_minutes: 0, email_daily_cap: 50 }),
    )
    .execute();
  // One bookable service on ONE desk, so every free time is one desk's time; e-mail only, no name asked.
  const schedule = await db
    .selectFrom('booking_schedule')
    .innerJoin('service', 'service.id', 'booking_schedule.service_id')
    .select(['booking_schedule.service_id', 'booking_schedule.desk_id'])
    .where('service.bookable_online', '=', true)
    .orderBy('booking_schedule.id')
    .executeTakeFirstOrThrow();
  const serviceId = schedule.service_id;
  await db.deleteFrom('booking_schedule').where('service_id', '=', serviceId).where('desk_id', '<>', schedule.desk_id).execute();
  await db
    .updateTable('service')
    .set({ booking_daily_cap: null, booking_needs_name: false, booking_contact: 'email' })
    .where('id', '=', serviceId)
    .execute();
  const deps = { db, clock: systemClock, actor: systemActor(office.id) };
  const slots: string[] = [];
  const dayOf = new Map<string, string>();
  for (const day of (await freeDays(deps, { serviceId })).days) {
    if (slots.length >= SLOTS || day.freeCount === 0) continue;
    for (const time of (await freeTimes(deps, { serviceId, date: day.date })).times) {
      if (slots.length < SLOTS) slots.push(time.slot);
      dayOf.set(time.slot, day.date);
    }
  }
  if (slots.length < SLOTS) throw new Error(`only ${slots.length} free times to book`);
  console.log(`${SLOTS} free times of service ${serviceId} at desk ${schedule.desk_id}, from ${slots[0]} to ${slots[SLOTS - 1]}`);

  const { port } = new URL(queue.url);
  const agents = Array.from({ length: ADDRESSES }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const addressOf = (i: number) => `127.0.0.${2 + (i % ADDRESSES)}`;
  const request = (i: number, method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, method, path, agent: agents[i % ADDRESSES], localAddress: addressOf(i), headers },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      if (body !== undefined) req.write(body);
      req.end();
    });

  // Each resident chooses a time among the day's free times, then fetches a challenge and solves it, as the
  // widget would, before the burst.
  const solveStart = performance.now();
  const choices = Array.from({ length: ATTEMPTS }, () => slots[Math.floor(Math.random() * slots.length)]!);
  const payloads: string[] = [];
  for (let batch = 0; batch < ATTEMPTS; batch += ADDRESSES) {
    const size = Math.min(ADDRESSES, ATTEMPTS - batch);
    payloads.push(
      ...(await Promise.all(
        Array.from({ length: size }, async (_, k) => {
          const times = await request(
            batch + k,
            'GET',
            `/rezerwacja/godzina?${new URLSearchParams({ usluga: String(serviceId), dzien: dayOf.get(choices[batch + k]!)! }).toString()}`,
          );
          if (times.status !== 200 || !times.text.includes(choices[batch + k]!))
            throw new Error(`the day's free times: ${times.status} ${times.text.slice(0, 200)}`);
          const answer = await request(batch + k, 'GET', '/rezerwacja/wyzwanie');
          if (answer.status !== 200) throw new Error(`challenge: ${answer.status} ${answer.text.slice(0, 200)}`);
          const challenge = JSON.parse(answer.text) as Challenge;
          const solution = await solveChallenge({ challenge, deriveKey });
          if (!solution) throw new Error('challenge not solved');
          const payload: Payload = { challenge: { parameters: challenge.parameters, signature: challenge.signature! }, solution };
          return Buffer.from(JSON.stringify(payload)).toString('base64');
        }),
      )),
    );
  }
  console.log(`${ATTEMPTS} residents chose a time and solved a challenge in ${((performance.now() - solveStart) / 1000).toFixed(1)} s`);

  for (const agent of agents) agent.destroy();
  // The burst: the residents' connections run in a worker thread (their browsers are not on the server).
  const residents = new Worker(new URL('./support/resident-clients.mjs', import.meta.url), {
    workerData: {
      port: Number(port),
      addresses: ADDRESSES,
      attempts: ATTEMPTS,
      serviceId,
      choices,
      payloads,
      run: randomBytes(3).toString('hex'),
    },
  });
  await new Promise<void>((resolve, reject) => {
    residents.once('error', reject);
    residents.once('message', () => resolve());
  });
  if (process.env.PGSS) {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`.execute(db);
    await sql`SELECT pg_stat_statements_reset()`.execute(db);
  }
  const cpuAtStart = { node: ownCpuSeconds(), pg: postgresCpuSeconds() };
  const result = await new Promise<{ latencies: number[]; statuses: Record<string, number>; seconds: number }>((resolve, reject) => {
    residents.once('error', reject);
    residents.on('message', (message: { type: string; latencies: number[]; statuses: Record<string, number>; seconds: number }) => {
      if (message.type === 'done') resolve(message);
    });
    residents.postMessage('go');
  });
  const cpu = { node: ownCpuSeconds() - cpuAtStart.node, pg: postgresCpuSeconds() - cpuAtStart.pg };
  await residents.terminate();
  const { latencies, seconds } = result;
  const statuses = new Map(Object.entries(result.statuses).map(([status, n]) => [Number(status), n]));

  const booked = Number(
    (
      await db
        .selectFrom('booking')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('service_id', '=', serviceId)
        .where('status', '=', 'booked')
        .executeTakeFirstOrThrow()
    ).n,
  );
  // Desk time booked twice: two live bookings of one desk whose times overlap (the exclusion constraint forbids it).
  const double = Number(
    (
      await sql<{ n: string }>`
    SELECT count(*) AS n FROM booking a JOIN booking b ON a.desk_id = b.desk_id AND a.id < b.id
      AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
    WHERE a.status IN ('booked', 'checked_in') AND b.status IN ('booked', 'checked_in')`.execute(db)
    ).rows[0]!.n,
  );
  const errors5xx = [...statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
  const p99 = percentile(latencies, 99);
  console.log(
    `${ATTEMPTS} attempts in ${seconds.toFixed(1)} s (${(ATTEMPTS / seconds).toFixed(0)}/s), ${ADDRESSES} in flight; answers: ${[
      ...statuses,
    ]
      .sort()
      .map(([s, n]) => `${s}×${n}`)
      .join(', ')}`,
  );
  console.log(
    `CPU per attempt: node ${((1000 * cpu.node) / ATTEMPTS).toFixed(2)} ms (the server and the residents' connections), PostgreSQL ${((1000 * cpu.pg) / ATTEMPTS).toFixed(2)} ms`,
  );
  console.log(
    `latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`,
  );
  if (process.env.PGSS) {
    const top = await sql<{
      calls: string;
      plan: number;
      exec: number;
      query: string;
    }>`SELECT calls::text || '/' || plans AS calls, total_plan_time AS plan, total_exec_time AS exec, left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 160) AS query FROM pg_stat_statements ORDER BY total_plan_time + total_exec_time DESC LIMIT 25`.execute(
      db,
    );
    for (const r of top.rows)
      console.log(`${r.calls.padStart(6)} plan ${r.plan.toFixed(0).padStart(6)} exec ${r.exec.toFixed(0).padStart(6)}  ${r.query}`);
  }
  console.log(`bench booking-burst: booked=${booked} double=${double} errors_5xx=${errors5xx} p99_ms=${p99.toFixed(0)}`);
} finally {
  await queue.close();
}
