import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { packageRoot } from '../../../package-root.ts';

/** /favicon.ico: the small window every browser asks for by itself (16, 32 and 48 px), kept for a day. */
export function faviconRoutes(app: FastifyInstance): void {
  const icon = readFileSync(path.join(packageRoot(), 'src', 'ui', 'static', 'favicon.ico'));
  app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) =>
    reply.header('content-type', 'image/x-icon').header('cache-control', 'public, max-age=86400').send(icon),
  );
}
