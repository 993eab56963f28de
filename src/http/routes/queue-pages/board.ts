import type { FastifyInstance } from 'fastify';
import { queueSnapshot } from '../../../app/queue/index.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { OFFICE_TIME_ZONE } from '../../../ui/i18n/index.ts';
import { BoardPage } from '../../../ui/queue/board-page.tsx';
import { requireDevice } from '../../auth/guards.ts';
import { pageContext, sendPage } from '../../page.ts';
import { presentEstimate } from '../queue-api/presenters.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';

/**
 * /tablica/<id>: a board of the office (device board; a kiosk may show it too, it reads the same queue).
 * Numbers and desks only, never a person.
 */
export function boardPageRoutes(app: FastifyInstance): void {
  app.get<{ Params: { id: string } }>(
    '/tablica/:id',
    { schema: { hide: true }, preValidation: requireDevice('board', 'kiosk') },
    async (request, reply) => {
      const { db, clock } = app.deps;
      const device = request.device!;
      const id = /^\d{1,9}$/.test(request.params.id) ? Number(request.params.id) : 0;
      const board = await db
        .selectFrom('device')
        .select(['id', 'name'])
        .where('id', '=', id)
        .where('kind', '=', 'board')
        .where('office_id', '=', device.officeId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (!board) throw new DomainError('not_found', 'errors.notFound');
      const now = clock.now();
      const snapshot = await queueSnapshot(db, device.officeId, now);
      reply.header('cache-control', 'no-store');
      return sendPage(
        reply,
        BoardPage({
          ctx: await pageContext(request),
          boardName: board.name,
          lastEventId: snapshot.lastEventId,
          clock: new Intl.DateTimeFormat('pl-PL', { timeZone: OFFICE_TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(now),
          calls: snapshot.calls.map((c) => ({ ticketId: c.ticketId, number: c.number, deskNumber: c.deskNumber })),
          // Only the services someone waits for or a desk serves now: a board is read from across the room.
          services: snapshot.services
            .filter((s) => s.waiting > 0 || s.openDesks > 0)
            .map((s) => ({
              serviceId: s.serviceId,
              letter: s.letter,
              name: inLanguage(s.name, request.locale).value,
              waiting: s.waiting,
              estimate: s.estimate.kind === 'unknown' ? request.t('queue.board.noEstimate') : presentEstimate(request, s.estimate).text,
            })),
        }),
      );
    },
  );
}
