import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../errors.ts';
import { deviceApiRoutes } from './device.ts';

/** The devices' own JSON API (who am I, heartbeat): a device's bearer token gets in, errors answer as JSON. */
export async function deviceApiArea(app: FastifyInstance): Promise<void> {
  app.setErrorHandler(apiErrors);
  deviceApiRoutes(app);
}
