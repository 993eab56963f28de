/**
 * The names of the columns whose values differ between a row before and after a change, for the audit
 * log's details (names only: the values may be personal data).
 * @example changedFields({ name: 'A', city: 'X' }, { name: 'B', city: 'X' }) // ['name']
 */
export function changedFields(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(after).filter((key) => String(before[key] ?? '') !== String(after[key] ?? '')).sort();
}

/** PostgreSQL's foreign_key_violation: a row still referred to by another. */
export function isStillReferenced(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23503';
}
