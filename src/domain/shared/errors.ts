/**
 * The small set of errors a use case may answer with. Each carries a message key of the UI catalogues,
 * never a sentence: the HTTP layer words it in the caller's language.
 */
export type ErrorKind = 'validation' | 'not_found' | 'conflict' | 'forbidden' | 'unauthenticated' | 'rate_limited' | 'unavailable';

export type MessageValues = Record<string, string | number>;

export interface FieldError {
  key: string;
  values?: MessageValues;
}

export class DomainError extends Error {
  readonly kind: ErrorKind;
  readonly key: string;
  readonly values: MessageValues;
  /** Per-field errors of a form, in the order of the form's fields. */
  readonly fields: Record<string, FieldError>;

  constructor(kind: ErrorKind, key: string, options: { values?: MessageValues; fields?: Record<string, FieldError> } = {}) {
    super(key);
    this.name = 'DomainError';
    this.kind = kind;
    this.key = key;
    this.values = options.values ?? {};
    this.fields = options.fields ?? {};
  }
}

/** Bad input: one or more fields are wrong. */
export function invalid(fields: Record<string, FieldError>, key = 'errors.validation'): DomainError {
  return new DomainError('validation', key, { fields });
}

export function notFound(key = 'errors.notFound'): DomainError {
  return new DomainError('not_found', key);
}

export function conflict(key: string, fields: Record<string, FieldError> = {}): DomainError {
  return new DomainError('conflict', key, { fields });
}

export function forbidden(key = 'errors.forbidden'): DomainError {
  return new DomainError('forbidden', key);
}
