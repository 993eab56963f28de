// A longer fuzzing campaign than the one in `npm test`: the same test file, with more requests, a seed of your
// choice (or the clock's, printed) and a line per route in its summary.
//   npm run fuzz -- --requests 20000 --seed 42 [--seconds 1800]
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '20000' },
    seed: { type: 'string' },
    seconds: { type: 'string' },
  },
});
const seed = values.seed ?? String(Date.now() % 2_147_483_647);
const root = path.resolve(import.meta.dirname, '..');
console.log(`fuzz: ${values.requests} requests, seed ${seed}`);

const env: NodeJS.ProcessEnv = { ...process.env, FUZZ_REQUESTS: values.requests, FUZZ_SEED: seed, FUZZ_PER_ROUTE: '1' };
if (values.seconds !== undefined) env.FUZZ_SECONDS = values.seconds;
const child = spawn(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'scripts', 'test.ts'), path.join(root, 'test', 'fuzz', 'fuzz.test.ts')],
  {
    stdio: 'inherit',
    env,
  },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
