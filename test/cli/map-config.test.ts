import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, readConfig } from '../../src/config.ts';

describe('map settings (MAP_TILE_URL, MAP_ATTRIBUTION, MAP_CENTER)', () => {
  it('has no map without a tile address', () => {
    assert.equal(readConfig({}).map, undefined);
    assert.equal(readConfig({ MAP_TILE_URL: ' ', MAP_ATTRIBUTION: 'x' }).map, undefined);
  });

  it('takes a tile template, its attribution and a centre, and names the tiles’ origin for the CSP', () => {
    const map = readConfig({
      MAP_TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      MAP_ATTRIBUTION: '© OpenStreetMap contributors',
      MAP_CENTER: '51.4052, 19.7030, 15',
    }).map;
    assert.deepEqual(map, {
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap contributors',
      tileOrigin: 'https://tile.openstreetmap.org',
      centre: { lat: 51.4052, long: 19.703, zoom: 15 },
    });
    const sub = readConfig({ MAP_TILE_URL: 'http://{s}.tiles.example.pl:8080/{z}/{x}/{y}.png', MAP_ATTRIBUTION: 'Kafelki' }).map;
    assert.equal(sub?.tileOrigin, 'http://*.tiles.example.pl:8080');
    // Without MAP_CENTER the map starts over the whole of Poland.
    assert.deepEqual(sub?.centre, { lat: 52.07, long: 19.48, zoom: 6 });
    assert.deepEqual(
      readConfig({ MAP_TILE_URL: 'https://t.example.pl/{z}/{x}/{y}.png', MAP_ATTRIBUTION: 'T', MAP_CENTER: '51.4,19.7' }).map?.centre,
      {
        lat: 51.4,
        long: 19.7,
        zoom: 14,
      },
    );
  });

  it('refuses a template without its placeholders, another scheme, no attribution, or a malformed centre', () => {
    const cases: [NodeJS.ProcessEnv, RegExp][] = [
      [{ MAP_TILE_URL: 'https://tile.openstreetmap.org/tile.png', MAP_ATTRIBUTION: 'A' }, /MAP_TILE_URL must be/],
      [{ MAP_TILE_URL: 'ftp://tiles.example.pl/{z}/{x}/{y}.png', MAP_ATTRIBUTION: 'A' }, /MAP_TILE_URL must be/],
      [{ MAP_TILE_URL: 'https://tiles-{z}.example.pl/{z}/{x}/{y}.png', MAP_ATTRIBUTION: 'A' }, /placeholder in its host/],
      [{ MAP_TILE_URL: 'https://tiles.example.pl/{z}/{x}/{y}.png' }, /MAP_ATTRIBUTION must/],
      [{ MAP_TILE_URL: 'https://tiles.example.pl/{z}/{x}/{y}.png', MAP_ATTRIBUTION: 'A', MAP_CENTER: '19.7' }, /MAP_CENTER must/],
      [{ MAP_TILE_URL: 'https://tiles.example.pl/{z}/{x}/{y}.png', MAP_ATTRIBUTION: 'A', MAP_CENTER: '91,19' }, /MAP_CENTER must/],
      [{ MAP_TILE_URL: 'https://tiles.example.pl/{z}/{x}/{y}.png', MAP_ATTRIBUTION: 'A', MAP_CENTER: '51,19,25' }, /MAP_CENTER must/],
    ];
    for (const [env, message] of cases) {
      assert.throws(
        () => readConfig(env),
        (error: unknown) => error instanceof ConfigError && message.test(error.message),
        JSON.stringify(env),
      );
    }
  });
});
