import type { FastifyRequest } from 'fastify';
import { announcementsNow, deviceAlerts, devicePrinterProblem, type DeviceAlert } from '../app/announcements/index.ts';
import { isPrinterProblem, type Place } from '../domain/announcements/index.ts';
import { wordAnnouncement, type ScreenAnnouncement } from '../ui/announcements/banner.tsx';
import { depsOf } from './auth/actor.ts';

/**
 * Which screen's announcements a request's page shows: a kiosk's or a board's by the device, the booking pages
 * and the public pages by their address; none for staff pages.
 * @example announcementPlaceOf(request) // 'booking' for /rezerwacja/dzien
 */
export function announcementPlaceOf(request: FastifyRequest): Place | null {
  if (request.device) return request.device.kind === 'kiosk' ? 'kiosk' : request.device.kind === 'board' ? 'board' : null;
  const path = request.url.split('?')[0] ?? '';
  if (path === '/rezerwacja' || path.startsWith('/rezerwacja/')) return 'booking';
  if (path === '/' || path === '/deklaracja-dostepnosci' || path.startsWith('/bilet/')) return 'public';
  return null;
}

/**
 * The announcements a page shows now, worded in the request's language, and whether the asking kiosk's printer
 * is paused; for the Information Point and administrators, the devices with a problem now. A page never fails for them: without the database (an error page) it shows none.
 */
export async function pageAnnouncements(
  request: FastifyRequest,
): Promise<{ announcements?: ScreenAnnouncement[]; printerPaused?: boolean; deviceAlerts?: DeviceAlert[] }> {
  const place = announcementPlaceOf(request);
  const roles = request.staff?.roles ?? [];
  if (place === null && (roles.includes('admin') || roles.includes('information_point'))) {
    try {
      return { deviceAlerts: await deviceAlerts(await depsOf(request)) };
    } catch (error) {
      request.log.warn({ err: error }, 'device alerts not read');
      return {};
    }
  }
  if (place === null) return {};
  try {
    const deps = await depsOf(request);
    const list = await announcementsNow(deps, place, { onlyShown: true, exceptDeviceId: request.device?.id ?? null });
    const announcements = list.map((a) => wordAnnouncement(request, a));
    if (request.device?.kind !== 'kiosk') return { announcements };
    return { announcements, printerPaused: isPrinterProblem(await devicePrinterProblem(deps, request.device.id)) };
  } catch (error) {
    request.log.warn({ err: error }, 'announcements not read');
    return {};
  }
}
