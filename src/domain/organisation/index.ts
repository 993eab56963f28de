// The organisation module's public face: office time, public holidays, hours and status of a place.
export {
  OFFICE_TIME_ZONE,
  officeDate,
  officeTime,
  instantOf,
  normaliseTime,
  isoWeekday,
  addDays,
  type OfficeDate,
  type OfficeTime,
} from './office-time.ts';
export { publicHoliday, publicHolidays, HOLIDAY_KEYS, type HolidayKey, type PublicHoliday } from './holidays.ts';
export {
  hoursOn,
  isOpenAt,
  nextOpening,
  statusAt,
  daysFrom,
  weeklySchedule,
  placeCalendar,
  type CalendarInput,
  type CalendarException,
  type WeeklyHours,
  type DayHours,
  type ClosedReason,
  type NextOpening,
  type PlaceStatus,
} from './calendar.ts';
