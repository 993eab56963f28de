// Builds the server into dist/okienko.js and the browser scripts into dist/public/; fast enough to run before every start.
import { build } from 'esbuild';
import { readdirSync, existsSync, mkdirSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;

// date-holidays carries the holidays of every country (~28 MB resident, a noticeable part of the start).
// The office is Polish: the server bundle gets the same class over Poland's rules only, taken from the
// installed package at build time (the tests, run from src/, use the package whole: same rules, same code).
const { data: allHolidays } = await import('date-holidays/data');
const polishHolidays = {
  version: allHolidays.version,
  license: allHolidays.license,
  holidays: { PL: allHolidays.holidays.PL },
  names: allHolidays.names,
};
const polishHolidaysOnly = {
  name: 'polish-holidays-only',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^date-holidays$/ }, () => ({ path: 'date-holidays', namespace: 'polish-holidays' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'polish-holidays' }, () => ({
      resolveDir: root,
      contents: `import HolidaysParser from 'date-holidays-parser';
const data = ${JSON.stringify(polishHolidays)};
export default class Holidays extends HolidaysParser {
  constructor(country, state, region, opts) { super(data, country, state, region, opts); }
}`,
    }));
  },
};

await build({
  plugins: [polishHolidaysOnly],
  entryPoints: [`${root}src/cli/main.ts`],
  outfile: `${root}dist/okienko.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  sourcemap: 'linked',
  logLevel: 'warning',
});
// The static file server expects this folder even before there is any client script.
mkdirSync(`${root}dist/public/js`, { recursive: true });
const clientDir = `${root}src/ui/client`;
if (existsSync(clientDir)) {
  const entries = readdirSync(clientDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  if (entries.length > 0) {
    await build({
      entryPoints: entries.map((f) => `${clientDir}/${f}`),
      outdir: `${root}dist/public/js`,
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      minify: true,
      sourcemap: 'linked',
      // Leaflet's stylesheet names a few small pictures (layer control, marker): inlined as data: URLs,
      // which the CSP's img-src allows, so no file of another package needs serving.
      loader: { '.png': 'dataurl' },
      logLevel: 'warning',
    });
  }
}
// The ALTCHA widget's SHA-256 worker (anti-bot.js starts it), served from our origin: the CSP allows
// workers from 'self' only, so the widget's default build (workers from blob: URLs) is not used.
await build({
  entryPoints: [{ in: 'altcha/workers/sha', out: 'altcha-sha-worker' }],
  outdir: `${root}dist/public/js`,
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: true,
  logLevel: 'warning',
});
