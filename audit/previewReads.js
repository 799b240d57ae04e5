// Does the local preview write the book file on the read-only calls getMessages and getMembers?
// Usage: node audit/previewReads.js   (uses the demo book written by the CLI)
const { spawn, execFileSync } = require('node:child_process');
const { mkdtempSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { tmpdir } = require('node:os');
const dir = mkdtempSync(join(tmpdir(), 'reads-'));
const file = join(dir, 'buku.xlsx');
execFileSync(process.execPath, [
  join(__dirname, '..', 'dist', 'cli.js'),
  'demo',
  '--out',
  file,
  '--today',
  '2026-11-25',
]);
const child = spawn(process.execPath, [
  join(__dirname, '..', 'dist', 'previewServer.js'),
  file,
  '--port',
  '0',
  '--today',
  '2026-11-25',
  '--prefs',
  join(dir, 'p.json'),
]);
let out = '';
child.stdout.on('data', async (d) => {
  out += d;
  const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
  if (!m || child.started) return;
  child.started = true;
  const base = m[0];
  const html = await (await fetch(base + 'sidebar.html')).text();
  const token = /name="buku-kelompok-token" content="([^"]+)"/.exec(html)[1];
  const call = async (name, args) =>
    (
      await fetch(`${base}api/${name}`, {
        method: 'POST',
        headers: {
          origin: base.slice(0, -1),
          'x-buku-kelompok-token': token,
          'content-type': 'application/json',
        },
        body: JSON.stringify(args),
      })
    ).json();
  const st = () => {
    const s = statSync(file);
    return `ino=${s.ino} mtime=${s.mtimeMs}`;
  };
  console.log('start         ', st());
  await call('getOverview', []);
  console.log('getOverview   ', st());
  await call('getLoansAtRisk', [0]);
  console.log('getLoansAtRisk', st());
  const r1 = await call('getMessages', [0]);
  console.log('getMessages   ', st(), r1.ok ? 'ok' : r1.error.code);
  const r2 = await call('getMembers', [0, 'siti']);
  console.log('getMembers    ', st(), r2.ok ? 'ok' : r2.error.code);
  // Another program saves the book (same content re-zipped: here, a copy written by the CLI's setup --out).
  execFileSync(process.execPath, [
    join(__dirname, '..', 'dist', 'cli.js'),
    'demo',
    '--out',
    file,
    '--force',
    '--today',
    '2026-11-24',
  ]);
  const r3 = await call('getMessages', [0]);
  console.log(
    'after an outside save, getMessages:',
    r3.ok ? 'ok' : `${r3.error.code}: ${r3.error.message.id}`,
  );
  const r4 = await call('getOverview', []);
  console.log('after an outside save, getOverview:', r4.ok ? 'ok' : r4.error.code);
  child.kill();
});
