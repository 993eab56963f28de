/**
 * A message key's part made of a value the code or the database names in snake_case (an audit action, a
 * status, a refusal's code): catalogue keys are camelCase in every segment.
 * @example keyPart('booking.staff_cancel') // 'booking.staffCancel'
 */
export function keyPart(value: string): string {
  return value.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
