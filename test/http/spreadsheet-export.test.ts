// The exports' writer on its own: the CSV's wording of a field, and a reader that stops reading or goes away.
import assert from 'node:assert/strict';
import http from 'node:http';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import Fastify, { type FastifyInstance } from 'fastify';
import { csvLine, sendSpreadsheet, type Cell, type Columns } from '../../src/http/spreadsheet-export.ts';
import type { PageContext } from '../../src/ui/components/context.ts';
import { translator } from '../../src/ui/i18n/translator.ts';
import { eventually } from '../support/okienko-process.ts';

const ctx: PageContext = { t: translator('pl'), locale: 'pl', path: '/', office: { name: 'Urząd', shortName: 'UM', isDemo: false } };
const COLUMNS: Columns<number> = [
  [() => 'Numer', (_, n) => n],
  [() => 'Opis, dłuższy', (_, n) => `wiersz "${n}" z przecinkiem, i tak dalej, aż do końca linii`],
];

/** An endless source of rows, like a cursor over a table that never ends: it counts the rows taken and its closing. */
function endless() {
  const source = { taken: 0, closed: false, rows: undefined as unknown as AsyncGenerator<number> };
  source.rows = (async function* () {
    try {
      for (;;) yield ++source.taken;
    } finally {
      source.closed = true;
    }
  })();
  return source;
}

describe('spreadsheet exports', () => {
  it('writes a CSV line as csv-stringify did: quoted only for a comma, a quote or a line break, quotes doubled', () => {
    const cells: Cell[] = ['A001', '', 0, 12.5, -3, 'a,b', 'powiedział "tak"', 'dwie\nlinie', 'powrót\r', "'=1+1", 'zażółć'];
    const line = csvLine(cells);
    assert.equal(line, 'A001,,0,12.5,-3,"a,b","powiedział ""tak""","dwie\nlinie","powrót\r",\'=1+1,zażółć\n');
    assert.deepEqual(parse(line), [cells.map(String)]);
  });

  describe('a reader that stops reading and then goes away', () => {
    let app: FastifyInstance;
    let base: string;
    const sources: Record<string, ReturnType<typeof endless>> = {};
    /** What the server logged, as pino's JSON lines. */
    const logged: { level: number; msg: string }[] = [];
    before(async () => {
      const stream = new Writable({
        write(chunk: Buffer, _encoding, done) {
          for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
            logged.push(JSON.parse(line) as { level: number; msg: string });
          done();
        },
      });
      app = Fastify({ logger: { level: 'info', stream } });
      for (const format of ['csv', 'xlsx'] as const) {
        app.get(`/eksport.${format}`, (request, reply) => {
          sources[format] = endless();
          return sendSpreadsheet(request, reply, ctx, { name: 'eksport', sheet: 'Arkusz', format }, COLUMNS, sources[format].rows);
        });
      }
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    after(() => app.close());

    for (const format of ['csv', 'xlsx'] as const) {
      it(`stops taking rows of a ${format.toUpperCase()} export while nobody reads, and closes their source once the reader is gone`, async () => {
        const request = http.get(`${base}/eksport.${format}`);
        const response = await new Promise<http.IncomingMessage>((resolve) => request.once('response', resolve));
        assert.equal(response.statusCode, 200);
        response.pause();
        // The writer fills the socket's buffers and then waits: the rows taken stop growing long before the endless end.
        let taken = -1;
        await eventually(
          async () => {
            const now = sources[format]!.taken;
            const still = now === taken;
            taken = now;
            await new Promise((resolve) => setTimeout(resolve, 200));
            return still && now > 0;
          },
          60_000,
          'the writer waiting for its reader',
        );
        assert.equal(sources[format]!.closed, false);
        request.destroy();
        await eventually(async () => sources[format]!.closed, 30_000, 'the source closed');
        // Said once, as an ordinary end (info), never as the server's error.
        await eventually(
          async () => logged.some((l) => l.msg === `export eksport.${format} stopped: the reader left`),
          5_000,
          'the log line',
        );
        assert.deepEqual(
          logged
            .filter((l) => l.level >= 50 || (l.level === 30 && l.msg.startsWith(`export eksport.${format}`)))
            .map((l) => [l.level, l.msg]),
          [[30, `export eksport.${format} stopped: the reader left`]],
        );
      });
    }
  });
});
