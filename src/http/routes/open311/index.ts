import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fileReport, listPublicReports, publicReport, reportCategories, reportCodeByToken, reportUrl } from '../../../app/reports/index.ts';
import type { PublicReport } from '../../../app/reports/index.ts';
import { isOpen } from '../../../domain/reports/index.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { DAY } from '../../../domain/shared/time.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';
import { keyPart } from '../../../domain/shared/message-key.ts';
import { depsOf } from '../../auth/actor.ts';
import { describeError, retryHeaders } from '../../errors.ts';
import { formField, formValues } from '../../form.ts';
import { open311Time, renderList, resourceOf, sendList, sendObject, type Open311Format } from './format.ts';
import { DefaultListCache, type RenderedList } from './list-cache.ts';

/** The longest window of GET requests (the spec's 90 days), and the most requests one answer lists. */
export const OPEN311_MAX_DAYS = 90;
export const OPEN311_MAX_REQUESTS = 1000;
/** Requests one client (its api_key, else its address) may make a minute. */
export const OPEN311_READ_LIMIT = { max: 300, timeWindow: '1 minute', groupId: 'open311-read' };
export const OPEN311_WRITE_LIMIT = {
  max: 60,
  timeWindow: '1 minute',
  groupId: 'open311-write',
  keyGenerator: (request: FastifyRequest) => formField(request.body, 'api_key') || request.ip,
  // Counted once the body is read, so the key above is the client's api_key, not only its address.
  hook: 'preHandler' as const,
};

// Our field names as Open311 calls them, for the errors' descriptions.
const OPEN311_FIELD: Record<string, string> = {
  category: 'service_code',
  address: 'address_string',
  firstName: 'first_name',
  lastName: 'last_name',
  mediaUrl: 'media_url',
};

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;

function formatOf(request: FastifyRequest): Open311Format {
  const path = request.url.split('?')[0] ?? '';
  return path.toLowerCase().endsWith('.json') ? 'json' : 'xml';
}

/** Errors the spec's way: a list of `{ code, description }`, 400/403/404 (and 429, 5xx). */
async function open311Errors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const described = describeError(error);
  const format = formatOf(request);
  if (!described) {
    request.log.error({ err: error }, 'Open311 request failed');
    return sendList(reply, format, 'errors', 'error', [{ code: 500, description: request.t('errors.internal') }], 500);
  }
  const { error: domain } = described;
  const status = domain.kind === 'validation' || domain.kind === 'conflict' ? 400 : described.status;
  const fields = Object.entries(domain.fields);
  const errors =
    fields.length > 0
      ? fields.map(([field, e]) => ({
          code: status,
          description: request.t('reports.open311.field', { field: OPEN311_FIELD[field] ?? field, message: request.t(e.key, e.values) }),
        }))
      : [{ code: status, description: request.t(domain.key, domain.values) }];
  retryHeaders(reply, domain);
  return sendList(reply, format, 'errors', 'error', errors, status);
}

/** `jurisdiction_id` is accepted: absent, or this installation's (the host of PUBLIC_URL). */
function checkJurisdiction(request: FastifyRequest, source: unknown): void {
  const given = formField(source, 'jurisdiction_id');
  if (given === '') return;
  if (given.toLowerCase() !== jurisdictionOf(request)) throw new DomainError('not_found', 'reports.open311.jurisdiction');
}

function jurisdictionOf(request: FastifyRequest): string {
  return new URL(request.server.deps.config.publicUrl).host.toLowerCase();
}

function parseInstant(text: string): Date {
  const date = new Date(text);
  if (!ISO_WITH_ZONE.test(text) || Number.isNaN(date.getTime())) throw new DomainError('validation', 'reports.open311.dateFormat');
  return date;
}

