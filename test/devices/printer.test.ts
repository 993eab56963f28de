import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  encodeTicket,
  printTicket,
  printerHealth,
  PrinterOfflineError,
  queryPrinterStatus,
  type PrintableTicket,
  type PrinterTarget,
} from '../../src/devices/printer/index.ts';
import { decodeEscPos, type EscPosCommand } from '../support/escpos-decode.ts';
import { PRINTER_STATUSES, startTestPrinter, type TestPrinter } from '../support/test-printer.ts';

const ticket: PrintableTicket = {
  officeName: 'Urząd Miasta Piotrkowa Trybunalskiego',
  number: 'A012',
  serviceName: 'Zażółć gęślą jaźń — ĄĆĘŁŃÓŚŹŻ',
  whereToWait: ['Budynek A, ul. Szkolna 28', 'Parter', 'Sala obsługi, stanowiska 1–6'],
  peopleAhead: 3,
  estimate: 'ok. 10–15 min',
  issuedAt: '24.11.2026, 10:15',
  followUrl: 'https://urzad.example/bilet/Xk3vQ9pL2m',
  labels: {
    yourNumber: 'Twój numer',
    whereToWait: 'Gdzie czekać',
    peopleAhead: 'Osób przed Tobą',
    estimate: 'Szacowany czas oczekiwania',
    issuedAt: 'Wydano',
    follow: 'Śledź swoją kolejkę',
  },
};

function textCommands(commands: EscPosCommand[]): Extract<EscPosCommand, { type: 'text' }>[] {
  return commands.filter((command) => command.type === 'text');
}

describe('thermal ticket printer', () => {
  let printer: TestPrinter;
  let target: PrinterTarget;

  before(async () => {
    printer = await startTestPrinter();
    target = { host: printer.host, port: printer.port, timeoutMs: 2000 };
  });
  after(() => printer.close());
  beforeEach(async () => {
    await printer.setMode('answer');
    printer.setStatus(PRINTER_STATUSES.normal);
  });

  it('prints a ticket the printer receives byte for byte, with the number large, Polish letters, the QR code and a cut', async () => {
    const bytes = encodeTicket(ticket);
    const jobsBefore = printer.jobs.length;
    await printTicket(target, bytes);
    const jobs = await printer.waitForJobs(jobsBefore + 1);
    const received = jobs[jobsBefore]!;
    assert.deepEqual(received, bytes);

    const { commands, lines, qrCodes } = decodeEscPos(received);
    assert.deepEqual(commands[0], { type: 'initialize' });
    assert.ok(
      commands.some((command) => command.type === 'codepage' && command.table === 18),
      'selects cp852 (ESC t 18)',
    );

    const number = textCommands(commands).find((command) => command.text.trim() === 'A012');
    assert.ok(number, 'the number is printed on its own');
    assert.deepEqual(number.size, { width: 8, height: 8 });
    assert.ok(
      textCommands(commands).every((command) => command === number || command.size.width === 1),
      'only the number is enlarged',
    );

    assert.ok(
      lines.some((line) => line.includes('Zażółć gęślą jaźń - ĄĆĘŁŃÓŚŹŻ')),
      `service line in ${JSON.stringify(lines)}`,
    );
    assert.ok(lines.some((line) => line.trim() === 'Urząd Miasta Piotrkowa Trybunalskiego'));
    assert.ok(lines.includes('  Sala obsługi, stanowiska 1-6'));
    assert.ok(lines.includes('Osób przed Tobą: 3'));
    assert.ok(lines.includes('Szacowany czas oczekiwania: ok. 10-15 min'));
    assert.ok(lines.includes('Wydano: 24.11.2026, 10:15'));
    assert.ok(lines.some((line) => line.trim() === 'Śledź swoją kolejkę'));
    assert.ok(!lines.join('\n').includes('?'), 'no character fell out of the code page');

    assert.deepEqual(qrCodes, [ticket.followUrl]);
    assert.deepEqual(commands.at(-1), { type: 'cut', partial: false });
  });

  it('leaves the estimate line out when there is no estimate', () => {
    const { lines } = decodeEscPos(encodeTicket({ ...ticket, estimate: null }));
    assert.ok(!lines.some((line) => line.startsWith('Szacowany czas oczekiwania')));
    assert.ok(lines.includes('Osób przed Tobą: 3'));
  });

  it('prints control characters of a name as spaces, so they cannot smuggle printer commands in', () => {
    const { commands, lines } = decodeEscPos(encodeTicket({ ...ticket, serviceName: 'Paszport\x1b@\x1dV\x00' }));
    assert.equal(commands.filter((command) => command.type === 'initialize').length, 1);
    assert.equal(commands.filter((command) => command.type === 'cut').length, 1);
    assert.ok(lines.some((line) => line.trim() === 'Paszport @ V'));
  });

  it('answers "paper end" as a failed health with the failure paper_end', async () => {
    printer.setStatus(PRINTER_STATUSES.paperEnd);
    const status = await queryPrinterStatus(target);
    assert.equal(status.paperEnd, true);
    assert.equal(status.online, false);
    assert.deepEqual(printerHealth(status), { health: 'failed', failure: 'paper_end' });
  });

  it('answers "paper near end" as a warning', async () => {
    printer.setStatus(PRINTER_STATUSES.paperNearEnd);
    const status = await queryPrinterStatus(target);
    assert.deepEqual(status, {
      online: true,
      paperEnd: false,
      paperNearEnd: true,
      coverOpen: false,
      error: false,
      raw: [0x12, 0x12, 0x1e],
    });
    assert.deepEqual(printerHealth(status), { health: 'warning', failure: 'paper_near_end' });
  });

  it('answers "cover open" as a failed health with the failure cover_open', async () => {
    printer.setStatus(PRINTER_STATUSES.coverOpen);
    assert.deepEqual(printerHealth(await queryPrinterStatus(target)), { health: 'failed', failure: 'cover_open' });
  });

  it('answers a working printer as ok', async () => {
    assert.deepEqual(printerHealth(await queryPrinterStatus(target)), { health: 'ok', failure: null });
  });

  it('reports a printer that takes the query but never answers as offline once the timeout passes', async () => {
    await printer.setMode('hang');
    const status = await queryPrinterStatus({ ...target, timeoutMs: 200 });
    assert.equal(status.online, false);
    assert.deepEqual(status.raw, []);
    assert.deepEqual(printerHealth(status), { health: 'failed', failure: 'offline' });
  });

  it('reports a printer that refuses the connection as offline', async () => {
    await printer.setMode('refuse');
    assert.deepEqual(printerHealth(await queryPrinterStatus(target)), { health: 'failed', failure: 'offline' });
  });

  it('rejects printing with an offline error when the printer refuses the connection', async () => {
    await printer.setMode('refuse');
    await assert.rejects(printTicket(target, encodeTicket(ticket)), (error: unknown) => {
      assert.ok(error instanceof PrinterOfflineError);
      assert.equal(error.code, 'offline');
      assert.equal(error.reason, 'refused');
      return true;
    });
  });

  it('rejects printing with an offline error when the printer stops taking bytes until the deadline passes', async () => {
    await printer.setMode('hang');
    // Far more than the socket buffers of both ends hold, so the write cannot finish while the printer does not read.
    const job = new Uint8Array(64 * 1024 * 1024);
    await assert.rejects(printTicket({ ...target, timeoutMs: 200 }, job), (error: unknown) => {
      assert.ok(error instanceof PrinterOfflineError);
      assert.equal(error.reason, 'timeout');
      return true;
    });
  });
});
