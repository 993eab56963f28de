import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { asDomainError } from '../app/shared/index.ts';
import { DomainError, type ErrorKind } from '../domain/shared/errors.ts';
import { translator } from '../ui/i18n/index.ts';
import { StaffLoginRequired } from './auth/guards.ts';
import { detectLocale } from './locale.ts';
import { MOST_RETURN_PATH } from './routes/system/language.ts';

// Each area plugin answers errors in its own format: pages with a worded HTML page (the root's handler),
// JSON APIs with `{ "error": { "code", "message", "fields" } }` (`apiErrors`), a standards-defined API
// with its own. All of them start from `describeError`, so a status means the same everywhere.

const STATUS: Record<ErrorKind, number> = {
  validation: 422,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
  rate_limited: 429,
  unavailable: 503,
};

export function statusOf(error: DomainError): number {
  return STATUS[error.kind];
}

/** What a thrown value means for the person who sent the request: a domain error with its status, or a bug (undefined). */
export interface DescribedError {
  status: number;
  error: DomainError;
}

/** Fastify's own 4xx answers (body too large, bad JSON, unsupported type…) in the words of our catalogues. */
const FRAMEWORK_ERRORS: Record<number, { kind: ErrorKind; key: string }> = {
  400: { kind: 'validation', key: 'errors.badRequest' },
  404: { kind: 'not_found', key: 'errors.notFound' },
  405: { kind: 'validation', key: 'errors.badRequest' },
  413: { kind: 'validation', key: 'errors.tooLarge' },
  415: { kind: 'validation', key: 'errors.badRequest' },
  429: { kind: 'rate_limited', key: 'errors.rateLimited' },
};

/**
 * Turns anything thrown into a domain error and the status to answer with; undefined for a bug (a 500).
 * @example const described = describeError(error); if (!described) reply.code(500);
 */
export function describeError(error: unknown): DescribedError | undefined {
  const domain = asDomainError(error);
  if (domain) return { status: statusOf(domain), error: domain };
  const fastify = error as Partial<FastifyError>;
  if (fastify.validation) return { status: 400, error: new DomainError('validation', 'errors.badRequest') };
  const status = fastify.statusCode;
  if (status === undefined || status < 400 || status >= 500) return undefined;
  const known = FRAMEWORK_ERRORS[status] ?? { kind: 'validation', key: 'errors.badRequest' };
  return { status, error: new DomainError(known.kind, known.key) };
}

/** Headers that go with an error's kind: when to try again. Every error format (ours, Open311's, Warsaw's) sends them. */
export function retryHeaders(reply: FastifyReply, error: DomainError): void {
  if (error.kind === 'unavailable') reply.header('retry-after', '5');
  if (error.kind === 'rate_limited' && !reply.hasHeader('retry-after')) reply.header('retry-after', '60');
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

/** The JSON shape of our APIs' errors, the message in the caller's language. */
export function errorBody(request: FastifyRequest, error: DomainError): ErrorBody {
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(error.fields)) fields[name] = request.t(field.key, field.values);
  const body: ErrorBody = { error: { code: error.kind, message: request.t(error.key, error.values) } };
  if (Object.keys(fields).length > 0) body.error.fields = fields;
  return body;
}

/**
 * The error handler of our JSON APIs: `{ "error": { "code", "message", "fields" } }` with a 4xx, 503 with
 * Retry-After when the database is away; anything else is a bug, logged, and a 500 without details.
 * @example app.setErrorHandler(apiErrors); // inside an API area's plugin
 */
export async function apiErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const described = describeError(error);
  if (!described) {
    request.log.error({ err: error }, 'unhandled error');
    await reply.code(500).send({ error: { code: 'internal', message: request.t('errors.internal') } });
    return;
  }
  retryHeaders(reply, described.error);
  await reply.code(described.status).send(errorBody(request, described.error));
}

/**
 * The error handler of pages (the root's): a plain page with the message in the visitor's language; a
 * visitor who must log in first is sent to the login page when they asked for a page (GET).
 */
