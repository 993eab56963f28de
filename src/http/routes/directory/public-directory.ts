import type { FastifyInstance } from 'fastify';
import { searchDirectory } from '../../../app/directory/index.ts';
import { DIRECTORY_FRAGMENT_PATH, DIRECTORY_PATH, DirectoryPage, PublicResults } from '../../../ui/directory/directory-page.tsx';
import { QueryError } from '../../../ui/directory/search-form.tsx';
import { renderFragment } from '../../../ui/render.ts';
import { depsOf } from '../../auth/actor.ts';
import { officeOf } from '../../office.ts';
import { pageContext, sendPage } from '../../page.ts';
import { answerFor, queryOf } from './query.ts';

/** Searches as a resident types: the limit per address leaves room for fast typing, not for scraping. */
const SEARCH_LIMIT = { max: 240, timeWindow: '1 minute' };

/** /gdzie-zalatwie?q=…: "Gdzie załatwię sprawę?" for residents; /gdzie-zalatwie/wyniki?q=… is its results for the client script. */
export function publicDirectoryRoutes(app: FastifyInstance): void {
  const options = { schema: { hide: true }, config: { rateLimit: SEARCH_LIMIT } };

  app.get(DIRECTORY_PATH, options, async (request, reply) => {
    const ctx = await pageContext(request);
    const deps = await depsOf(request);
    const { answer, errors, status } = await answerFor(ctx, queryOf(request), (q) => searchDirectory(deps, q));
    const office = await officeOf(request);
    await sendPage(reply, DirectoryPage({ ctx, answer, errors, phone: office.phone }), status);
  });

  app.get(DIRECTORY_FRAGMENT_PATH, options, async (request, reply) => {
    const ctx = await pageContext(request);
    const deps = await depsOf(request);
    const { answer, errors, status } = await answerFor(ctx, queryOf(request), (q) => searchDirectory(deps, q));
    const office = await officeOf(request);
    reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store');
    return reply.send(renderFragment(errors.q ? QueryError({ message: errors.q }) : PublicResults({ ctx, answer, phone: office.phone })));
  });
}
