import { DomainError } from '../../domain/shared/errors.ts';
import { isDatabaseUnavailable, translateDatabaseError } from '../../storage/database-errors.ts';

/**
 * Anything a use case threw as a domain error: its own, a violated constraint worded for the form, or the
 * database being away (`unavailable`); undefined for a bug.
 * @example const domain = asDomainError(error); if (!domain) throw error;
 */
export function asDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  const fromDatabase = translateDatabaseError(error);
  if (fromDatabase) return fromDatabase;
  if (isDatabaseUnavailable(error)) return new DomainError('unavailable', 'errors.unavailable');
  return undefined;
}
