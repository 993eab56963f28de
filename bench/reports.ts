// Problem reports under load. First 1,000 reports posted at once, half through the public form (from 50
// addresses, the text question answered, one in ten with a photo to re-encode) and half through Open311's
// POST requests (10 api keys, 50 reports each, under the per-key limit of 60 a minute), each on its own
// connection, all started together: every acknowledged report (303 from the form, 201 from the API) must be
// stored, none answered 5xx. The clients are well-behaved: a 429 would be sent again after its Retry-After
// (counted as "retried"), so a report refused for a while still ends stored. Then the table is filled to
// 100,000 reports over the last 120 days and Open311's default list (`GET /open311/v2/requests.json`: the
// last 90 days, newest first, at most 1,000) is asked 300 times by one client: p99 ≤ 100 ms.
// Last line: `bench reports: stored=… lost=… errors_5xx=… p99_ms=… list_p99_ms=…`.
import { Worker } from 'node:worker_threads';
import { sql, type Insertable } from 'kysely';
import sharp from 'sharp';
import { newTextChallengeFor, openTextChallenge } from '../src/app/anti-bot/index.ts';
import { issueApiKey, listPublicReports } from '../src/app/reports/index.ts';
import { systemActor, systemClock } from '../src/app/shared/deps.ts';
import { challengeAnswer } from '../src/domain/booking/index.ts';
import { DAY } from '../src/domain/shared/time.ts';
import { currentOffice } from '../src/storage/office-repository.ts';
import type { ProblemReportTable } from '../src/storage/schema.ts';
import { percentile, startBenchQueue } from './support/queue-setup.ts';

const REPORTS = Number(process.argv[2] ?? 1000);
const STORED = Number(process.argv[3] ?? 100_000);
const LIST_REQUESTS = 250;
const FORM_ADDRESSES = 50;
const API_KEYS = 10;

interface Prepared {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Uint8Array;
  localAddress?: string;
}
interface Answer {
  status: number;
  ms: number;
  location: string;
  text: string;
  /** How many 429s the client waited out (Retry-After) before this answer. */
  retries?: number;
}

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** A code of the stored reports, distinct for each number: 'B' and seven letters of the codes' alphabet. */
function fillCode(n: number): string {
  let letters = '';
  for (let i = 0; i < 7; i += 1) {
    letters = ALPHABET[n % 31]! + letters;
    n = Math.floor(n / 31);
  }
  return `B${letters.slice(0, 3)}-${letters.slice(3)}`;
}

