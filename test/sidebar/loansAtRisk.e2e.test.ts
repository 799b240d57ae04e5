// End to end in headless Chromium: the preview server on a copy of the demo book, and the sidebar's
// loans needing attention as a facilitator reads them: status with `Jadwal Ulang`/`Hapus Buku`
// beside it, why a Kol is held, fines charged, paid and owed, a write-off's recoveries, and the
// portfolio's fines, rescheduling and write-off figures, in both languages.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { demoBook } from '../../src/core/demo/demoBook';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { withHeaderRenamed, type DemoTab } from '../demoTabs';
import { CHROMIUM, sharedBrowser } from '../sharedBrowser';
import { screenshot } from './screenshot';
import { startPreview, type RunningPreview } from './startPreview';

const TODAY = '2026-11-25';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Skipping the loans browser test: ${CHROMIUM} not found.`);
const describeInBrowser = haveChromium ? describe : describe.skip;

describeInBrowser('loans needing attention in the sidebar', () => {
  let preview: RunningPreview;
  let browser: Browser;
  let page: Page;
  let sidebar: Frame;
  const problems: string[] = [];

  const loanTexts = (loanId: string) =>
    sidebar
      .locator(`[data-loan=${loanId}] > span`)
      .evaluateAll((spans) => spans.map((s) => `${s.className}: ${s.textContent}`))
      // The amounts hold `Rp` and the number together with a no-break space (its own test below).
      .then((texts) => texts.map((t) => t.replace(/\u00a0/g, ' ')));
  const figures = () =>
    sidebar
      .locator('[data-testid=loan-figures] .loan-figure')
      .evaluateAll((rows) =>
        rows.map((r) => `${r.querySelector('dt')?.textContent}: ${r.querySelector('dd')?.textContent}`),
      );

  beforeAll(async () => {
    const bookFile = join(mkdtempSync(join(tmpdir(), 'buku-loans-')), 'buku.xlsx');
    const wb = XlsxWorkbook.create();
    for (const tab of demoBook(TODAY).tabs) wb.writeInputGrid(tab.spec, tab.name, tab.grid, tab.headerRow);
    await wb.save(bookFile);
    preview = await startPreview([bookFile, '--port', '0', '--today', TODAY]);
    browser = await sharedBrowser();
    const context = await browser.newContext({ viewport: { width: 1100, height: 3200 } });
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
    });
    await page.goto(preview.url);
    const frame = page.frame({ url: /sidebar\.html$/ });
    if (!frame) throw new Error('sidebar frame not found');
    sidebar = frame;
    await sidebar.locator('[data-testid=loans] .loan').first().waitFor();
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    if (preview?.child.pid) process.kill(preview.child.pid);
  });

  afterEach(() => expect(problems.splice(0)).toEqual([]));

  test('an amount never breaks between Rp and its number at the end of a line', async () => {
    const texts = await sidebar
      .locator('[data-testid=loans] .loan > span')
      .evaluateAll((spans) => spans.map((s) => s.textContent ?? ''));
    const amounts = texts.join('\n').match(/Rp./g) ?? [];
    expect(amounts.length).toBeGreaterThan(10);
    expect(amounts.filter((a) => a !== 'Rp\u00a0')).toEqual([]);
  });

  test('at 300 px a long loan ID leaves the member’s name and the arrears readable', async () => {
    // A copy of the first loan's row with an ID as long as KREDIT-USAHA-TANI-2026-000001 (the
    // right column took its whole width: "Mam/at/Rahm/at", "Rp 55/9.375"), measured, then removed.
    const laidOut = await sidebar
      .locator('[data-testid=loans] .loan')
      .first()
      .evaluate((loan) => {
        const copy = loan.cloneNode(true) as HTMLElement;
        copy.removeAttribute('data-loan');
        copy.querySelector('.loan-id')!.textContent = 'KREDIT-USAHA-TANI-2026-000001 · Kol 5';
        loan.parentElement!.appendChild(copy);
        const lines = (selector: string) => {
          const range = document.createRange();
          range.selectNodeContents(copy.querySelector(selector)!);
          return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
        };
        const shown = {
          frame: document.documentElement.clientWidth,
          member: lines('.member'),
          amount: lines('.amount'),
        };
        copy.remove();
        return shown;
      });
    expect(laidOut.frame).toBeLessThanOrEqual(300);
    expect(laidOut.member).toBe(1);
    expect(laidOut.amount).toBeLessThanOrEqual(2);
  });

  test('past due first, then the rescheduled loan, then the written-off one', async () => {
    await expect(
      sidebar
        .locator('[data-testid=loans] .loan')
        .evaluateAll((ls) => ls.map((l) => l.getAttribute('data-loan'))),
    ).resolves.toEqual(['P004', 'P010', 'P006', 'P011', 'P012']);
    await expect(loanTexts('P004')).resolves.toEqual([
      'member: Mamat Rahmat',
      'days: 52 hari',
      'amount: Tunggakan Rp 559.375',
      'loan-id: P004 · Kol 2',
      'loan-status: Menunggak',
      'next-installment: Angsuran berikut 4 Desember 2026: Rp 275.000',
      'loan-fines: Denda: dikenakan Rp 20.000 · dibayar Rp 0 · belum dibayar Rp 20.000',
    ]);
  });

  test('a rescheduled loan: Jadwal Ulang beside its status, and why its Kol is held', async () => {
    await expect(loanTexts('P011')).resolves.toEqual([
      'member: Iwan Ridwan',
      'days: 0 hari',
      'amount: Tunggakan Rp 0',
      'loan-id: P011 · Kol 2',
      'loan-status: Lancar · Jadwal Ulang 29/10/2026',
      'kol-held: Kol 2 ditahan sejak Jadwal Ulang 29/10/2026 sampai 3 angsuran baru berturut-turut tepat waktu (menurut hari tunggakan: Kol 1)',
      'next-installment: Angsuran berikut 26 November 2026: Rp 130.192',
      'loan-fines: Denda: dikenakan Rp 10.000 · dibayar Rp 0 · belum dibayar Rp 10.000',
    ]);
  });

  test('a written-off loan: Hapus Buku for its status and no Kol, the principal written off and what came back, its fines waived', async () => {
    await expect(loanTexts('P012')).resolves.toEqual([
      'member: Oom Komariah',
      'days: 0 hari',
      'amount: Tunggakan Rp 0',
      'loan-id: P012',
      'loan-status: Hapus Buku 29/10/2026',
      'loan-fines: Denda: dikenakan Rp 60.000 · dibayar Rp 0 · dihapus Rp 60.000 · belum dibayar Rp 0',
      'written-off: Pokok dihapus buku Rp 600.000 · Pemulihan Rp 150.000',
    ]);
    await expect(figures()).resolves.toEqual([
      'Denda belum dibayar: Rp 60.000',
      'Pinjaman dijadwal ulang: 1',
      'Sisa pokok dijadwal ulang: Rp 1.125.000',
      'Pinjaman dihapus buku: 1',
      'Pokok dihapus buku: Rp 600.000',
      'Pemulihan: Rp 150.000',
    ]);
    await expect(sidebar.locator('[data-figure=recoveries]').getAttribute('title')).resolves.toBe(
      'Angsuran Pinjaman yang masuk untuk pinjaman yang sudah dihapus buku, sesudah tanggal hapus bukunya.',
    );
    await screenshot(sidebar.locator('[data-testid=loans]'), 'loans-needing-attention');
  });

  test('in English: the same loans and figures, in English words', async () => {
    await sidebar.locator('[data-key=lang-en]').click();
    await sidebar.locator('[data-key=lang-en][aria-pressed=true]').waitFor();
    await expect(loanTexts('P011')).resolves.toEqual([
      'member: Iwan Ridwan',
      'days: 0 days',
      'amount: Arrears Rp 0',
      'loan-id: P011 · Kol 2',
      'loan-status: Current · Rescheduled 29/10/2026',
      'kol-held: Kol 2 held since the rescheduling of 29/10/2026 until 3 new installments in a row are paid on time (by days past due: Kol 1)',
      'next-installment: Next installment 26 November 2026: Rp 130,192',
      'loan-fines: Fines: charged Rp 10,000 · paid Rp 0 · owed Rp 10,000',
    ]);
    await expect(loanTexts('P012')).resolves.toContain(
      'written-off: Principal written off Rp 600,000 · Recoveries Rp 150,000',
    );
    await expect(figures()).resolves.toContain('Loans written off: 1');
    await screenshot(sidebar.locator('[data-testid=loans]'), 'loans-needing-attention-en');
    await sidebar.locator('[data-key=lang-id]').click();
    await sidebar.locator('[data-key=lang-id][aria-pressed=true]').waitFor();
  });
});

/**
 * The preview's sidebar over the demo book's tabs, changed (`change`), opened before a describe's
 * tests and closed after them.
 */
function sidebarOverDemo(prefix: string, change: (tabs: DemoTab[]) => DemoTab[]): () => Frame {
  let preview: RunningPreview;
  let browser: Browser;
  let sidebar: Frame;
  beforeAll(async () => {
    const bookFile = join(mkdtempSync(join(tmpdir(), prefix)), 'buku.xlsx');
    const wb = XlsxWorkbook.create();
    for (const tab of change([...demoBook(TODAY).tabs]))
      wb.writeInputGrid(tab.spec, tab.name, tab.grid, tab.headerRow);
    await wb.save(bookFile);
    preview = await startPreview([bookFile, '--port', '0', '--today', TODAY]);
    browser = await sharedBrowser();
    const page = await (await browser.newContext({ viewport: { width: 1100, height: 1600 } })).newPage();
    await page.goto(preview.url);
    sidebar = page.frame({ url: /sidebar\.html$/ })!;
    await sidebar.locator('[data-testid=loans]').waitFor();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    if (preview?.child.pid) process.kill(preview.child.pid);
  });
  return () => sidebar;
}

// A book whose Kas was renamed away (`Buku Kas Umum` is no alias): the money figures and the loans
// would be those of a book where nothing was paid, so they are shown as not computable, with why.
describeInBrowser('a book without Kas in the sidebar', () => {
  // Saprodi gone too: `Buat Saprodi` says so under its season picker, as the other actions do.
  const frame = sidebarOverDemo('buku-nokas-', (tabs) =>
    tabs.filter((t) => t.name !== 'Kas' && t.name !== 'Saprodi'),
  );

  test('the money cards read –, the loans are not listed, and the notice says why', async () => {
    const value = (key: string) => frame().locator(`[data-card=${key}] .card-value`).textContent();
    for (const key of ['cashBalance', 'totalSavings', 'outstandingPrincipal', 'arrears', 'par30'])
      await expect(value(key)).resolves.toBe('–');
    // What Kas does not make stays: the members, the attendance, the problems.
    await expect(value('activeMembers')).resolves.toMatch(/^\d+$/);
    await expect(value('errors')).resolves.toMatch(/^\d+$/);
    const why =
      'Saldo, simpanan, pinjaman dan tunggakan dihitung dari tab Kas: tanpa Kas setiap pinjaman tampak belum dibayar. Jalankan Siapkan Buku, atau ganti nama tab kas menjadi "Kas".';
    await expect(
      frame()
        .locator('[data-testid=missing-tabs] p')
        .evaluateAll((ps) => ps.map((p) => p.textContent)),
    ).resolves.toEqual(['Tab belum ada: Kas, Saprodi', why]);
    await expect(frame().locator('[data-testid=loans] .loan').count()).resolves.toBe(0);
    await expect(frame().locator('[data-testid=loans] .empty').textContent()).resolves.toBe(why);
    await expect(frame().locator('[data-testid=loan-figures]').count()).resolves.toBe(0);
    await screenshot(frame().locator('body'), 'without-kas');
  });

  test('what is made of Kas cannot be clicked, and says so; what is not, can', async () => {
    const disabled = (action: string) =>
      frame()
        .locator(`[data-action=${action}]`)
        .evaluate((b) => (b as HTMLButtonElement).disabled);
    for (const action of [
      'computeBalances',
      'generateJournal',
      'memberCard',
      'allMemberCards',
      'shuLastYear',
      'shuThisYear',
      'showMessages',
      // The RUK report counts the money spent in Kas rows.
      'generatePlan',
    ])
      await expect(disabled(action)).resolves.toBe(true);
    for (const action of ['runChecks', 'setupBook']) await expect(disabled(action)).resolves.toBe(false);
    await expect(disabled('generateSaprodi')).resolves.toBe(true);
    await expect(frame().locator('[data-testid=lacks-generateSaprodi]').textContent()).resolves.toBe(
      'Perlu tab Saprodi, yang belum ada.',
    );
    await expect(
      frame().locator('[data-action=generateSaprodi]').getAttribute('aria-describedby'),
    ).resolves.toBe('lacks-generateSaprodi');
    const note = 'Perlu tab Kas, yang belum ada.';
    for (const id of ['computeBalances', 'generateJournal', 'card', 'shu', 'messages', 'generatePlan'])
      await expect(frame().locator(`[data-testid=lacks-${id}]`).textContent()).resolves.toBe(note);
    // Read out with the button, by a screen reader.
    await expect(
      frame().locator('[data-action=computeBalances]').getAttribute('aria-describedby'),
    ).resolves.toBe('lacks-computeBalances');
    await expect(frame().locator('[data-action=shuThisYear]').getAttribute('aria-describedby')).resolves.toBe(
      'lacks-shu',
    );
    await screenshot(frame().locator('[data-testid=member-money]'), 'without-kas-member-money');
  });
});

// Kas there, but its header row not found (`Masuk` written `Pemasukan`): none of its rows are read,
// so the same figures are unknown, and the sidebar says why in other words (not "run Siapkan Buku").
describeInBrowser('a book whose Kas header row is not found, in the sidebar', () => {
  // Saprodi there with its header and no row yet: no season, and `Buat Saprodi` says why it is off.
  const frame = sidebarOverDemo('buku-unreadkas-', (tabs) =>
    withHeaderRenamed(tabs, 'Kas', 'Masuk', 'Pemasukan').map((t) =>
      t.name === 'Saprodi' ? { ...t, grid: t.grid.slice(0, t.headerRow) } : t,
    ),
  );

  test('the money cards read –, the notice names the tab not read, and its actions say so', async () => {
    await expect(frame().locator('[data-card=cashBalance] .card-value').textContent()).resolves.toBe('–');
    const why =
      'Saldo, simpanan, pinjaman dan tunggakan dihitung dari tab Kas, yang judul kolomnya tidak ditemukan: tanpa isinya setiap pinjaman tampak belum dibayar. Lihat masalah tab Kas di bawah, lalu perbaiki judul kolomnya.';
    await expect(
      frame()
        .locator('[data-testid=missing-tabs] p')
        .evaluateAll((ps) => ps.map((p) => p.textContent)),
    ).resolves.toEqual(['Judul kolom tidak ditemukan, tab tidak terbaca: Kas', why]);
    await expect(frame().locator('[data-testid=loans] .empty').textContent()).resolves.toBe(why);
    await expect(
      frame()
        .locator('[data-action=computeBalances]')
        .evaluate((b) => (b as HTMLButtonElement).disabled),
    ).resolves.toBe(true);
    await expect(frame().locator('[data-testid=lacks-computeBalances]').textContent()).resolves.toBe(
      'Perlu tab Kas, yang judul kolomnya tidak ditemukan.',
    );
    await expect(
      frame()
        .locator('[data-action=generateSaprodi]')
        .evaluate((b) => (b as HTMLButtonElement).disabled),
    ).resolves.toBe(true);
    await expect(frame().locator('[data-testid=lacks-generateSaprodi]').textContent()).resolves.toBe(
      'Tab Saprodi belum berisi musim tanam: isi kebutuhan saprodi per anggota di tab itu, atau perbaiki barisnya (lihat Periksa Data).',
    );
    await expect(
      frame().locator('[data-action=generateSaprodi]').getAttribute('aria-describedby'),
    ).resolves.toBe('lacks-generateSaprodi');
    // Siapkan Buku cannot mend a header: Periksa Data leads, and shows what is missing.
    await expect(frame().locator('.actions .btn.primary').getAttribute('data-action')).resolves.toBe(
      'runChecks',
    );
    await screenshot(frame().locator('body'), 'unread-kas');
  });
});
