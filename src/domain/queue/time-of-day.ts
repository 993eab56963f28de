/**
 * Reads a time of day as the database gives it ('08:00:00') or a form sends it ('8:00') into minutes
 * after midnight. Throws a RangeError on anything else: times reach the domain already validated.
 * @example minutesOfTime('08:30:00') // 510
 */
export function minutesOfTime(time: string): number {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) throw new RangeError(`Not a time of day: ${time}`);
  return hours * 60 + minutes;
}

/**
 * Spells minutes after midnight as 'HH:MM'.
 * @example timeOfMinutes(510) // '08:30'
 */
export function timeOfMinutes(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}
