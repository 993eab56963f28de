import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { confirmToken } from '../../src/app/reports/index.ts';
import { openReportForm, type ReportFormPage } from '../support/report-form.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

async function reportRows(server: TestServer): Promise<string> {
  const { rows } = await sql<{ s: string }>`SELECT (SELECT count(*) FROM problem_report) || '/' || (SELECT count(*) FROM mail_outbox)
    || '/' || (SELECT count(*) FROM anti_bot_challenge) || '/' || (SELECT count(*) FROM audit_log) AS s`.execute(server.db);
  return rows[0]!.s;
}

/** Opens the public form and posts it, on a test file's server. */
function formClient(server: () => TestServer) {
  const openForm = (language?: string, path?: string) => openReportForm(server(), language, path);

  function post(form: ReportFormPage, fields: Record<string, string>): Promise<Response> {
    const body = new URLSearchParams({ _csrf: form.csrf, antiBotId: form.questionId, antiBotAnswer: form.answer, ...fields });
    return fetch(`${server().url}/zglos-problem`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: `${form.cookie}; jezyk=pl`, 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
  }
  return { openForm, post };
}

const report = { category: 'roads', description: 'Dziura w jezdni przy szkole', address: 'ul. Szkolna 28', link: 'https://piotrkow.pl/' };

describe('the public form "Zgłoś problem" and a report’s page', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const { openForm, post } = formClient(() => server);

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

  it('stores a point typed into the form (no map, no JavaScript) and shows it with a link to a map', async () => {
    const form = await openForm();
    assert.doesNotMatch(form.html, /data-report-map|report-map\.js/);
    const sent = await post(form, { ...report, address: '', lat: '51,40521', long: ' 19.70312 ' });
    assert.equal(sent.status, 303);
    const code = /kod=([A-Z0-9-]+)/.exec(sent.headers.get('location')!)![1]!;
    const row = await server.db
      .selectFrom('problem_report')
      .select(['lat', 'long', 'address'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { lat: 51.40521, long: 19.70312, address: null });
    const html = await (await fetch(`${server.url}/zgloszenia/${code}`, { headers: { cookie: 'jezyk=pl' } })).text();
    assert.match(html, /51\.40521, 19\.70312/);
    assert.match(html, /href="https:\/\/www\.openstreetmap\.org\/\?mlat=51\.40521&amp;mlon=19\.70312#map=17\/51\.40521\/19\.70312"/);
    // No map setting: no tiles drawn, and the CSP lets images come from this site alone.
    assert.doesNotMatch(html, /report-point__map/);
    const csp = (await fetch(`${server.url}/zglos-problem`)).headers.get('content-security-policy')!;
    assert.match(csp, /img-src 'self' data:;/);
  });

  it('refuses bad coordinates with the field’s message, writing nothing', async () => {
    for (const [fields, field, message] of [
      [{ lat: 'pięćdziesiąt', long: '19.7' }, 'lat', /Podaj współrzędną jako liczbę/],
      [{ lat: '51.4', long: '1e2' }, 'long', /Podaj współrzędną jako liczbę/],
      [{ lat: '91', long: '19.7' }, 'lat', /leży poza Polską/],
      [{ lat: '19.7', long: '51.4' }, 'lat', /leży poza Polską/],
      [{ lat: '51.4', long: '' }, 'long', /Podaj obie współrzędne albo żadnej/],
      [{ lat: '', long: '19.7' }, 'lat', /Podaj obie współrzędne albo żadnej/],
    ] as const) {
      const form = await openForm();
      const before = await reportRows(server);
      const refused = await post(form, { ...report, ...fields });
      assert.equal(refused.status, 422, JSON.stringify(fields));
      const html = await refused.text();
      assert.match(html, new RegExp(`id="${field}-error"[^>]*>[^<]*${message.source}`), JSON.stringify(fields));
      assert.match(html, new RegExp(`id="${field}"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="${field}"`));
      assert.equal(await reportRows(server), before, JSON.stringify(fields));
    }
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

describe('the questions a category asks beyond the description, on the form', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const { openForm, post } = formClient(() => server);

  it('asks each category’s own questions, named after it, and keeps only the chosen category’s answers', async () => {
    const form = await openForm();
    assert.match(form.html, /Pytania do kategorii „Oświetlenie uliczne”/);
    assert.match(form.html, /<label class="label" for="attr-lighting-pole">Numer słupa \(opcjonalnie\)<\/label>/);
    assert.match(form.html, /<select[^>]*id="attr-rubbish-kind"[^>]*>[\s\S]*<option value="dumping">Dzikie wysypisko<\/option>/);
    assert.match(form.html, /src="\/static\/js\/report-form\.js"/);
    // Without JavaScript a resident may fill another category's question too: only the chosen one's is kept.
    const sent = await post(form, { ...report, category: 'lighting', 'attr-lighting-pole': ' OS-77 ', 'attr-rubbish-kind': 'bins' });
    assert.equal(sent.status, 303);
    const code = /kod=([A-Z0-9-]+)/.exec(sent.headers.get('location')!)![1]!;
    const row = await server.db.selectFrom('problem_report').select('attributes').where('code', '=', code).executeTakeFirstOrThrow();
    assert.deepEqual(row.attributes, { pole: 'OS-77' });
  });

  it('checks the answers as the API does: a required one, a date in office time, several ticked choices', async () => {
    const original = await server.db
      .selectFrom('report_category')
      .select('attributes')
      .where('code', '=', 'green')
      .executeTakeFirstOrThrow();
    const asked = [
      { code: 'trees', datatype: 'number', required: true, description: { pl: 'Ile drzew', en: 'How many trees', uk: 'Скільки дерев' } },
      { code: 'seen', datatype: 'datetime', required: false, description: { pl: 'Kiedy zauważono', en: 'When seen', uk: 'Коли помічено' } },
      {
        code: 'parts',
        datatype: 'multivaluelist',
        required: false,
        description: { pl: 'Co jest uszkodzone', en: 'What is damaged', uk: 'Що пошкоджено' },
        values: [
          { key: 'branch', name: { pl: 'Gałąź', en: 'Branch', uk: 'Гілка' } },
          { key: 'trunk', name: { pl: 'Pień', en: 'Trunk', uk: 'Стовбур' } },
        ],
      },
    ];
    await server.db
      .updateTable('report_category')
      .set({ attributes: JSON.stringify(asked) })
      .where('code', '=', 'green')
      .execute();
    try {
      const green = { ...report, category: 'green', description: 'Złamane drzewo w parku' };
      // Every mistake at once, each under its own field; then a number that is not one.
      for (const [fields, expected] of [
        [
          { 'attr-green-seen': 'wczoraj', 'attr-green-parts': 'roots' },
          [
            ['attr-green-trees', /To pole jest wymagane/],
            ['attr-green-seen', /Podaj datę i godzinę, na przykład 2026-12-04 09:30/],
            ['attr-green-parts', /Wybierz jedną z podanych możliwości/],
          ],
        ],
        [{ 'attr-green-trees': 'dwa' }, [['attr-green-trees', /Podaj liczbę/]]],
      ] as const) {
        const form = await openForm();
        const before = await reportRows(server);
        const refused = await post(form, { ...green, ...fields });
        assert.equal(refused.status, 422, JSON.stringify(fields));
        const html = await refused.text();
        for (const [field, message] of expected) {
          assert.match(html, new RegExp(`href="#${field}"`), field);
          assert.match(html, new RegExp(`id="${field}-error"[^>]*>[^<]*${message.source}`), field);
        }
        assert.equal(await reportRows(server), before, JSON.stringify(fields));
        // What was typed stays in the form.
        if ('attr-green-trees' in fields) assert.match(html, /id="attr-green-trees"[^>]*value="dwa"/);
      }
      const form = await openForm();
      const body = new URLSearchParams({ _csrf: form.csrf, antiBotId: form.questionId, antiBotAnswer: form.answer, ...green });
      body.append('attr-green-trees', '2,5');
      body.append('attr-green-seen', '2026-07-01T18:45');
      body.append('attr-green-parts', 'branch');
      body.append('attr-green-parts', 'trunk');
      const sent = await fetch(`${server.url}/zglos-problem`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: `${form.cookie}; jezyk=pl`, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      assert.equal(sent.status, 303);
      const code = /kod=([A-Z0-9-]+)/.exec(sent.headers.get('location')!)![1]!;
      const row = await server.db.selectFrom('problem_report').select('attributes').where('code', '=', code).executeTakeFirstOrThrow();
      // 18:45 in Warsaw in July is 16:45 UTC.
      assert.deepEqual(row.attributes, { trees: '2.5', seen: '2026-07-01T16:45:00.000Z', parts: ['branch', 'trunk'] });
    } finally {
      await server.db
        .updateTable('report_category')
        .set({ attributes: JSON.stringify(original.attributes) })
        .where('code', '=', 'green')
        .execute();
    }
  });
});

describe('the form "Zgłoś problem" with a map (MAP_TILE_URL set)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      env: {
        MAP_TILE_URL: 'https://{s}.tiles.example.pl/{z}/{x}/{y}.png',
        MAP_ATTRIBUTION: '© Kafelki testowe',
        MAP_CENTER: '51.4052,19.7030,15',
      },
    });
  });
  after(() => server.close());

  it('offers the map (hidden until its script runs) above the same coordinate fields', async () => {
    const response = await fetch(`${server.url}/zglos-problem`, { headers: { cookie: 'jezyk=pl' } });
    const html = await response.text();
    assert.match(html, /<script type="module" src="\/static\/js\/report-map\.js">/);
    assert.match(
      html,
      /<div class="report-map" hidden data-report-map="true" data-tiles="https:\/\/\{s\}\.tiles\.example\.pl\/\{z\}\/\{x\}\/\{y\}\.png"/,
    );
    assert.match(html, /data-lat="51\.4052" data-long="19\.703" data-zoom="15"/);
    assert.match(html, /Postaw punkt na środku mapy/);
    assert.match(html, /name="lat"/);
    assert.match(html, /name="long"/);
    // The tiles' host for images only; scripts still only ours, no inline ones.
    const csp = response.headers.get('content-security-policy')!;
    assert.match(csp, /img-src 'self' data: https:\/\/\*\.tiles\.example\.pl;/);
    assert.match(csp, /script-src 'self';/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    const script = await fetch(`${server.url}/static/js/report-map.js`);
    assert.equal(script.status, 200);
    const styles = await fetch(`${server.url}/static/js/report-map.css`);
    assert.equal(styles.status, 200);
    assert.match(await styles.text(), /\.leaflet-container/);
  });

  it('draws a report’s point on a small map of tiles on its public page', async () => {
    // A demo report with a point.
    const withPoint = await server.db
      .selectFrom('problem_report')
      .select(['code', 'lat', 'long'])
      .where('lat', 'is not', null)
      .where('status', 'not in', ['unconfirmed'])
      .where('hidden_at', 'is', null)
      .executeTakeFirstOrThrow();
    const html = await (await fetch(`${server.url}/zgloszenia/${withPoint.code}`, { headers: { cookie: 'jezyk=pl' } })).text();
    assert.match(html, /<svg[^>]*role="img"[^>]*aria-label="Mapa okolicy punktu/);
    const tiles = [...html.matchAll(/<image href="https:\/\/a\.tiles\.example\.pl\/16\/(\d+)\/(\d+)\.png"/g)];
    assert.ok(tiles.length >= 1 && tiles.length <= 4, `${tiles.length} tiles`);
    // The tile under the point is among them.
    const n = 2 ** 16;
    const x = Math.floor(((withPoint.long! + 180) / 360) * n);
    const rad = (withPoint.lat! * Math.PI) / 180;
    const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
    assert.ok(
      tiles.some((t) => Number(t[1]) === x && Number(t[2]) === y),
      'the point’s own tile',
    );
    assert.match(html, /© Kafelki testowe/);
  });
});
