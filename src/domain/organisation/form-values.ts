/** The fields of a submitted form as the browser sent them: one value, several (checkboxes), or none. */
export type FormValues = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * The single value of a field; the first one when the browser sent several, '' when none.
 * @example one({ name: ' Ratusz ' }, 'name') // ' Ratusz '
 */
export function one(form: FormValues, name: string): string {
  const value = form[name];
  if (typeof value === 'string') return value;
  return value?.[0] ?? '';
}

/**
 * Every value of a repeated field (a group of checkboxes).
 * @example many({ role: ['admin', 'clerk'] }, 'role') // ['admin', 'clerk']
 */
export function many(form: FormValues, name: string): string[] {
  const value = form[name];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}
