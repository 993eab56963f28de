import { describeFailure, Fuzzer, pagePlan, type Exclusion, type Failure } from './fuzzer.ts';
import { LANGUAGES } from './language.ts';
import { operationFor, operationsOf, type OpenApiDocument, type Operation } from './operations.ts';
import { Random } from './random.ts';
import { planRequest, type Inputs } from './requests.ts';
import { Sender } from './sender.ts';
import { allSubjects, keepAlive, type Subject } from './subjects.ts';
import { issueTickets, readKnown, startTarget, type Target } from './target.ts';
import { addKnown, type Known, type Mode } from './values.ts';
import { WriteWatch } from './writes.ts';

// The run: start the server, learn its routes (onRoute and the OpenAPI document), crawl its pages as every
// subject, then send planned requests until the count or the time is reached, and report.

export interface FuzzOptions {
  /** Requests to send in all, the crawl's included. */
  requests: number;
  /** Stop after this many seconds even if fewer requests were sent. */
  seconds?: number;
  seed: number;
  log: (line: string) => void;
  exclusions?: readonly Exclusion[];
}

export interface FuzzReport {
  sent: number;
  crawled: number;
  statuses: Map<number, number>;
  /** Every route the server has, and the answers each got by status class. */
  routes: string[];
  perRoute: Map<string, Map<string, number>>;
  failures: Failure[];
  excluded: Failure[];
}

/** Pages a subject's crawl reads at most (refusals not counted), and instances of one route it reads. */
const PAGES_PER_SUBJECT = 60;
const INSTANCES_PER_ROUTE = 3;

function crawlSeeds(operations: readonly Operation[], target: Target, subjects: readonly Subject[]): string[] {
  const plain = operations.filter(
    (operation) =>
      operation.method === 'GET' &&
      operation.params.length === 0 &&
      !operation.api &&
      !operation.pattern.startsWith('/static') &&
      !operation.pattern.includes('*'),
  );
  const boards = subjects.flatMap((subject) => (subject.deviceKind === 'board' && subject.device ? [`/tablica/${subject.device.id}`] : []));
  return [...plain.map((operation) => operation.pattern), ...boards, ...target.seeds];
}

async function crawl(fuzzer: Fuzzer, operations: readonly Operation[], subject: Subject, seeds: readonly string[], random: Random) {
  const queue = [...seeds];
  const seen = new Set<string>();
  const instances = new Map<string, number>();
  // The first segments of paths that refused this subject: /admin refused, /admin/budynki will be too.
  const refused = new Set<string>();
  let pages = 0;
  while (queue.length > 0 && pages < PAGES_PER_SUBJECT) {
    const path = queue.shift()!;
    const area = path.split(/[/?]/)[1] ?? '';
    if (seen.has(path) || refused.has(area)) continue;
    seen.add(path);
    const operation = operationFor(operations, 'GET', path.split('?')[0]!);
    if (!operation || operation.api || operation.pattern.startsWith('/static') || operation.pattern.startsWith('/jezyk')) continue;
    const count = instances.get(operation.pattern) ?? 0;
    if (count >= INSTANCES_PER_ROUTE) continue;
    instances.set(operation.pattern, count + 1);
    const answer = await fuzzer.exchange(pagePlan(operation, subject, random.pick(LANGUAGES), path));
    if (!answer) continue;
    const toLogin = answer.location.startsWith('/logowanie');
    if (answer.status === 401 || answer.status === 403 || toLogin) refused.add(area);
    else if (answer.status >= 300 && answer.status < 400 && answer.location.startsWith('/')) queue.push(answer.location);
    if (answer.status === 200 && answer.contentType.startsWith('text/html')) {
      pages += 1;
      queue.push(...fuzzer.learnPage(answer.body, path, subject));
    }
  }
}

/** A subject for a route: mostly one that got past its guard before, sometimes anyone. */
function subjectFor(operation: Operation, subjects: readonly Subject[], random: Random): Subject {
  const admitted = subjects.filter((subject) => operation.admitted.has(subject.name));
  return admitted.length > 0 && random.chance(0.7) ? random.pick(admitted) : random.pick(subjects);
}

function modeOf(random: Random): Mode {
  const roll = random.next();
  return roll < 0.35 ? 'valid' : roll < 0.8 ? 'mutated' : 'hostile';
}

