import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { axeViolations, launchBrowser, screenshot, VIEWPORTS } from '../support/browser.ts';
import { loginAs, startTestServer, type TestServer } from '../support/server.ts';

const SIZES = { phone: VIEWPORTS.phone, desktop: VIEWPORTS.desk } as const;

/** A tile server of our own on the machine: the same generated picture (a street grid) for any z/x/y. */
async function startTileServer(): Promise<{ server: Server; url: string; requests: string[] }> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256">
    <rect width="256" height="256" fill="#e8e4d8"/>
    <path d="M0 64H256M0 192H256M64 0V256M192 0V256" stroke="#ffffff" stroke-width="10"/>
    <path d="M0 128H256M128 0V256" stroke="#f5c96b" stroke-width="14"/>
    <rect x="150" y="20" width="30" height="30" fill="#b7d8a8"/>
  </svg>`;
  const tile = await sharp(Buffer.from(svg)).png().toBuffer();
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (!/^\/\d+\/\d+\/\d+\.png$/.test(request.url ?? '')) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(tile);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

describe('the problem form’s map in Chromium (MAP_TILE_URL pointing at a local tile server)', () => {
  let server: TestServer;
  let tiles: Awaited<ReturnType<typeof startTileServer>>;
  let browser: Browser;
  let filedCode = '';
  before(async () => {
    tiles = await startTileServer();
    server = await startTestServer({
      env: { MAP_TILE_URL: `${tiles.url}/{z}/{x}/{y}.png`, MAP_ATTRIBUTION: '© Kafelki testowe', MAP_CENTER: '51.4052,19.7030,15' },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
    await server.close();
    await new Promise((resolve) => tiles.server.close(resolve));
  });

  /** A page that collects what the browser refused under the CSP (there must be nothing). */
  async function openPage(locale: string, viewport: { width: number; height: number }, roles: 'contact_centre'[] = []) {
    const context = await browser.newContext({ viewport, locale: locale === 'pl' ? 'pl-PL' : locale });
    const cookies = [{ name: 'jezyk', value: locale, url: server.url }];
    if (roles.length > 0) {
      const client = await loginAs(server, ...roles);
      const [name, value] = client.cookie.split('=') as [string, string];
      cookies.push({ name, value, url: server.url });
    }
    await context.addCookies(cookies);
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    return { context, page, refused };
  }

  async function mapShown(page: Page): Promise<void> {
    await page.locator('.report-map:not([hidden]) .report-map__map img.leaflet-tile-loaded').first().waitFor();
  }

  async function fields(page: Page): Promise<{ lat: string; long: string }> {
    return { lat: await page.inputValue('#lat'), long: await page.inputValue('#long') };
  }

  it('puts a point by a click, by the keyboard, moves and removes it, and files the report with it', async () => {
    const { context, page, refused } = await openPage('pl', SIZES.desktop);
    await page.goto(`${server.url}/zglos-problem`);
    await mapShown(page);
    assert.ok(
      tiles.requests.some((r) => r.startsWith('/15/')),
      'tiles of the starting zoom were asked for',
    );
    assert.match(await page.locator('.leaflet-control-attribution').innerText(), /© Kafelki testowe/);

    // A click in the middle of the map: the point is the map's centre, and the fields say so.
    await page.locator('.report-map__map').scrollIntoViewIfNeeded();
    const box = (await page.locator('.report-map__map').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    let point = await fields(page);
    assert.ok(Math.abs(Number(point.lat) - 51.4052) < 0.0005 && Math.abs(Number(point.long) - 19.703) < 0.0005, JSON.stringify(point));
    assert.match(await page.locator('[data-map-status]').innerText(), /Punkt postawiony: 51\.405\d\d, 19\.70\d\d\d/);
    await screenshot(page, 'report-map-point-pl-desktop');

    // Removed: the fields are empty again and the button says there is nothing left to remove.
    await page.getByRole('button', { name: 'Usuń punkt' }).click();
    assert.deepEqual(await fields(page), { lat: '', long: '' });
    assert.equal(await page.getByRole('button', { name: 'Usuń punkt' }).isDisabled(), true);
    assert.equal(await page.locator('.report-map__marker').count(), 0);

    // The keyboard alone: the map takes the focus, arrow keys move it east, the button puts the point.
    await page.locator('.report-map__map').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(400);
    // Then Tab: past the zoom buttons (named in the page's language) to the button that puts the point.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('title')), 'Przybliż');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Postaw punkt na środku mapy');
    await page.keyboard.press('Enter');
    point = await fields(page);
    assert.ok(Number(point.long) > 19.7035, `moved east: ${point.long}`);
    assert.ok(Math.abs(Number(point.lat) - 51.4052) < 0.0005, point.lat);

    // Dragging the marker moves the point.
    const marker = (await page.locator('.report-map__marker').boundingBox())!;
    await page.mouse.move(marker.x + marker.width / 2, marker.y + marker.height / 2);
    await page.mouse.down();
    await page.mouse.move(marker.x + marker.width / 2, marker.y + marker.height / 2 + 60, { steps: 8 });
    await page.mouse.up();
    const dragged = await fields(page);
    assert.ok(Number(dragged.lat) < Number(point.lat) - 0.0002, `dragged south: ${point.lat} → ${dragged.lat}`);

    // Typed coordinates move the marker (the fields are the form's truth).
    await page.fill('#lat', '51.40600');
    await page.fill('#long', '19.70100');
    await page.locator('#long').dispatchEvent('change');
    await page.getByRole('button', { name: 'Postaw punkt na środku mapy' }).waitFor();
    await page.mouse.click(box.x + box.width / 2 + 40, box.y + box.height / 2 - 30);
    const chosen = await fields(page);

    await page.locator('input[name="category"][value="lighting"]').check();
    await page.fill('#description', 'Latarnia nie świeci od tygodnia, w tym miejscu na mapie.');
    await page.locator('altcha-widget', { hasText: 'Sprawdzono' }).waitFor({ timeout: 60_000 });
    await page.locator('form[method="post"] button[type="submit"]').last().click();
    await page.waitForURL(/\/zglos-problem\/wyslano/);
    filedCode = /kod=([A-Z0-9-]+)/.exec(page.url())![1]!;
    const row = await server.db
      .selectFrom('problem_report')
      .select(['lat', 'long', 'address'])
      .where('code', '=', filedCode)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { lat: Number(chosen.lat), long: Number(chosen.long), address: null });
    assert.deepEqual(refused, []);
    await context.close();
  });

  for (const locale of ['pl', 'en', 'uk'] as const) {
    it(`shows the form with its map, a report’s point and the staff page in ${locale} with no axe violations`, async () => {
      for (const [size, viewport] of Object.entries(SIZES)) {
        const { context, page, refused } = await openPage(locale, viewport, ['contact_centre']);
        await page.goto(`${server.url}/zglos-problem`);
        await mapShown(page);
        await page.getByRole('button', { name: /./ }).first().waitFor();
        await page.locator('[data-map-centre]').click();
        assert.notEqual(await page.inputValue('#lat'), '');
        assert.deepEqual(await axeViolations(page), [], `the form in ${locale} (${size})`);
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'the form scrolls sideways');
        await page.locator('.report-map').scrollIntoViewIfNeeded();
        await screenshot(page, `report-map-form-${locale}-${size}`);

        const id = (await server.db.selectFrom('problem_report').select('id').where('code', '=', filedCode).executeTakeFirstOrThrow()).id;
        for (const [path, name] of [
          [`/zgloszenia/${filedCode}`, 'public'],
          [`/centrum-kontaktu/zgloszenia/${id}`, 'staff'],
        ] as const) {
          assert.equal((await page.goto(`${server.url}${path}`))?.status(), 200);
          const map = page.locator('svg.report-point__svg');
          await map.waitFor();
          // Every tile of the small map is drawn (an SVG image loaded from the tile server).
          assert.ok((await map.locator('image').count()) >= 1);
          assert.ok(
            tiles.requests.some((r) => r.startsWith('/16/')),
            'the small map’s tiles were asked for',
          );
          assert.match(await page.locator('.report-point__coordinates').innerText(), /^\d\d\.\d{5}, \d\d\.\d{5}$/);
          assert.deepEqual(await axeViolations(page), [], `${path} in ${locale} (${size})`);
          assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `${path} scrolls sideways`);
          await screenshot(page, `report-map-${name}-${locale}-${size}`);
        }
        assert.deepEqual(refused, []);
        await context.close();
      }
    });
  }

  it('leaves the map out without JavaScript: the coordinate fields stay (filing with them is tested over HTTP)', async () => {
    const context = await browser.newContext({ viewport: SIZES.phone, javaScriptEnabled: false });
    await context.addCookies([{ name: 'jezyk', value: 'pl', url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/zglos-problem`);
    assert.equal(await page.locator('.report-map').isVisible(), false);
    assert.equal(await page.locator('#lat').isVisible(), true);
    await screenshot(page, 'report-map-nojs-pl-phone');
    await context.close();
  });
});
