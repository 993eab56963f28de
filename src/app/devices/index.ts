// The devices' use cases: registering and revoking kiosks, boards and printers, their heartbeats, and what
// the queue's pages read of a device (the device login, a kiosk's own printer).
export { registerDevice, DEVICE_KINDS, type DeviceKind, type RegisterDeviceInput, type RegisteredDevice } from './register-device.ts';
export { revokeDevice } from './revoke-device.ts';
export { recordHeartbeat, HEALTH_STATES, DETAILS_MAX_CHARS, FAILURE_MAX_CHARS, type HeartbeatInput } from './record-heartbeat.ts';
export { deviceByToken, type TokenDevice } from './device-by-token.ts';
export { kioskPrinter, type PrinterAddress } from './kiosk-printer.ts';