/**
 * Fuzzes a fresh server with the demo office and reports what it sent and found.
 * @example const report = await runFuzz({ requests: 3000, seed: 42, log: console.log });
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const random = new Random(options.seed);
  const deadline = Date.now() + (options.seconds ?? Infinity) * 1000;
  const target = await startTarget();
  const { server } = target;
  const watch = await WriteWatch.open(server.connectionString);
  const sender = new Sender(server.url);
  try {
    const openApi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as OpenApiDocument;
    const operations = operationsOf(target.routes, openApi);
    const subjects = allSubjects();
    const known: Known = new Map();
    const fuzzer = new Fuzzer(operations, sender, watch, options.exclusions ?? [], () => random.next());
    const alive = async (subject: Subject) => {
      if (await keepAlive(server.db, subject, (login) => addKnown(known, 'login', login))) watch.forget();
    };
    for (const subject of subjects) await alive(subject);
    await issueTickets(target, subjects.find((subject) => subject.deviceKind === 'kiosk')!.device!.token);
    await readKnown(target, known);
    options.log(`fuzz: seed ${options.seed}, ${operations.length} routes, ${subjects.length} subjects`);

    const seeds = crawlSeeds(operations, target, subjects);
    for (const subject of subjects) {
      await alive(subject);
      await crawl(fuzzer, operations, subject, seeds, random);
    }
    const crawled = fuzzer.sent;
    const forms = operations.reduce((sum, operation) => sum + operation.forms.length, 0);
    options.log(`fuzz: crawled ${crawled} pages, found ${forms} forms with ${fuzzer.fieldNames.size} field names`);

    const inputs: Inputs = { random, known, fieldNames: [...fuzzer.fieldNames].sort() };
    for (let planned = 0; fuzzer.sent < options.requests && Date.now() < deadline; planned += 1) {
      if (planned % 500 === 499) await readKnown(target, known);
      if (planned % 2000 === 1999) options.log(`fuzz: ${fuzzer.sent} requests sent, ${fuzzer.failures.length} failures so far`);
      const operation = random.pick(operations);
      const subject = subjectFor(operation, subjects, random);
      await alive(subject);
      await fuzzer.exchange(planRequest(operation, subject, random.pick(LANGUAGES), modeOf(random), inputs));
    }
    return {
      sent: fuzzer.sent,
      crawled,
      statuses: fuzzer.statuses,
      routes: operations.map((operation) => `${operation.method} ${operation.pattern}`),
      perRoute: fuzzer.perRoute,
      failures: fuzzer.failures,
      excluded: fuzzer.excluded,
    };
  } finally {
    sender.close();
    await watch.close();
    await server.close();
  }
}

function routeLine(route: string, classes: Map<string, number> | undefined): string {
  const counts = [...(classes ?? [])].sort(([a], [b]) => a.localeCompare(b));
  const total = counts.reduce((sum, [, count]) => sum + count, 0);
  return `  ${String(total).padStart(6)}  ${route}  ${counts.map(([group, count]) => `${group}×${count}`).join(' ')}`;
}

/**
 * The report's lines: counts, statuses, routes reached, each kind of failure once in full (with how often it
 * came); with `perRoute`, a line per route with its answers by status class.
 */
export function reportLines(report: FuzzReport, seed: number, options: { perRoute?: boolean } = {}): string[] {
  const statuses = [...report.statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
  const reached = report.routes.filter((route) => report.perRoute.has(route));
  const accepted = report.routes.filter((route) => {
    const classes = report.perRoute.get(route);
    return (classes?.get('2xx') ?? 0) + (classes?.get('3xx') ?? 0) > 0;
  });
  const groups = new Map<string, Failure[]>();
  for (const failure of report.failures) {
    const key = `${failure.kind} ${failure.plan.operation.method} ${failure.plan.operation.pattern} ${failure.answer?.status ?? '-'} ${failure.detail.slice(0, 60)}`;
    groups.set(key, [...(groups.get(key) ?? []), failure]);
  }
  const lines = [
    `fuzz: seed ${seed}: sent ${report.sent} requests (${report.crawled} while crawling); answers ${statuses.join(' ')}`,
    `fuzz: ${reached.length} of ${report.routes.length} routes sent to, ${accepted.length} of them answered 2xx or 3xx at least once`,
    `fuzz: ${report.failures.length} failures (${groups.size} kinds), ${report.excluded.length} more under a named exclusion`,
  ];
  if (options.perRoute) {
    lines.push('fuzz: requests per route:');
    for (const route of [...report.routes].sort()) lines.push(routeLine(route, report.perRoute.get(route)));
  }
  for (const [key, failures] of groups) lines.push(`--- ${failures.length}× ${key}`, describeFailure(failures[0]!, seed));
  return lines;
}
