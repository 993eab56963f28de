// Announcements (komunikaty) and devices that report their own failure: the form's reader, what shows where
// and when, the outage rules.
export {
  readAnnouncement,
  announcementToForm,
  SEVERITIES,
  PLACES,
  TEXT_MAX,
  type AnnouncementInput,
  type Severity,
  type Place,
} from './announcement-input.ts';
export { isShown, isCurrentOrComing, stateOf, bySeverity, showsOn, type Scheduled } from './visibility.ts';
export {
  DEVICE_PROBLEMS,
  BEATING_KINDS,
  announcesOutage,
  isOutage,
  isPrinterProblem,
  problemOfFailure,
  bannerStep,
  isSilent,
  uptime,
  type DeviceProblem,
  type OutageProblem,
  type OutageState,
  type BannerStep,
} from './device-outage.ts';
