import type { FastifyInstance } from 'fastify';
import { announcementRoutes } from './announcements.ts';
import { deviceHealthRoutes } from './device-health.ts';

/** Announcements for the administrator and the Contact Centre, and the administrator's device health. */
export async function announcementsArea(app: FastifyInstance): Promise<void> {
  announcementRoutes(app);
  deviceHealthRoutes(app);
}
