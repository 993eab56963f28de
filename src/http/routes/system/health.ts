import type { FastifyInstance } from 'fastify';
import { pendingMigrations } from '../../../app/system/index.ts';

/** /healthz: the process answers. /readyz: the database answers and every migration is applied. */
export function healthRoutes(app: FastifyInstance): void {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      const pending = await pendingMigrations({ db: app.deps.readinessDb ?? app.deps.db });
      if (pending.length > 0) return await reply.code(503).send({ status: 'migrating', pending });
      return { status: 'ready' };
    } catch {
      return await reply.code(503).header('retry-after', '5').send({ status: 'database unavailable' });
    }
  });
}
