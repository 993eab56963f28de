import type { FastifyInstance } from 'fastify';
import { boardView } from '../../../app/queue/index.ts';
import { idOf } from '../../form.ts';
import { BoardPage } from '../../../ui/queue/board-page.tsx';
import { requireDevice } from '../../auth/guards.ts';
import { pageContext, sendPage } from '../../page.ts';
import { depsOf } from '../../auth/actor.ts';
import { boardPageView } from './presenters.ts';

/**
 * /tablica/<id>: a board of the office (device board; a kiosk may show it too, it reads the same queue).
 * Numbers and desks only, never a person.
 */
export function boardPageRoutes(app: FastifyInstance): void {
  app.get<{ Params: { id: string } }>(
    '/tablica/:id',
    { schema: { hide: true }, preValidation: requireDevice('board', 'kiosk') },
    async (request, reply) => {
      // Where the screen showing it stands (a board, or a kiosk showing the board).
      const screen = { buildingId: request.device?.buildingId ?? null };
      const view = await boardView(await depsOf(request), idOf(request.params.id) ?? 0, screen);
      reply.header('cache-control', 'no-store');
      return sendPage(reply, BoardPage({ ctx: await pageContext(request), ...boardPageView(request, view) }));
    },
  );
}
