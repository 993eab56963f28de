import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Exclusion } from './fuzzer.ts';
import { seedFrom } from './random.ts';
import { reportLines, runFuzz } from './run.ts';

// A bounded run of the fuzzer (issue "Faults and bad input"): every route as every subject with valid, boundary
// and hostile values, a fixed seed. `npm run fuzz` runs it longer through FUZZ_REQUESTS, FUZZ_SECONDS, FUZZ_SEED.

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2500);
// A bound on a slow machine: the run stops early, its requests still the first ones of the seed's sequence.
const SECONDS = Number(process.env.FUZZ_SECONDS ?? (process.env.FUZZ_REQUESTS === undefined ? 100 : Infinity));
const SEED = seedFrom(process.env.FUZZ_SEED ?? '20261203');

/** Failures another change is fixing: each named, as narrow as it can be, and removed once that change is in. */
const EXCLUSIONS: readonly Exclusion[] = [];

describe('the fuzzer', () => {
  it('finds no 5xx, no write by a refused request and no refusal outside the caller’s language', async () => {
    const report = await runFuzz({
      requests: REQUESTS,
      seconds: SECONDS,
      seed: SEED,
      log: (line) => console.log(line),
      exclusions: EXCLUSIONS,
    });
    for (const line of reportLines(report, SEED, { perRoute: process.env.FUZZ_PER_ROUTE === '1' })) console.log(line);
    assert.ok(report.sent >= Math.min(REQUESTS, 500), `only ${report.sent} requests sent`);
    assert.equal(report.failures.length, 0, `${report.failures.length} failures of seed ${SEED}: see the report above`);
  });
});
