// The book made elsewhere (openpyxl, saved again by LibreOffice 7.4: a chart, an image, comments, a
// defined name, conditional formatting, data validation; test/local/fixtures/makeFeatureBooks.py),
// checked and balanced through the local adapter with one cell fixed, as the API writes it back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApi } from '../../src/core/api/createApi';
import { LocalHost } from '../../src/local/localHost';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { ZipPackage } from '../../src/local/zipPackage';

export const featureBook = join(__dirname, 'fixtures', 'libreoffice-features.xlsx');
export const featureBookToday = '2026-11-28';

/** The book as read (`before`) and as written back (`after`, `bytes`), and each tab as written. */
export async function writtenFeatureBook(): Promise<{
  before: ZipPackage;
  after: ZipPackage;
  bytes: Buffer;
  written: Map<string, unknown>;
}> {
  const today = featureBookToday;
  const input = readFileSync(featureBook);
  const workbook = await XlsxWorkbook.fromBuffer(input);
  const api = createApi(new LocalHost(workbook, { today, clock: () => new Date('2026-11-28T03:00:00Z') }));
  expect(api.runChecks().ok).toBe(true);
  expect(api.computeBalances(today).ok).toBe(true);
  workbook.writeCell('Kas', 5, 8, 2_000_000);
  const bytes = await workbook.toBuffer();
  const written = new Map(workbook.tabNames().map((n) => [n, workbook.readTab(n)]));
  return {
    written,
    before: new ZipPackage(input, 'before', Number.MAX_SAFE_INTEGER),
    after: new ZipPackage(bytes, 'after', Number.MAX_SAFE_INTEGER),
    bytes,
  };
}
