import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { smallBookWorkbook } from '../test/local/export/smallBooks';
import { openBook } from '../src/local/openBook';
import { XlsxWorkbook } from '../src/local/xlsxWorkbook';
import { checkBook } from '../src/core/book/checkBook';
async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bk-t-'));
  const today = '2026-11-28';
  let t = performance.now(); let cpu = process.cpuUsage();
  for (let i = 0; i < 20; i++) await smallBookWorkbook(i, today).save(join(dir, `${i}.xlsx`));
  console.log('write20', (performance.now() - t).toFixed(0), (process.cpuUsage(cpu).user / 1000).toFixed(0));
  t = performance.now(); cpu = process.cpuUsage();
  for (let i = 0; i < 20; i++) await XlsxWorkbook.load(join(dir, `${i}.xlsx`));
  console.log('load20', (performance.now() - t).toFixed(0), (process.cpuUsage(cpu).user / 1000).toFixed(0));
  t = performance.now(); cpu = process.cpuUsage();
  for (let i = 0; i < 20; i++) await openBook(join(dir, `${i}.xlsx`), today);
  console.log('open20', (performance.now() - t).toFixed(0), (process.cpuUsage(cpu).user / 1000).toFixed(0));
}
main();
