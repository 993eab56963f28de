import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { feedOfBuilding, openQueueFeed, type FeedService, type OpenQueueFeed } from '../../../app/queue/index.ts';
import { depsOf } from '../../auth/actor.ts';
import { apiErrors, describeError, retryHeaders } from '../../errors.ts';
import { MAX_ID } from '../../form.ts';
import { presentQueueFeed, presentWarsawFeed, warsawError } from './presenters.ts';

/** How long one reading of the queue serves every poller at most; any queue event ends it sooner. */
export const FEED_KEPT_MS = 15_000;
/** What caches and clients may keep: boards of open data poll, a few seconds old is still true enough. */
const CACHE_CONTROL = 'public, max-age=5';

// Other parameters are ignored, not refused: clients written for the Warsaw feed send its `id` and `apikey`,
// and browsers' pollers add cache busters.
const FeedQuery = Type.Object({
  budynek: Type.Optional(
    Type.Integer({ minimum: 1, maximum: MAX_ID, description: 'A building of the office: only the services whose residents wait there.' }),
  ),
});

/** The Warsaw feed's clients read `{"result": "false", "error": "…"}`, not our API's error shape. */
async function warsawErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const described = describeError(error);
  if (!described) {
    request.log.error({ err: error }, 'unhandled error');
    await reply.code(500).send(warsawError(request.t('errors.internal')));
    return;
  }
  retryHeaders(reply, described.error);
  await reply.code(described.status).send(warsawError(request.t(described.error.key, described.error.values)));
}

interface Kept {
  until: number;
  feed: Promise<OpenQueueFeed>;
  /** The answers already written from this reading, by feed and building: most polls only send one of them. */
  bodies: Map<string, string>;
}

/**
 * Open data: the live queue as a public, cacheable JSON feed. `/dane/kolejka.json` keeps the City of Warsaw's
 * field set (and its error shape) for the clients written for it; `/api/dane/kolejka` is Okienko's own, documented in
 * the OpenAPI document, with the estimate as a range in three languages. Nothing personal in either.
 * One reading of the queue serves every request until a queue event or `FEED_KEPT_MS`, so a thousand pollers
 * cost about as much as one.
 */
export async function openDataArea(app: FastifyInstance): Promise<void> {
  app.setErrorHandler(apiErrors);
  let kept: Kept | null = null;
  const stop = app.deps.queueEvents?.subscribe(() => {
    kept = null;
  });
  app.addHook('onClose', async () => stop?.());

  function currentFeed(request: FastifyRequest): Kept {
    const now = performance.now();
    if (kept && kept.until > now) return kept;
    // Kept before anything is awaited, so the requests arriving meanwhile wait for this reading, not start theirs.
    const entry: Kept = { until: now + FEED_KEPT_MS, feed: depsOf(request).then(openQueueFeed), bodies: new Map() };
    kept = entry;
    // A failed reading (the database away) is not kept: the next request tries again.
    entry.feed.catch(() => {
      if (kept === entry) kept = null;
    });
    return entry;
  }

  /** Sends a feed's answer for the request's building, written once per reading (an unknown building throws). */
  async function sendFeed(
    request: FastifyRequest<{ Querystring: { budynek?: number } }>,
    reply: FastifyReply,
    name: string,
    present: (feed: OpenQueueFeed, buildingId: number | null, services: FeedService[]) => unknown,
  ): Promise<FastifyReply> {
    const entry = currentFeed(request);
    const feed = await entry.feed;
    const buildingId = request.query.budynek ?? null;
    const key = `${name}/${buildingId ?? ''}`;
    let body = entry.bodies.get(key);
    if (body === undefined) {
      body = JSON.stringify(present(feed, buildingId, feedOfBuilding(feed, buildingId)));
      entry.bodies.set(key, body);
    }
    return reply
      .header('cache-control', CACHE_CONTROL)
      .header('access-control-allow-origin', '*')
      .type('application/json; charset=utf-8')
      .send(body);
  }

  const warsaw = { schema: { querystring: FeedQuery, hide: true }, errorHandler: warsawErrors };
  app.get<{ Querystring: { budynek?: number } }>('/dane/kolejka.json', warsaw, (request, reply) =>
    sendFeed(request, reply, 'warsaw', (feed, _buildingId, services) => presentWarsawFeed(feed.at, services)),
  );

  app.get<{ Querystring: { budynek?: number } }>(
    '/api/dane/kolejka',
    {
      schema: {
        tags: ['open-data'],
        summary:
          'The live queue of the office (or of one building): per service whether tickets are issued now, open desks, people waiting, the wait as a range with words in pl/en/uk, and the number called last. Public, cacheable, nothing personal.',
        querystring: FeedQuery,
      },
    },
    (request, reply) =>
      sendFeed(request, reply, 'okienko', (feed, buildingId, services) => presentQueueFeed(feed.at, buildingId, services)),
  );
}