export async function pageErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const described = describeError(error);
  if (!described) {
    request.log.error({ err: error }, 'unhandled error');
    await reply
      .code(500)
      .type('text/html; charset=utf-8')
      .send(simpleErrorPage(request, request.t('errors.internal')));
    return;
  }
  if (described.error instanceof StaffLoginRequired && request.method === 'GET') {
    // An address too long to be a way back is left out: escaped once more, it could outgrow a response's head.
    const back = request.url.length <= MOST_RETURN_PATH ? `?wroc=${encodeURIComponent(request.url)}` : '';
    await reply.redirect(`/logowanie${back}`, 303);
    return;
  }
  retryHeaders(reply, described.error);
  const message = request.t(described.error.key, described.error.values);
  await reply.code(described.status).type('text/html; charset=utf-8').send(simpleErrorPage(request, message));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A plain page for errors outside a form: works even when the database (and so the office's name) is unreachable. */
export function simpleErrorPage(request: FastifyRequest, message: string): string {
  const title = request.t('errors.pageTitle');
  return [
    `<!doctype html><html lang="${request.locale}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>`,
    `<link rel="stylesheet" href="/static/css/okienko.css"></head><body><main id="tresc" class="main">`,
    `<h1>${escapeHtml(title)}</h1><p class="lead">${escapeHtml(message)}</p>`,
    `<p><a href="/">${escapeHtml(request.t('errors.backHome'))}</a></p></main></body></html>`,
  ].join('');
}

/** The address of the request, its URL or a parameter of it, cannot be read (bad escapes, too long). */
const ADDRESS_ERRORS: Record<string, { status: number; key: string }> = {
  FST_ERR_BAD_URL: { status: 400, key: 'errors.badAddress' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, key: 'errors.addressTooLong' },
};

/**
 * Fastify's answers to an address it cannot route (before any hook ran): worded like every other error,
 * in the language of the browser.
 * @example Fastify({ frameworkErrors: addressErrors })
 */
export function addressErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const known = ADDRESS_ERRORS[error.code] ?? { status: 400, key: 'errors.badRequest' };
  request.locale = detectLocale(request);
  request.t = translator(request.locale);
  const domain = new DomainError('validation', known.key);
  reply.code(known.status);
  if (request.url.startsWith('/api/')) void reply.send(errorBody(request, domain));
  else void reply.type('text/html; charset=utf-8').send(simpleErrorPage(request, request.t(known.key)));
}

const CONNECTION_ERRORS: Record<string, { status: number; words: [string, string, string] }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    words: [
      'Nagłówki zapytania są zbyt duże. Usuń pliki cookie tej strony i spróbuj ponownie.',
      'The request headers are too large. Delete this site’s cookies and try again.',
      'Заголовки запиту завеликі. Видаліть файли cookie цього сайту та спробуйте ще раз.',
    ],
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    words: [
      'Zapytanie trwało zbyt długo. Spróbuj ponownie.',
      'The request took too long. Try again.',
      'Запит тривав надто довго. Спробуйте ще раз.',
    ],
  },
};
const NOT_READABLE: (typeof CONNECTION_ERRORS)[string] = {
  status: 400,
  words: ['Niepoprawne zapytanie.', 'The request cannot be read.', 'Запит неможливо прочитати.'],
};

/**
 * Node's answer to a request it could not even parse (headers too large, a broken request line): there is no
 * request to learn the language from, so the page says it in Polish, English and Ukrainian.
 * @example Fastify({ clientErrorHandler: connectionErrors })
 */
export function connectionErrors(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, words } = CONNECTION_ERRORS[error.code ?? ''] ?? NOT_READABLE;
  const [pl, en, uk] = words.map(escapeHtml);
  const body = [
    '<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Błąd</title></head><body>',
    `<p>${pl}</p><p lang="en">${en}</p><p lang="uk">${uk}</p></body></html>`,
  ].join('');
  if (socket.writable) {
    const length = Buffer.byteLength(body);
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
