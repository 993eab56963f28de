import { FieldCheck } from '../shared/validate.ts';

/** The longest description taken (Open311's and the form's limit). */
export const MAX_DESCRIPTION = 4_000;
export const MAX_ADDRESS = 300;
export const MAX_LINK = 2_000;

/**
 * Where a point may lie: a box around Poland with a margin. A point outside it is a mistake (swapped
 * latitude and longitude, a point at 0,0), never a place the office looks after.
 */
export const REPORT_AREA = { minLat: 48.9, maxLat: 55, minLong: 14, maxLong: 24.3 } as const;

/** A report as checked, before it is stored. */
export interface ReportInput {
  categoryCode: string;
  description: string;
  address: string | null;
  point: { lat: number; long: number } | null;
  pageLink: string | null;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  /** Open311's `media_url`: a picture somewhere else, kept as given (never fetched by the server). */
  mediaUrl: string | null;
}

/** What a form or an API call sends, as text. */
export interface RawReport {
  category?: unknown;
  description?: unknown;
  address?: unknown;
  lat?: unknown;
  long?: unknown;
  link?: unknown;
  email?: unknown;
  firstName?: unknown;
  lastName?: unknown;
  phone?: unknown;
  mediaUrl?: unknown;
}

const DECIMAL = /^-?\d{1,3}(\.\d{1,12})?$/;

function coordinate(v: FieldCheck, field: string, raw: unknown, min: number, max: number): number | null {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim().replace(',', '.') : '';
  if (text === '') return null;
  if (!DECIMAL.test(text)) {
    v.fail(field, 'reports.input.coordinate');
    return null;
  }
  const value = Number(text);
  if (value < min || value > max) {
    v.fail(field, 'reports.input.outsideArea');
    return null;
  }
  return value;
}

/**
 * An http(s) address with a host and without a user name or password, as a link a person may follow.
 * @example isPlainWebAddress('https://example.org/a.jpg') // true
 */
export function isPlainWebAddress(text: string): boolean {
  if (!/^https?:\/\/[^\s]+$/i.test(text)) return false;
  try {
    const url = new URL(text);
    return url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/**
 * Reads a report: a category, a description of at most 4,000 characters, where it is (an address, or a
 * point inside `REPORT_AREA`, or both), the page it was sent from, and optional contact data. Every
 * mistake at once (`FieldCheck`); a missing place is the field `address`'s error.
 * @example readReport({ category: 'roads', description: 'Dziura', address: 'Słowackiego 12' }).address // 'Słowackiego 12'
 */
export function readReport(raw: RawReport): ReportInput {
  const v = new FieldCheck();
  const categoryCode = v.text('category', raw.category, {
    max: 40,
    pattern: /^[a-z][a-z0-9_-]{1,39}$/,
    patternKey: 'reports.input.category',
  });
  const description = v.text('description', raw.description, { max: MAX_DESCRIPTION, multiline: true });
  const address = v.text('address', raw.address, { max: MAX_ADDRESS, optional: true });
  const lat = coordinate(v, 'lat', raw.lat, REPORT_AREA.minLat, REPORT_AREA.maxLat);
  const long = coordinate(v, 'long', raw.long, REPORT_AREA.minLong, REPORT_AREA.maxLong);
  const latSent = typeof raw.lat === 'string' ? raw.lat.trim() !== '' : raw.lat !== undefined && raw.lat !== null;
  const longSent = typeof raw.long === 'string' ? raw.long.trim() !== '' : raw.long !== undefined && raw.long !== null;
  if (latSent !== longSent) v.fail(latSent ? 'long' : 'lat', 'reports.input.bothCoordinates');
  const point = lat !== null && long !== null ? { lat, long } : null;
  if (address === '' && !latSent && !longSent) v.fail('address', 'reports.input.locationMissing');
  const pageLink = v.text('link', raw.link, {
    max: MAX_LINK,
    optional: true,
    pattern: /^https?:\/\/[^\s]+$/i,
    patternKey: 'reports.input.link',
  });
  const email = v.email('email', raw.email, { optional: true });
  const firstName = v.text('firstName', raw.firstName, { max: 100, optional: true });
  const lastName = v.text('lastName', raw.lastName, { max: 100, optional: true });
  const phone = v.text('phone', raw.phone, { max: 40, optional: true, pattern: /^[+0-9 ()-]{3,40}$/, patternKey: 'reports.input.phone' });
  const mediaUrl = v.text('mediaUrl', raw.mediaUrl, { max: MAX_LINK, optional: true });
  if (mediaUrl !== '' && !v.has('mediaUrl') && !isPlainWebAddress(mediaUrl)) v.fail('mediaUrl', 'reports.input.mediaUrl');
  v.done();
  return {
    categoryCode,
    description,
    address: address === '' ? null : address,
    point,
    pageLink: pageLink === '' ? null : pageLink,
    email: email === '' ? null : email.toLowerCase(),
    firstName: firstName === '' ? null : firstName,
    lastName: lastName === '' ? null : lastName,
    phone: phone === '' ? null : phone,
    mediaUrl: mediaUrl === '' ? null : mediaUrl,
  };
}
