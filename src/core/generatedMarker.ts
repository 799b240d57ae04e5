// The marker both adapters put on a tab the add-on writes (docs/book.md §4): developer metadata in
// Sheets, the note of cell A1 in an .xlsx file. Only a tab that carries it is ever overwritten.
export const GENERATED_MARKER = 'buku-kelompok:generated';
