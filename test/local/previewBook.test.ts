import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SidebarApi } from '../../src/core/api/types';
import type { Host } from '../../src/core/workbook';
import { demoWorkbook } from '../../src/local/demoWorkbook';
import { openPreviewBook } from '../../src/local/previewBook';
import { parsePreviewArgs } from '../../src/local/previewServer';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';

describe('parsePreviewArgs', () => {
  test('book, port and today; defaults', () => {
    expect(parsePreviewArgs([])).toEqual({ file: null, port: 5173, today: undefined });
    expect(parsePreviewArgs(['b.xlsx', '--port', '8080', '--today', '2026-11-28'])).toEqual({
      file: 'b.xlsx',
      port: 8080,
      today: '2026-11-28',
    });
  });
  test('usage errors are messages', () => {
    expect(parsePreviewArgs(['--port', 'x'])).toContain('--port');
    expect(parsePreviewArgs(['--today', '28/11/2026'])).toContain('--today');
    expect(parsePreviewArgs(['a.xlsx', 'b.xlsx'])).toContain('one book');
    expect(parsePreviewArgs(['--verbose'])).toContain('unknown option');
  });
});

describe('openPreviewBook', () => {
  test('the API gets the local host; a written cell is in the file after save; selection reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preview-book-'));
    const file = join(dir, 'book.xlsx');
    await demoWorkbook('2026-11-28').save(file);
    let seen: Host | null = null;
    const book = await openPreviewBook(
      file,
      (host) => {
        seen = host;
        return {} as SidebarApi;
      },
      { today: '2026-11-28' },
    );
    expect(book.title).toBe('book.xlsx');
    const host = seen as unknown as Host;
    expect(host.today()).toBe('2026-11-28');
    expect(book.selection()).toBeNull();
    host.selectCell('Anggota', 5, 2);
    expect(book.selection()).toEqual({ tab: 'Anggota', row: 5, col: 2 });
    const tab = book.workbook.tabNames()[0];
    book.workbook.writeCell(tab, 40, 9, 'diubah oleh pratinjau');
    await book.save();
    const again = await XlsxWorkbook.load(file);
    expect(again.readTab(tab)[39][8]).toBe('diubah oleh pratinjau');
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
  });
});
