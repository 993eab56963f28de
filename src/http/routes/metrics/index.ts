import { timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4 } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { operationsFigures } from '../../../app/system/index.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { depsOf } from '../../auth/actor.ts';
import { apiErrors } from '../../errors.ts';
import { openStreamCounts } from '../queue-api/sse.ts';

/** The addresses of `METRICS_ALLOW` as a list Node.js checks (an IPv4 address also matches as ::ffff:a.b.c.d). */
function allowList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const type = isIPv4(address) ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `/metrics` for Prometheus: open to the addresses of `METRICS_ALLOW` (the machine itself by default) and to
 * a scraper that sends `Authorization: Bearer <METRICS_TOKEN>`; anyone else gets 403. Each scrape reads the
 * office's figures from the database once (docs/metrics.md lists the series and sample alerts).
 */
export async function metricsArea(app: FastifyInstance): Promise<void> {
  app.setErrorHandler(apiErrors);
  const { metricsAllow, metricsToken } = app.deps.config;
  const allowed = allowList(metricsAllow);

  function mayScrape(request: FastifyRequest): boolean {
    const header = request.headers.authorization;
    if (metricsToken && header?.startsWith('Bearer ') && sameToken(header.slice('Bearer '.length), metricsToken)) return true;
    const ip = request.ip.startsWith('::ffff:') ? request.ip.slice('::ffff:'.length) : request.ip;
    return allowed.check(ip, isIPv4(ip) ? 'ipv4' : 'ipv6');
  }

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!mayScrape(request)) throw new DomainError('forbidden', 'metrics.forbidden');
    app.metrics.setFigures(await operationsFigures(await depsOf(request)), openStreamCounts());
    return reply.type(app.metrics.registry.contentType).send(await app.metrics.registry.metrics());
  });
}
