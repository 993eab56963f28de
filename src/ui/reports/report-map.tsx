import type { MapConfig } from '../../config.ts';
import type { PageContext } from '../components/context.ts';

/** The map's script (with Leaflet, and its stylesheet beside it as report-map.css), built from ui/client. */
export const REPORT_MAP_SCRIPT = '/static/js/report-map.js';

/** What the pages need of the map setting: the tiles, their attribution, where the form's map starts. */
export type ReportMapSetting = Pick<MapConfig, 'tileUrl' | 'attribution' | 'centre'>;

/**
 * The form's map, hidden until its script shows it: without JavaScript nothing of it is seen, and the
 * latitude and longitude fields beside it are filled by hand or left empty. The buttons are for the
 * keyboard (pan with the arrow keys, then put the point at the centre) as much as for a mouse.
 */
export function ReportMapField({ ctx, map }: { ctx: PageContext; map: ReportMapSetting }) {
  const { t } = ctx;
  return (
    <div
      class="report-map"
      hidden
      data-report-map
      data-tiles={map.tileUrl}
      data-attribution={map.attribution}
      data-lat={String(map.centre.lat)}
      data-long={String(map.centre.long)}
      data-zoom={String(map.centre.zoom)}
      data-marker={t('reports.form.map.marker')}
      data-placed={t('reports.form.map.placed', { point: '%POINT%' })}
      data-removed={t('reports.form.map.removed')}
      data-zoom-in={t('reports.form.map.zoomIn')}
      data-zoom-out={t('reports.form.map.zoomOut')}
    >
      <p id="report-map-hint" class="hint">
        {t('reports.form.map.hint')}
      </p>
      <div class="report-map__map" data-map role="region" aria-label={t('reports.form.map.label')} aria-describedby="report-map-hint" />
      <div class="report-map__actions">
        <button type="button" class="button button--secondary" data-map-centre>
          {t('reports.form.map.centre')}
        </button>
        <button type="button" class="button button--secondary" data-map-remove>
          {t('reports.form.map.remove')}
        </button>
      </div>
      <p class="report-map__status" role="status" data-map-status />
    </div>
  );
}

const TILE = 256;
const VIEW = { width: 320, height: 200, zoom: 16 };

/** Web Mercator: the point's pixel on the whole world's map at a zoom (the tiles' own projection). */
function worldPixel(lat: number, long: number, zoom: number): { x: number; y: number } {
  const size = TILE * 2 ** zoom;
  const rad = (lat * Math.PI) / 180;
  return {
    x: ((long + 180) / 360) * size,
    y: ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * size,
  };
}

function tileAddress(template: string, z: number, x: number, y: number): string {
  return template
    .replaceAll('{z}', String(z))
    .replaceAll('{x}', String(x))
    .replaceAll('{y}', String(y))
    .replaceAll('{s}', 'a')
    .replaceAll('{r}', '');
}

/**
 * A small map around a point made of the tiles it falls on, drawn on the server (no script): an SVG of
 * a few tile images with a marker in the middle, positioned by attributes (the CSP allows no inline styles).
 */
export function StaticReportMap({ ctx, map, lat, long }: { ctx: PageContext; map: ReportMapSetting; lat: number; long: number }) {
  const { zoom, width, height } = VIEW;
  const centre = worldPixel(lat, long, zoom);
  const left = Math.round(centre.x - width / 2);
  const top = Math.round(centre.y - height / 2);
  const last = 2 ** zoom - 1;
  const tiles: { x: number; y: number; href: string }[] = [];
  for (let ty = Math.floor(top / TILE); ty <= Math.floor((top + height - 1) / TILE); ty++) {
    for (let tx = Math.floor(left / TILE); tx <= Math.floor((left + width - 1) / TILE); tx++) {
      if (ty < 0 || ty > last) continue;
      const wrapped = ((tx % (last + 1)) + last + 1) % (last + 1);
      tiles.push({ x: tx * TILE - left, y: ty * TILE - top, href: tileAddress(map.tileUrl, zoom, wrapped, ty) });
    }
  }
  const point = `${lat.toFixed(5)}, ${long.toFixed(5)}`;
  const cx = width / 2;
  const cy = height / 2;
  return (
    <figure class="report-point__map">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={ctx.t('reports.point.mapAlt', { point })}
        class="report-point__svg"
      >
        {tiles.map((tile) => (
          <image key={tile.href} href={tile.href} x={tile.x} y={tile.y} width={TILE} height={TILE} />
        ))}
        <path
          d={`M${cx} ${cy} l-9 -15 a10.5 10.5 0 1 1 18 0 z`}
          class="report-point__pin"
          fill="#b10e1e"
          stroke="#ffffff"
          stroke-width="2"
        />
        <circle cx={cx} cy={cy - 20} r="3.5" fill="#ffffff" />
      </svg>
      <figcaption class="report-point__attribution">{map.attribution}</figcaption>
    </figure>
  );
}

/** A link that opens the point on OpenStreetMap's site (any browser, no setting needed). */
export function pointMapLink(lat: number, long: number): string {
  const a = lat.toFixed(5);
  const b = long.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${a}&mlon=${b}#map=17/${a}/${b}`;
}

/**
 * A report's point for its public and staff pages: the coordinates, a link to see them on a map, and with
 * the map setting a small map drawn from the tiles.
 */
export function ReportPoint({ ctx, map, lat, long }: { ctx: PageContext; map?: ReportMapSetting | undefined; lat: number; long: number }) {
  return (
    <>
      <span class="report-point__coordinates">
        {lat.toFixed(5)}, {long.toFixed(5)}
      </span>{' '}
      <a href={pointMapLink(lat, long)}>{ctx.t('reports.point.openMap')}</a>
      {map && <StaticReportMap ctx={ctx} map={map} lat={lat} long={long} />}
    </>
  );
}
