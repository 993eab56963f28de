// What every module's use cases share, and what the adapters (http, cli) need to call them: the database
// handle's type, the clock, the actor, and the reading of errors.
export { systemActor, systemClock, type Actor, type Clock, type UseCaseDeps } from './deps.ts';
export { asDomainError } from './errors.ts';
export type { Db } from '../../storage/database.ts';
