import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../src/core/api/createApi';
import type { SidebarApi } from '../../src/core/api/types';
import type { Bilingual } from '../../src/core/text';
import type { Host } from '../../src/core/workbook';
import { openPreviewBook } from '../../src/local/previewBook';
import { createPreviewServer, listen, parsePreviewArgs } from '../../src/local/previewServer';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { demoBytes } from './demoBytes';
import { postToPreview } from './previewPost';

describe('parsePreviewArgs', () => {
  test('book, port and today; defaults', () => {
    expect(parsePreviewArgs([])).toEqual({ file: null, port: 5173, today: undefined });
    expect(parsePreviewArgs(['b.xlsx', '--port', '8080', '--today', '2026-11-28'])).toEqual({
      file: 'b.xlsx',
      port: 8080,
      today: '2026-11-28',
    });
  });
  test('usage errors are said in both languages', () => {
    expect(parsePreviewArgs(['--port', 'abc'])).toEqual({
      id: '--port harus angka 0 sampai 65535 (bukan "abc")',
      en: '--port must be a number from 0 to 65535 (not "abc")',
    });
    expect(parsePreviewArgs(['--port', '70000'])).toEqual({
      id: '--port harus angka 0 sampai 65535 (bukan "70000")',
      en: '--port must be a number from 0 to 65535 (not "70000")',
    });
    expect(parsePreviewArgs(['--port'])).toEqual({
      id: '--port harus angka 0 sampai 65535 (bukan "")',
      en: '--port must be a number from 0 to 65535 (not "")',
    });
    expect(parsePreviewArgs(['--today', '28/11/2026'])).toEqual({
      id: '--today harus tanggal yyyy-mm-dd, mis. 2026-11-28 (bukan "28/11/2026")',
      en: '--today must be a date yyyy-mm-dd, e.g. 2026-11-28 (not "28/11/2026")',
    });
    expect(parsePreviewArgs(['a.xlsx', 'b.xlsx'])).toEqual({
      id: 'Satu buku saja (a.xlsx, b.xlsx)',
      en: 'One book at a time (a.xlsx, b.xlsx)',
    });
    expect(parsePreviewArgs(['--verbose'])).toEqual({
      id: 'Opsi tidak dikenal: --verbose',
      en: 'Unknown option: --verbose',
    });
    expect(parsePreviewArgs(['--prefs'])).toEqual({
      id: '--prefs perlu nama file',
      en: '--prefs needs a file name',
    });
  });
});

describe('openPreviewBook', () => {
  test('the API gets the local host; a written cell is in the file after save; selection reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preview-book-'));
    const file = join(dir, 'book.xlsx');
    writeFileSync(file, await demoBytes('2026-11-28'));
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

describe('the preview and another program editing the same file', () => {
  const TOKEN = 'f00d';
  let server: Server;
  let port: number;
  let file: string;
  let editDuringNextWrite = false;
  const sha = () => createHash('sha256').update(readFileSync(file)).digest('hex');

  const post = (name: string, body = '[]') => postToPreview(port, TOKEN, name, body);

  /** What a spreadsheet program does: open the file, change a cell, save it whole. */
  async function editElsewhere(value: string): Promise<void> {
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(file);
    excel.getWorksheet('Anggota')!.getCell('B2').value = value;
    await excel.xlsx.writeFile(file);
  }

  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'preview-stale-')), 'buku.xlsx');
    writeFileSync(file, await demoBytes('2026-11-28'));
    const book = await openPreviewBook(
      file,
      (host) => {
        const api = createApi(host);
        return {
          ...api,
          runChecks: () => {
            if (editDuringNextWrite) {
              editDuringNextWrite = false;
              execFileSync(process.execPath, [
                '-e',
                `const E=require('exceljs');(async()=>{const w=new E.Workbook();await w.xlsx.readFile(${JSON.stringify(file)});w.getWorksheet('Anggota').getCell('B2').value='Diubah selagi memeriksa';await w.xlsx.writeFile(${JSON.stringify(file)});})()`,
              ]);
            }
            return api.runChecks();
          },
        };
      },
      { today: '2026-11-28' },
    );
    server = createPreviewServer(book, { sidebarFile: join(__dirname, 'missing.html'), token: TOKEN });
    port = await listen(server, 0);
  });
  afterAll(() => new Promise((r) => server.close(r)));

  const refusal: Bilingual = {
    id: 'Berkas buku.xlsx diubah di luar pratinjau sejak terakhir dibaca. Pratinjau sudah membacanya lagi dan tidak mengubah apa pun: lihat isinya, lalu ulangi tindakan.',
    en: 'The file buku.xlsx was changed outside the preview since it was last read. The preview has read it again and changed nothing: look at it, then repeat the action.',
  };

  test('a write after an edit on disk is refused, the edit kept, the file read again', async () => {
    await editElsewhere('Nama dari program lain');
    const edited = sha();
    expect(await post('runChecks')).toEqual({ ok: false, error: { code: 'file.changed', message: refusal } });
    expect(sha()).toBe(edited);
    // Read again: the next action works on the other program's content and keeps it.
    expect((await post('runChecks')).ok).toBe(true);
    const after = await XlsxWorkbook.load(file);
    expect(after.readTab('Anggota')[1]?.[1]).toBe('Nama dari program lain');
    expect(after.isGenerated('Pemeriksaan')).toBe(true);
  });

  test('a read after an edit on disk shows the edit and refuses nothing', async () => {
    await editElsewhere('Dibaca lagi');
    const overview = await post('getOverview');
    expect(overview.ok).toBe(true);
    expect((await post('runChecks')).ok).toBe(true);
    expect((await XlsxWorkbook.load(file)).readTab('Anggota')[1]?.[1]).toBe('Dibaca lagi');
  });

  test('an edit on disk while an action runs: the action is not saved over it', async () => {
    editDuringNextWrite = true;
    expect(await post('runChecks')).toEqual({ ok: false, error: { code: 'file.changed', message: refusal } });
    expect((await XlsxWorkbook.load(file)).readTab('Anggota')[1]?.[1]).toBe('Diubah selagi memeriksa');
  });
});

describe('a save that fails', () => {
  it('drops the action’s work: neither the view nor the next save carries it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'preview-unsaved-')), 'buku.xlsx');
    writeFileSync(file, await demoBytes('2026-11-28'));
    let refuse = true;
    const book = await openPreviewBook(file, createApi, {
      today: '2026-11-28',
      writeFile: async (path, bytes) => {
        if (refuse) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        writeFileSync(path, bytes);
      },
    });
    expect(book.api.computeBalances().ok).toBe(true);
    expect(book.workbook.isGenerated('Saldo Pinjaman')).toBe(true);
    await expect(book.save()).rejects.toThrow('EACCES');
    // The book as the file holds it: the balances the user was told were not saved are gone.
    expect(book.workbook.tabNames()).not.toContain('Saldo Pinjaman');
    refuse = false;
    expect(book.api.generatePlan().ok).toBe(true);
    await book.save();
    const saved = (await XlsxWorkbook.load(file)).tabNames();
    expect(saved).toContain('RUK 2026');
    expect(saved).not.toContain('Saldo Pinjaman');
  });
});
