import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { solveChallenge, type Challenge, type Payload } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { sql } from 'kysely';
import { parseSlotId } from '../../src/domain/booking/index.ts';
import { freeDays } from '../../src/app/booking/index.ts';
import { systemActor, systemClock } from '../../src/app/shared/index.ts';
import { serviceId } from '../support/queue.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// The demo's ID cards (A) are booked at desks 1 and 2. The real clock: the proof of work's library checks
// its expiry against it.
const TIMES = 4;
const ATTEMPTS = 240;
// The final step allows 20 attempts a minute per address: the residents come from many addresses.
const ADDRESSES = 30;

interface Answer {
  status: number;
  text: string;
  headers: http.IncomingHttpHeaders;
}

describe('the final booking step under a burst', () => {
  let server: TestServer;
  let service: number;
  const agents = Array.from({ length: ADDRESSES }, () => new http.Agent({ keepAlive: true, maxSockets: 4 }));

  function send(resident: number, method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Answer> {
    const { port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          headers,
          agent: agents[resident % ADDRESSES],
          localAddress: `127.0.0.${2 + (resident % ADDRESSES)}`,
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text, headers: response.headers }));
        },
      );
      request.on('error', reject);
      if (body !== undefined) request.write(body);
      request.end();
    });
  }

  before(async () => {
    server = await startTestServer();
    service = await serviceId(server.db, 'A');
    // Every scheduled desk time bookable (no walk-in share, no daily cap), and a cheap proof of work.
    await sql`UPDATE booking_policy SET walk_in_percent = 0, challenge_max_number = 1000`.execute(server.db);
    await server.db.updateTable('service').set({ booking_daily_cap: null }).where('id', '=', service).execute();
  });
  after(async () => {
    for (const agent of agents) agent.destroy();
    await server.close();
  });

  it('books each desk time exactly once and answers every other attempt 409 with the nearest free times, never 5xx', async () => {
    const office = await server.db.selectFrom('office').select('id').executeTakeFirstOrThrow();
    const { days } = await freeDays({ db: server.db, clock: systemClock, actor: systemActor(office.id) }, { serviceId: service });
    const date = days.find((d) => d.freeCount >= TIMES)!.date;
    const day = await send(0, 'GET', `/rezerwacja/godzina?usluga=${service}&dzien=${date}`);
    assert.equal(day.status, 200);
    const times = [...day.text.matchAll(/name="termin" value="([^"]+)"/g)].map((m) => m[1]!).slice(0, TIMES);
    assert.equal(times.length, TIMES);
    const desks = await server.db.selectFrom('booking_schedule').select('desk_id').distinct().where('service_id', '=', service).execute();
    assert.equal(desks.length, 2, 'the demo books ID cards at two desks');

    // Each resident has its form token, fetches a challenge and solves it, as the widget does.
    const attempts = await Promise.all(
      Array.from({ length: ATTEMPTS }, async (_, resident) => {
        // The check page's double-submit token: a browser's own random value, in its cookie and in the form.
        const token = randomBytes(32).toString('base64url');
        const challenge = JSON.parse((await send(resident, 'GET', '/rezerwacja/wyzwanie')).text) as Challenge;
        const solution = await solveChallenge({ challenge, deriveKey });
        const payload: Payload = { challenge: { parameters: challenge.parameters, signature: challenge.signature! }, solution: solution! };
        const termin = times[resident % TIMES]!;
        const body = new URLSearchParams({
          _csrf: token,
          usluga: String(service),
          termin,
          name: `Mieszkaniec ${resident}`,
          email: `mieszkaniec.${resident}@example.pl`,
          phone: '',
          antiBotPayload: Buffer.from(JSON.stringify(payload)).toString('base64'),
        }).toString();
        return { resident, termin, token, body };
      }),
    );

    const answers = await Promise.all(
      attempts.map(async (attempt) => ({
        termin: attempt.termin,
        answer: await send(attempt.resident, 'POST', '/rezerwacja/zarezerwuj', attempt.body, {
          cookie: `okienko_rezerwacja=${attempt.token}`,
          'content-type': 'application/x-www-form-urlencoded',
        }),
      })),
    );

    const statuses = answers.map(({ answer }) => answer.status);
    assert.deepEqual(
      statuses.filter((status) => status >= 500),
      [],
      'no attempt fails on the server',
    );
    assert.equal(statuses.filter((status) => status === 303).length, TIMES * desks.length, 'one booking per desk time');
    assert.equal(statuses.filter((status) => status === 409).length, ATTEMPTS - TIMES * desks.length, 'every other attempt refused');
    for (const { termin, answer } of answers.filter(({ answer }) => answer.status === 409)) {
      const offered = [...answer.text.matchAll(/name="termin" value="([^"]+)"/g)].map((m) => m[1]!);
      assert.ok(offered.length > 0, 'a refused attempt is offered the nearest free times');
      const refused = parseSlotId(termin)!.startsAt.getTime();
      assert.ok(
        offered.every((slot) => parseSlotId(slot)!.startsAt.getTime() !== refused),
        'the refused time itself is not offered again',
      );
    }

    const rows = await server.db
      .selectFrom('booking')
      .select(['desk_id', 'starts_at'])
      .where('service_id', '=', service)
      .where('status', '=', 'booked')
      .execute();
    assert.equal(rows.length, TIMES * desks.length);
    for (const termin of times) {
      const at = parseSlotId(termin)!.startsAt.getTime();
      const there = rows.filter((row) => row.starts_at.getTime() === at).map((row) => row.desk_id);
      assert.deepEqual(there.sort(), desks.map((desk) => desk.desk_id).sort(), 'each desk holds the time once');
    }
    const spent = await server.db.selectFrom('anti_bot_challenge').select('id').where('kind', '=', 'altcha').execute();
    assert.equal(spent.length, TIMES * desks.length, 'only the bookings that committed spent their proof');
  });
});
