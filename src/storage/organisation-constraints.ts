import { registerConstraintMessages } from './database-errors.ts';

/**
 * Words the organisation's constraints for the administrator's forms. The database keeps these promises
 * (unique letters, numbers, logins; rooms inside their building; exceptions that never overlap);
 * this table only says which field was wrong and why. Imported by every organisation use case.
 */
registerConstraintMessages({
  building_office_id_name_key: { kind: 'conflict', field: 'name', key: 'admin.errors.buildingNameTaken' },
  building_postal_code_check: { kind: 'validation', field: 'postal_code', key: 'admin.errors.postalCode' },
  office_postal_code_check: { kind: 'validation', field: 'postal_code', key: 'admin.errors.postalCode' },
  room_building_id_number_key: { kind: 'conflict', field: 'room_number', key: 'admin.errors.roomNumberTaken' },
  unit_office_id_code_key: { kind: 'conflict', field: 'code', key: 'admin.errors.unitCodeTaken' },
  unit_office_id_name_pl_key: { kind: 'conflict', field: 'name_pl', key: 'admin.errors.unitNameTaken' },
  unit_building_id_office_id_fkey: { kind: 'validation', field: 'building_id', key: 'admin.errors.unknownBuilding' },
  unit_room_id_building_id_fkey: { kind: 'validation', field: 'room_id', key: 'admin.errors.roomNotInBuilding' },
  service_office_id_ticket_letter_key: { kind: 'conflict', field: 'ticket_letter', key: 'admin.errors.ticketLetterTaken' },
  service_office_id_name_pl_key: { kind: 'conflict', field: 'name_pl', key: 'admin.errors.serviceNameTaken' },
  service_unit_id_fkey: { kind: 'validation', field: 'unit_id', key: 'admin.errors.unknownUnit' },
  desk_office_id_number_key: { kind: 'conflict', field: 'number', key: 'admin.errors.deskNumberTaken' },
  desk_building_id_office_id_fkey: { kind: 'validation', field: 'building_id', key: 'admin.errors.unknownBuilding' },
  desk_room_id_building_id_fkey: { kind: 'validation', field: 'room_id', key: 'admin.errors.roomNotInBuilding' },
  calendar_exception_office_id_coalesce_daterange_excl: { kind: 'conflict', field: 'starts_on', key: 'admin.errors.exceptionOverlaps' },
  calendar_exception_building_id_fkey: { kind: 'validation', field: 'building_id', key: 'admin.errors.unknownBuilding' },
  staff_login: { kind: 'conflict', field: 'login', key: 'admin.errors.loginTaken' },
  staff_unit_id_fkey: { kind: 'validation', field: 'unit_id', key: 'admin.errors.unknownUnit' },
  staff_role_role_check: { kind: 'validation', field: 'role', key: 'admin.errors.unknownRole' },
});
