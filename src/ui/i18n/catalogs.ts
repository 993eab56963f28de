// Every area's message catalogue; add a new area's file here.
import common from './catalog/common.ts';
import nav from './catalog/nav.ts';
import publicPages from './catalog/public.ts';
import publicAccessibility from './catalog/public-accessibility.ts';
import adminBuildings from './catalog/admin-buildings.ts';
import adminCommon from './catalog/admin-common.ts';
import adminDesks from './catalog/admin-desks.ts';
import adminHours from './catalog/admin-hours.ts';
import adminServices from './catalog/admin-services.ts';
import adminStaff from './catalog/admin-staff.ts';
import adminUnits from './catalog/admin-units.ts';
import adminHome from './catalog/admin-home.ts';
import adminOffice from './catalog/admin-office.ts';
import auth from './catalog/auth.ts';
import devices from './catalog/devices.ts';
import audit from './catalog/audit.ts';
import auditActions from './catalog/audit-actions.ts';
import queue from './catalog/queue.ts';
import queueDevice from './catalog/queue-device.ts';
import queueFollow from './catalog/queue-follow.ts';
import queueKiosk from './catalog/queue-kiosk.ts';
import queueDesk from './catalog/queue-desk.ts';
import queueBoard from './catalog/queue-board.ts';
import booking from './catalog/booking.ts';
import bookingPages from './catalog/booking-pages.ts';
import bookingArrival from './catalog/booking-arrival.ts';
import mail from './catalog/mail.ts';
import antiBot from './catalog/anti-bot.ts';
import bookingStaff from './catalog/booking-staff.ts';
import openData from './catalog/open-data.ts';
import announcements from './catalog/announcements.ts';
import complaints from './catalog/complaints.ts';
import difficultSituations from './catalog/difficult-situations.ts';
import specialNeeds from './catalog/special-needs.ts';
import directory from './catalog/directory.ts';
import reports from './catalog/reports.ts';
// Service figures (issue 18, part 2).
import stats from './catalog/stats.ts';
import satisfaction from './catalog/satisfaction.ts';
import standardsAudit from './catalog/standards-audit.ts';
import homeVisits from './catalog/home-visits.ts';

export const catalogs: readonly { pl: Record<string, string>; en: Record<string, string>; uk: Record<string, string> }[] = [
  common,
  nav,
  publicPages,
  publicAccessibility,
  adminCommon,
  adminHome,
  adminOffice,
  adminBuildings,
  adminUnits,
  adminServices,
  adminDesks,
  adminHours,
  adminStaff,
  auth,
  devices,
  audit,
  auditActions,
  queue,
  queueDevice,
  queueFollow,
  queueKiosk,
  queueDesk,
  queueBoard,
  booking,
  bookingPages,
  bookingArrival,
  mail,
  antiBot,
  bookingStaff,
  openData,
  announcements,
  complaints,
  difficultSituations,
  specialNeeds,
  directory,
  reports,
  stats,
  satisfaction,
  standardsAudit,
  homeVisits,
];
