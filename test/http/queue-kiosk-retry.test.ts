// A kiosk's retried ticket request (a lost answer, a double touch) gets the ticket of the first: through the
// API's Idempotency-Key header and the screens' issueKey field; a malformed key is refused and writes nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/server.ts';
import { deviceFetch, openAllDay, registerDevice, serviceId, writtenRows, type DeviceFetch } from '../support/queue.ts';

describe('kiosk: a retried ticket request', () => {
  let server: TestServer;
  let kiosk: { id: number; token: string };
  let api: DeviceFetch;
  const form = (fields: Record<string, string>) =>
    fetch(`${server.url}/kiosk/bilety`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: `okienko_urzadzenie=${kiosk.token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
    });

  before(async () => {
    server = await startTestServer();
    await openAllDay(server.db);
    kiosk = await registerDevice(server.db, 'kiosk');
    api = deviceFetch(server.url, kiosk.token);
  });
  after(async () => {
    await server.close();
  });

  it('answers the same ticket to the same Idempotency-Key, and a new one to another key', async () => {
    const body = { serviceId: await serviceId(server.db, 'A') };
    const first = await api('POST', '/api/kiosk/bilety', body, { 'idempotency-key': '"retry-test-key-0001"' });
    assert.equal(first.status, 201);
    const again = await api('POST', '/api/kiosk/bilety', body, { 'idempotency-key': 'retry-test-key-0001' });
    const [a, b] = (await Promise.all([first.json(), again.json()])) as { number: string }[];
    assert.equal(b!.number, a!.number);
    const other = (await (await api('POST', '/api/kiosk/bilety', body, { 'idempotency-key': 'retry-test-key-0002' })).json()) as {
      number: string;
    };
    assert.notEqual(other.number, a!.number);
  });

  it('sends the same form twice to the same ticket page', async () => {
    const fields = { serviceId: String(await serviceId(server.db, 'B')), issueKey: 'retry-test-form-0001' };
    const [first, second] = await Promise.all([form(fields), form(fields)]);
    assert.equal(first.status, 303);
    assert.equal(second.status, 303);
    assert.equal(second.headers.get('location'), first.headers.get('location'));
  });

  it('refuses a malformed key with 422 and writes nothing', async () => {
    const before = await writtenRows(server.db);
    const id = await serviceId(server.db, 'A');
    const viaApi = await api('POST', '/api/kiosk/bilety', { serviceId: id }, { 'idempotency-key': 'short' });
    assert.equal(viaApi.status, 422);
    const viaForm = await form({ serviceId: String(id), issueKey: 'no spaces <allowed> in a key' });
    assert.equal(viaForm.status, 422);
    assert.match(await viaForm.text(), /kiosk__lead--alert/);
    assert.deepEqual(await writtenRows(server.db), before);
  });
});
