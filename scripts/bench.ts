// `npm run bench <name>` runs bench/<name>.ts; each benchmark prints its figures and ends with
// one line `bench <name>: key=value …`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const available = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();
const name = process.argv[2];
if (!name || !existsSync(path.join(root, 'bench', `${name}.ts`))) {
  console.error(`Usage: npm run bench <name>\nBenchmarks: ${available.join(', ')}`);
  process.exit(2);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench', `${name}.ts`), ...process.argv.slice(3)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
