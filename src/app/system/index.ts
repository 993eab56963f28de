// The system module's public face: what monitoring asks of the process.
export { pendingMigrations } from './readiness.ts';
export {
  operationsFigures,
  DEVICE_SEEN_SECONDS,
  type OperationsFigures,
  type ServiceFigure,
  type DeviceFigure,
} from './operations-figures.ts';
