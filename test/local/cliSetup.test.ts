// `setup FILE`: the add-on's Siapkan Buku at the command line. An earlier release's book gains the
// tabs and keys added since, written into FILE itself (atomically, the link and the mode kept) or
// with --out into a copy; a whole book is not written at all; a file that does not exist becomes a
// new book; a file that cannot be read is refused in one line, exit 2, and left as it was.
import ExcelJS from 'exceljs';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isSealed } from '../../src/local/outputSeal';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { demoBytes } from './demoBytes';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'bk-setup-'));
const today = '2026-11-28';
/** The tabs sections 7-11 of docs/book.md added: an earlier release's book lacks them. */
const NEW_TABS = ['Perubahan Pinjaman', 'Daftar Hadir', 'RUK', 'Saprodi'];
const ALL_TABS = ['Pengaturan', 'Anggota', 'Kas', 'Pinjaman', 'Kegiatan', ...NEW_TABS];

let counter = 0;
const fresh = (name: string) => join(dir, `${(counter += 1)}-${name}`);

/** The demo book as a file of its own. */
async function wholeBook(): Promise<string> {
  const file = fresh('lengkap.xlsx');
  writeFileSync(file, await demoBytes(today));
  return file;
}

/** The old book's bytes, made once for the file's tests: each test gets a copy of its own to set up. */
let oldBytes: Promise<Buffer> | undefined;

/**
 * The demo book as an earlier release left it: without the newer tabs, and without the Pengaturan
 * key `Masa Tenggang Denda`, saved by another program (exceljs).
 */
async function oldBook(): Promise<string> {
  const file = fresh('lama.xlsx');
  writeFileSync(file, await (oldBytes ??= writeOldBook()));
  return file;
}

async function writeOldBook(): Promise<Buffer> {
  const demo = await wholeBook();
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(demo);
  for (const tab of NEW_TABS) excel.removeWorksheet(excel.getWorksheet(tab)!.id);
  const settings = excel.getWorksheet('Pengaturan')!;
  let keyRow = 0;
  settings.eachRow((row, n) => {
    if (row.getCell(1).value === 'Masa Tenggang Denda') keyRow = n;
  });
  expect(keyRow).toBeGreaterThan(1);
  settings.spliceRows(keyRow, 1);
  const file = fresh('lama.xlsx');
  await excel.xlsx.writeFile(file);
  return readFileSync(file);
}

const tabsOf = async (file: string) => (await XlsxWorkbook.load(file)).tabNames();
const setup = (...args: string[]) => runCli(['setup', ...args, '--today', today], dir);

const OLD_MESSAGE = {
  id: `Tab dibuat: ${NEW_TABS.join(', ')}. Ditambahkan ke Pengaturan: Masa Tenggang Denda. Berikutnya: jalankan Periksa Data.`,
  en: `Tabs created: ${NEW_TABS.join(', ')}. Added to Pengaturan: Masa Tenggang Denda. Next: run Periksa Data (Check Data).`,
};

