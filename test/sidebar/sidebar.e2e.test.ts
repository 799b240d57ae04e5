// End to end: the preview server and the built sidebar in headless Chromium, every action clicked.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { createPreviewServer, listen } from '../../src/local/previewServer';
import { standInBook, XSS } from './standInBook';

const CHROMIUM = '/usr/bin/chromium';
const root = join(__dirname, '..', '..');
const shots = join(root, 'test-output', 'screenshots');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(`Skipping the sidebar end-to-end test: ${CHROMIUM} not found (apt-get install chromium).`);
}
const describeInBrowser = haveChromium ? describe : describe.skip;

describeInBrowser(
  `sidebar in headless Chromium${haveChromium ? '' : ` (skipped: ${CHROMIUM} not found)`}`,
  () => {
    let server: Server;
    let browser: Browser;
    let page: Page;
    let sidebar: Frame;
    let base: string;
    let bookFile: string;
    const problems: string[] = [];
    let dialogs = 0;

    const shot = async (name: string): Promise<void> => {
      await sidebar.locator('main').screenshot({ path: join(shots, `${name}.png`), animations: 'disabled' });
    };
    const status = () => sidebar.locator('[data-testid=status]');
    const button = (key: string) => sidebar.locator(`[data-action=${key}]`);
    const refreshCount = async (): Promise<number> =>
      Number(await page.locator('body').getAttribute('data-refreshed'));
    const bookCell = (tab: string, row: number, col: number): unknown =>
      (JSON.parse(readFileSync(bookFile, 'utf8')) as Record<string, unknown[][]>)[tab][row - 1][col - 1];

    beforeAll(async () => {
      mkdirSync(shots, { recursive: true });
      const dir = mkdtempSync(join(tmpdir(), 'buku-preview-'));
      bookFile = join(dir, 'book.json');
      const book = standInBook(bookFile);
      server = createPreviewServer(book, { sidebarFile: join(root, 'dist', 'sidebar.html') });
      base = `http://127.0.0.1:${await listen(server, 0)}`;
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      const context = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
      page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      context.on('weberror', (e) => problems.push(`weberror: ${e.error().message}`));
      page.on('dialog', (d) => {
        dialogs += 1;
        void d.dismiss();
      });
      await page.goto(base);
      const frame = page.frame({ url: /sidebar\.html$/ });
      if (!frame) throw new Error('sidebar frame not found');
      sidebar = frame;
      await sidebar.locator('h1.group').filter({ hasText: 'Kelompok Tani Makmur' }).waitFor();
    }, 60000);

    afterAll(async () => {
      await browser?.close();
      await new Promise((r) => server?.close(r));
    });

    afterEach(() => {
      expect(problems).toEqual([]);
      expect(dialogs).toBe(0);
    });

    test('the first view: group, date, cards with their figures and the PAR30 definition', async () => {
      await expect(sidebar.locator('.asof').textContent()).resolves.toBe('Per 28 November 2026');
      const value = (key: string) => sidebar.locator(`[data-card=${key}] .card-value`).textContent();
      await expect(value('activeMembers')).resolves.toBe('2');
      await expect(value('cashBalance')).resolves.toBe('Rp 1.500.000');
      await expect(value('outstandingPrincipal')).resolves.toBe('Rp 918.000');
      await expect(value('arrears')).resolves.toBe('Rp 136.000');
      await expect(value('par30')).resolves.toBe('100,0%');
      await expect(value('errors')).resolves.toBe('1');
      await expect(value('warnings')).resolves.toBe('1');
      // the missing tabs make Siapkan Buku the prominent, first action
      await expect(sidebar.locator('.actions .btn').first().textContent()).resolves.toBe('Siapkan Buku');
      await expect(button('setupBook').getAttribute('class')).resolves.toContain('primary');
      await shot('01-overview');
      const par = sidebar.locator('[data-card=par30]');
      await expect(par.getAttribute('title')).resolves.toContain('lebih dari 30 hari');
      await par.locator('button.info').click();
      await expect(par.locator('.definition').isVisible()).resolves.toBe(true);
      await expect(par.locator('button.info').getAttribute('aria-expanded')).resolves.toBe('true');
      await shot('02-par30-definition');
      await par.locator('button.info').click();
      await expect(par.locator('.definition').isVisible()).resolves.toBe(false);
    });

    test('a member named like HTML stays text: no image element, no dialog', async () => {
      await expect(sidebar.locator('.loan .member').first().textContent()).resolves.toBe(XSS);
      await expect(sidebar.locator('.problem.error .message').first().textContent()).resolves.toContain(XSS);
      await expect(sidebar.locator('img').count()).resolves.toBe(0);
      await expect(page.locator('img').count()).resolves.toBe(0);
      await page.locator('#tabs button', { hasText: 'Anggota' }).click();
      await expect(page.locator('td[data-cell=B3]').textContent()).resolves.toBe(XSS);
      await expect(page.locator('img').count()).resolves.toBe(0);
    });

    // Each action: the button shows its progress while the call is held back, then the result.
    for (const [key, progress, result, tab] of [
      ['setupBook', 'Menyiapkan buku…', 'Tab dibuat: Kegiatan, Pinjaman.', 'Kegiatan'],
      ['runChecks', 'Memeriksa data…', 'Tab Pemeriksaan ditulis.', 'Pemeriksaan'],
      ['computeBalances', 'Menghitung saldo…', 'Saldo Pinjaman dan Simpanan ditulis.', 'Saldo Pinjaman'],
      ['generateJournal', 'Membuat jurnal…', 'Jurnal 2026-W47 ditulis.', 'Jurnal 2026-W47'],
    ] as const) {
      test(`action ${key}: progress, result, re-enabled, book view refreshed`, async () => {
        if (key === 'generateJournal') {
          await expect(sidebar.locator('#week').inputValue()).resolves.toBe('2026-W48');
          await sidebar.locator('#week').selectOption('2026-W47');
        }
        let release: () => void = () => undefined;
        const held = new Promise<void>((r) => (release = r));
        await page.route(`**/api/${key}`, async (route) => {
          await held;
          await route.continue();
        });
        const before = await refreshCount();
        await button(key).click();
        await expect(button(key).textContent()).resolves.toBe(progress);
        await expect(button(key).isDisabled()).resolves.toBe(true);
        await expect(button('runChecks').isDisabled()).resolves.toBe(key !== 'runChecks' || true);
        await shot(`03-${key}-running`);
        release();
        await status().filter({ hasText: result }).waitFor();
        await page.unroute(`**/api/${key}`);
        await expect(button(key).isEnabled()).resolves.toBe(true);
        await page.waitForFunction((n) => Number(document.body.getAttribute('data-refreshed')) > n, before);
        await expect(page.locator('#tabs button', { hasText: tab }).count()).resolves.toBe(1);
        await shot(`04-${key}-done`);
      });
    }

    test('Siapkan Buku is no longer prominent once no tab is missing', async () => {
      await expect(sidebar.locator('[data-testid=missing-tabs]').count()).resolves.toBe(0);
      await expect(button('runChecks').getAttribute('class')).resolves.toContain('primary');
      await expect(button('setupBook').getAttribute('class')).resolves.not.toContain('primary');
    });

    test('clicking a problem selects its cell in the book', async () => {
      const go = sidebar.locator('.problem.error .problem-go').first();
      await expect(go.locator('.where').textContent()).resolves.toBe('Baris 3 · Kolom NIK');
      await go.click();
      await status().filter({ hasText: 'Sel Anggota!D3 dipilih.' }).waitFor();
      await page.locator('td.selected[data-cell=D3]').waitFor();
      await expect(page.locator('#tabs button[aria-selected=true]').textContent()).resolves.toBe('Anggota');
      await shot('05-problem-selected');
    });

    test('Perbaiki applies the one fix, and the cell changes in the book file', async () => {
      expect(bookCell('Kas', 2, 5)).toBe('1.500.000');
      const fix = sidebar.locator('.problem.warning [data-fix]');
      await expect(fix.textContent()).resolves.toBe('Perbaiki');
      await expect(fix.getAttribute('title')).resolves.toBe('Simpan sebagai angka 1500000');
      await fix.click();
      await status().filter({ hasText: 'Sel diperbaiki.' }).waitFor();
      expect(bookCell('Kas', 2, 5)).toBe(1500000);
      await expect(sidebar.locator('.problem.warning').count()).resolves.toBe(0);
      await expect(sidebar.locator('[data-card=warnings] .card-value').textContent()).resolves.toBe('0');
      await shot('06-fixed');
    });

    test('a broken answer shows a message to act on, never null', async () => {
      await page.route('**/api/computeBalances', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: 'null' }),
      );
      await button('computeBalances').click();
      await status().filter({ hasText: 'tidak dapat dibaca' }).waitFor();
      const text = await status().textContent();
      expect(text).toContain('coba lagi');
      expect(text).not.toMatch(/\bnull\b|undefined|at \w+ \(/);
      await expect(status().getAttribute('aria-live')).resolves.toBe('assertive');
      await expect(button('computeBalances').isEnabled()).resolves.toBe(true);
      await page.unroute('**/api/computeBalances');
      await shot('07-failure');
    });

    test('keyboard: Tab reaches the actions, Enter runs one, focus stays on it', async () => {
      await button('runChecks').focus();
      await page.keyboard.press('Enter');
      await status().filter({ hasText: 'Tab Pemeriksaan ditulis.' }).waitFor();
      await expect(
        sidebar.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action),
      ).resolves.toBe('runChecks');
      await page.keyboard.press('Tab');
      await expect(
        sidebar.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action),
      ).resolves.toBe('computeBalances');
    });

    test('the language switch: English everywhere, remembered after a reload', async () => {
      await sidebar.locator('.lang-btn', { hasText: 'EN' }).click();
      await sidebar.locator('h2', { hasText: 'Data problems' }).waitFor();
      await expect(button('runChecks').textContent()).resolves.toBe('Check Data');
      await expect(sidebar.locator('.asof').textContent()).resolves.toBe('As of 28 November 2026');
      await expect(sidebar.locator('[data-card=cashBalance] .card-value').textContent()).resolves.toBe(
        'Rp 1,500,000',
      );
      await expect(sidebar.locator('.lang-btn[aria-pressed=true]').textContent()).resolves.toBe('EN');
      await expect(sidebar.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
      await shot('08-english');
      await page.reload();
      const frame = page.frame({ url: /sidebar\.html$/ });
      if (!frame) throw new Error('sidebar frame not found');
      sidebar = frame;
      await sidebar.locator('h2', { hasText: 'Data problems' }).waitFor();
      await sidebar.locator('.lang-btn', { hasText: 'ID' }).click();
      await sidebar.locator('h2', { hasText: 'Masalah data' }).waitFor();
    });

    test('at 300 px nothing overflows sideways', async () => {
      const overflow = await sidebar.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.locator('#sidebar').evaluate((f) => f.getBoundingClientRect().width)).resolves.toBe(
        300,
      );
    });
  },
);
