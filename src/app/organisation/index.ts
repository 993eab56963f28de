// The organisation module's public face: the office and its public view; the administrator's read models
// (what the pages list and edit) and use cases for the office, buildings, rooms, units, services, desks,
// hours, calendar exceptions and staff.
export { readCurrentOffice, type AccessibilityFacts, type Office } from './current-office.ts';
export { readPublicOffice, type PublicBuilding, type PublicOffice, type PublicService, type PublicUnit } from './public-office.ts';
export { readOrganisationCounts, type OrganisationCounts } from './organisation-counts.ts';
export {
  buildingChoices,
  roomChoices,
  serviceChoices,
  unitChoices,
  type BuildingChoice,
  type RoomChoice,
  type ServiceChoice,
  type UnitChoice,
} from './choices.ts';
export { findBuilding, listBuildings, type BuildingDetails, type BuildingView, type RoomView } from './building-views.ts';
export { findUnit, listUnits, type UnitDetails, type UnitListItem } from './unit-views.ts';
export { findService, listServices, type ServiceDetails, type ServiceListItem } from './service-views.ts';
export { findDesk, listDesks, type DeskDetails, type DeskListItem } from './desk-views.ts';
export { findHoursOwner, listCalendarExceptions, readWeeklyHours, type CalendarExceptionView, type HoursOwner } from './hours-views.ts';
export { listStaff, type StaffListItem } from './list-staff.ts';
export { readStaff, type StaffDetails } from './read-staff.ts';
export { updateOffice } from './update-office.ts';
export { createBuilding } from './create-building.ts';
export { updateBuilding } from './update-building.ts';
export { deleteBuilding } from './delete-building.ts';
export { createRoom } from './create-room.ts';
export { updateRoom } from './update-room.ts';
export { deleteRoom } from './delete-room.ts';
export { createUnit } from './create-unit.ts';
export { updateUnit } from './update-unit.ts';
export { createService } from './create-service.ts';
export { updateService } from './update-service.ts';
export { createDesk } from './create-desk.ts';
export { updateDesk } from './update-desk.ts';
export { setOpeningHours, type HoursScope } from './set-opening-hours.ts';
export { createCalendarException } from './create-calendar-exception.ts';
export { deleteCalendarException } from './delete-calendar-exception.ts';
export { createStaff } from './create-staff.ts';
export { updateStaff } from './update-staff.ts';
export { resetStaffPassword } from './reset-staff-password.ts';
