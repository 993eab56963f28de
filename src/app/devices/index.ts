// The devices module's public face: registering and revoking kiosks, boards and printers, knowing one by
// its token, its heartbeat, the administrator's list, a kiosk's own printer and a feedback tablet's unit.
export { registerDevice, DEVICE_KINDS, type DeviceKind, type RegisteredDevice, type RegisterDeviceInput } from './register-device.ts';
export { revokeDevice } from './revoke-device.ts';
export { deviceByToken, isDeviceActive, type SignedInDevice } from './device-by-token.ts';
export {
  recordHeartbeat,
  DETAILS_MAX_CHARS,
  FAILURE_MAX_CHARS,
  HEALTH_STATES,
  type HeartbeatInput,
  type HealthReading,
} from './record-heartbeat.ts';
export { recordDeviceHeartbeat, printerReading } from './kiosk-heartbeat.ts';
export { findDevice, listDevices, type DeviceListItem } from './device-views.ts';
export { kioskPrinter, type PrinterAddress } from './kiosk-printer.ts';
export { unitOfDevice } from './device-unit.ts';
export { updateDevice } from './update-device.ts';
