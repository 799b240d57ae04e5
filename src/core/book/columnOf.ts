// The header and sheet column of an input tab's column, for problems found by models after reading.
import { cashTab, loanChangesTab, loansTab, membersTab, type InputTabKey, type TabSpec } from './schema';
import type { Book, ColumnRef } from './types';

const specs: Partial<Record<InputTabKey, TabSpec>> = {
  cash: cashTab,
  loans: loansTab,
  members: membersTab,
  loanChanges: loanChangesTab,
};

/** The column as found in the book, else its canonical header and column 0 (unknown). */
export function columnOf(book: Pick<Book, 'columns'>, tab: InputTabKey, key: string): ColumnRef {
  const found = book.columns?.[tab]?.[key];
  if (found) return found;
  const header = specs[tab]?.columns.find((c) => c.key === key)?.header ?? '';
  return { header, col: 0 };
}
