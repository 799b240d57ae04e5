// Ctrl-C (SIGINT) or SIGTERM while the built command line writes `--out`: the hidden temporary file
// is removed before the process ends by the signal itself (a shell reads 130 or 143), and an earlier
// output stays as it was. The
// child is started with a preloaded module that holds each temporary file open for a while after its
// first bytes, so that the signal comes in the middle of the write.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { demoWorkbook } from '../../src/local/demoWorkbook';
import { tellTempsTo, tempEnded, tempsChannel, tempStarted } from '../../src/local/interruptedWrite';
import { postToPreview } from './previewPost';
import { runCli } from './runCli';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'bk-interrupt-'));
const today = '2026-11-28';
const slowWrite = join(dir, 'slowWrite.js');

beforeAll(async () => {
  await demoWorkbook(today).save(join(dir, 'demo.xlsx'));
  // Loaded by the launcher and by its worker (a worker takes its parent's --require).
  writeFileSync(
    slowWrite,
    `const fsp = require('node:fs/promises');
const open = fsp.open;
fsp.open = async (path, ...rest) => {
  const handle = await open(path, ...rest);
  if (String(path).endsWith('.tmp')) {
    const writeFile = handle.writeFile.bind(handle);
    handle.writeFile = async (data) => {
      await writeFile(data);
      await new Promise((resolve) => setTimeout(resolve, 30000));
    };
  }
  return handle;
};
`,
  );
}, 60_000);

/** The built command line, sent `signal` once a temporary file appears in the folder. */
function interrupted(
  args: readonly string[],
  signal: NodeJS.Signals,
): Promise<{
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  sawTemp: boolean;
}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', slowWrite, cli, ...args, '--today', today], {
      cwd: dir,
    });
    let out = '';
    let err = '';
    let sawTemp = false;
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
    const watch = setInterval(() => {
      if (!readdirSync(dir).some((f) => f.endsWith('.tmp'))) return;
      sawTemp = true;
      clearInterval(watch);
      child.kill(signal);
    }, 20);
    child.on('close', (code, ended) => {
      clearInterval(watch);
      resolve({ code, signal: ended, out, err, sawTemp });
    });
  });
}

describe('an interrupted write', () => {
  it('Ctrl-C (SIGINT): no temporary file and no output file are left, ended by SIGINT (130 in a shell), nothing said', async () => {
    const r = await interrupted(['balances', 'demo.xlsx', '--out', 'saldo.xlsx'], 'SIGINT');
    expect(r).toEqual({ code: null, signal: 'SIGINT', out: '', err: '', sawTemp: true });
    expect(readdirSync(dir).sort()).toEqual(['demo.xlsx', 'slowWrite.js']);
  });

  it('SIGTERM while an earlier output is replaced: it stays as it was, no temporary file, ended by SIGTERM (143 in a shell)', async () => {
    const first = await runCli(['journal', 'demo.xlsx', '--out', 'jurnal.xlsx', '--today', today], dir);
    expect(first.code).toBe(0);
    const before = readFileSync(join(dir, 'jurnal.xlsx'));
    const r = await interrupted(['journal', 'demo.xlsx', '--out', 'jurnal.xlsx'], 'SIGTERM');
    expect(r).toEqual({ code: null, signal: 'SIGTERM', out: '', err: '', sawTemp: true });
    expect(readdirSync(dir).sort()).toEqual(['demo.xlsx', 'jurnal.xlsx', 'slowWrite.js']);
    expect(readFileSync(join(dir, 'jurnal.xlsx')).equals(before)).toBe(true);
  });
});

describe('the temporary files the launcher is told of', () => {
  it('are read to the last one posted, without waiting for their delivery, files and folders', () => {
    const { port, temps } = tempsChannel();
    tellTempsTo(port);
    tempStarted('/tmp/.a.xlsx.1.tmp');
    tempStarted('/tmp/.b.xlsx.2.tmp');
    tempStarted('/tmp/gudang/.duckdb.3.tmp', 'folder');
    tempEnded('/tmp/.a.xlsx.1.tmp');
    expect(temps()).toEqual([
      { path: '/tmp/.b.xlsx.2.tmp', kind: 'file' },
      { path: '/tmp/gudang/.duckdb.3.tmp', kind: 'folder' },
    ]);
    tempEnded('/tmp/.b.xlsx.2.tmp');
    tempEnded('/tmp/gudang/.duckdb.3.tmp');
    expect(temps()).toEqual([]);
    tellTempsTo(new MessageChannel().port1);
    port.close();
  });
});

describe('the preview server', () => {
  it('Ctrl-C while it saves the book after an action: no temporary file is left beside it, ended by SIGINT', async () => {
    // It removed nothing on a signal: `.book.xlsx.<random>.tmp` stayed beside the user's book (found
    // by a review).
    const folder = join(dir, 'pratinjau');
    mkdirSync(folder);
    copyFileSync(join(dir, 'demo.xlsx'), join(folder, 'book.xlsx'));
    const preview = join(__dirname, '..', '..', 'dist', 'previewServer.js');
    const child = spawn(
      process.execPath,
      [
        '--require',
        slowWrite,
        preview,
        'book.xlsx',
        '--port',
        '0',
        '--today',
        today,
        '--prefs',
        join(dir, 'prefs.json'),
      ],
      { cwd: folder },
    );
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    const port = await new Promise<number>((resolve) => {
      const wait = setInterval(() => {
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (!m) return;
        clearInterval(wait);
        resolve(Number(m[1]));
      }, 20);
    });
    const page = await new Promise<string>((resolve) =>
      get(`http://127.0.0.1:${port}/`, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve(body));
      }),
    );
    // The page's script sends the run's token (as the sidebar's page does in its meta tag).
    const token = /'x-buku-kelompok-token': '([0-9a-f]+)'/.exec(page)![1]!;
    // The check writes Pemeriksaan, and the book is saved: held in the middle by slowWrite.
    postToPreview(port, token, 'runChecks').catch(() => undefined);
    const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; sawTemp: boolean }>(
      (resolve) => {
        let sawTemp = false;
        const watch = setInterval(() => {
          if (!readdirSync(folder).some((f) => f.endsWith('.tmp'))) return;
          sawTemp = true;
          clearInterval(watch);
          child.kill('SIGINT');
        }, 20);
        child.on('close', (code, signal) => {
          clearInterval(watch);
          resolve({ code, signal, sawTemp });
        });
      },
    );
    expect(ended).toEqual({ code: null, signal: 'SIGINT', sawTemp: true });
    expect(readdirSync(folder)).toEqual(['book.xlsx']);
  });
});
