// End to end in headless Chromium: the preview server on a copy of the demo book, the member
// picker (search by name or ID), the card action, the SHU buttons, and, once the messages are asked
// for, a `Kirim WA` link whose href carries the message exactly, for a member named with & # ? and an
// emoji, and the copy buttons of the message and of the week's summary (what reaches the clipboard,
// and the fallback).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { createApi } from '../../src/core/api/createApi';
import { membersTab } from '../../src/core/book/schema';
import { demoBook } from '../../src/core/demo/demoBook';
import { LocalHost } from '../../src/local/localHost';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { CHROMIUM, sharedBrowser } from '../sharedBrowser';
import { screenshot } from './screenshot';
import { startPreview, type RunningPreview } from './startPreview';

const TODAY = '2026-11-25';
const ODD_NAME = 'Siti & Co #1? 🌾';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Skipping the member money browser test: ${CHROMIUM} not found.`);
const describeInBrowser = haveChromium ? describe : describe.skip;

/** The demo book with the first member of this week's messages who has a phone renamed ODD_NAME. */
async function writeBook(file: string): Promise<string> {
  const demo = demoBook(TODAY);
  const build = (rename: string | null) => {
    const wb = XlsxWorkbook.create();
    for (const tab of demo.tabs) {
      let grid = tab.grid;
      if (tab.spec === membersTab && rename !== null) {
        const nameCol = membersTab.columns.findIndex((c) => c.key === 'name');
        const idCol = membersTab.columns.findIndex((c) => c.key === 'memberId');
        grid = grid.map((r) => (r[idCol] === rename ? r.map((c, i) => (i === nameCol ? ODD_NAME : c)) : r));
      }
      wb.writeInputGrid(tab.spec, tab.name, grid, tab.headerRow);
    }
    return wb;
  };
  const first = createApi(new LocalHost(build(null), { today: TODAY })).getMessages(0);
  if (!first.ok) throw new Error(first.error.message.en);
  const target = first.data.items.find((m) => m.waLink !== null);
  if (!target) throw new Error('no member with a phone in the collection list');
  await build(target.memberId).save(file);
  return target.memberId;
}

describeInBrowser('members’ money in the sidebar', () => {
  let preview: RunningPreview;
  let browser: Browser;
  let page: Page;
  let sidebar: Frame;
  let bookFile: string;
  let oddMember: string;
  const problems: string[] = [];

  const status = async (): Promise<string> => {
    await sidebar.locator('[data-testid=status].success, [data-testid=status].error').waitFor();
    return (await sidebar.locator('[data-testid=status]').textContent()) ?? '';
  };

  beforeAll(async () => {
    bookFile = join(mkdtempSync(join(tmpdir(), 'buku-money-')), 'buku.xlsx');
    oddMember = await writeBook(bookFile);
    preview = await startPreview([bookFile, '--port', '0', '--today', TODAY]);
    browser = await sharedBrowser();
    // Clipboard permissions let the test read back what a copy button put there.
    const context = await browser.newContext({
      viewport: { width: 1100, height: 2600 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
    });
    await page.goto(preview.url);
    const frame = page.frame({ url: /sidebar\.html$/ });
    if (!frame) throw new Error('sidebar frame not found');
    sidebar = frame;
    await sidebar.locator('[data-testid=member-money]').waitFor();
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    if (preview?.child.pid) process.kill(preview.child.pid);
  });

  afterEach(() => expect(problems.splice(0)).toEqual([]));

  test('the picker searches by name or ID and the card action writes Kartu Anggota', async () => {
    const card = sidebar.locator('[data-action=memberCard]');
    await expect(card.isDisabled()).resolves.toBe(true);
    // Off until a member is picked, and it says so (found by an audit: greyed with no word why).
    const note = sidebar.locator('[data-testid=pick-member-note]');
    await expect(note.textContent()).resolves.toBe('Pilih anggota di daftar untuk membuat kartunya.');
    await expect(card.getAttribute('aria-describedby')).resolves.toBe('pick-member-note');
    const visible = () =>
      sidebar
        .locator('#member-list option')
        .evaluateAll((os) => (os as HTMLOptionElement[]).filter((o) => !o.hidden).map((o) => o.value));
    const picked = sidebar.locator('[data-testid=member-picked]');
    await expect(picked.isHidden()).resolves.toBe(true);
    await sidebar.locator('#member-search').pressSequentially('cecep');
    await expect(visible()).resolves.toEqual(['A004']);
    await expect(card.isDisabled()).resolves.toBe(false);
    await expect(note.isHidden()).resolves.toBe(true);
    await expect(card.getAttribute('aria-describedby')).resolves.toBeNull();
    // The one member found is picked, and named whole under the list.
    await expect(picked.textContent()).resolves.toMatch(/^A004 · Cecep /);
    await sidebar.locator('#member-search').fill('');
    await sidebar.locator('#member-search').pressSequentially('a01');
    await expect(visible()).resolves.toEqual([
      'A010',
      'A011',
      'A012',
      'A013',
      'A014',
      'A015',
      'A016',
      'A017',
      'A018',
      'A019',
    ]);
    // A member picked, then hidden by the search: no card for someone the list does not show.
    await sidebar.locator('#member-list').selectOption('A012');
    await expect(card.isDisabled()).resolves.toBe(false);
    await expect(picked.textContent()).resolves.toMatch(/^A012 · /);
    await sidebar.locator('#member-search').fill('');
    await sidebar.locator('#member-search').pressSequentially('a015');
    await expect(visible()).resolves.toEqual(['A015']);
    await sidebar.locator('#member-search').pressSequentially('x');
    await expect(visible()).resolves.toEqual([]);
    await expect(card.isDisabled()).resolves.toBe(true);
    await expect(picked.isHidden()).resolves.toBe(true);
    await sidebar.locator('#member-search').fill('');
    await sidebar.locator('#member-search').pressSequentially('a01');
    await sidebar.locator('#member-list').selectOption('A015');
    await expect(picked.textContent()).resolves.toBe('A015 · Agus Salim');
    await expect(sidebar.locator('#member-list option[value=A015]').getAttribute('title')).resolves.toBe(
      'A015 · Agus Salim',
    );
    // A long name, which the list box cuts at the panel's edge, wraps whole in the line under it.
    await expect(
      picked.evaluate((p) => {
        const was = p.textContent;
        p.textContent = 'A015 · Raden Muhammad Abdurrahman Wiradikusumah Notoprojo';
        const fits = p.scrollWidth <= p.clientWidth && p.getBoundingClientRect().height > 20;
        p.textContent = was;
        return fits;
      }),
    ).resolves.toBe(true);
    await card.click();
    await expect(status()).resolves.toBe('Tab Kartu Anggota ditulis: Agus Salim (A015).');
    await screenshot(sidebar.locator('[data-testid=member-money]'), 'member-money');
    const saved = await XlsxWorkbook.load(bookFile);
    const cells = saved.readTab('Kartu Anggota');
    expect(cells.find((r) => r[0] === 'ID Anggota')?.[2]).toBe('A015');
  });

  test('a member list longer than its first page: each search asks the server, the second as the first', async () => {
    // The first view cut to 5 members of the book's 29, as a district book's first page is.
    await page.route('**/api/getOverview', async (route) => {
      const res = await route.fetch();
      const body = (await res.json()) as { ok: true; data: { members: { items: unknown[] } } };
      body.data.members.items = body.data.members.items.slice(0, 5);
      await route.fulfill({ response: res, json: body });
    });
    const searched: string[] = [];
    const onRequest = (r: { url(): string; postData(): string | null }) => {
      if (r.url().endsWith('/api/getMembers')) searched.push(r.postData() ?? '');
    };
    page.on('request', onRequest);
    await page.reload();
    const frame = page.frame({ url: /sidebar\.html$/ });
    if (!frame) throw new Error('sidebar frame not found');
    sidebar = frame;
    await sidebar.locator('[data-testid=member-money]').waitFor();
    const option = (id: string) => sidebar.locator(`#member-list option[value=${id}]:not([hidden])`);
    // Neither member is among the 5 on hand: only the server can find them.
    await sidebar.locator('#member-search').pressSequentially('agus');
    await option('A015').waitFor({ state: 'attached' });
    await sidebar.locator('#member-search').fill('');
    await sidebar.locator('#member-search').pressSequentially('iwan');
    await option('A019').waitFor({ state: 'attached' });
    expect(searched.map((body) => JSON.parse(body) as unknown[])).toEqual(
      expect.arrayContaining([
        [0, 'agus'],
        [0, 'iwan'],
      ]),
    );
    page.off('request', onRequest);
    await page.unroute('**/api/getOverview');
    await page.reload();
    const again = page.frame({ url: /sidebar\.html$/ });
    if (!again) throw new Error('sidebar frame not found');
    sidebar = again;
    await sidebar.locator('[data-testid=member-money]').waitFor();
  });

  test('SHU buttons name the years and write the tab', async () => {
    await expect(sidebar.locator('[data-action=shuLastYear]').textContent()).resolves.toBe('Hitung SHU 2025');
    await sidebar.locator('[data-action=shuThisYear]').click();
    await expect(status()).resolves.toMatch(/^Tab SHU 2026 ditulis: SHU /);
    expect((await XlsxWorkbook.load(bookFile)).tabNames()).toContain('SHU 2026');
  });

  test('a Kirim WA link carries the message exactly, name with & # ? and emoji included', async () => {
    // The messages are prepared when asked for, not with every overview.
    await expect(sidebar.locator('[data-member]').count()).resolves.toBe(0);
    await sidebar.locator('[data-action=showMessages]').click();
    const item = sidebar.locator(`[data-member=${oddMember}]`);
    await item.waitFor();
    await screenshot(sidebar.locator('[data-testid=messages]'), 'member-messages');
    const href = (await item.locator('a[data-wa]').getAttribute('href'))!;
    const shown = (await item.locator('.message-text').textContent())!;
    const url = new URL(href);
    expect(url.hostname).toBe('wa.me');
    expect(url.pathname).toMatch(/^\/628\d{8,11}$/);
    expect(url.searchParams.get('text')).toBe(shown);
    expect(shown.startsWith(`Yth. `)).toBe(true);
    expect(shown).toContain(ODD_NAME);
    await expect(item.locator('a[data-wa]').textContent()).resolves.toBe('Kirim WA');
    await expect(item.locator('a[data-wa]').getAttribute('target')).resolves.toBe('_blank');
    const summary = sidebar.locator('a[data-wa=summary]');
    expect(new URL((await summary.getAttribute('href'))!).searchParams.get('text')).toContain(
      'ringkasan minggu',
    );
  });

  test('at 300 px the amount beside a long name stays whole on one line', async () => {
    // A copy of a shown message with a long name (it broke as "Rp / 336.26 / 0"), measured, removed.
    const amountLines = await sidebar
      .locator('[data-member]')
      .first()
      .evaluate((item) => {
        const copy = item.cloneNode(true) as HTMLElement;
        copy.removeAttribute('data-member');
        copy.querySelector('.message-head .member')!.textContent =
          'Raden Muhammad Abdurrahman Wiradikusumah (A003)';
        item.parentElement!.appendChild(copy);
        const range = document.createRange();
        range.selectNodeContents(copy.querySelector('.message-head .amount')!);
        const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
        copy.remove();
        return lines;
      });
    expect(amountLines).toBe(1);
  });

  test('the copy buttons put the message and the week summary on the clipboard', async () => {
    // The messages are shown once asked for (the test before asks; asked again when run alone).
    if ((await sidebar.locator('[data-member]').count()) === 0)
      await sidebar.locator('[data-action=showMessages]').click();
    await sidebar.locator(`[data-member=${oddMember}]`).waitFor();
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await page.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
    const item = sidebar.locator(`[data-member=${oddMember}]`);
    const shown = (await item.locator('.message-text').textContent())!;
    const copyMember = item.locator(`[data-copy="member-${oddMember}"]`);
    await expect(copyMember.textContent()).resolves.toBe('Salin');
    await copyMember.click();
    await expect(clipboard()).resolves.toBe(shown);
    expect(shown).toContain(ODD_NAME);
    await expect(copyMember.textContent()).resolves.toBe('Tersalin');

    const summaryText = (await sidebar.locator('[data-testid=messages] > pre.message-text').textContent())!;
    expect(summaryText).toContain('ringkasan minggu');
    const copySummary = sidebar.locator('[data-copy=summary]');
    await copySummary.click();
    await expect(clipboard()).resolves.toBe(summaryText);
    // Only the button that copied last says so.
    await expect(copySummary.textContent()).resolves.toBe('Tersalin');
    await expect(copyMember.textContent()).resolves.toBe('Salin');
    await screenshot(sidebar.locator('[data-testid=messages]'), 'member-money-messages');
  });

  test('where the textarea copy is refused, the clipboard API gets the same text', async () => {
    // Apps Script's frame copies through a hidden textarea; when execCommand says no, the code falls
    // back to navigator.clipboard.writeText. Both stubbed here to see which one carried the text.
    await sidebar.evaluate(() => {
      const w = window as unknown as { copiedByApi: string[] };
      w.copiedByApi = [];
      document.execCommand = () => false;
      Object.defineProperty(navigator.clipboard, 'writeText', {
        configurable: true,
        value: (text: string) => {
          w.copiedByApi.push(text);
          return Promise.resolve();
        },
      });
    });
    const item = sidebar.locator(`[data-member=${oddMember}]`);
    const shown = (await item.locator('.message-text').textContent())!;
    await item.locator(`[data-copy="member-${oddMember}"]`).click();
    await expect(
      sidebar.evaluate(() => (window as unknown as { copiedByApi: string[] }).copiedByApi),
    ).resolves.toEqual([shown]);
    await expect(item.locator(`[data-copy="member-${oddMember}"]`).textContent()).resolves.toBe('Tersalin');
  });
});
