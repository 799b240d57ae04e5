// A value made once per key and the same one handed out after: a book repeats a few hundred days,
// seasons, amounts and words over thousands of rows.

/** `make` of each key, made the first time it is asked for. */
export function madeOnce<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}
