import type { FastifyInstance } from 'fastify';
import { groundFloorRoutes } from './ground-floor.ts';
import { interpreterRoutes } from './interpreter.ts';
import { informationPointSettingsRoutes } from './settings.ts';
import { specialNeedsStreams } from './streams.ts';

/**
 * Special needs at the Information Point (seed 7.1, 7.2): calling the competent unit down to the ground floor,
 * and the sign-language interpreter (the public page, the request ahead, the Information Point's panel), and the
 * administrator's settings of both.
 */
export async function specialNeedsArea(app: FastifyInstance): Promise<void> {
  groundFloorRoutes(app);
  interpreterRoutes(app);
  specialNeedsStreams(app);
  informationPointSettingsRoutes(app);
}
