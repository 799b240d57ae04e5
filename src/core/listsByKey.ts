// One list, or one first item, per key: how the reports group a book's rows (by member, loan, Kode
// RUK, tab) in one pass instead of looking through the rows again for each key.

/** Appends `value` to the list under `key`, starting the list when the key has none. */
export function addTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** The first item of each key, or what `value` takes from it: the first row of a repeated ID counts. */
export function firstByKey<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T>;
export function firstByKey<T, V>(
  items: Iterable<T>,
  key: (item: T) => string,
  value: (item: T) => V,
): Map<string, V>;
export function firstByKey<T, V>(
  items: Iterable<T>,
  key: (item: T) => string,
  value?: (item: T) => V,
): Map<string, T | V> {
  const first = new Map<string, T | V>();
  for (const item of items) {
    const k = key(item);
    if (!first.has(k)) first.set(k, value ? value(item) : item);
  }
  return first;
}
