// The order of dated rows everywhere in the book: by date, and rows of one date in sheet order.

/** Compares two dated rows (ISO dates compare as text): earlier first, then the upper row. */
export function byDateThenRow(
  a: { readonly date: string; readonly row: number },
  b: { readonly date: string; readonly row: number },
): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row;
}

/**
 * `rows` sorted in place with `byDateThenRow`, unless they are in that order already, as most books
 * keep them: a sort copies its list first, and a district book has thousands of such lists.
 */
export function sortByDateThenRow<T extends { readonly date: string; readonly row: number }>(rows: T[]): T[] {
  for (let i = 1; i < rows.length; i++)
    if (byDateThenRow(rows[i - 1]!, rows[i]!) > 0) return rows.sort(byDateThenRow);
  return rows;
}

/** Compares two dated things by date alone (a stable sort keeps the order of one date's). */
export function byDate(a: { readonly date: string }, b: { readonly date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
