// The system module's public face: what monitoring asks of the process.
export { pendingMigrations } from './readiness.ts';