describe('setup FILE', () => {
  test('an earlier release’s book: the newer tabs and the missing key are written into FILE itself', async () => {
    const file = await oldBook();
    // Before: a command that reads a newer tab refuses the book, and names the command that sets it up.
    const refused = await runCli(['ruk', file, '--today', today], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`Buat tab itu dengan perintah buku-kelompok setup ${file} (`);

    const r = await setup(file);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 0,
      stdout: `${OLD_MESSAGE.id}\nPeriksa buku dengan: buku-kelompok check ${file}\n`,
      stderr: `Disimpan ${file}: buku yang sudah disiapkan\n`,
    });
    expect(await tabsOf(file)).toEqual(ALL_TABS);
    const settings = (await XlsxWorkbook.load(file)).readTab('Pengaturan');
    expect(settings.at(-1)).toEqual(['Masa Tenggang Denda', 3]);
    // Not sealed: the group's own book, which no --out replaces without --force.
    expect(isSealed(readFileSync(file))).toBe(false);
    expect((await runCli(['ruk', file, '--today', today], dir)).code).toBe(0);
  });

  test('a second run is a no-op: says so, and the file is not written again', async () => {
    const file = await oldBook();
    expect((await setup(file)).code).toBe(0);
    const bytes = readFileSync(file);
    const { mtimeMs, ino } = statSync(file);
    const again = await setup(file);
    expect({ code: again.code, stdout: again.stdout, stderr: again.stderr }).toEqual({
      code: 0,
      stdout: [
        'Semua tab sudah ada; tidak ada yang diubah. Berikutnya: jalankan Periksa Data.',
        `${file} tidak ditulis ulang.`,
        `Periksa buku dengan: buku-kelompok check ${file}`,
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file)).toMatchObject({ mtimeMs, ino });
  });

  test('a whole book: nothing changed, the file’s bytes as they were; in English with --lang en', async () => {
    const file = await wholeBook();
    const bytes = readFileSync(file);
    const { mtimeMs } = statSync(file);
    const r = await setup(file, '--lang', 'en');
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 0,
      stdout: [
        'Every tab is already there; nothing was changed. Next: run Periksa Data (Check Data).',
        `${file} was not rewritten.`,
        `Check the book with: buku-kelompok check ${file}`,
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtimeMs);
  });

  test('--out writes the set-up copy and leaves FILE untouched', async () => {
    const file = await oldBook();
    const bytes = readFileSync(file);
    const copy = fresh('siap.xlsx');
    const r = await setup(file, '--out', copy);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 0,
      stdout: `${OLD_MESSAGE.id}\nPeriksa buku dengan: buku-kelompok check ${copy}\n`,
      stderr: `Dibuat ${copy}: salinan buku yang sudah disiapkan\n`,
    });
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(await tabsOf(copy)).toEqual(ALL_TABS);
    // A copy, as every --out: sealed, so that writing it again needs no --force.
    expect(isSealed(readFileSync(copy))).toBe(true);
    expect((await setup(file, '--out', copy)).stderr).toBe(
      `Ditimpa ${copy}: salinan buku yang sudah disiapkan\n`,
    );
  });

  test('--out of a whole book: no copy is written, and that is said', async () => {
    const file = await wholeBook();
    const copy = fresh('siap.xlsx');
    const r = await setup(file, '--out', copy);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe(
      `${copy} tidak ditulis: ${file} sudah lengkap dan dapat dipakai apa adanya.`,
    );
    expect(existsSync(copy)).toBe(false);
  });

  test('--out follows the rules of every --out: not the input, not a file it did not write', async () => {
    const file = await oldBook();
    const bytes = readFileSync(file);
    const same = await setup(file, '--out', file);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('--out tidak boleh sama dengan file masukan');
    const other = fresh('milik-orang.xlsx');
    writeFileSync(other, 'not ours');
    const taken = await setup(file, '--out', other);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('sudah ada dan bukan tulisan Buku Kelompok');
    expect(readFileSync(other, 'utf8')).toBe('not ours');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test('--json: what was created and added to, and the add-on’s message in both languages', async () => {
    const file = await oldBook();
    const r = await setup(file, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      file,
      out: null,
      newBook: false,
      changed: true,
      written: file,
      created: NEW_TABS,
      updated: ['Pengaturan'],
      message: OLD_MESSAGE,
    });
    expect(r.stderr).toBe(`Disimpan ${file}: buku yang sudah disiapkan\n`);
    const again = await setup(file, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({
      changed: false,
      written: null,
      created: [],
      updated: [],
    });
  });

  test('the file is written through a symbolic link, which stays a link, and keeps its permissions', async () => {
    const real = await oldBook();
    chmodSync(real, 0o600);
    const link = fresh('tautan.xlsx');
    symlinkSync(real, link);
    expect((await setup(link)).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(real).mode & 0o777).toBe(0o600);
    expect(await tabsOf(real)).toEqual(ALL_TABS);
  });

  test('a FILE that does not exist yet becomes a new book, the same bytes for the same today', async () => {
    const file = fresh('baru.xlsx');
    const r = await setup(file);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 0,
      stdout: [
        `Tab dibuat: ${ALL_TABS.join(', ')}. Berikutnya: isi Nama Kelompok di tab Pengaturan, lalu isi data anggota di tab Anggota.`,
        `Periksa buku dengan: buku-kelompok check ${file}`,
        '',
      ].join('\n'),
      stderr: `Dibuat ${file}: buku baru\n`,
    });
    expect(await tabsOf(file)).toEqual(ALL_TABS);
    const second = fresh('baru.xlsx');
    await setup(second);
    expect(readFileSync(second).equals(readFileSync(file))).toBe(true);
    // A book the other commands read.
    expect((await runCli(['check', file, '--today', today], dir)).code).not.toBe(2);
  });

  test('an empty workbook made by a spreadsheet program: its own tab kept, the book’s added after it', async () => {
    const file = fresh('kosong.xlsx');
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet('Sheet1');
    await excel.xlsx.writeFile(file);
    // Before: the other commands name the command that sets it up.
    const expected =
      'Pengaturan, Anggota, Kas, Pinjaman, Kegiatan, Perubahan Pinjaman, Daftar Hadir, RUK, Saprodi';
    const before = await runCli(['check', file, '--today', today], dir);
    expect([before.code, before.stdout, before.stderr]).toEqual([
      2,
      '',
      `${file} tidak berisi tab buku yang dikenal (${expected}). Siapkan buku dengan perintah buku-kelompok setup ${file} / ${file} has none of the book's tabs (${expected}). Set the book up with the command buku-kelompok setup ${file}\n`,
    ]);
    const r = await setup(file);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Disimpan ${file}: buku yang sudah disiapkan\n`);
    expect(await tabsOf(file)).toEqual(['Sheet1', ...ALL_TABS]);
  });

  test.each([
    [
      'a text file named .xlsx',
      'teks.xlsx',
      'bukan buku',
      (f: string) => `${f} bukan file Excel .xlsx / ${f} is not an Excel .xlsx file`,
    ],
    [
      'an old .xls',
      'lama.xls',
      '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old',
      (f: string) =>
        `${f} berformat .xls lama: simpan ulang sebagai .xlsx / ${f} is an old .xls file: save it again as .xlsx`,
    ],
  ])('%s: refused in one line, exit 2, left as it was', async (_, name, content, refusal) => {
    const file = fresh(name);
    writeFileSync(file, content, 'latin1');
    const bytes = readFileSync(file);
    const r = await setup(file);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `${refusal(file)}\n` });
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test('a folder, or a link to nothing: refused, nothing made', async () => {
    const folder = fresh('map.xlsx');
    mkdirSync(folder);
    expect(await setup(folder)).toEqual({
      code: 2,
      stdout: '',
      stderr: `${folder} adalah folder, bukan file .xlsx: sebut file-filenya, mis. ${join(folder, '*.xlsx')} / ${folder} is a folder, not an .xlsx file: name its files, e.g. ${join(folder, '*.xlsx')}\n`,
    });
    const link = fresh('putus.xlsx');
    const target = fresh('hilang.xlsx');
    symlinkSync(target, link);
    expect(await setup(link)).toEqual({
      code: 2,
      stdout: '',
      stderr: `File tidak ditemukan: ${link}. Periksa nama dan foldernya / File not found: ${link}. Check its name and folder\n`,
    });
    expect(existsSync(target)).toBe(false);
  });

  test('an empty file (touch buku.xlsx) becomes a new book, written through its link, its mode kept', async () => {
    const real = fresh('kosong.xlsx');
    writeFileSync(real, '');
    chmodSync(real, 0o600);
    const link = fresh('tautan-kosong.xlsx');
    symlinkSync(real, link);
    const r = await setup(link);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: `Dibuat ${link}: buku baru\n` });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(real).mode & 0o777).toBe(0o600);
    expect(await tabsOf(real)).toEqual(ALL_TABS);
  });

  test('a new book must be named .xlsx; with --out, FILE must exist', async () => {
    const odd = fresh('buku.xslx');
    const r = await setup(odd);
    expect({ code: r.code, stderr: r.stderr }).toEqual({
      code: 2,
      stderr: `${odd} belum ada, dan buku baru harus berakhiran .xlsx: yang ditulis selalu workbook Excel / ${odd} does not exist, and a new book's name must end in .xlsx: what is written is always an Excel workbook\n`,
    });
    expect(existsSync(odd)).toBe(false);
    const missing = fresh('tidak-ada.xlsx');
    const copy = fresh('salinan.xlsx');
    const withOut = await setup(missing, '--out', copy);
    expect({ code: withOut.code, stderr: withOut.stderr }).toEqual({
      code: 2,
      stderr: `File tidak ditemukan: ${missing}. Periksa nama dan foldernya / File not found: ${missing}. Check its name and folder\n`,
    });
    expect(existsSync(copy)).toBe(false);
  });

  test('a new book in a folder that does not exist: refused, nothing made', async () => {
    const file = join(dir, 'tidak-ada', 'baru.xlsx');
    const r = await setup(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `File tidak dapat ditulis: ${file} (folder tidak ada, ENOENT); tidak ada file yang dibuat / Cannot write ${file} (the folder does not exist, ENOENT); no file was made\n`,
    );
    expect(existsSync(join(dir, 'tidak-ada'))).toBe(false);
  });

  test('help setup: its synopsis and what it does, Indonesian first', async () => {
    const r = await runCli(['help', 'setup'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'buku-kelompok setup FILE [--out FILE.xlsx] [--force] [--today yyyy-mm-dd] [--lang id|en] [--json]',
      '',
      '  Siapkan Buku: membuat tab isian yang belum ada dan menambahkan kunci Pengaturan serta pilihan yang belum ada pada buku dari rilis lama, lalu menyimpannya ke FILE itu sendiri (atau ke salinan dengan --out). FILE yang belum ada dibuat sebagai buku baru; buku yang sudah lengkap tidak ditulis.',
    ]);
  });

  test('arguments: one FILE, a known --lang, checked before anything is read or written', async () => {
    expect((await setup()).stderr).toContain('Sebutkan satu file buku: buku-kelompok setup FILE');
    const file = fresh('baru.xlsx');
    const lang = await setup(file, '--lang', 'fr');
    expect(lang).toEqual({
      code: 2,
      stdout: '',
      stderr: '--lang harus id atau en (bukan "fr") / --lang must be id or en (not "fr")\n',
    });
    expect(existsSync(file)).toBe(false);
  });
});
