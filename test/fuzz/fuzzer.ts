import { wordingProblem, type Language } from './language.ts';
import { learnAddress, remember, type Operation } from './operations.ts';
import { readPage } from './page-reader.ts';
import type { Plan } from './requests.ts';
import type { Answer, FuzzRequest, Sender } from './sender.ts';
import { cookiesOf, type Subject } from './subjects.ts';
import { showText } from './values.ts';
import type { WriteWatch } from './writes.ts';

// Sends one planned request and holds its answer to the three promises: never a 5xx, nothing written by a
// refusal, every refusal in the caller's language. Learns from what comes back: who gets past a route's
// guard, and the links and forms of the pages.

export type FailureKind = '5xx' | 'write' | 'wording' | 'transport';

export interface Failure {
  kind: FailureKind;
  detail: string;
  /** The request's number in the run. */
  index: number;
  plan: Plan;
  answer?: Answer;
}

/** A known failure left for another change to fix: named, narrow, temporary. */
export interface Exclusion {
  reason: string;
  matches(failure: Failure): boolean;
}

/** Node refuses request heads over 16 KiB and closes the connection: that refusal is expected, not a failure. */
const HEAD_LIMIT = 16 * 1024;

export class Fuzzer {
  sent = 0;
  readonly statuses = new Map<number, number>();
  /** Answers by route ("POST /admin/budynki/:id") and status class ("2xx"…), for the campaign's summary. */
  readonly perRoute = new Map<string, Map<string, number>>();
  readonly failures: Failure[] = [];
  readonly excluded: Failure[] = [];
  /** Every field name of every form seen, for routes without a form of their own. */
  readonly fieldNames = new Set<string>();

  constructor(
    private readonly operations: Operation[],
    private readonly sender: Sender,
    private readonly watch: WriteWatch,
    private readonly exclusions: readonly Exclusion[],
    private readonly random: () => number,
  ) {}

  /** Sends a plan, checks the answer, learns from it; the answer, or undefined when the connection failed. */
  async exchange(plan: Plan): Promise<Answer | undefined> {
    await this.watch.settle();
    const before = await this.watch.xmax();
    const index = this.sent;
    this.sent += 1;
    let answer: Answer;
    try {
      answer = await this.sender.send(plan.request, index);
    } catch (error) {
      const headSize = plan.request.path.length + JSON.stringify(plan.request.headers).length;
      if (headSize <= HEAD_LIMIT) this.fail({ kind: 'transport', detail: String(error), index, plan });
      this.watch.forget();
      return undefined;
    }
    this.count(plan, answer.status);
    const refused = answer.status >= 400 && answer.status < 500;
    if (answer.status >= 500) this.fail({ kind: '5xx', detail: `status ${answer.status}`, index, plan, answer });
    if ((await this.watch.xmax()) !== before) {
      const changed = await this.watch.changedTables();
      if (refused && changed.length > 0)
        this.fail({ kind: 'write', detail: `a refusal changed ${changed.join(', ')}`, index, plan, answer });
    }
    if (refused) {
      const problem = wordingProblem(plan.language, answer.contentType, answer.body);
      if (problem) this.fail({ kind: 'wording', detail: problem, index, plan, answer });
    }
    this.learn(plan, answer);
    return answer;
  }

  private count(plan: Plan, status: number): void {
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    const route = `${plan.operation.method} ${plan.operation.pattern}`;
    const classes = this.perRoute.get(route) ?? new Map<string, number>();
    const group = `${Math.floor(status / 100)}xx`;
    classes.set(group, (classes.get(group) ?? 0) + 1);
    this.perRoute.set(route, classes);
  }

  private fail(failure: Failure): void {
    if (this.exclusions.some((exclusion) => exclusion.matches(failure))) this.excluded.push(failure);
    else this.failures.push(failure);
  }

  private learn(plan: Plan, answer: Answer): void {
    const toLogin = answer.status >= 300 && answer.status < 400 && answer.location.startsWith('/logowanie');
    if (answer.status !== 401 && answer.status !== 403 && !toLogin && answer.status < 500) plan.operation.admitted.add(plan.subject.name);
    const page = answer.status === 200 && answer.contentType.startsWith('text/html');
    if (page && (plan.request.method !== 'GET' || this.random() < 0.1)) this.learnPage(answer.body, plan.request.path, plan.subject);
  }

  /** Learns a page's links (path parameters, query names) and forms; returns the links. */
  learnPage(html: string, path: string, subject: Subject): string[] {
    const seenBy = subject.name;
    const { links, forms } = readPage(html, `http://fuzz.invalid${path}`);
    for (const link of links) learnAddress(this.operations, 'GET', link);
    for (const form of forms) {
      const operation = learnAddress(this.operations, form.method, form.action);
      for (const field of form.fields) this.fieldNames.add(field.name);
      if (!operation) continue;
      if (form.method === 'GET') for (const field of form.fields) remember(operation.queryValues, field.name, field.value);
      const shape = (f: { action: string; fields: { name: string }[] }) =>
        `${f.action.split('?')[0]} ${f.fields.map((x) => x.name).join(',')}`;
      const known = operation.forms.some((other) => other.seenBy === seenBy && shape(other) === shape(form));
      const publicToken = form.fields.some((field) => field.name === '_csrf' && field.value === subject.formToken);
      if (!known && operation.forms.length < 16) operation.forms.push({ ...form, seenBy, publicToken });
    }
    return links;
  }
}

/** A plain GET of a page as a subject, as the crawl sends it. */
export function pagePlan(operation: Operation, subject: Subject, language: Language, path: string): Plan {
  const request: FuzzRequest = {
    method: 'GET',
    path,
    headers: { cookie: cookiesOf(subject, language, true).join('; '), 'accept-language': language, accept: 'text/html' },
  };
  return { operation, subject, language, mode: 'valid', request };
}

/** A failure in full, so it can be sent again by hand. */
export function describeFailure(failure: Failure, seed: number): string {
  const { plan, answer } = failure;
  const { request } = plan;
  return [
    `FAIL ${failure.kind}: ${failure.detail}`,
    `  request #${failure.index} of seed ${seed}, as ${plan.subject.name} in ${plan.language}, ${plan.mode} values, route ${plan.operation.method} ${plan.operation.pattern}`,
    `  ${request.method} ${showText(request.path)}`,
    `  headers: ${JSON.stringify(request.headers)}`,
    ...(request.body === undefined ? [] : [`  body: ${showText(JSON.stringify(request.body))}`]),
    answer ? `  → ${answer.status} ${answer.contentType}: ${showText(answer.body.slice(0, 500))}` : '  → no answer (the connection failed)',
  ].join('\n');
}
