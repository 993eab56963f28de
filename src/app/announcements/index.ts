// The announcements module's public face: announcements written by staff, the automatic ones of failed
// devices, and the devices' health.

// Use cases
export { publishAnnouncement } from './publish-announcement.ts';
export { editAnnouncement } from './edit-announcement.ts';
export { withdrawAnnouncement } from './withdraw-announcement.ts';
export { noteDeviceProblem } from './device-outage.ts';
export { checkDeviceOutages } from './silent-devices.ts';
export { updateDevicePolicy } from './device-policy.ts';

// Read models
export { announcementsNow, type AnnouncementNow, type FailedDevice, type HelpRoom } from './announcements-now.ts';
export { listAnnouncements, findAnnouncement, type AnnouncementItem } from './announcement-list.ts';
export { deviceHealth, deviceAlerts, devicePrinterProblem, UPTIME_DAYS, type DeviceHealthItem, type DeviceAlert } from './device-health.ts';
export { devicePolicy, DEFAULT_DEVICE_POLICY, type DevicePolicy } from './device-policy.ts';
