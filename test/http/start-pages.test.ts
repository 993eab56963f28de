import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';
import { START_PAGE } from '../../src/ui/staff/nav.ts';
import type { Role } from '../../src/http/types.ts';

// 00:30 UTC on the last Sunday of October 2024 is 01:30 in Warsaw, after the clocks went back.
const clock = { now: () => new Date('2024-10-27T00:30:00Z') };

// The clerk's start page is the desk panel, tested in queue-desk-panel.test.ts; the Information Point's in
// directory.test.ts; the Contact Centre's is the problem reports' inbox, tested in reports-staff.test.ts; the
// auditor's is the audits of the standards, tested in standards-audits.test.ts; the City Secretary's and the register
// keeper's are the home visits' authorisations and register, tested in home-visits.test.ts
const TITLES: Partial<Record<Exclude<Role, 'admin' | 'clerk' | 'information_point' | 'contact_centre' | 'auditor'>, string>> = {
  unit_head: 'Kierownik komórki',
};

describe('role start pages', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ clock });
  });
  after(async () => {
    await server.close();
  });

  for (const [role, title] of Object.entries(TITLES) as [
    Exclude<Role, 'admin' | 'clerk' | 'information_point' | 'contact_centre' | 'auditor'>,
    string,
  ][]) {
    it(`shows ${START_PAGE[role]!} to a ${role} with the office, today's Warsaw date and the menu`, async () => {
      const client = await loginAs(server, role);
      const response = await client.get(START_PAGE[role]!);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const html = await response.text();
      assert.match(html, new RegExp(`<h1>${title}</h1>`));
      assert.match(html, /Urząd Miasta Piotrkowa Trybunalskiego/);
      assert.match(html, /niedziela, 27 października 2024/);
      assert.match(html, /href="\/konto\/haslo"/);
      assert.match(html, /class="staff-nav"/);
      assert.match(html, /W kolejnych wersjach/);
    });
  }

  it('answers 403 to staff of another role', async () => {
    const clerk = await loginAs(server, 'clerk');
    assert.equal((await clerk.get('/sekretarz')).status, 403);
  });
});
