import { isIP } from 'node:net';
import path from 'node:path';
import { LdapConfigError, readLdapConfig, type LdapConfig } from './ldap/ldap-config.ts';

/** Settings read from the environment; every one is optional. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  /** Outgoing mail server (smtp:// or smtps://); without it mail is rendered and kept, not delivered. */
  smtpUrl: string | undefined;
  /** The sender of outgoing mail; without it, the office's name at no-reply@ the public address's host. */
  mailFrom: string | undefined;
  logLevel: string;
  /** Serve cookies with the Secure flag (behind HTTPS). */
  secureCookies: boolean;
  /** Who may read `/metrics`: addresses and networks (CIDR); by default the machine itself. */
  metricsAllow: string[];
  /** A bearer token that also opens `/metrics` (for a Prometheus elsewhere); none by default. */
  metricsToken: string | undefined;
  /** region: staff log in with the office's directory too (LDAP_URL and the other LDAP_* variables); undefined: local accounts only. */
  ldap: LdapConfig | undefined;
  /** The map on the problem-report form (MAP_TILE_URL and the other MAP_* variables); undefined: no map, the address and coordinates only. */
  map: MapConfig | undefined;
}

/** Where the report form's map takes its tiles from, whose they are, and where it starts. */
export interface MapConfig {
  /** A tile address template with {z}, {x} and {y} (and optionally {s}), e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png. */
  tileUrl: string;
  /** The attribution the tiles' licence asks for, shown under the map. */
  attribution: string;
  /** The origin the Content-Security-Policy lets images come from (`*.` for a {s} subdomain). */
  tileOrigin: string;
  /** The map's starting centre and zoom. */
  centre: { lat: number; long: number; zoom: number };
}

export class ConfigError extends Error {}

function readPort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${raw}".`);
  }
  return port;
}

// "Name <address>" or a bare address; nodemailer quotes the name when it writes the header.
const MAIL_FROM = /^(?:[^<>@\r\n]+<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/;

function readSmtpUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  // The value may carry a password: the message never repeats it.
  if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || url.hostname === '') {
    throw new ConfigError('SMTP_URL must be an address such as smtp://user:password@mail.example.pl:587 or smtps://mail.example.pl:465.');
  }
  return raw;
}

function readMailFrom(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = raw.trim();
  if (!MAIL_FROM.test(value))
    throw new ConfigError(`MAIL_FROM must be an address such as "Urząd Miasta <no-reply@urzad.example.pl>", got "${value}".`);
  return value;
}

/** `METRICS_ALLOW`: addresses and CIDR networks separated by commas, each checked. */
function readMetricsAllow(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return ['127.0.0.1', '::1'];
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split('/');
    const family = isIP(address ?? '');
    const bits = prefix === undefined ? null : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (family === 0 || rest.length > 0 || (bits !== null && !(bits >= 0 && bits <= (family === 4 ? 32 : 128)))) {
      throw new ConfigError(`METRICS_ALLOW must list addresses or networks such as 127.0.0.1, 10.0.0.0/8, ::1 — "${entry}" is neither.`);
    }
  }
  return entries;
}

function readMetricsToken(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  // A short token can be guessed; a token is the only lock when the address list lets others in.
  if (raw.length < 24 || /\s/.test(raw)) throw new ConfigError('METRICS_TOKEN must be at least 24 characters without spaces.');
  return raw;
}

function readLdap(env: NodeJS.ProcessEnv): LdapConfig | undefined {
  try {
    return readLdapConfig(env);
  } catch (error) {
    throw error instanceof LdapConfigError ? new ConfigError(error.message) : error;
  }
}

/** The centre of Poland, seen whole: where the map starts when MAP_CENTER is not set. */
const POLAND_CENTRE = { lat: 52.07, long: 19.48, zoom: 6 };

/** `MAP_CENTER`: "latitude,longitude" or "latitude,longitude,zoom", in degrees (a dot for decimals). */
function readMapCentre(raw: string | undefined): MapConfig['centre'] {
  if (raw === undefined || raw.trim() === '') return POLAND_CENTRE;
  const parts = raw.split(',').map((p) => p.trim());
  const [lat, long, zoom] = parts.map(Number);
  const number = /^-?\d{1,3}(\.\d+)?$/;
  if (
    (parts.length !== 2 && parts.length !== 3) ||
    !parts.slice(0, 2).every((p) => number.test(p)) ||
    !(lat! >= -85 && lat! <= 85 && long! >= -180 && long! <= 180) ||
    (parts.length === 3 && !(/^\d{1,2}$/.test(parts[2]!) && zoom! >= 1 && zoom! <= 19))
  ) {
    throw new ConfigError(`MAP_CENTER must be "latitude,longitude" or "latitude,longitude,zoom", e.g. 51.4052,19.7030,14, got "${raw}".`);
  }
  return { lat: lat!, long: long!, zoom: parts.length === 3 ? zoom! : 14 };
}

function readMap(env: NodeJS.ProcessEnv): MapConfig | undefined {
  const raw = env.MAP_TILE_URL?.trim();
  if (raw === undefined || raw === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw.replaceAll('{s}', 'a').replace(/\{[zxyr]\}/g, '0'));
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !['{z}', '{x}', '{y}'].every((p) => raw.includes(p))) {
    throw new ConfigError(
      `MAP_TILE_URL must be a tile address with {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png, got "${raw}".`,
    );
  }
  const attribution = env.MAP_ATTRIBUTION?.trim() ?? '';
  if (attribution === '')
    throw new ConfigError('MAP_ATTRIBUTION must name the tiles\' source as their licence asks, e.g. "© OpenStreetMap contributors".');
  const hostPart = /^https?:\/\/([^/?#]+)/.exec(raw)![1]!;
  if (hostPart.includes('{') && !hostPart.startsWith('{s}.')) {
    throw new ConfigError('MAP_TILE_URL may hold a placeholder in its host only as a first "{s}." part.');
  }
  const tileOrigin = `${url.protocol}//${hostPart.startsWith('{s}.') ? `*.${url.host.slice(2)}` : url.host}`;
  return { tileUrl: raw, attribution, tileOrigin, centre: readMapCentre(env.MAP_CENTER) };
}

/**
 * Reads the configuration from environment variables.
 * @example const config = readConfig(process.env);
 */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const port = readPort(env.PORT);
  const host = env.HOST && env.HOST !== '' ? env.HOST : '127.0.0.1';
  const publicUrl = (
    env.PUBLIC_URL && env.PUBLIC_URL !== '' ? env.PUBLIC_URL : `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`
  ).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an address such as https://okienko.example.pl, got "${publicUrl}".`);
  }
  if (env.DATABASE_URL && !/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://.');
  }
  return {
    port,
    host,
    dataDir: path.resolve(env.OKIENKO_DATA_DIR && env.OKIENKO_DATA_DIR !== '' ? env.OKIENKO_DATA_DIR : 'data'),
    databaseUrl: env.DATABASE_URL && env.DATABASE_URL !== '' ? env.DATABASE_URL : undefined,
    publicUrl,
    smtpUrl: readSmtpUrl(env.SMTP_URL),
    mailFrom: readMailFrom(env.MAIL_FROM),
    logLevel: env.LOG_LEVEL && env.LOG_LEVEL !== '' ? env.LOG_LEVEL : 'info',
    secureCookies: publicUrl.startsWith('https://'),
    metricsAllow: readMetricsAllow(env.METRICS_ALLOW),
    metricsToken: readMetricsToken(env.METRICS_TOKEN),
    ldap: readLdap(env),
    map: readMap(env),
  };
}
