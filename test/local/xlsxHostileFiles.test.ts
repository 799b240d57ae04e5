// Files made to hurt: far cells, a zip bomb, lying sizes, an .ods in disguise. Each is read within
// bounded memory or refused with one bilingual line before memory is spent, and in a run over
// many files the others go on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { bookSnapshot } from '../../src/local/bookSnapshot';
import { XLSX_LIMITS } from '../../src/local/xlsxLimits';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { ZipPackage } from '../../src/local/zipPackage';
import { dosDateTime, writeZip, type ZipPart } from '../../src/local/zipWriter';
import { runCli } from './runCli';
import { demoBytes } from './demoBytes';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'bk-hostile-'));
const today = '2026-11-28';
let demo: Buffer;

/** The built command line in a process of its own, for a heap limit (`nodeArgs`); the others run it in this process. */
function run(args: readonly string[], nodeArgs: readonly string[]) {
  const r = spawnSync(process.execPath, [...nodeArgs, cli, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The demo book with some of its parts replaced. */
function withParts(
  replace: Readonly<Record<string, Buffer>>,
  add: Readonly<Record<string, Buffer>> = {},
): Buffer {
  const zip = new ZipPackage(demo, 'demo', Number.MAX_SAFE_INTEGER);
  const parts: ZipPart[] = zip.entries.map((e) => {
    const data = replace[e.name];
    return data ? { kind: 'new', name: e.name, data } : { kind: 'kept', from: zip, entry: e };
  });
  for (const [name, data] of Object.entries(add)) parts.push({ kind: 'new', name, data });
  return writeZip(parts, dosDateTime(today));
}

/** The demo book whose first shared text is `length` letters a. */
function withLongSharedText(length: number): Buffer {
  const zip = new ZipPackage(demo, 'demo', Number.MAX_SAFE_INTEGER);
  const xml = zip.readText(zip.entry('xl/sharedStrings.xml')!);
  const at = xml.indexOf('<si>');
  return withParts({
    'xl/sharedStrings.xml': Buffer.concat([
      Buffer.from(`${xml.slice(0, at)}<si><t>`),
      Buffer.alloc(length, 'a'),
      Buffer.from(`</t></si>${xml.slice(at)}`),
    ]),
  });
}

beforeAll(async () => {
  demo = await demoBytes(today);
  writeFileSync(join(dir, 'demo.xlsx'), demo);
});

describe('hostile and huge files', () => {
  it('reads a book with one cell at XFD1048576 in memory bounded by the cells present', async () => {
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load(demo as unknown as ArrayBuffer);
    raw.getWorksheet('Kas')!.getCell('XFD1048576').value = 'jauh';
    const file = join(dir, 'far.xlsx');
    await raw.xlsx.writeFile(file);

    // The demo's own Kas rows (1,140 since it covers fifteen months): the far cell lies beyond them.
    const data = (await XlsxWorkbook.fromBuffer(demo)).readTab('Kas').length;
    expect(data).toBeGreaterThan(100);
    const wb = await XlsxWorkbook.load(file);
    const kas = wb.readTab('Kas');
    expect(kas).toHaveLength(1_048_576);
    expect(kas[1_048_575]).toHaveLength(16_384);
    expect(kas[1_048_575]?.[16_383]).toBe('jauh');
    // The data rows are read as they are, each up to its last value.
    expect(kas[data - 1]!.some((c) => c !== null)).toBe(true);
    // Rows between the data and the far cell are one shared empty row, not a million arrays.
    expect(new Set(kas.slice(data, 1_048_575)).size).toBe(1);
    expect(kas[data]).toEqual([]);

    // The command line in 300 MB of heap: before, it took 4.2 GB and died.
    const r = run(['check', file, '--today', today, '--json'], ['--max-old-space-size=300']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).books[0].file).toBe(file);
  });

  it('refuses a text past the limit before keeping it (a zip bomb), and the other files go on', async () => {
    const bomb = join(dir, 'bomb.xlsx');
    writeFileSync(bomb, withLongSharedText(XLSX_LIMITS.textChars + 1));
    const good = join(dir, 'demo.xlsx');
    const message = {
      id: `${bomb} memuat teks lebih dari 1.000.000 karakter dalam satu sel (batas alat ini; Excel berhenti di 32.767)`,
      en: `${bomb} holds a text of more than 1,000,000 characters in one cell (this tool's limit; Excel stops at 32,767)`,
    };
    const alone = await runCli(['check', bomb, '--today', today], dir);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe(`${message.id} / ${message.en}\n`);

    const json = await runCli(['check', good, bomb, '--today', today, '--json'], dir);
    expect(json.code).toBe(2);
    const books = JSON.parse(json.stdout).books;
    expect(books).toHaveLength(2);
    expect(books[0].file).toBe(good);
    expect(books[0].counts).toBeDefined();
    expect(books[1]).toEqual({ file: bomb, error: { code: 'file.tooLarge', message } });

    const text = await runCli(['check', good, bomb, '--today', today], dir);
    expect(text.stdout).toContain(good);
    expect(text.stdout).toContain('2 buku: 1 terbaca');
    expect(text.stderr).toBe(`${message.id} / ${message.en}\n`);

    const summary = await runCli(['summary', bomb, good, '--today', today, '--json'], dir);
    expect(summary.code).toBe(2);
    const groups = JSON.parse(summary.stdout).groups;
    expect(groups.map((g: { file: string }) => g.file).sort()).toEqual([bomb, good].sort());
    expect(groups.find((g: { file: string }) => g.file === bomb).error.code).toBe('file.tooLarge');
  });

  it('reads a text of 100,000 characters whole', async () => {
    const wb = await XlsxWorkbook.fromBuffer(withLongSharedText(100_000));
    const texts = wb.tabNames().flatMap((n) => wb.readTab(n).flat());
    expect(texts).toContain('a'.repeat(100_000));
  });

  it('refuses a package past the unpacked size, the cell count or the shared text limit', async () => {
    await expect(
      XlsxWorkbook.fromBuffer(demo, 'buku.xlsx', { ...XLSX_LIMITS, unpackedBytes: 100_000 }),
    ).rejects.toMatchObject({
      code: 'file.tooLarge',
      text: {
        id: 'buku.xlsx terlalu besar: isinya lebih dari 97 KB setelah dibuka (batas alat ini)',
        en: "buku.xlsx is too large: it holds more than 97 KB once unpacked (this tool's limit)",
      },
    });
    await expect(
      XlsxWorkbook.fromBuffer(demo, 'buku.xlsx', { ...XLSX_LIMITS, cells: 100 }),
    ).rejects.toMatchObject({
      code: 'file.tooLarge',
      text: {
        id: 'buku.xlsx terlalu besar: lebih dari 100 sel berisi (batas alat ini)',
        en: "buku.xlsx is too large: more than 100 cells hold a value (this tool's limit)",
      },
    });
    await expect(
      XlsxWorkbook.fromBuffer(demo, 'buku.xlsx', { ...XLSX_LIMITS, sharedTextChars: 1000 }),
    ).rejects.toMatchObject({
      code: 'file.tooLarge',
      text: {
        id: 'buku.xlsx terlalu besar: teksnya lebih dari 1.000 karakter (batas alat ini)',
        en: "buku.xlsx is too large: its texts hold more than 1,000 characters (this tool's limit)",
      },
    });
    // Within the limits, the same book reads.
    await expect(XlsxWorkbook.fromBuffer(demo, 'buku.xlsx')).resolves.toBeInstanceOf(XlsxWorkbook);
  });

  it('refuses a part that unpacks past the size its directory declares', async () => {
    const bytes = Buffer.from(demo);
    const zip = new ZipPackage(bytes, 'demo', Number.MAX_SAFE_INTEGER);
    const sheet = zip.entry('xl/worksheets/sheet2.xml')!;
    // Declare 100 bytes where the part unpacks to more.
    const at = bytes.indexOf(sheet.directoryRecord);
    bytes.writeUInt32LE(100, at + 24);
    await expect(XlsxWorkbook.fromBuffer(bytes, 'buku.xlsx')).rejects.toMatchObject({
      code: 'file.notWorkbook',
      text: { en: 'buku.xlsx is not an Excel .xlsx file' },
    });
  });

  it('refuses a package declaring more than 1 GB unpacked before unpacking it, in one line, exit 2', () => {
    const bytes = Buffer.from(demo);
    const zip = new ZipPackage(bytes, 'demo', Number.MAX_SAFE_INTEGER);
    const sheet = zip.entry('xl/worksheets/sheet2.xml')!;
    // Declare 2,000,000,000 bytes unpacked for one part: past the limit before a byte is unpacked.
    bytes.writeUInt32LE(2_000_000_000, bytes.indexOf(sheet.directoryRecord) + 24);
    const huge = join(dir, 'huge.xlsx');
    writeFileSync(huge, bytes);
    const good = join(dir, 'demo.xlsx');
    // In 64 MB of heap: the refusal spends none of the memory the declared size asks for.
    const r = run(['check', huge, good, '--today', today], ['--max-old-space-size=64']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${huge} terlalu besar: isinya lebih dari 1.024 MB setelah dibuka (batas alat ini) / ${huge} is too large: it holds more than 1,024 MB once unpacked (this tool's limit)\n`,
    );
    expect(r.stdout).toContain(good);
    expect(r.stdout).toContain('2 buku: 1 terbaca');
  });

  it.each([
    // Renamed .xlsx: said so; a real .ods: said to be one, not "renamed".
    ['buku.xlsx', ' yang berganti nama .xlsx', ' renamed .xlsx'],
    ['buku.ods', '', ''],
  ])('tells an OpenDocument spreadsheet named %s for what it is', async (name, renamedId, renamedEn) => {
    const ods = join(dir, name);
    writeFileSync(
      ods,
      writeZip(
        [
          {
            kind: 'new',
            name: 'mimetype',
            data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet'),
          },
          { kind: 'new', name: 'content.xml', data: Buffer.from('<office:document-content/>') },
        ],
        dosDateTime(today),
      ),
    );
    const r = await runCli(['check', ods, '--today', today], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${ods} adalah file OpenDocument (.ods)${renamedId}: buka di LibreOffice lalu simpan sebagai Excel .xlsx / ${ods} is an OpenDocument spreadsheet (.ods)${renamedEn}: open it in LibreOffice and save it as Excel .xlsx\n`,
    );
  });
});

describe('a workbook with a part cut short or missing (a copy interrupted)', () => {
  const part = (name: string) => {
    const zip = new ZipPackage(demo, 'demo', Number.MAX_SAFE_INTEGER);
    return zip.readText(zip.entry(name)!);
  };
  const half = (name: string) => Buffer.from(part(name).slice(0, Math.floor(part(name).length / 2)));
  const withoutSharedStrings = (): Buffer => {
    const zip = new ZipPackage(demo, 'demo', Number.MAX_SAFE_INTEGER);
    const parts: ZipPart[] = zip.entries
      .filter((e) => e.name !== 'xl/sharedStrings.xml')
      .map((e) => ({ kind: 'kept', from: zip, entry: e }));
    return writeZip(parts, dosDateTime(today));
  };
  const damaged = (file: string) =>
    `${file} rusak: isinya terpotong atau tidak lengkap. Buka di Excel/LibreOffice, simpan ulang sebagai .xlsx, lalu coba lagi / ${file} is damaged: part of it is cut short or missing. Open it in Excel/LibreOffice, save it again as .xlsx, and try again\n`;

  it.each([
    ['cut at half its length', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
    ['cut 10 bytes before its end', (b: Buffer) => b.subarray(0, b.length - 10)],
  ])('a copy %s (its directory lost): refused as damaged, not as no Excel file', async (_label, cut) => {
    const file = join(dir, 'terpotong.xlsx');
    writeFileSync(file, cut(demo));
    const r = await runCli(['check', file, '--today', today], dir);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', damaged(file)]);
  });

  it('a file that is not a zip at all is still no Excel file', async () => {
    const file = join(dir, 'teks.xlsx');
    writeFileSync(file, 'bukan zip\n');
    const r = await runCli(['check', file, '--today', today], dir);
    expect(r.stderr).toBe(`${file} bukan file Excel .xlsx / ${file} is not an Excel .xlsx file\n`);
  });

  it('a styles part without the lists every workbook has: the read book is named, not the copy being written', async () => {
    const file = join(dir, 'gaya.xlsx');
    const xml = part('xl/styles.xml');
    // Closed, so the book reads; but no cellXfs for the generated tabs' formats to join.
    writeFileSync(
      file,
      withParts({ 'xl/styles.xml': Buffer.from(xml.replace(/<cellXfs[\s\S]*<\/cellXfs>/, '')) }),
    );
    const r = await runCli(['balances', file, '--out', join(dir, 'salinan.xlsx'), '--today', today], dir);
    expect([r.code, r.stderr]).toEqual([2, damaged(file)]);
  });

  it.each([
    [
      'a worksheet cut in half',
      () => withParts({ 'xl/worksheets/sheet2.xml': half('xl/worksheets/sheet2.xml') }),
    ],
    [
      'the shared texts cut in half',
      () => withParts({ 'xl/sharedStrings.xml': half('xl/sharedStrings.xml') }),
    ],
    ['the shared texts missing', withoutSharedStrings],
    [
      'the styles cut short (every date would read as a number)',
      () => withParts({ 'xl/styles.xml': Buffer.from('<x') }),
    ],
  ])(
    '%s: refused in one line, exit 2, not read as a book with rows and headers missing',
    async (_label, make) => {
      const file = join(dir, 'rusak.xlsx');
      writeFileSync(file, make());
      for (const command of ['check', 'balances']) {
        const r = await runCli([command, file, '--today', today], dir);
        expect([command, r.code, r.stdout, r.stderr]).toEqual([command, 2, '', damaged(file)]);
      }
    },
  );
});

describe('the preview of a tab with a far cell', () => {
  it('keeps the rows ragged instead of padding a million rows to 16,384 columns', async () => {
    const raw = new ExcelJS.Workbook();
    raw.addWorksheet('Kas').getCell('A1').value = 'Tanggal';
    raw.getWorksheet('Kas')!.getCell('XFD1048576').value = 'jauh';
    const wb = await XlsxWorkbook.fromBuffer(Buffer.from(await raw.xlsx.writeBuffer()));
    const [kas] = bookSnapshot(wb, null).tabs;
    expect(kas?.rows).toHaveLength(1_048_576);
    expect(kas?.rows[0]).toEqual(['Tanggal']);
    expect(kas?.rows[1]).toEqual([]);
    expect(kas?.rows[1_048_575]?.[16_383]).toBe('jauh');
  });
});
