// Reads a group's book from its input tabs into the typed Book, with every problem as data (BOOK.md 1-3).
import type { IsoDate } from '../cell';
import type { Problem } from '../problem';
import { readMembers } from './readMembers';
import { readSettings } from './readSettings';
import type { TabSource } from './tabRows';
import type { Book } from './types';

export type { TabSource } from './tabRows';

export interface BookReading {
  readonly book: Book;
  /** In reading order: tab by tab (Pengaturan, Anggota, Pinjaman, Kas, Kegiatan), row by row. */
  readonly problems: readonly Problem[];
}

/** Never throws on what the cells hold; `today` is the spreadsheet's today, never the clock. */
export function readBook(source: TabSource, ctx: { readonly today: IsoDate }): BookReading {
  const problems: Problem[] = [];
  const settings = readSettings(source, problems);
  const members = readMembers(source, problems, ctx);
  const tabNames: Record<string, string> = {};
  if (settings.tab !== undefined) tabNames.settings = settings.tab;
  if (members.tab !== undefined) tabNames.members = members.tab;
  const book: Book = {
    settings: settings.settings,
    members: members.members,
    cash: [],
    loans: [],
    activities: [],
    tabNames,
  };
  return { book, problems };
}
