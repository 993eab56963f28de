import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { XMLParser } from 'fast-xml-parser';
import { issueApiKey, revokeApiKey } from '../../src/app/reports/index.ts';
import { systemActor, systemClock } from '../../src/app/shared/deps.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';

// Every element is a list in the parsed XML, so one service and many read alike; numbers stay text as sent.
const xml = new XMLParser({
  parseTagValue: false,
  isArray: (name) => ['service', 'request', 'error', 'endpoint', 'format', 'attribute', 'value'].includes(name),
});

type Row = Record<string, string>;

async function writtenRows(server: TestServer): Promise<string> {
  const { rows } = await sql<{
    s: string;
  }>`SELECT (SELECT count(*) FROM problem_report) || '/' || (SELECT count(*) FROM audit_log) AS s`.execute(server.db);
  return rows[0]!.s;
}

describe('Open311 GeoReport v2 at /open311/v2, as a client sees it', () => {
  let server: TestServer;
  let key = '';
  let revokedKey = '';
  const base = () => `${server.url}/open311/v2`;

  before(async () => {
    server = await startTestServer();
    const office = await currentOffice(server.db);
    const deps = { db: server.db, clock: systemClock, actor: systemActor(office.id) };
    key = (await issueApiKey(deps, { name: 'Klient testowy' })).key;
    const revoked = await issueApiKey(deps, { name: 'Klient wycofany' });
    await revokeApiKey(deps, { keyId: revoked.id });
    revokedKey = revoked.key;
  });
  after(() => server.close());

  async function getXml(path: string): Promise<{ status: number; body: Record<string, unknown>; type: string }> {
    const response = await fetch(`${base()}${path}`, { headers: { 'accept-language': 'en' } });
    const text = await response.text();
    assert.match(text, /^<\?xml version="1.0" encoding="UTF-8"\?>/);
    return { status: response.status, body: xml.parse(text) as Record<string, unknown>, type: response.headers.get('content-type') ?? '' };
  }
  async function getJson(path: string): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${base()}${path}`, { headers: { 'accept-language': 'en' } });
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    return { status: response.status, body: await response.json() };
  }
  function post(format: 'xml' | 'json', fields: Record<string, string>): Promise<Response> {
    return fetch(`${base()}/requests.${format}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en' },
      body: new URLSearchParams(fields),
    });
  }
  const errorsOf = (body: Record<string, unknown>) => (body.errors as { error: Row[] }).error;

  it('describes itself (discovery) in XML and JSON', async () => {
    const x = await getXml('/discovery.xml');
    assert.equal(x.status, 200);
    const endpoint = (x.body.discovery as { endpoints: { endpoint: Row[] } }).endpoints.endpoint[0]!;
    assert.equal(endpoint.specification, 'http://wiki.open311.org/GeoReport_v2');
    const j = (await getJson('/discovery.json')).body as { endpoints: { formats: string[] }[] };
    assert.deepEqual(j.endpoints[0]!.formats, ['text/xml', 'application/json']);
  });

  it('lists the services (the Contact Centre’s categories) and a service definition', async () => {
    const x = await getXml('/services.xml');
    const services = (x.body.services as { service: Row[] }).service;
    assert.ok(services.some((s) => s.service_code === 'roads' && s.service_name === 'Roads and pavements' && s.metadata === 'false'));
    const j = (await getJson('/services.json')).body as Row[];
    assert.equal(j.length, services.length);
    const definition = await getJson('/services/roads.json');
    assert.deepEqual(definition.body, { service_code: 'roads', attributes: [] });
    const defXml = await getXml('/services/roads.xml');
    assert.equal((defXml.body.service_definition as Row).service_code, 'roads');
  });

  it('files a request (XML), answers its id and token, and finds it by id, by token and in the list', async () => {
    const response = await post('xml', {
      api_key: key,
      service_code: 'lighting',
      lat: '51.4047',
      long: '19.7030',
      description: 'Latarnia nie świeci',
      email: 'klient@example.com',
      first_name: 'Ala',
      jurisdiction_id: new URL(server.app.deps.config.publicUrl).host,
    });
    assert.equal(response.status, 201);
    const created = (xml.parse(await response.text()) as { service_requests: { request: Row[] } }).service_requests.request[0]!;
    assert.match(created.service_request_id!, /^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const one = await getJson(`/requests/${created.service_request_id}.json`);
    const request = (one.body as Row[])[0]! as unknown as Record<string, unknown>;
    assert.equal(request.status, 'open');
    assert.equal(request.status_notes, 'open');
    assert.equal(request.lat, 51.4047);
    assert.match(String(request.requested_datetime), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.equal(JSON.stringify(request).includes('klient@example.com'), false);
    assert.equal(JSON.stringify(request).includes('Ala'), false);
    const token = await getXml(`/tokens/${created.token}.xml`);
    assert.equal((token.body.service_requests as { request: Row[] }).request[0]!.service_request_id, created.service_request_id);
    const list = (await getJson('/requests.json?service_code=lighting&status=open')).body as Row[];
    assert.ok(list.some((r) => r.service_request_id === created.service_request_id));
    const byId = (await getXml(`/requests.xml?service_request_id=${created.service_request_id},D2RA-4KQM`)).body;
    assert.equal((byId.service_requests as { request: Row[] }).request.length, 2);
  });

  it('files a request (JSON) with an address and shows closed demo requests with their detailed status', async () => {
    const response = await post('json', {
      api_key: key,
      service_code: 'roads',
      address_string: 'ul. Słowackiego 45',
      description: 'Dziura',
    });
    assert.equal(response.status, 201);
    assert.equal(((await response.json()) as Row[]).length, 1);
    const closed = (await getJson('/requests.json?status=closed')).body as Row[];
    const notOurs = closed.find((r) => r.service_request_id === 'D2RF-8JZE')!;
    assert.equal(notOurs.status, 'closed');
    assert.match(notOurs.status_notes!, /^closed \(not the office’s responsibility\): Zarząd Dróg/);
    assert.equal(
      closed.some((r) => r.service_request_id === 'D2RN-3TYZ'),
      false,
      'a hidden report is not listed',
    );
  });

  it('keeps the default list rendered with an ETag until a report changes, on this process or any other', async () => {
    const get = (format: 'json' | 'xml', etag?: string) =>
      fetch(`${base()}/requests.${format}`, { headers: { 'accept-language': 'en', ...(etag ? { 'if-none-match': etag } : {}) } });
    const first = await get('json');
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^"[A-Za-z0-9_-]+"$/);
    const listed = (await first.json()) as Row[];
    assert.equal(listed.length > 0, true);
    const again = await get('json', etag);
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    // XML is kept apart from JSON, with its own tag.
    const inXml = await get('xml');
    assert.notEqual(inXml.headers.get('etag'), etag);
    assert.ok((xml.parse(await inXml.text()) as { service_requests: { request: Row[] } }).service_requests.request.length > 0);

    // Filed through this process: in the next answer.
    const filed = await post('json', { api_key: key, service_code: 'roads', address_string: 'ul. Zamkowa 1', description: 'Nowa dziura' });
    const code = ((await filed.json()) as Row[])[0]!.service_request_id!;
    const afterFiling = await get('json', etag);
    assert.equal(afterFiling.status, 200);
    assert.equal(((await afterFiling.json()) as Row[])[0]!.service_request_id, code);

    // Changed behind this process's back (another app process on the same database): its NOTIFY drops the list.
    await sql`UPDATE problem_report SET status = 'fixed', updated_at = now() WHERE code = ${code}`.execute(server.db);
    let status = '';
    for (let i = 0; i < 50 && status !== 'closed'; i += 1) {
      const rows = (await (await get('json')).json()) as Row[];
      status = rows.find((r) => r.service_request_id === code)?.status ?? '';
      if (status !== 'closed') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(status, 'closed');
  });

  it('defines the attributes of a service with metadata (XML and JSON), and files and validates their answers', async () => {
    const services = (await getJson('/services.json')).body as Record<string, unknown>[];
    assert.equal(services.find((s) => s.service_code === 'lighting')!.metadata, true);
    assert.equal(services.find((s) => s.service_code === 'roads')!.metadata, false);
    const inXml = ((await getXml('/services.xml')).body.services as { service: Row[] }).service;
    assert.equal(inXml.find((s) => s.service_code === 'rubbish')!.metadata, 'true');

    const lighting = (await getJson('/services/lighting.json')).body as { service_code: string; attributes: Record<string, unknown>[] };
    assert.deepEqual(lighting.attributes, [
      {
        variable: true,
        code: 'pole',
        datatype: 'string',
        required: false,
        datatype_description: 'The number on the pole’s plate, for example OS-1204.',
        order: 1,
        description: 'Pole number',
        values: [],
      },
    ]);
    type XmlAttribute = Row & { values: { value: Row[] } | '' };
    const rubbish = (await getXml('/services/rubbish.xml')).body.service_definition as {
      service_code: string;
      attributes: { attribute: XmlAttribute[] };
    };
    assert.equal(rubbish.service_code, 'rubbish');
    const kind = rubbish.attributes.attribute[0]!;
    assert.equal(kind.code, 'kind');
    assert.equal(kind.datatype, 'singlevaluelist');
    assert.equal(kind.variable, 'true');
    assert.equal(kind.required, 'false');
    assert.equal(kind.order, '1');
    assert.deepEqual(
      (kind.values as { value: Row[] }).value.map((v) => v.key),
      ['litter', 'dumping', 'bins', 'bulky'],
    );
    assert.equal((kind.values as { value: Row[] }).value[1]!.name, 'Fly-tipping');

    // Answers filed with the report, and shown to the Contact Centre.
    const filed = await post('json', {
      api_key: key,
      service_code: 'lighting',
      address_string: 'ul. Kopernika 3',
      description: 'Latarnia miga',
      'attribute[pole]': ' OS-77 ',
      'attribute[colour]': 'a question this city does not ask',
    });
    assert.equal(filed.status, 201);
    const code = ((await filed.json()) as Row[])[0]!.service_request_id!;
    const stored = await server.db
      .selectFrom('problem_report')
      .select(['id', 'attributes'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    assert.deepEqual(stored.attributes, { pole: 'OS-77' });
    const centre = await loginAs(server, 'contact_centre');
    const page = await (
      await centre.get(`/centrum-kontaktu/zgloszenia/${stored.id}`, { headers: { cookie: `${centre.cookie}; jezyk=pl` } })
    ).text();
    assert.match(page, /Numer słupa<\/dt>\s*<dd[^>]*>OS-77</);
    const listed = await post('xml', {
      api_key: key,
      service_code: 'rubbish',
      address_string: 'Rynek',
      description: 'Wysypisko',
      'attribute[kind]': 'dumping',
    });
    assert.equal(listed.status, 201);

    // A wrong choice, a required answer missing, not a number, two answers to one question: 400, nothing written.
    await sql`UPDATE report_category SET attributes = ${JSON.stringify([
      { code: 'count', datatype: 'number', required: true, description: { pl: 'Ile znaków' } },
      {
        code: 'faults',
        datatype: 'multivaluelist',
        required: false,
        description: { pl: 'Usterki' },
        values: [
          { key: 'bent', name: { pl: 'Przekrzywiony' } },
          { key: 'dirty', name: { pl: 'Brudny' } },
        ],
      },
      { code: 'seen', datatype: 'datetime', required: false, description: { pl: 'Kiedy' } },
    ])}::jsonb WHERE code = 'signs'`.execute(server.db);
    const before = await writtenRows(server);
    const common = { api_key: key, address_string: 'ul. Słowackiego 1', description: 'Znak' };
    const refusals: [Record<string, string>, RegExp][] = [
      [{ ...common, service_code: 'rubbish', 'attribute[kind]': 'asbestos' }, /^attribute\[kind\]: /],
      [{ ...common, service_code: 'signs' }, /^attribute\[count\]: This field is required/],
      [{ ...common, service_code: 'signs', 'attribute[count]': 'dwa' }, /^attribute\[count\]: Give a number/],
      [{ ...common, service_code: 'signs', 'attribute[count]': '2', 'attribute[faults][]': 'gone' }, /^attribute\[faults\]: /],
      [
        { ...common, service_code: 'signs', 'attribute[count]': '2', 'attribute[seen]': '2026-12-01 10:00' },
        /^attribute\[seen\]: Give a date/,
      ],
      [{ ...common, service_code: 'lighting', 'attribute[pole]': 'x'.repeat(201) }, /^attribute\[pole\]: /],
      [{ ...common, service_code: 'lighting', 'attribute[pole]': 'OS\u202E77' }, /^attribute\[pole\]: /],
    ];
    for (const [fields, description] of refusals) {
      const response = await post('json', fields);
      assert.equal(response.status, 400, JSON.stringify(fields));
      const errors = (await response.json()) as { code: number; description: string }[];
      assert.equal(errors[0]!.code, 400);
      assert.match(errors[0]!.description, description);
    }
    const twice = new URLSearchParams({ ...common, service_code: 'signs' });
    twice.append('attribute[count]', '1');
    twice.append('attribute[count]', '2');
    const twiceAnswer = await fetch(`${base()}/requests.xml`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en' },
      body: twice,
    });
    assert.equal(twiceAnswer.status, 400);
    assert.match(
      errorsOf(xml.parse(await twiceAnswer.text()) as Record<string, unknown>)[0]!.description!,
      /^attribute\[count\]: Give one answer/,
    );
    assert.equal(await writtenRows(server), before);

    const many = new URLSearchParams({
      ...common,
      service_code: 'signs',
      'attribute[count]': '2,5',
      'attribute[seen]': '2026-12-01T10:00:00+01:00',
    });
    many.append('attribute[faults][]', 'bent');
    many.append('attribute[faults][]', 'dirty');
    const accepted = await fetch(`${base()}/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: many,
    });
    assert.equal(accepted.status, 201);
    const manyCode = ((await accepted.json()) as Row[])[0]!.service_request_id!;
    const manyRow = await server.db
      .selectFrom('problem_report')
      .select('attributes')
      .where('code', '=', manyCode)
      .executeTakeFirstOrThrow();
    assert.deepEqual(manyRow.attributes, { count: '2.5', faults: ['bent', 'dirty'], seen: '2026-12-01T10:00:00+01:00' });
  });

  it('refuses a missing, bad or revoked api_key with 403, writing nothing', async () => {
    const before = await writtenRows(server);
    for (const api_key of ['', 'o311_guess', revokedKey]) {
      const response = await post('xml', { api_key, service_code: 'roads', address_string: 'x', description: 'y' });
      assert.equal(response.status, 403);
      const error = errorsOf(xml.parse(await response.text()) as Record<string, unknown>)[0]!;
      assert.equal(error.code, '403');
      assert.ok(error.description!.length > 10);
    }
    assert.equal(await writtenRows(server), before);
  });

  it('refuses an unknown service_code (400 on POST, 404 for its definition), writing nothing', async () => {
    const before = await writtenRows(server);
    const response = await post('json', { api_key: key, service_code: 'nope', address_string: 'x', description: 'y' });
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), [
      { code: 400, description: 'service_code: There is no report category with this service_code.' },
    ]);
    const definition = await getXml('/services/nope.xml');
    assert.equal(definition.status, 404);
    assert.equal(errorsOf(definition.body)[0]!.code, '404');
    assert.equal(await writtenRows(server), before);
  });

  it('refuses a request without a location, or with a description over 4,000 characters, writing nothing', async () => {
    const before = await writtenRows(server);
    const missing = await post('json', { api_key: key, service_code: 'roads', description: 'y' });
    assert.equal(missing.status, 400);
    assert.match(((await missing.json()) as Row[])[0]!.description!, /^address_string: Say where the problem is/);
    const long = await post('xml', { api_key: key, service_code: 'roads', address_string: 'x', description: 'd'.repeat(4001) });
    assert.equal(long.status, 400);
    assert.match(errorsOf(xml.parse(await long.text()) as Record<string, unknown>)[0]!.description!, /^description: /);
    assert.equal(await writtenRows(server), before);
  });

  it('refuses a date range over 90 days and dates without a zone with 400', async () => {
    const wide = await getJson('/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z');
    assert.equal(wide.status, 400);
    assert.deepEqual(wide.body, [{ code: 400, description: 'The period from start_date to end_date may be at most 90 days.' }]);
    const noZone = await getXml('/requests.xml?start_date=2026-01-01T00:00:00');
    assert.equal(noZone.status, 400);
    const fine = await getJson('/requests.json?start_date=2026-11-01T00:00:00%2B01:00&end_date=2026-12-31T00:00:00%2B01:00');
    assert.equal(fine.status, 200);
  });

  it('answers unknown ids, tokens, resources, formats and jurisdictions in the spec’s error format', async () => {
    assert.equal((await getJson('/requests/ZZZZ-ZZZZ.json')).status, 404);
    assert.equal((await getJson('/requests/D2RM-9SGX.json')).status, 404, 'an unconfirmed report is not public');
    assert.equal((await getXml('/tokens/nothing.xml')).status, 404);
    const unknown = await getXml('/nothing.xml');
    assert.equal(unknown.status, 404);
    assert.equal(errorsOf(unknown.body)[0]!.code, '404');
    assert.equal((await getXml('/services.html')).status, 400);
    assert.equal((await getJson('/requests.json?status=pending')).status, 400);
    assert.equal((await getJson('/services.json?jurisdiction_id=elsewhere.example')).status, 404);
  });
});
