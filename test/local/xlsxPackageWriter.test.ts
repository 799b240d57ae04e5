// A book whose parts name their elements under a namespace prefix, as other programs write them:
// `<x:sheetData>` everywhere (the .NET Open XML SDK), `<ns0:sheets>` and `ns2:id` in the workbook
// part (Python's xml.etree). Such a file is valid (LibreOffice opens it), and every command reads
// and writes it as the same book without the prefixes: the copies and the book set up read back as
// theirs do, what is added to a part carries that part's prefix, and the file read is left as it was.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { ZipPackage } from '../../src/local/zipPackage';
import {
  elementTreeStyle,
  MAIN_NS,
  openXmlSdkStyle,
  rawBook,
  SMALL_BOOK,
  unprefixedTags,
  withEditedParts,
} from './rawBook';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'bk-prefixed-'));
const today = '2026-12-04';
const clock = () => new Date('2026-12-04T03:00:00Z');
const plain = rawBook(SMALL_BOOK);

/** What a command wrote: its exit code, its lines (the file names made alike) and the tabs of what it wrote. */
async function outcome(label: string, bytes: Buffer, args: readonly string[]) {
  const input = join(dir, `${label}.xlsx`);
  writeFileSync(input, bytes);
  const [command, ...rest] = args;
  // check writes nothing, setup writes the book itself, the others a copy.
  const inPlace = command === 'setup' || command === 'check';
  const written = inPlace ? input : join(dir, `${label}-${command}-out.xlsx`);
  const r = await runCli(
    [command!, input, ...rest, ...(inPlace ? [] : ['--out', written]), '--today', today],
    dir,
    clock,
  );
  const tabs: Record<string, unknown> = {};
  if (command !== 'check') {
    const wb = await XlsxWorkbook.load(written);
    for (const name of wb.tabNames()) tabs[name] = wb.readTab(name);
  }
  const same = (s: string) => s.split(dir).join('DIR').split(label).join('BOOK');
  return {
    result: { code: r.code, stdout: same(r.stdout), stderr: same(r.stderr), tabs },
    input: readFileSync(input),
    written: readFileSync(written),
  };
}

/** The parts of `bytes` whose root element is in the main namespace under a prefix, and the unprefixed tags in each. */
function unprefixedInPrefixedParts(bytes: Buffer): Record<string, string[]> {
  const zip = new ZipPackage(bytes, 'copy', Number.MAX_SAFE_INTEGER);
  const found: Record<string, string[]> = {};
  for (const e of zip.entries) {
    if (!/\.xml$/.test(e.name)) continue;
    const xml = zip.readText(e);
    if (!new RegExp(`xmlns:[\\w.-]+="${MAIN_NS}"`).test(xml) || xml.includes(`xmlns="${MAIN_NS}"`)) continue;
    const tags = unprefixedTags(xml.replace(/^<\?xml[^>]*\?>/, ''));
    if (tags.length > 0) found[e.name] = [...new Set(tags)];
  }
  return found;
}

const COMMANDS: [string, readonly string[]][] = [
  ['check', ['check']],
  ['balances --out', ['balances']],
  ['journal --out', ['journal']],
  ['card --all --out', ['card', '--all']],
  ['setup', ['setup']],
];

describe.each([
  ['every element under x: (the .NET Open XML SDK)', 'sdk', openXmlSdkStyle(plain)],
  ['the workbook part under ns0: and ns2:id (Python xml.etree)', 'etree', elementTreeStyle(plain)],
  ['both', 'both', elementTreeStyle(openXmlSdkStyle(plain))],
])('a book with %s', (_label, name, bytes) => {
  it.each(COMMANDS)(
    '%s: the same as the book without prefixes, the file read left as it was',
    async (_command, args) => {
      const expected = await outcome(`plain-${name}`, plain, args);
      const got = await outcome(name, bytes, args);
      expect(got.result).toEqual(expected.result);
      if (args[0] !== 'setup') expect(got.input.equals(bytes)).toBe(true);
      // Nothing added to a prefixed part without its prefix (it would be in no namespace).
      expect(unprefixedInPrefixedParts(got.written)).toEqual({});
    },
  );
});

it('setup: the workbook part keeps its prefixes for the tabs and print titles it gains', async () => {
  const { written } = await outcome('etree-setup', elementTreeStyle(plain), ['setup']);
  const zip = new ZipPackage(written, 'book', Number.MAX_SAFE_INTEGER);
  const workbook = zip.readText(zip.entry('xl/workbook.xml')!);
  expect(workbook).toContain('<ns0:sheet name="Saprodi" sheetId="9" ns2:id="');
  expect(workbook).toMatch(/<ns0:definedNames><ns0:definedName name="_xlnm.Print_Titles" localSheetId="\d">/);
  expect(workbook).not.toContain('r:id');
});

it('a copy of a book without prefixes is still read by exceljs', async () => {
  const { written } = await outcome('plain-exceljs', plain, ['balances']);
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(written as unknown as ArrayBuffer);
  expect(excel.worksheets.map((w) => w.name)).toContain('Saldo Pinjaman');
});

it('a book with no styles part is read, and a copy is refused in both languages, the file left as it was', async () => {
  // Some programs write none: the workbook's relationships name no styles part.
  const bytes = withEditedParts(plain, (name, xml) =>
    name === 'xl/_rels/workbook.xml.rels'
      ? xml.replace(/<Relationship [^>]*\/styles"[^>]*\/>/, '')
      : undefined,
  );
  const input = join(dir, 'nostyles.xlsx');
  writeFileSync(input, bytes);
  expect((await runCli(['check', input, '--today', today], dir, clock)).code).not.toBe(2);
  const r = await runCli(
    ['balances', input, '--out', join(dir, 'nostyles-out.xlsx'), '--today', today],
    dir,
    clock,
  );
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('rusak: isinya terpotong atau tidak lengkap');
  expect(r.stderr).toContain('is damaged: part of it is cut short or missing');
  expect(r.stderr).not.toContain('package has no');
  expect(readFileSync(input)).toEqual(bytes);
});
