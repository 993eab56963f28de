import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { safeReturnPath } from '../../src/http/routes/system/language.ts';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';

// The known families of open-redirect bypasses: whitespace browsers drop (tab, line breaks), backslashes read
// as slashes, slashes encoded once or twice, userinfo, schemes, protocol-relative addresses, odd Unicode.
const HOSTILE = [
  '//evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '/ /evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/\\/evil.example',
  'https://evil.example',
  'javascript:alert(1)',
  'evil.example',
  '/@evil.example',
  '//user:pass@evil.example',
  '/%09/evil.example',
  '/\u202E/evil.example',
  '/\u3000/evil.example',
  '/\uFF0F/evil.example',
  '',
];

describe('the way back after a language switch or a login stays on this site', () => {
  let server: TestServer;
  let staff: StaffClient;
  before(async () => {
    server = await startTestServer();
    staff = await loginAs(server, 'clerk');
  });
  after(() => server.close());

  it('takes only paths of our own routes', () => {
    for (const good of [
      '/',
      '/rezerwacja?usluga=3&dzien=2026-12-01',
      '/admin/rezerwacje/sprawy/4#harmonogram',
      '/bilet/K7QH2MZC9TXA',
      '/rezerwacja?q=dow%C3%B3d%20osobisty',
    ]) {
      assert.equal(safeReturnPath(good), good);
    }
    for (const bad of HOSTILE) assert.equal(safeReturnPath(bad), '/', JSON.stringify(bad));
  });

  it('never sends anyone elsewhere from the language switch', async () => {
    for (const bad of [...HOSTILE, '/%2F/evil.example', '/%2F%2Fevil.example', '%2F%2Fevil.example']) {
      const response = await fetch(`${server.url}/jezyk/pl?wroc=${encodeURIComponent(bad)}`, { redirect: 'manual' });
      assert.equal(response.status, 303, JSON.stringify(bad));
      const location = response.headers.get('location') ?? '';
      assert.equal(new URL(location, server.url).origin, server.url, `${JSON.stringify(bad)} → ${location}`);
    }
    // Sent raw, a tab or an encoded slash in the query string is decoded before the check.
    for (const raw of ['/%09/127.0.0.1:31112/pwned', '%2F%2Fevil.example', '/%5Cevil.example']) {
      const response = await fetch(`${server.url}/jezyk/pl?wroc=${raw}`, { redirect: 'manual' });
      assert.equal(response.headers.get('location'), '/', raw);
    }
  });

  it('never sends a member of staff elsewhere from the login page', async () => {
    for (const bad of HOSTILE) {
      const response = await staff.get(`/logowanie?wroc=${encodeURIComponent(bad)}`);
      assert.equal(response.status, 303, JSON.stringify(bad));
      assert.equal(new URL(response.headers.get('location') ?? '', server.url).origin, server.url, JSON.stringify(bad));
    }
    const home = await staff.get(`/logowanie?wroc=${encodeURIComponent('/stanowisko')}`);
    assert.equal(home.headers.get('location'), '/stanowisko');
  });

  it('sends a visitor to the login page without a way back too long to keep', async () => {
    const long = `/admin/komorki?nazwa=${'%C4%85'.repeat(2_000)}`;
    const response = await fetch(`${server.url}${long}`, { redirect: 'manual' });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/logowanie');
    const short = await fetch(`${server.url}/admin/komorki?nazwa=a`, { redirect: 'manual' });
    assert.equal(short.headers.get('location'), `/logowanie?wroc=${encodeURIComponent('/admin/komorki?nazwa=a')}`);
  });

  it('answers an unknown language with the not-found page', async () => {
    const response = await fetch(`${server.url}/jezyk/xx?wroc=/`, { redirect: 'manual', headers: { 'accept-language': 'pl' } });
    assert.equal(response.status, 404);
    assert.match(await response.text(), /Nie znaleziono/);
  });
});
