// The kill test at a bigger scale than `npm test` runs it: `node --import tsx scripts/kill-test.ts [kiosks] [tickets before the kill]`.
import { runKillTest } from '../test/support/kill.ts';

const kiosks = Number(process.argv[2] ?? 8);
const killAfter = Number(process.argv[3] ?? 500);
const result = await runKillTest({ kiosks, killAfter });
console.log(JSON.stringify(result, null, 2));
const ok = result.lost === 0 && result.duplicates === 0 && result.gaps === 0 && result.firstAfter === result.lastBefore + 1;
console.log(
  `kill test: acknowledged=${result.acknowledged} lost=${result.lost} duplicates=${result.duplicates} gaps=${result.gaps} continues=${result.firstAfter === result.lastBefore + 1}`,
);
process.exit(ok ? 0 : 1);