function listOf(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Presents reports as the spec's service requests, our detailed status in status_notes. The words of a status
 * and a category are looked up once per list, not once per report (a list has up to 1,000).
 */
function presenter(request: FastifyRequest): (report: PublicReport) => Record<string, unknown> {
  const words = new Map<string, string>();
  const once = (key: string, make: () => string) => {
    let value = words.get(key);
    if (value === undefined) {
      value = make();
      words.set(key, value);
    }
    return value;
  };
  const publicUrl = request.server.deps.config.publicUrl;
  return (report) => {
    const status = once(`s:${report.status}`, () => request.t(`reports.status.${keyPart(report.status)}`));
    const reason = report.closeReason
      ? ` (${once(`r:${report.closeReason}`, () => request.t(`reports.closeReason.${keyPart(report.closeReason!)}`))})`
      : '';
    return {
      service_request_id: report.code,
      status: isOpen(report.status) ? 'open' : 'closed',
      status_notes: `${status}${reason}${report.referTo ? `: ${report.referTo}` : ''}`,
      service_name: once(`c:${report.categoryCode}`, () => inLanguage(report.category, request.locale).value),
      service_code: report.categoryCode,
      description: report.description ?? '',
      agency_responsible: report.unit ? inLanguage(report.unit, request.locale).value : '',
      service_notice: '',
      requested_datetime: open311Time(report.createdAt),
      updated_datetime: open311Time(report.updatedAt),
      expected_datetime: null,
      address: report.address ?? '',
      address_id: '',
      zipcode: '',
      lat: report.lat,
      long: report.long,
      // Our re-encoded copy when the report has a photo, else the client's own link as it gave it.
      media_url: report.hasPhoto ? `${reportUrl(publicUrl, report.code)}/zdjecie` : (report.mediaUrl ?? ''),
    };
  };
}

/**
 * Sends a kept rendering with its entity tag; a client that has it already (If-None-Match) gets a 304 without
 * a body. `no-cache`: a client or proxy may keep it but asks again each time.
 */
async function sendRendered(request: FastifyRequest, reply: FastifyReply, rendered: RenderedList): Promise<void> {
  reply.header('etag', rendered.etag).header('cache-control', 'no-cache').header('vary', 'accept-language, cookie');
  const asked = request.headers['if-none-match'];
  if (asked !== undefined && asked.split(',').some((tag) => tag.trim().replace(/^W\//, '') === rendered.etag)) {
    await reply.code(304).send();
    return;
  }
  await reply.type(rendered.type).send(rendered.body);
}

/**
 * Open311 GeoReport v2 at /open311/v2: discovery, services and their definitions, requests (GET with
 * filters and a 90-day window, POST form-encoded with an api_key), a request by id, a token. XML (the spec's
 * required format) and JSON by the resource's extension; errors as the spec's `{ code, description }` lists.
 * A report filed here goes through the same use case (and the same moderation) as the public form.
 */
export async function open311Area(app: FastifyInstance): Promise<void> {
  app.setErrorHandler(open311Errors);
  const defaultLists = new DefaultListCache(app.deps.queueEvents);
  app.addHook('onClose', async () => defaultLists.close());
  app.setNotFoundHandler(async (request, reply) =>
    sendList(reply, formatOf(request), 'errors', 'error', [{ code: 404, description: request.t('reports.open311.notFound') }], 404),
  );

  app.get<{ Params: { file: string } }>(
    '/:file',
    { config: { rateLimit: OPEN311_READ_LIMIT }, schema: { hide: true } },
    async (request, reply) => {
      const { name, format } = resourceOf(request.params.file);
      checkJurisdiction(request, request.query);
      const deps = await depsOf(request);
      if (name === 'discovery') {
        const base = `${request.server.deps.config.publicUrl.replace(/\/$/, '')}/open311/v2`;
        return sendObject(reply, format, 'discovery', {
          changeset: new Date('2026-12-04T00:00:00Z'),
          contact: request.t('reports.form.caption'),
          key_service: `${request.server.deps.config.publicUrl.replace(/\/$/, '')}/admin/open311`,
          endpoints:
            format === 'json'
              ? [
                  {
                    specification: 'http://wiki.open311.org/GeoReport_v2',
                    url: base,
                    changeset: new Date('2026-12-04T00:00:00Z'),
                    type: 'production',
                    formats: ['text/xml', 'application/json'],
                  },
                ]
              : {
                  endpoint: {
                    specification: 'http://wiki.open311.org/GeoReport_v2',
                    url: base,
                    changeset: new Date('2026-12-04T00:00:00Z'),
                    type: 'production',
                    formats: { format: ['text/xml', 'application/json'] },
                  },
                },
        });
      }
      if (name === 'services') {
        const categories = await reportCategories(deps.db, deps.actor.officeId);
        return sendList(
          reply,
          format,
          'services',
          'service',
          categories.map((c) => ({
            service_code: c.code,
            service_name: inLanguage(c.name, request.locale).value,
            description: inLanguage(c.name, request.locale).value,
            metadata: c.attributes.length > 0,
            type: 'realtime',
            keywords: '',
            group: request.t(c.kind === 'place' ? 'reports.form.category.place' : 'reports.form.category.office'),
          })),
        );
      }
      if (name === 'requests') {
        const query = request.query;
        const now = deps.clock.now();
        const startText = formField(query, 'start_date');
        const endText = formField(query, 'end_date');
        let to = endText ? parseInstant(endText) : null;
        let from = startText ? parseInstant(startText) : null;
        if (from && to && to.getTime() - from.getTime() > OPEN311_MAX_DAYS * DAY)
          throw new DomainError('validation', 'reports.open311.dateRange');
        if (from && !to) to = new Date(Math.min(from.getTime() + OPEN311_MAX_DAYS * DAY, now.getTime()));
        if (!from) from = new Date((to ?? now).getTime() - OPEN311_MAX_DAYS * DAY);
        const statuses = listOf(formField(query, 'status'));
        if (statuses.some((s) => s !== 'open' && s !== 'closed')) throw new DomainError('validation', 'reports.open311.status');
        const codes = listOf(formField(query, 'service_request_id'));
        const categoryCodes = listOf(formField(query, 'service_code'));
        if (!startText && !endText && statuses.length === 0 && codes.length === 0 && categoryCodes.length === 0) {
          // The default query, which most clients poll: kept rendered until a report changes.
          const rendered = await defaultLists.get(`${deps.actor.officeId}/${format}/${request.locale}`, async () => {
            const reports = await listPublicReports(deps.db, deps.actor.officeId, { from, limit: OPEN311_MAX_REQUESTS });
            return renderList(format, 'service_requests', 'request', reports.map(presenter(request)));
          });
          return sendRendered(request, reply, rendered);
        }
        const reports = await listPublicReports(deps.db, deps.actor.officeId, {
          codes: codes.map((c) => c.toUpperCase()),
          categoryCodes,
          statuses: statuses as ('open' | 'closed')[],
          // Asked by id, a request is found whenever it was made.
          ...(codes.length > 0 ? {} : { from, ...(to ? { to } : {}) }),
          limit: OPEN311_MAX_REQUESTS,
        });
        return sendList(reply, format, 'service_requests', 'request', reports.map(presenter(request)));
      }
      throw new DomainError('not_found', 'reports.open311.notFound');
    },
  );

  app.get<{ Params: { file: string } }>(
    '/services/:file',
    { config: { rateLimit: OPEN311_READ_LIMIT }, schema: { hide: true } },
    async (request, reply) => {
      const { name, format } = resourceOf(request.params.file);
      checkJurisdiction(request, request.query);
      const deps = await depsOf(request);
      const category = (await reportCategories(deps.db, deps.actor.officeId)).find((c) => c.code === name);
      if (!category) throw new DomainError('not_found', 'reports.open311.serviceUnknown');
      const attributes = category.attributes.map((a) => ({
        variable: true,
        code: a.code,
        datatype: a.datatype,
        required: a.required,
        datatype_description: inLanguage(a.datatypeDescription, request.locale).value,
        order: a.order,
        description: inLanguage(a.description, request.locale).value,
        values:
          format === 'json'
            ? a.values.map((v) => ({ key: v.key, name: inLanguage(v.name, request.locale).value }))
            : a.values.length === 0
              ? ''
              : { value: a.values.map((v) => ({ key: v.key, name: inLanguage(v.name, request.locale).value })) },
      }));
      return sendObject(reply, format, 'service_definition', {
        service_code: category.code,
        attributes: format === 'json' ? attributes : attributes.length === 0 ? '' : { attribute: attributes },
      });
    },
  );

  app.get<{ Params: { file: string } }>(
    '/requests/:file',
    { config: { rateLimit: OPEN311_READ_LIMIT }, schema: { hide: true } },
    async (request, reply) => {
      const { name, format } = resourceOf(request.params.file);
      checkJurisdiction(request, request.query);
      const deps = await depsOf(request);
      const found = await publicReport(deps.db, deps.actor.officeId, name.toUpperCase()).catch((error: unknown) => {
        if (error instanceof DomainError && error.kind === 'not_found')
          throw new DomainError('not_found', 'reports.open311.requestUnknown');
        throw error;
      });
      if (found.report.hidden) throw new DomainError('not_found', 'reports.open311.requestUnknown');
      return sendList(reply, format, 'service_requests', 'request', [presenter(request)(found.report)]);
    },
  );

  app.get<{ Params: { file: string } }>(
    '/tokens/:file',
    { config: { rateLimit: OPEN311_READ_LIMIT }, schema: { hide: true } },
    async (request, reply) => {
      const { name, format } = resourceOf(request.params.file);
      checkJurisdiction(request, request.query);
      const deps = await depsOf(request);
      const code = await reportCodeByToken(deps.db, deps.actor.officeId, name);
      if (!code) throw new DomainError('not_found', 'reports.open311.tokenUnknown');
      return sendList(reply, format, 'service_requests', 'request', [{ service_request_id: code, token: name }]);
    },
  );

  app.post<{ Params: { file: string } }>(
    '/:file',
    { config: { rateLimit: OPEN311_WRITE_LIMIT }, schema: { hide: true } },
    async (request, reply) => {
      const { name, format } = resourceOf(request.params.file);
      if (name !== 'requests') throw new DomainError('not_found', 'reports.open311.notFound');
      const body = request.body;
      checkJurisdiction(request, body);
      const deps = await depsOf(request);
      const serviceCode = formField(body, 'service_code');
      const address = formField(body, 'address_string') || formField(body, 'address_id');
      const filed = await fileReport(deps, {
        report: {
          category: serviceCode,
          description: formField(body, 'description'),
          address,
          lat: formField(body, 'lat'),
          long: formField(body, 'long'),
          email: formField(body, 'email'),
          firstName: formField(body, 'first_name'),
          lastName: formField(body, 'last_name'),
          phone: formField(body, 'phone'),
          mediaUrl: formField(body, 'media_url'),
        },
        locale: request.locale,
        source: { kind: 'open311', apiKey: formField(body, 'api_key') },
        posted: formValues(body),
      });
      // This process's lists at once; the others' when the insert's notice reaches them.
      defaultLists.drop();
      return sendList(
        reply,
        format,
        'service_requests',
        'request',
        [{ service_request_id: filed.code, token: filed.token, service_notice: '', account_id: '' }],
        201,
      );
    },
  );
}
