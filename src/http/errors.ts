import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorKind } from '../domain/shared/errors.ts';
import { translateDatabaseError, isDatabaseUnavailable } from '../storage/database-errors.ts';

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

/** Turns anything thrown into a DomainError, or undefined for a bug (a 500). */
export function asDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  const fromDatabase = translateDatabaseError(error);
  if (fromDatabase) return fromDatabase;
  if (isDatabaseUnavailable(error)) return new DomainError('unavailable', 'errors.unavailable');
  return undefined;
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

/** The JSON shape every API error has: `{ "error": { "code", "message" } }`, the message in the caller's language. */
export function errorBody(request: FastifyRequest, error: DomainError): ErrorBody {
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(error.fields)) fields[name] = request.t(field.key, field.values);
  const body: ErrorBody = { error: { code: error.kind, message: request.t(error.key, error.values) } };
  if (Object.keys(fields).length > 0) body.error.fields = fields;
  return body;
}

function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || (request.headers.accept ?? '').includes('application/json');
}

/**
 * Fastify's error handler: domain errors become 4xx with a worded message, database outages 503 with
 * Retry-After, schema failures 400; anything else is a bug, logged, and a 500 without details.
 */
export async function handleError(this: unknown, error: FastifyError, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  let domain = asDomainError(error);
  if (!domain && error.validation) domain = new DomainError('validation', 'errors.badRequest');
  if (!domain && error.statusCode === 429) domain = new DomainError('rate_limited', 'errors.rateLimited');
  if (!domain && error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    domain = new DomainError(
      error.statusCode === 404 ? 'not_found' : 'validation',
      error.statusCode === 404 ? 'errors.notFound' : 'errors.badRequest',
    );
    reply.code(error.statusCode);
  }
  if (!domain) {
    request.log.error({ err: error }, 'unhandled error');
    reply.code(500);
    const message = request.t('errors.internal');
    if (wantsJson(request)) await reply.send({ error: { code: 'internal', message } });
    else await reply.type('text/html; charset=utf-8').send(simpleErrorPage(request, message));
    return;
  }
  if (reply.statusCode < 400) reply.code(statusOf(domain));
  if (domain.kind === 'unavailable') reply.header('retry-after', '5');
  if (domain.kind === 'rate_limited' && !reply.hasHeader('retry-after')) reply.header('retry-after', '60');
  if (wantsJson(request)) {
    await reply.send(errorBody(request, domain));
  } else {
    await reply.type('text/html; charset=utf-8').send(simpleErrorPage(request, request.t(domain.key, domain.values)));
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A plain page for errors outside a form: works even when the database (and so the office's name) is unreachable. */
export function simpleErrorPage(request: FastifyRequest, message: string): string {
  const title = request.t('errors.pageTitle');
  return `<!doctype html><html lang="${request.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><link rel="stylesheet" href="/static/css/okienko.css"></head><body><main id="tresc" class="main"><h1>${escapeHtml(title)}</h1><p class="lead">${escapeHtml(message)}</p><p><a href="/">${escapeHtml(request.t('errors.backHome'))}</a></p></main></body></html>`;
}