const queue = await startBenchQueue();
try {
  const { db } = queue;
  const office = await currentOffice(db);
  const deps = { db, clock: systemClock, actor: systemActor(office.id) };
  const keys = await Promise.all(Array.from({ length: API_KEYS }, (_, i) => issueApiKey(deps, { name: `Aplikacja ${i + 1}` })));
  const categories = await db
    .selectFrom('report_category')
    .select(['id', 'code', 'unit_id'])
    .where('office_id', '=', office.id)
    .where('active', '=', true)
    .execute();
  const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 90, g: 110, b: 70 } } })
    .jpeg()
    .toBuffer();

  // Each form report: its own double-submit token and its own question, answered as a person would.
  const requests: Prepared[] = [];
  const kinds: ('form' | 'api')[] = [];
  for (let i = 0; i < REPORTS; i += 1) {
    const category = categories[i % categories.length]!;
    const description = `bench ${i}: ${category.code} — dziura, latarnia albo śmieci`;
    if (i % 2 === 0) {
      const question = await newTextChallengeFor(deps, 'pl');
      const answer = String(challengeAnswer((await openTextChallenge(db, question.id))!));
      const token = `bench-${i}-${'x'.repeat(30)}`;
      const fields = {
        _csrf: token,
        antiBotId: question.id,
        antiBotAnswer: answer,
        category: category.code,
        description,
        address: `ul. Słowackiego ${i}`,
        link: 'https://piotrkow.pl/',
      };
      const headers: Record<string, string> = { cookie: `okienko_zgloszenie=${token}; jezyk=pl` };
      let body: Uint8Array;
      if (i % 20 === 0) {
        const form = new FormData();
        for (const [name, value] of Object.entries(fields)) form.append(name, value);
        form.append('photo', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'dziura.jpg');
        const encoded = new Request('http://bench/', { method: 'POST', body: form });
        headers['content-type'] = encoded.headers.get('content-type')!;
        body = new Uint8Array(await encoded.arrayBuffer());
      } else {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = Buffer.from(new URLSearchParams(fields).toString());
      }
      requests.push({ method: 'POST', path: '/zglos-problem', headers, body, localAddress: `127.0.0.${2 + ((i / 2) % FORM_ADDRESSES)}` });
      kinds.push('form');
    } else {
      const fields = {
        // The API's reports are the odd ones: the key by their own count, so each of the 10 keys files 50
        // (`i % API_KEYS` gave only the odd keys, 100 each, over the per-key limit of 60 a minute).
        api_key: keys[((i - 1) / 2) % API_KEYS]!.key,
        service_code: category.code,
        description,
        lat: (51.38 + (i % 100) / 2000).toFixed(5),
        long: (19.66 + (i % 77) / 2000).toFixed(5),
        email: i % 3 === 0 ? `aplikacja.${i}@example.pl` : '',
      };
      requests.push({
        method: 'POST',
        path: '/open311/v2/requests.json',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: Buffer.from(new URLSearchParams(fields).toString()),
      });
      kinds.push('api');
    }
  }

  const clients = new Worker(new URL('./support/report-clients.mjs', import.meta.url), {
    workerData: { port: Number(new URL(queue.url).port) },
  });
  const ask = (message: object) =>
    new Promise<Answer[]>((resolve, reject) => {
      clients.once('error', reject);
      clients.once('message', (answers: Answer[]) => resolve(answers));
      clients.postMessage(message);
    });

  const burstStart = performance.now();
  const answers = await ask({ type: 'burst', requests });
  const burstSeconds = (performance.now() - burstStart) / 1000;
  const acknowledged: string[] = [];
  const statuses: Record<string, number> = {};
  answers.forEach((answer, i) => {
    statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    if (kinds[i] === 'form' && answer.status === 303) acknowledged.push(/kod=([A-Z0-9-]+)/.exec(answer.location)![1]!);
    if (kinds[i] === 'api' && answer.status === 201)
      acknowledged.push((JSON.parse(answer.text) as { service_request_id: string }[])[0]!.service_request_id);
  });
  const stored = Number(
    (
      await db
        .selectFrom('problem_report')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('description', 'like', 'bench %')
        .executeTakeFirstOrThrow()
    ).n,
  );
  const found = new Set(
    acknowledged.length === 0
      ? []
      : (await db.selectFrom('problem_report').select('code').where('code', 'in', acknowledged).execute()).map((r) => r.code),
  );
  const lost = acknowledged.filter((code) => !found.has(code)).length;
  const errors5xx = answers.filter((a) => a.status >= 500 || a.status === 0).length;
  const burstP99 = percentile(
    answers.map((a) => a.ms),
    99,
  );
  const photos = Number(
    (
      await db
        .selectFrom('report_photo as p')
        .innerJoin('problem_report as r', 'r.id', 'p.report_id')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        // The burst's own photos, not the demo reports'.
        .where('r.description', 'like', 'bench %')
        .executeTakeFirstOrThrow()
    ).n,
  );
  console.log(
    `burst: ${REPORTS} reports at once (${kinds.filter((k) => k === 'form').length} form, ${kinds.filter((k) => k === 'api').length} Open311) in ${burstSeconds.toFixed(1)} s; answers ${JSON.stringify(statuses)}`,
  );
  console.log(
    `burst: acknowledged ${acknowledged.length}, stored ${stored} (${photos} photos), lost ${lost}, retried after 429: ${answers.filter((a) => (a.retries ?? 0) > 0).length}, p50 ${percentile(
      answers.map((a) => a.ms),
      50,
    ).toFixed(0)} ms, p99 ${burstP99.toFixed(0)} ms`,
  );

  // The table filled to STORED reports over the last 120 days (the default list covers the last 90).
  const now = Date.now();
  const have = Number(
    (
      await db
        .selectFrom('problem_report')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const statusesOf = ['open', 'investigating', 'in_progress', 'action_scheduled', 'fixed'] as const;
  const fillStart = performance.now();
  for (let start = 0; start < STORED - have; start += 2000) {
    const rows: Insertable<ProblemReportTable>[] = [];
    for (let i = start; i < Math.min(STORED - have, start + 2000); i += 1) {
      const category = categories[i % categories.length]!;
      const created = new Date(now - ((i * 7919) % (120 * 24 * 60)) * 60_000);
      const status = statusesOf[i % statusesOf.length]!;
      rows.push({
        office_id: office.id,
        code: fillCode(i),
        category_id: category.id,
        description: `Zgłoszenie ${i}: ${category.code}`,
        address: `ul. Piłsudskiego ${i % 200}`,
        lat: i % 2 === 0 ? 51.4 + (i % 1000) / 20000 : null,
        long: i % 2 === 0 ? 19.7 + (i % 997) / 20000 : null,
        locale: 'pl',
        source: 'form',
        status,
        unit_id: category.unit_id,
        created_at: created,
        confirmed_at: created,
        updated_at: new Date(created.getTime() + DAY / 24),
        hidden_at: i % 97 === 0 ? new Date(created.getTime() + DAY / 24) : null,
      });
    }
    await db.insertInto('problem_report').values(rows).execute();
  }
  await sql`ANALYZE problem_report`.execute(db);
  console.log(`filled to ${STORED} reports in ${((performance.now() - fillStart) / 1000).toFixed(1)} s`);

  if (process.env.EXPLAIN) {
    const from = new Date(now - 90 * DAY);
    const t0 = performance.now();
    for (let i = 0; i < 20; i += 1) await listPublicReports(db, office.id, { from, limit: 1000 });
    console.log(`listPublicReports alone: ${((performance.now() - t0) / 20).toFixed(1)} ms a call`);
  }
  await ask({ type: 'repeat', path: '/open311/v2/requests.json', times: 20 });
  const list = await ask({ type: 'repeat', path: '/open311/v2/requests.json', times: LIST_REQUESTS });
  const listLatencies = list.map((a) => a.ms);
  const listFailures = list.filter((a) => a.status !== 200).length;
  console.log(
    `GET /open311/v2/requests.json (default query, ${list[0]?.text ?? 0} bytes): ${LIST_REQUESTS} times, p50 ${percentile(listLatencies, 50).toFixed(1)} ms, p99 ${percentile(listLatencies, 99).toFixed(1)} ms, not 200: ${listFailures}`,
  );
  await clients.terminate();
  const listP99 = percentile(listLatencies, 99);
  console.log(
    `bench reports: stored=${stored} lost=${lost} errors_5xx=${errors5xx} p99_ms=${burstP99.toFixed(0)} list_p99_ms=${listP99.toFixed(1)}`,
  );
  if (lost > 0 || errors5xx > 0 || stored !== REPORTS || listFailures > 0 || listP99 > 100) process.exitCode = 1;
} finally {
  await queue.close();
}
