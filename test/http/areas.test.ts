import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyError, FastifyInstance } from 'fastify';
import { DomainError } from '../../src/domain/shared/errors.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * An area of its own with a standard's error format and authentication, as a standards-defined API (Open311
 * GeoReport v2: errors as `[{ "code", "description" }]`, an `api_key` parameter) would be: it plugs in beside
 * the others without touching them. The real Open311 area (`http/routes/open311/`, tested in open311.test.ts)
 * is built this way; this toy stays under a prefix of its own to show the pattern alone.
 */
async function standardArea(app: FastifyInstance): Promise<void> {
  app.setErrorHandler(async (error: FastifyError, _request, reply) => {
    const status = error instanceof DomainError ? (error.kind === 'forbidden' ? 403 : 400) : (error.statusCode ?? 500);
    await reply.code(status).send([{ code: status, description: error.message }]);
  });
  app.setNotFoundHandler(async (_request, reply) => reply.code(404).send([{ code: 404, description: 'not found' }]));
  app.addHook('preValidation', async (request) => {
    const query = request.query as { api_key?: string };
    if (query.api_key !== 'test-key') throw new DomainError('forbidden', 'api_key');
  });
  app.get('/services.json', async () => [{ service_code: '1', service_name: 'Dziura w jezdni' }]);
}

describe('each area is an encapsulated plugin with its own error format and authentication', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      extraRoutes: (app) => {
        void app.register(standardArea, { prefix: '/toy311/v2' });
      },
    });
  });
  after(() => server.close());

  it('answers in the area’s own format and checks its own key', async () => {
    const ok = await fetch(`${server.url}/toy311/v2/services.json?api_key=test-key`);
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), [{ service_code: '1', service_name: 'Dziura w jezdni' }]);
    const refused = await fetch(`${server.url}/toy311/v2/services.json?api_key=wrong`);
    assert.equal(refused.status, 403);
    assert.deepEqual(await refused.json(), [{ code: 403, description: 'api_key' }]);
    const missing = await fetch(`${server.url}/toy311/v2/requests.json?api_key=test-key`);
    assert.deepEqual([missing.status, await missing.json()], [404, [{ code: 404, description: 'not found' }]]);
  });

  it('leaves the other areas’ formats as they were', async () => {
    const page = await fetch(`${server.url}/nie-ma-takiej-strony`, { headers: { 'accept-language': 'pl' } });
    assert.equal(page.status, 404);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    const api = await fetch(`${server.url}/api/nie-ma-takiego`, { headers: { 'accept-language': 'pl' } });
    assert.equal(api.status, 404);
    assert.deepEqual(await api.json(), { error: { code: 'not_found', message: 'Nie znaleziono takiej strony ani zasobu.' } });
    const kiosk = await fetch(`${server.url}/api/kiosk/uslugi`);
    assert.equal(kiosk.status, 401);
    assert.equal(((await kiosk.json()) as { error: { code: string } }).error.code, 'unauthenticated');
  });
});
