import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openTextChallenge } from '../../src/app/anti-bot/index.ts';
import { confirmToken } from '../../src/app/reports/index.ts';
import { challengeAnswer } from '../../src/domain/booking/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

interface FormPage {
  cookie: string;
  csrf: string;
  questionId: string;
  answer: string;
  html: string;
}

async function reportRows(server: TestServer): Promise<string> {
  const { rows } = await sql<{ s: string }>`SELECT (SELECT count(*) FROM problem_report) || '/' || (SELECT count(*) FROM mail_outbox)
    || '/' || (SELECT count(*) FROM anti_bot_challenge) || '/' || (SELECT count(*) FROM audit_log) AS s`.execute(server.db);
  return rows[0]!.s;
}

describe('the public form "Zgłoś problem" and a report’s page', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  async function openForm(language = 'pl', path = '/zglos-problem'): Promise<FormPage> {
    const response = await fetch(`${server.url}${path}`, { headers: { cookie: `jezyk=${language}` } });
    assert.equal(response.status, 200);
    const html = await response.text();
    const cookie = response.headers
      .getSetCookie()
      .find((c) => c.startsWith('okienko_zgloszenie='))!
      .split(';')[0]!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const questionId = /name="antiBotId" value="([^"]+)"/.exec(html)![1]!;
    const challenge = await openTextChallenge(server.db, questionId);
    return { cookie, csrf, questionId, answer: String(challengeAnswer(challenge!)), html };
  }

  function post(form: FormPage, fields: Record<string, string>): Promise<Response> {
    const body = new URLSearchParams({ _csrf: form.csrf, antiBotId: form.questionId, antiBotAnswer: form.answer, ...fields });
    return fetch(`${server.url}/zglos-problem`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: `${form.cookie}; jezyk=pl`, 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
  }

  const report = { category: 'roads', description: 'Dziura w jezdni przy szkole', address: 'ul. Szkolna 28', link: 'https://piotrkow.pl/' };

  it('is linked from the footer of every page, with the page it was opened from', async () => {
    const home = await (await fetch(`${server.url}/`)).text();
    assert.match(home, /href="\/zglos-problem\?strona=%2F"/);
    const form = await openForm('pl', '/zglos-problem?strona=%2Fdeklaracja-dostepnosci');
    assert.match(form.html, /name="link"[^>]*value="http[^"]*\/deklaracja-dostepnosci"/);
    assert.match(form.html, /Proszę określić, gdzie leży problem/);
    assert.match(form.html, /Drogi i chodniki/);
  });

  it('files a report without an e-mail: the code, then its public page', async () => {
    const form = await openForm();
    const sent = await post(form, report);
    assert.equal(sent.status, 303);
    const location = sent.headers.get('location')!;
    const code = /kod=([A-Z0-9-]+)/.exec(location)![1]!;
    const page = await (await fetch(`${server.url}${location}`)).text();
    assert.match(page, new RegExp(code));
    const follow = await fetch(`${server.url}/zgloszenia/${code}`, { headers: { cookie: 'jezyk=pl' } });
    assert.equal(follow.status, 200);
    const html = await follow.text();
    assert.match(html, /przyjęte/);
    assert.match(html, /Dziura w jezdni przy szkole/);
  });

  it('keeps a report with an e-mail unconfirmed (not public) until the link is used, and never shows the e-mail', async () => {
    const form = await openForm();
    const sent = await post(form, { ...report, email: 'mieszkanka@example.com' });
    assert.equal(sent.status, 303);
    const code = /kod=([A-Z0-9-]+)/.exec(sent.headers.get('location')!)![1]!;
    assert.match(sent.headers.get('location')!, /potwierdz=1/);
    assert.equal((await fetch(`${server.url}/zgloszenia/${code}`)).status, 404);
    const mail = await server.db
      .selectFrom('mail_outbox as m')
      .innerJoin('problem_report as r', 'r.id', 'm.report_id')
      .select('m.kind')
      .where('r.code', '=', code)
      .execute();
    assert.deepEqual(mail, [{ kind: 'report_confirm' }]);
    assert.equal((await fetch(`${server.url}/zgloszenia/${code}/potwierdz?t=wrong`)).status, 404);
    const token = await confirmToken(server.db, code);
    const confirmed = await fetch(`${server.url}/zgloszenia/${code}/potwierdz?t=${token}`, { headers: { cookie: 'jezyk=en' } });
    assert.equal(confirmed.status, 200);
    assert.match(await confirmed.text(), /The report is confirmed/);
    const html = await (await fetch(`${server.url}/zgloszenia/${code}`)).text();
    assert.doesNotMatch(html, /mieszkanka/);
  });

  it('refuses a wrong arithmetic answer with a clear message, writing nothing', async () => {
    const form = await openForm();
    const before = await reportRows(server);
    const refused = await post(form, { ...report, antiBotAnswer: String(Number(form.answer) + 1) });
    assert.equal(refused.status, 422);
    assert.match(await refused.text(), /Odpowiedź jest nieprawidłowa/);
    assert.equal(await reportRows(server), before);
  });

  it('refuses a question already used, writing nothing', async () => {
    const form = await openForm();
    assert.equal((await post(form, report)).status, 303);
    const before = await reportRows(server);
    const again = await post(form, report);
    assert.equal(again.status, 422);
    assert.match(await again.text(), /zostało już wykorzystane/);
    assert.equal(await reportRows(server), before);
  });

  it('refuses a description over 4,000 characters, writing nothing', async () => {
    const form = await openForm();
    const before = await reportRows(server);
    const refused = await post(form, { ...report, description: 'a'.repeat(4001) });
    assert.equal(refused.status, 422);
    assert.match(await refused.text(), /4000|4 000|4,000/);
    assert.equal(await reportRows(server), before);
  });

  it('refuses a report with no place, writing nothing', async () => {
    const form = await openForm('en');
    const before = await reportRows(server);
    const refused = await post(form, { ...report, address: '' });
    assert.equal(refused.status, 422);
    assert.match(await refused.text(), /Napisz, gdzie leży problem/);
    assert.equal(await reportRows(server), before);
  });

  it('refuses a form without its cookie token', async () => {
    const form = await openForm();
    const before = await reportRows(server);
    const refused = await post({ ...form, cookie: 'okienko_zgloszenie=x' }, report);
    assert.equal(refused.status, 403);
    assert.equal(await reportRows(server), before);
  });

  it('shows demo reports in several states, and a hidden one without its words', async () => {
    for (const [code, words] of [
      ['D2RC-9MXT', /działania zaplanowane/],
      ['D2RF-8JZE', /nie należy do zadań urzędu[\s\S]*Zarząd Dróg Wojewódzkich/],
      ['D2RG-5KCH', /powtarza zgłoszenie[\s\S]*D2RA-4KQM/],
      ['D2RN-3TYZ', /ukryło Centrum Kontaktów/],
    ] as const) {
      const html = await (await fetch(`${server.url}/zgloszenia/${code}`, { headers: { cookie: 'jezyk=pl' } })).text();
      assert.match(html, words, code);
    }
    assert.equal((await fetch(`${server.url}/zgloszenia/D2RM-9SGX`)).status, 404);
  });
});
