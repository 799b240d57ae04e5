// The letters of a spreadsheet column, on its own so that the sidebar can use it without the schema.

/** The letters of a 1-based column as a cell reference shows them: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
