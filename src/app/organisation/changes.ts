/**
 * The names of the columns whose values differ between a row before and after a change, for the audit
 * log's details (names only: the values may be personal data).
 * @example changedFields({ name: 'A', city: 'X' }, { name: 'B', city: 'X' }) // ['name']
 */
export function changedFields(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): string[] {
  // Columns are scalars (text, numbers, booleans, 'YYYY-MM-DD' dates): null and '' count as the same "empty".
  const comparable = (value: unknown): string => (value === null || value === undefined ? '' : JSON.stringify(value).replace(/^"|"$/g, ''));
  return Object.keys(after)
    .filter((key) => comparable(before[key]) !== comparable(after[key]))
    .sort();
}

/** PostgreSQL's foreign_key_violation: a row still referred to by another. */
export function isStillReferenced(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23503';
}
