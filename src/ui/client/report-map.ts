// The report form's map, with JavaScript and a tile server set (MAP_TILE_URL): a click, or the button
// "put the point at the map's centre" for the keyboard (arrow keys pan the focused map, + and − zoom),
// puts a marker and fills the form's latitude and longitude fields; the marker can be dragged, the fields
// typed into, and the point removed. The fields stay the form's truth: without this script (or without
// the setting) they are filled by hand or left empty, and the address alone is enough.
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { loadStylesheet } from './shared/stylesheet.ts';

const root = document.querySelector<HTMLElement>('[data-report-map]');

/** Six decimals: about ten centimetres, more than any report needs. */
function degrees(value: number): string {
  return value.toFixed(6);
}

function parsed(input: HTMLInputElement): number | null {
  const text = input.value.trim().replace(',', '.');
  if (!/^-?\d{1,3}(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

function escaped(text: string): string {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
}

async function start(container: HTMLElement): Promise<void> {
  const lat = document.querySelector<HTMLInputElement>('#lat');
  const long = document.querySelector<HTMLInputElement>('#long');
  const mapElement = container.querySelector<HTMLElement>('[data-map]');
  const status = container.querySelector<HTMLElement>('[data-map-status]');
  const centreButton = container.querySelector<HTMLButtonElement>('[data-map-centre]');
  const removeButton = container.querySelector<HTMLButtonElement>('[data-map-remove]');
  if (!lat || !long || !mapElement || !status || !centreButton || !removeButton) return;
  const d = container.dataset;
  await loadStylesheet(new URL('report-map.css', import.meta.url).href);
  container.hidden = false;

  const map = L.map(mapElement, { keyboard: true, zoomControl: false }).setView([Number(d.lat), Number(d.long)], Number(d.zoom));
  L.control.zoom({ zoomInTitle: d.zoomIn ?? '+', zoomOutTitle: d.zoomOut ?? '−' }).addTo(map);
  map.attributionControl.setPrefix(false);
  L.tileLayer(d.tiles ?? '', { attribution: escaped(d.attribution ?? ''), maxZoom: 19 }).addTo(map);
  const icon = L.divIcon({ className: 'report-map__marker', iconSize: [28, 28], iconAnchor: [14, 14] });
  let marker: L.Marker | null = null;

  const say = (point: L.LatLng | null) => {
    status.textContent = point
      ? (d.placed ?? '').replace('%POINT%', `${point.lat.toFixed(5)}, ${point.lng.toFixed(5)}`)
      : (d.removed ?? '');
    removeButton.disabled = point === null;
  };
  const show = (point: L.LatLng) => {
    if (marker) {
      marker.setLatLng(point);
      return;
    }
    marker = L.marker(point, { icon, draggable: true, keyboard: true, title: d.marker ?? '' }).addTo(map);
    marker.on('dragend', () => {
      if (marker) place(marker.getLatLng());
    });
  };
  const place = (point: L.LatLng) => {
    const wrapped = point.wrap();
    show(wrapped);
    lat.value = degrees(wrapped.lat);
    long.value = degrees(wrapped.lng);
    say(wrapped);
  };
  const remove = () => {
    if (marker) marker.remove();
    marker = null;
    lat.value = '';
    long.value = '';
    say(null);
  };

  // A form shown again after a mistake, or coordinates typed in: the marker follows the fields.
  const fromFields = () => {
    const a = parsed(lat);
    const b = parsed(long);
    if (a === null || b === null || Math.abs(a) > 90 || Math.abs(b) > 180) return;
    show(L.latLng(a, b));
    map.setView([a, b], Math.max(map.getZoom(), 16));
  };
  lat.addEventListener('change', fromFields);
  long.addEventListener('change', fromFields);
  fromFields();
  removeButton.disabled = marker === null;

  map.on('click', (event: L.LeafletMouseEvent) => {
    place(event.latlng);
  });
  centreButton.addEventListener('click', () => {
    place(map.getCenter());
  });
  removeButton.addEventListener('click', remove);
}

if (root) void start(root);
