/** Average, median, 90th percentile and maximum, in minutes. */
export interface TimeFigures {
  average: number;
  median: number;
  p90: number;
  max: number;
}

/**
 * The times (whole seconds, four bytes apiece, big-endian) of several byte strings as one sorted list.
 * @example sortedSeconds([Uint8Array.of(0, 0, 0, 90, 0, 0, 0, 30)]) // Int32Array [30, 90]
 */
export function sortedSeconds(parts: readonly Uint8Array[]): Int32Array {
  let length = 0;
  for (const part of parts) length += part.byteLength >> 2;
  const seconds = new Int32Array(length);
  let i = 0;
  for (const part of parts) {
    const view = new DataView(part.buffer, part.byteOffset, part.byteLength);
    for (let at = 0; at + 4 <= part.byteLength; at += 4) seconds[i++] = view.getInt32(at);
  }
  return seconds.sort();
}

/** How many of the times (whole seconds) are longer than the limit. */
export function countAbove(part: Uint8Array, limitSeconds: number): number {
  const view = new DataView(part.buffer, part.byteOffset, part.byteLength);
  let count = 0;
  for (let at = 0; at + 4 <= part.byteLength; at += 4) if (view.getInt32(at) > limitSeconds) count += 1;
  return count;
}

/** The p-quantile (0–1) of a sorted list, interpolated between neighbours as PostgreSQL's percentile_cont does. */
export function quantile(sorted: Int32Array, p: number): number {
  const at = p * (sorted.length - 1);
  const below = Math.floor(at);
  const above = Math.ceil(at);
  return sorted[below]! + (at - below) * (sorted[above]! - sorted[below]!);
}

/**
 * Average, median, 90th percentile and maximum in minutes of a sorted list of whole seconds; null when empty.
 * @example timeFigures(Int32Array.of(60, 120, 600)) // { average: 4.33…, median: 2, p90: 9.6, max: 10 }
 */
export function timeFigures(sorted: Int32Array): TimeFigures | null {
  if (sorted.length === 0) return null;
  let sum = 0;
  for (const s of sorted) sum += s;
  return {
    average: sum / sorted.length / 60,
    median: quantile(sorted, 0.5) / 60,
    p90: quantile(sorted, 0.9) / 60,
    max: sorted[sorted.length - 1]! / 60,
  };
}
