import assert from 'node:assert/strict';
import { openTextChallenge } from '../../src/app/anti-bot/index.ts';
import { challengeAnswer } from '../../src/domain/booking/index.ts';
import type { TestServer } from './server.ts';

/** The public "Zgłoś problem" form as a browser got it: its session cookie, CSRF token, and the anti-bot question with its answer. */
export interface ReportFormPage {
  cookie: string;
  csrf: string;
  questionId: string;
  answer: string;
  html: string;
}

/** Opens the public form in a language (from a path with its query, if any) and reads the answer to its question from the database. */
export async function openReportForm(server: TestServer, language = 'pl', path = '/zglos-problem'): Promise<ReportFormPage> {
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
