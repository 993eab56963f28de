import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import sharp from 'sharp';
import { issueApiKey } from '../../src/app/reports/index.ts';
import { systemActor, systemClock } from '../../src/app/shared/deps.ts';
import { currentOffice } from '../../src/storage/office-repository.ts';
import { openReportForm, type ReportFormPage } from '../support/report-form.ts';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';

interface Upload {
  bytes: Uint8Array;
  name: string;
  type: string;
}

async function writtenRows(server: TestServer): Promise<string> {
  const { rows } = await sql<{ s: string }>`SELECT (SELECT count(*) FROM problem_report) || '/' || (SELECT count(*) FROM report_photo)
    || '/' || (SELECT count(*) FROM anti_bot_challenge) || '/' || (SELECT count(*) FROM audit_log) AS s`.execute(server.db);
  return rows[0]!.s;
}

/** A photo as a phone makes it: 3000×1500, with the camera's make and a GPS position in its EXIF. */
async function phoneJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 3000, height: 1500, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'Phone 1', Copyright: 'Jan Kowalski' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 24/1 17/1', GPSLongitudeRef: 'E', GPSLongitude: '19/1 42/1 13/1' },
    })
    .toBuffer();
}

describe('photos of problem reports: the form’s upload, the Contact Centre’s view and Open311’s media_url', () => {
  let server: TestServer;
  let centre: StaffClient;
  let apiKey = '';
  before(async () => {
    server = await startTestServer();
    centre = await loginAs(server, 'contact_centre');
    const office = await currentOffice(server.db);
    apiKey = (await issueApiKey({ db: server.db, clock: systemClock, actor: systemActor(office.id) }, { name: 'Aplikacja' })).key;
  });
  after(() => server.close());

  async function openForm(): Promise<ReportFormPage> {
    const form = await openReportForm(server);
    assert.match(form.html, /enctype="multipart\/form-data"/);
    assert.match(form.html, /type="file"/);
    return form;
  }

  /** Posts the form as a browser without JavaScript does: multipart/form-data with the chosen files. */
  async function postWith(uploads: readonly Upload[], language = 'pl'): Promise<Response> {
    const form = await openForm();
    const body = new FormData();
    const fields = {
      _csrf: form.csrf,
      antiBotId: form.questionId,
      antiBotAnswer: form.answer,
      category: 'roads',
      description: 'Dziura w jezdni, zdjęcie w załączniku',
      address: 'ul. Słowackiego 12',
    };
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    for (const upload of uploads) body.append('photo', new Blob([new Uint8Array(upload.bytes)], { type: upload.type }), upload.name);
    return fetch(`${server.url}/zglos-problem`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: `${form.cookie}; jezyk=${language}` },
      body,
    });
  }

  const codeOf = (response: Response) => /kod=([A-Z0-9-]+)/.exec(response.headers.get('location') ?? '')![1]!;

  it('takes a JPEG from a phone, stores it re-encoded without EXIF or GPS and at most 2048 pixels wide', async () => {
    const original = await phoneJpeg();
    assert.ok((await sharp(original).metadata()).exif, 'the test photo carries EXIF');
    const sent = await postWith([{ bytes: original, name: 'IMG_0001.JPG', type: 'image/jpeg' }]);
    assert.equal(sent.status, 303);
    const code = codeOf(sent);
    const photo = await fetch(`${server.url}/zgloszenia/${code}/zdjecie`);
    assert.equal(photo.status, 200);
    assert.equal(photo.headers.get('content-type'), 'image/jpeg');
    const bytes = Buffer.from(await photo.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.equal(meta.exif, undefined);
    assert.equal(meta.xmp, undefined);
    assert.equal(meta.width, 2048);
    assert.equal(meta.height, 1024);
    assert.ok(!bytes.includes(Buffer.from('TestCam')) && !bytes.includes(Buffer.from('Kowalski')));
    const page = await (await fetch(`${server.url}/zgloszenia/${code}`)).text();
    assert.match(page, new RegExp(`<img[^>]+src="/zgloszenia/${code}/zdjecie"`));
    const json = (await (await fetch(`${server.url}/open311/v2/requests/${code}.json`)).json()) as { media_url: string }[];
    assert.match(json[0]!.media_url, new RegExp(`/zgloszenia/${code}/zdjecie$`));
  });

  it('takes a PNG named as anything, the type read from its bytes, and stores a JPEG', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } } })
      .png()
      .toBuffer();
    const sent = await postWith([{ bytes: png, name: 'zdjecie.txt', type: 'text/plain' }]);
    assert.equal(sent.status, 303);
    const stored = await server.db
      .selectFrom('report_photo as p')
      .innerJoin('problem_report as r', 'r.id', 'p.report_id')
      .select(['p.bytes', 'p.content_type'])
      .where('r.code', '=', codeOf(sent))
      .executeTakeFirstOrThrow();
    assert.equal(stored.content_type, 'image/jpeg');
    const meta = await sharp(stored.bytes).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', 40, 30]);
  });

  it('files a report without a photo when the file field is left empty', async () => {
    const sent = await postWith([{ bytes: new Uint8Array(), name: '', type: 'application/octet-stream' }]);
    assert.equal(sent.status, 303);
    assert.equal((await fetch(`${server.url}/zgloszenia/${codeOf(sent)}/zdjecie`)).status, 404);
  });

  it('refuses a text file named .jpg with a clear message, writing nothing', async () => {
    const before = await writtenRows(server);
    const refused = await postWith([{ bytes: Buffer.from('to nie jest zdjęcie\n'.repeat(50)), name: 'dziura.jpg', type: 'image/jpeg' }]);
    assert.equal(refused.status, 422);
    const html = await refused.text();
    assert.match(html, /<title>Błąd:/);
    assert.match(html, /Ten plik nie jest zdjęciem/);
    assert.match(html, /href="#photo"/);
    assert.equal(await writtenRows(server), before);
  });

  it('refuses a 20 MB photo with a clear message, writing nothing', async () => {
    const before = await writtenRows(server);
    const big = Buffer.alloc(20 * 1024 * 1024, 7);
    (await phoneJpeg()).copy(big);
    const refused = await postWith([{ bytes: big, name: 'duze.jpg', type: 'image/jpeg' }], 'en');
    assert.equal(refused.status, 422);
    assert.match(await refused.text(), /The photo may be at most 10 MB/);
    assert.equal(await writtenRows(server), before);
  });

  it('refuses two photos with a clear message, and many files as too large, writing nothing', async () => {
    const jpeg = await phoneJpeg();
    const before = await writtenRows(server);
    const two = await postWith([
      { bytes: jpeg, name: 'a.jpg', type: 'image/jpeg' },
      { bytes: jpeg, name: 'b.jpg', type: 'image/jpeg' },
    ]);
    assert.equal(two.status, 422);
    assert.match(await two.text(), /Można dołączyć jedno zdjęcie/);
    const many = await postWith(Array.from({ length: 8 }, (_, i) => ({ bytes: jpeg, name: `${i}.jpg`, type: 'image/jpeg' })));
    assert.equal(many.status, 413);
    assert.match(await many.text(), /<h1>/);
    assert.equal(await writtenRows(server), before);
  });

  it('shows the photo to the Contact Centre, also once hidden from the public, and to no one else', async () => {
    const sent = await postWith([{ bytes: await phoneJpeg(), name: 'a.jpg', type: 'image/jpeg' }]);
    const code = codeOf(sent);
    const { id } = await server.db.selectFrom('problem_report').select('id').where('code', '=', code).executeTakeFirstOrThrow();
    const page = await (await centre.get(`/centrum-kontaktu/zgloszenia/${id}`)).text();
    assert.match(page, new RegExp(`<img[^>]+src="/centrum-kontaktu/zgloszenia/${id}/zdjecie"`));
    assert.equal((await centre.postForm(`/centrum-kontaktu/zgloszenia/${id}/ukryj`, { hidden: 'yes' })).status, 303);
    assert.equal((await fetch(`${server.url}/zgloszenia/${code}/zdjecie`)).status, 404);
    const staffPhoto = await centre.get(`/centrum-kontaktu/zgloszenia/${id}/zdjecie`);
    assert.equal(staffPhoto.status, 200);
    assert.equal((await sharp(Buffer.from(await staffPhoto.arrayBuffer())).metadata()).format, 'jpeg');
    const anonymous = await fetch(`${server.url}/centrum-kontaktu/zgloszenia/${id}/zdjecie`, { redirect: 'manual' });
    assert.equal(anonymous.status, 303);
    assert.equal((await fetch(`${server.url}/open311/v2/requests/${code}.json`)).status, 404);
  });

  it('keeps an Open311 media_url as given (never fetched) and gives it back; refuses one that is not a web address', async () => {
    const post = (media: string) =>
      fetch(`${server.url}/open311/v2/requests.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en' },
        body: new URLSearchParams({
          api_key: apiKey,
          service_code: 'lighting',
          address_string: 'ul. Słowackiego 1',
          description: 'Latarnia nie świeci',
          media_url: media,
        }),
      });
    const media = 'https://photos.example.org/latarnia.jpg';
    const created = await post(media);
    assert.equal(created.status, 201);
    const code = ((await created.json()) as { service_request_id: string }[])[0]!.service_request_id;
    const [request] = (await (await fetch(`${server.url}/open311/v2/requests/${code}.json`)).json()) as { media_url: string }[];
    assert.equal(request!.media_url, media);
    const { id } = await server.db.selectFrom('problem_report').select('id').where('code', '=', code).executeTakeFirstOrThrow();
    assert.match(
      await (await centre.get(`/centrum-kontaktu/zgloszenia/${id}`)).text(),
      /href="https:\/\/photos\.example\.org\/latarnia\.jpg"/,
    );
    const before = await writtenRows(server);
    for (const bad of ['javascript:alert(1)', 'https://user:secret@example.org/a.jpg', 'ftp://example.org/a.jpg']) {
      const refused = await post(bad);
      assert.equal(refused.status, 400, bad);
      const errors = (await refused.json()) as { code: number; description: string }[];
      assert.match(errors[0]!.description, /media_url/);
    }
    assert.equal(await writtenRows(server), before);
  });
});
