// A --json report printed piece by piece: the same text as JSON.stringify(value, null, 2), but a
// long list is written one item at a time instead of as one string (a check of 800,000 rows is a
// 75 MB report, which as one string took hundreds of MB more than the book itself).

/** What JSON.stringify serialises in place of `value` (its toJSON, when it has one). */
function jsonValue(value: unknown, key: string): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === 'function' ? (toJSON as (key: string) => unknown).call(value, key) : value;
}

/** JSON.stringify leaves out object members whose value is one of these. */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** A plain object holding a non-empty list: worth writing member by member. */
function holdsList(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).some((v) => Array.isArray(v) && v.length > 0)
  );
}

/**
 * Pieces of the indented JSON text of `value`, each to be followed by a line break; joined with
 * '\n' they are exactly JSON.stringify(value, null, 2). A non-empty list and an object holding one
 * are opened and written item by item; anything else is one piece (its own stringify, indented).
 */
export function jsonPieces(value: unknown): Generator<string> {
  return pieces(jsonValue(value, ''), '', '', '');
}

/** `v` what JSON.stringify serialises for a value (its toJSON's, when it has one), `name` its `"key": `. */
function* pieces(v: unknown, indent: string, name: string, suffix: string): Generator<string> {
  const inner = `${indent}  `;
  if (Array.isArray(v) && v.length > 0) {
    yield `${indent}${name}[`;
    for (let i = 0; i < v.length; i += 1)
      yield* pieces(jsonValue(v[i], String(i)), inner, '', i < v.length - 1 ? ',' : '');
    yield `${indent}]${suffix}`;
    return;
  }
  if (holdsList(v)) {
    const members = Object.keys(v)
      .map((k) => [k, jsonValue(v[k], k)] as const)
      .filter(([, m]) => !isOmitted(m));
    yield `${indent}${name}{`;
    for (let i = 0; i < members.length; i += 1) {
      const [k, m] = members[i]!;
      yield* pieces(m, inner, `${JSON.stringify(k)}: `, i < members.length - 1 ? ',' : '');
    }
    yield `${indent}}${suffix}`;
    return;
  }
  // The value its toJSON gave (called once, with its key, as the whole would call it: a problem of
  // `check --json` tells its message there). In a list, what JSON.stringify leaves out of an object
  // (undefined, a function) is null.
  const text = JSON.stringify(v, null, 2) ?? 'null';
  yield `${indent}${name}${indent === '' ? text : text.replaceAll('\n', `\n${indent}`)}${suffix}`;
}

/** Prints `value` as indented JSON through `out` (one call per piece), as out(JSON.stringify(…)) would. */
export function printJson(out: (line: string) => void, value: unknown): void {
  for (const piece of jsonPieces(value)) out(piece);
}
