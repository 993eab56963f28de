import { DomainError, type FieldError } from '../domain/shared/errors.ts';

interface PgError {
  code?: string;
  constraint?: string;
}

/**
 * Constraints whose violation is the user's mistake, with the form field and the message to show.
 * The database keeps the promise; this table only words it.
 */
const CONSTRAINTS: Record<string, { kind: 'conflict' | 'validation'; field: string; key: string }> = {};

/** Lets each area word its own constraints, next to the code that relies on them. */
export function registerConstraintMessages(entries: Record<string, { kind: 'conflict' | 'validation'; field: string; key: string }>): void {
  Object.assign(CONSTRAINTS, entries);
}

/** A PostgreSQL constraint violation as a DomainError, or undefined if it is not one. */
export function translateDatabaseError(error: unknown): DomainError | undefined {
  const pg = error as PgError;
  if (typeof pg?.code !== 'string') return undefined;
  const known = pg.constraint ? CONSTRAINTS[pg.constraint] : undefined;
  if (known) {
    const fields: Record<string, FieldError> = { [known.field]: { key: known.key } };
    return new DomainError(known.kind, known.key, { fields });
  }
  switch (pg.code) {
    case '23505': // unique_violation
    case '23P01': // exclusion_violation
    case '23503': // foreign_key_violation
      return new DomainError('conflict', 'errors.conflict');
    case '23514': // check_violation
    case '23502': // not_null_violation
    case '22001': // string too long
    case '22P02': // invalid text representation
    case '22007': // invalid datetime format
    case '22008': // datetime field overflow
    case '22003': // numeric value out of range (an id beyond integer)
    case '22021': // character not in repertoire (a NUL in a text)
    case '22P05': // untranslatable character
      return new DomainError('validation', 'errors.validation');
    default:
      return undefined;
  }
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOENT',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08003',
  '08006',
]);

/** True when the database cannot be reached right now (the caller should retry). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as PgError)?.code;
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message);
}
