// How a phone number is shown outside the collection list and the ready messages (docs/book.md §10):
// in problem messages and fix labels (the sidebar, `Pemeriksaan`, command output, the export's
// problems) only its first 4 and last 3 digits, enough to find the row.

/**
 * `0878•••••116`: the digits of `value` but its first 4 and last 3 become `•`; other characters
 * (spaces, dashes, `+`, letters) stay. A value of 7 digits or fewer keeps only its first and last.
 */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '').length;
  const [head, tail] = digits > 7 ? [4, 3] : [1, 1];
  let seen = 0;
  return value.replace(/\d/g, (d) => {
    seen += 1;
    return seen <= head || seen > digits - tail ? d : '•';
  });
}
