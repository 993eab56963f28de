// The kiosk's heartbeat (sent by its screen's script with the device cookie): the server asks the kiosk's printer
// at the same time, keeps a recent reading instead of asking again at once, and a printer out of paper stays
// on the device's row between two questions.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/server.ts';
import { testClock } from '../support/booking.ts';
import { registerDevice, usePrinter } from '../support/queue.ts';
import { PRINTER_STATUSES, startTestPrinter, type TestPrinter } from '../support/test-printer.ts';

describe('kiosk heartbeat', () => {
  const clock = testClock('2026-12-03T09:00:00Z');
  let server: TestServer;
  let printer: TestPrinter;
  let kiosk: { id: number; token: string };
  const beat = (body: unknown) =>
    fetch(`${server.url}/api/urzadzenie/heartbeat`, {
      method: 'POST',
      headers: { cookie: `okienko_urzadzenie=${kiosk.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const row = () =>
    server.db
      .selectFrom('device')
      .select(['health', 'health_details', 'last_failure', 'last_seen_at'])
      .where('id', '=', kiosk.id)
      .executeTakeFirstOrThrow();

  before(async () => {
    server = await startTestServer({ clock });
    printer = await startTestPrinter();
    kiosk = await registerDevice(server.db, 'kiosk');
    await usePrinter(server.db, kiosk.id, printer);
  });
  after(async () => {
    await printer.close();
    await server.close();
  });

  it('asks the printer with the screen’s heartbeat and records both', async () => {
    const response = await beat({ health: 'ok', details: { screen: 'start', language: 'pl' } });
    assert.equal(response.status, 204);
    assert.equal(printer.jobs.length, 1, 'one status query');
    const device = await row();
    assert.equal(device.health, 'ok');
    assert.deepEqual(device.health_details, {
      language: 'pl',
      printer: { coverOpen: false, error: false, online: true, paperEnd: false, paperNearEnd: false },
      screen: 'start',
    });
    assert.equal(device.last_seen_at?.toISOString(), clock.now().toISOString());
  });

  it('keeps a printer out of paper on the row between two questions, and asks again once the reading is old', async () => {
    printer.setStatus(PRINTER_STATUSES.paperEnd);
    clock.set('2026-12-03T09:05:00Z');
    await beat({ health: 'ok', details: { screen: 'start' } });
    assert.equal(printer.jobs.length, 2);
    assert.equal((await row()).health, 'failed');
    assert.match((await row()).last_failure ?? '', /printer: paper_end/);

    // Half a minute later: no new question (the printer serves tickets, not questions), the failure stands.
    printer.setStatus(PRINTER_STATUSES.normal);
    clock.set('2026-12-03T09:05:30Z');
    assert.equal((await beat({ health: 'ok', details: { screen: 'unit' } })).status, 204);
    assert.equal(printer.jobs.length, 2);
    const carried = await row();
    assert.equal(carried.health, 'failed');
    assert.deepEqual((carried.health_details as { printer: object }).printer, {
      coverOpen: false,
      error: false,
      online: false,
      paperEnd: true,
      paperNearEnd: true,
    });
    assert.equal((carried.health_details as { screen: string }).screen, 'unit');

    // A minute later the reading is old: the printer is asked, and paper is back.
    clock.set('2026-12-03T09:06:30Z');
    await beat({ health: 'ok' });
    assert.equal(printer.jobs.length, 3);
    assert.equal((await row()).health, 'ok');
  });

  it('refuses a bad heartbeat with 422 and writes nothing', async () => {
    const before = await row();
    const response = await beat({ health: 'fine', details: 'all good' });
    assert.equal(response.status, 422);
    assert.deepEqual(await row(), before);
  });
});
