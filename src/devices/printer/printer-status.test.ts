import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeRealTimeStatus, printerHealth, type PrinterStatus } from './printer-status.ts';

// Answer bytes in the order of STATUS_QUERY: printer status (n=1), offline cause (n=2), paper roll sensor (n=4).
// 0x12 is the quiet byte of each: only the fixed bits (1 and 4) on.
const cases: { name: string; answer: number[]; status: Omit<PrinterStatus, 'raw'>; health: ReturnType<typeof printerHealth> }[] = [
  {
    name: 'all quiet: online, paper present, cover closed',
    answer: [0x12, 0x12, 0x12],
    status: { online: true, paperEnd: false, paperNearEnd: false, coverOpen: false, error: false },
    health: { health: 'ok', failure: null },
  },
  {
    name: 'drawer pin high (bit 2 of n=1) changes nothing',
    answer: [0x16, 0x12, 0x12],
    status: { online: true, paperEnd: false, paperNearEnd: false, coverOpen: false, error: false },
    health: { health: 'ok', failure: null },
  },
  {
    name: 'paper near end (bits 2-3 of n=4)',
    answer: [0x12, 0x12, 0x1e],
    status: { online: true, paperEnd: false, paperNearEnd: true, coverOpen: false, error: false },
    health: { health: 'warning', failure: 'paper_near_end' },
  },
  {
    name: 'paper end (bits 5-6 of n=4, bit 5 of n=2, offline)',
    answer: [0x1a, 0x32, 0x7e],
    status: { online: false, paperEnd: true, paperNearEnd: true, coverOpen: false, error: false },
    health: { health: 'failed', failure: 'paper_end' },
  },
  {
    name: 'paper end seen by the roll sensor alone',
    answer: [0x12, 0x12, 0x72],
    status: { online: true, paperEnd: true, paperNearEnd: false, coverOpen: false, error: false },
    health: { health: 'failed', failure: 'paper_end' },
  },
  {
    name: 'cover open (bit 2 of n=2, offline)',
    answer: [0x1a, 0x16, 0x12],
    status: { online: false, paperEnd: false, paperNearEnd: false, coverOpen: true, error: false },
    health: { health: 'failed', failure: 'cover_open' },
  },
  {
    name: 'error (bit 6 of n=2, offline)',
    answer: [0x1a, 0x52, 0x12],
    status: { online: false, paperEnd: false, paperNearEnd: false, coverOpen: false, error: true },
    health: { health: 'failed', failure: 'error' },
  },
  {
    name: 'offline with no cause given',
    answer: [0x1a, 0x12, 0x12],
    status: { online: false, paperEnd: false, paperNearEnd: false, coverOpen: false, error: false },
    health: { health: 'failed', failure: 'offline' },
  },
  {
    name: 'no answer at all',
    answer: [],
    status: { online: false, paperEnd: false, paperNearEnd: false, coverOpen: false, error: false },
    health: { health: 'failed', failure: 'offline' },
  },
  {
    name: 'an answer cut short',
    answer: [0x12, 0x12],
    status: { online: false, paperEnd: false, paperNearEnd: false, coverOpen: false, error: false },
    health: { health: 'failed', failure: 'offline' },
  },
  {
    name: 'bytes that are not a status (fixed bits wrong)',
    answer: [0x41, 0x42, 0x43],
    status: { online: false, paperEnd: false, paperNearEnd: false, coverOpen: false, error: true },
    health: { health: 'failed', failure: 'error' },
  },
];

describe('printer real-time status', () => {
  for (const example of cases) {
    it(`decodes ${example.name}`, () => {
      const status = decodeRealTimeStatus(example.answer);
      assert.deepEqual(status, { ...example.status, raw: example.answer });
      assert.deepEqual(printerHealth(status), example.health);
    });
  }
});
