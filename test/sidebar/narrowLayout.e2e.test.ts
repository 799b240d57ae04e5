// Audit (3 December): the 300 px sidebar on a book with a long loan ID and a member with a long
// name, in headless Chromium through the preview. In the loans needing attention, the loan ID's
// column takes its whole width (`grid-template-columns: 1fr auto`), so a 29-character ID
// (`KREDIT-USAHA-TANI-2026-000001`; docs/book.md §8 expects IDs such as `KREDIT-2026-000001`)
// leaves the member's name and the arrears a sliver: "Cece / p / Hiday / at", "Rp 4.6 / 00.00 /
// 0". In the collection messages, the amount beside a long name breaks between `Rp` and its number,
// which the loans list was mended for ("A no-break space: the narrow panel broke `Rp` from its
// number at the end of a line", sidebar/render.ts).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import type { Grid } from '../../src/core/cell';
import { demoBook } from '../../src/core/demo/demoBook';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { CHROMIUM, sharedBrowser } from '../sharedBrowser';
import { startPreview, type RunningPreview } from './startPreview';

const TODAY = '2026-11-25';
const LONG_ID = 'KREDIT-USAHA-TANI-2026-000001';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Skipping the narrow layout browser test: ${CHROMIUM} not found.`);
const describeInBrowser = haveChromium ? describe : describe.skip;

/** The lines a span's text is laid out on (one rectangle per line box). */
function lines(target: Locator): Promise<number> {
  return target.evaluate((span) => {
    const range = document.createRange();
    range.selectNodeContents(span);
    return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
  });
}

describeInBrowser('the sidebar at 300 px with a long loan ID and a long name', () => {
  let preview: RunningPreview;
  let browser: Browser;
  let page: Page;
  let sidebar: Frame;
  let worst: string;
  let debtor: string;

  beforeAll(async () => {
    const demo = demoBook(TODAY);
    // The loan most past due, and the member to collect from first, as the sidebar lists them.
    worst = 'P004';
    debtor = 'A013';
    // Every cell `from` of the given headers becomes `to`.
    const renamed = (grid: Grid, headers: readonly string[], from: string, to: string): Grid => {
      const header = grid.find((r) => r.some((v) => headers.includes(String(v)))) ?? [];
      const cols = header.flatMap((v, c) => (headers.includes(String(v)) ? [c] : []));
      return grid.map((r) => r.map((v, c) => (cols.includes(c) && v === from ? to : v)));
    };
    const wb = XlsxWorkbook.create();
    for (const tab of demo.tabs) {
      let grid = renamed(tab.grid, ['ID Pinjaman'], worst, LONG_ID);
      grid = renamed(grid, ['Nama'], 'Ade Rukmana', 'Raden Ade Rukmana Wiradikusumah');
      wb.writeInputGrid(tab.spec, tab.name, grid, tab.headerRow);
    }
    const bookFile = join(mkdtempSync(join(tmpdir(), 'buku-narrow-')), 'buku.xlsx');
    await wb.save(bookFile);
    preview = await startPreview([bookFile, '--port', '0', '--today', TODAY]);
    browser = await sharedBrowser();
    const context = await browser.newContext({ viewport: { width: 1100, height: 3200 } });
    page = await context.newPage();
    await page.goto(preview.url);
    const frame = page.frame({ url: /sidebar\.html$/ });
    if (!frame) throw new Error('sidebar frame not found');
    sidebar = frame;
    await sidebar.locator(`[data-loan="${LONG_ID}"]`).waitFor();
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    if (preview?.child.pid) process.kill(preview.child.pid);
  });

  test('the frame is 300 px wide', async () => {
    expect(await sidebar.evaluate(() => document.documentElement.clientWidth)).toBeLessThanOrEqual(300);
  });

  test('a loan with a long ID: the member’s name and the arrears stay readable', async () => {
    const loan = sidebar.locator(`[data-loan="${LONG_ID}"]`);
    // "Mamat Rahmat" and "Tunggakan Rp 559.375" each fit one line of the panel's width.
    expect(await lines(loan.locator('.member'))).toBe(1);
    expect(await lines(loan.locator('.amount'))).toBeLessThanOrEqual(2);
    const amount = (await loan.locator('.amount').textContent()) ?? '';
    expect(amount).toMatch(/Rp\u00a0\d/);
  });

  test('a collection message beside a long name keeps Rp and its number together', async () => {
    await sidebar.locator('button', { hasText: 'Tampilkan pesan tagihan' }).click();
    const head = sidebar.locator(`[data-member=${debtor}] .message-head .amount`);
    await head.waitFor();
    expect(await lines(head)).toBe(1);
  });
});
