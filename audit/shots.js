/* global document, getComputedStyle */
// Screenshots of the sidebar in the local preview (300 px frame) on a messy book, and a list of
// elements that overflow the frame's width. Usage: node audit/shots.js BOOK.xlsx OUTDIR [today]
const { spawn } = require('node:child_process');
const { mkdirSync, copyFileSync, mkdtempSync } = require('node:fs');
const { join } = require('node:path');
const { tmpdir } = require('node:os');
const { chromium } = require('playwright-core');
const [book, outDir, today = '2026-11-25'] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'shots-'));
const file = join(dir, 'buku.xlsx');
copyFileSync(book, file);

function start() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      join(__dirname, '..', 'dist', 'previewServer.js'),
      file,
      '--port',
      '0',
      '--today',
      today,
      '--prefs',
      join(dir, 'prefs.json'),
    ]);
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolve({ child, url: m[0] });
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (c) => reject(new Error(`exit ${c}: ${out}`)));
  });
}

(async () => {
  const { child, url } = await start();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 1100, height: 1200 } });
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  const frame = page.frame({ url: /sidebar\.html$/ });
  await frame.locator('.cards').waitFor();
  const shot = async (name) => {
    const h = await frame.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1100, height: Math.min(h + 40, 16000) });
    const box = await page.locator('#sidebar').boundingBox();
    const total = Math.min(h, 16000);
    for (let y = 0, i = 0; y < total; y += 900, i += 1)
      await page.screenshot({
        path: join(outDir, `${name}-${String(i).padStart(2, '0')}.png`),
        clip: { x: box.x, y: box.y + y, width: box.width, height: Math.min(900, total - y) },
        animations: 'disabled',
      });
  };
  const overflow = (name) =>
    frame.evaluate((name) => {
      const W = document.documentElement.clientWidth;
      const out = [];
      for (const e of document.querySelectorAll('body *')) {
        const r = e.getBoundingClientRect();
        if (r.width === 0) continue;
        const cut = e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible';
        if (r.right > W + 0.5 || r.left < -0.5 || cut)
          out.push(
            `${name}: <${e.tagName.toLowerCase()} class="${e.className}"> right=${Math.round(r.right)} W=${W} scrollW=${e.scrollWidth} clientW=${e.clientWidth} text=${JSON.stringify((e.textContent || '').slice(0, 60))}`,
          );
      }
      return out;
    }, name);
  const texts = () => frame.evaluate(() => document.body.innerText);
  const report = [];
  await shot('01-overview-id');
  report.push(...(await overflow('overview-id')));
  const all1 = await texts();
  // Definitions open
  for (const b of await frame.locator('button.info').all()) await b.click();
  await shot('02-definitions-id');
  report.push(...(await overflow('definitions')));
  for (const b of await frame.locator('button.info').all()) await b.click();
  // More problems and loans
  const more = frame.locator('button', { hasText: 'Tampilkan' });
  for (const b of await more.all()) {
    if (await b.isVisible()) {
      await b.click();
      await frame.locator('[data-testid=status]:not(.progress)').waitFor();
    }
  }
  await frame.waitForTimeout(500);
  await shot('03-more-id');
  report.push(...(await overflow('more')));
  // Messages
  const msgBtn = frame.locator('button', { hasText: 'Tampilkan pesan tagihan' });
  if (await msgBtn.count()) {
    await msgBtn.click();
    await frame.waitForTimeout(1500);
  }
  await shot('04-messages-id');
  report.push(...(await overflow('messages')));
  const all4 = await texts();
  // English
  await frame.locator('[data-key=lang-en]').click();
  await frame.waitForTimeout(800);
  await shot('05-overview-en');
  report.push(...(await overflow('overview-en')));
  const all5 = await texts();
  await frame.locator('[data-key=lang-id]').click();
  await frame.waitForTimeout(800);
  // Apply the first fix
  const fix = frame.locator('button.fix, button[data-key^=fix]').first();
  if (await fix.count()) {
    await fix.click();
    await frame.locator('[data-testid=status].success, [data-testid=status].error').waitFor();
  }
  await shot('06-after-fix-id');
  const st = await frame.locator('[data-testid=status]').textContent();
  // Periksa Data
  await frame.locator('[data-action=runChecks]').click();
  await frame.locator('[data-testid=status].success, [data-testid=status].error').waitFor();
  const st2 = await frame.locator('[data-testid=status]').textContent();
  await shot('07-after-check-id');
  require('node:fs').writeFileSync(
    join(outDir, 'texts.txt'),
    [
      all1,
      '=====',
      all4,
      '=====EN',
      all5,
      '=====status',
      st,
      st2,
      '=====errors',
      ...errors,
      '=====overflow',
      ...report,
    ].join('\n'),
  );
  console.log(report.join('\n'));
  console.log('status:', st, '|', st2);
  await browser.close();
  child.kill();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
