// The order of dated rows everywhere in the book: by date, and rows of one date in sheet order.

/** Compares two dated rows (ISO dates compare as text): earlier first, then the upper row. */
export function byDateThenRow(
  a: { readonly date: string; readonly row: number },
  b: { readonly date: string; readonly row: number },
): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row;
}

/** Compares two dated things by date alone (a stable sort keeps the order of one date's). */
export function byDate(a: { readonly date: string }, b: { readonly date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
