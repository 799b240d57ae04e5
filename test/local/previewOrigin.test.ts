// The preview in a real browser: a page from another origin (here another port) cannot make it
// change the book, neither with a plain HTML form (enctype=text/plain) nor with a no-cors or a CORS
// fetch; the preview's own page can.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createApi } from '../../src/core/api/createApi';
import type { SidebarApi } from '../../src/core/api/types';
import { openPreviewBook } from '../../src/local/previewBook';
import { createPreviewServer, listen } from '../../src/local/previewServer';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { CHROMIUM, sharedBrowser } from '../sharedBrowser';
import { demoBytes } from './demoBytes';

const describeInBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

/** The sidebar's own way of calling: the token from its meta tag, JSON, same origin. */
const SIDEBAR = `<!doctype html><html><head><title>sidebar</title></head><body><script>
fetch('/api/runChecks', {
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    'x-buku-kelompok-token': document.querySelector('meta[name="buku-kelompok-token"]').content,
  },
  body: '[]',
}).then((r) => r.json()).then((j) => { document.body.dataset.result = String(j.ok); });
</script></body></html>`;

function attackerPage(target: string): string {
  return `<!doctype html><html><body>
<iframe name="sink"></iframe>
<form id="form" method="POST" action="${target}/api/runChecks" enctype="text/plain" target="sink">
  <input name='["x' value='"]'>
</form>
<script>
  const done = [];
  const mark = (what) => { done.push(what); document.body.dataset.done = done.join(','); };
  document.querySelector('iframe').addEventListener('load', () => mark('form'));
  fetch('${target}/api/setupBook', { method: 'POST', mode: 'no-cors', body: '[]' })
    .then(() => mark('no-cors'), () => mark('no-cors'));
  fetch('${target}/api/computeBalances', {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-buku-kelompok-token': 'guess' }, body: '[]',
  }).then(() => mark('cors'), () => mark('cors'));
  fetch('${target}/book').then(() => mark('book'), () => mark('book'));
  document.getElementById('form').submit();
</script></body></html>`;
}

describeInBrowser('the preview against another origin, in Chromium', () => {
  let browser: Browser;
  let preview: Server;
  let attacker: Server;
  let previewPort: number;
  let attackerPort: number;
  let file: string;
  const calls: string[] = [];
  const sha = () => createHash('sha256').update(readFileSync(file)).digest('hex');

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preview-origin-'));
    file = join(dir, 'buku.xlsx');
    writeFileSync(file, await demoBytes('2026-11-28'));
    const sidebarFile = join(dir, 'sidebar.html');
    writeFileSync(sidebarFile, SIDEBAR);
    const book = await openPreviewBook(
      file,
      (host) => {
        const api = createApi(host);
        // Every call that reaches the API is recorded.
        return new Proxy(api, {
          get:
            (target, name: string) =>
            (...args: unknown[]) => {
              calls.push(name);
              return (target[name as keyof SidebarApi] as (...a: unknown[]) => unknown)(...args);
            },
        });
      },
      { today: '2026-11-28' },
    );
    preview = createPreviewServer(book, { sidebarFile });
    previewPort = await listen(preview, 0);
    attacker = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(attackerPage(`http://127.0.0.1:${previewPort}`));
    });
    attackerPort = await new Promise<number>((resolve) =>
      attacker.listen(0, '127.0.0.1', () => {
        const address = attacker.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      }),
    );
    browser = await sharedBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => preview.close(r));
    await new Promise((r) => attacker.close(r));
  });

  test('a form and fetches from another port change nothing; the preview page itself can', async () => {
    const before = sha();
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${attackerPort}/`);
    await page.waitForFunction(() => (document.body.dataset.done ?? '').split(',').length === 4, null, {
      timeout: 30_000,
    });
    expect(calls).toEqual([]);
    expect(sha()).toBe(before);

    // The preview's own page (its sidebar frame) is let through.
    await page.goto(`http://127.0.0.1:${previewPort}/`);
    const sidebar = page.frameLocator('#sidebar');
    await sidebar.locator('body[data-result]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await sidebar.locator('body').getAttribute('data-result')).toBe('true');
    expect(calls).toEqual(['runChecks']);
    expect((await XlsxWorkbook.load(file)).isGenerated('Pemeriksaan')).toBe(true);
    await page.close();
  }, 90_000);
});
