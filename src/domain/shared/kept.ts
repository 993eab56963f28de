/**
 * Freezes a value and everything in it (dates excepted): a value shared by requests must not be changed by one.
 * @example const kept = deepFreeze({ desks: [{ id: 1 }] });
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value) && !(value instanceof Date)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Sets a key as the most recent entry of a map kept to at most `limit` entries: the least recently set
 * entry goes when it grows past it (a `Map` iterates in the order its keys were set).
 * @example keepRecent(entries, 's1-d7-20261124T0800Z', read, 1_000);
 */
export function keepRecent<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value!);
}
