// What Google sees of the add-on: two scopes, no other service, and a bundle small enough to parse
// on every call.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { fillDemo, gasBook, run } from './gasBook';
import { bundlePath } from './loadBundle';

const bundleBudget = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'scripts', 'bundleBudget.json'), 'utf8'),
) as { maxKB: number };

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'dist', 'appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
  runtimeVersion: string;
};

describe('dist/', () => {
  it('asks for the current spreadsheet and the UI only', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('names no Apps Script service beyond those the scopes allow', () => {
    const code = readFileSync(bundlePath, 'utf8');
    const services = code.match(
      /\b(UrlFetchApp|DriveApp|GmailApp|MailApp|ScriptApp|CacheService|CalendarApp|DocumentApp|FormApp|ContentService|Drive|Sheets)\.[a-zA-Z]/g,
    );
    expect(services).toBeNull();
    expect(code).not.toMatch(/\bopenById\b|\bopenByUrl\b/);
  });

  it('is all clasp pushes: dist/ also holds the command line and the preview server, which Apps Script must not run', () => {
    const root = join(__dirname, '..', '..');
    const clasp = join(root, 'node_modules', '@google', 'clasp', 'build', 'src', 'index.js');
    const status = JSON.parse(
      execFileSync(process.execPath, [clasp, 'show-file-status', '--json'], { cwd: root, encoding: 'utf8' }),
    ) as { filesToPush: string[]; untrackedFiles: string[] };
    expect([...status.filesToPush].sort()).toEqual([
      'dist/Code.js',
      'dist/appsscript.json',
      'dist/sidebar.html',
    ]);
    expect(status.untrackedFiles).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/previewServer.js']));
  });

  it('stays small: zod/mini only, without the classic API, its locales, compiler or JSON Schema', () => {
    const code = readFileSync(bundlePath, 'utf8');
    // A budget, not a figure (scripts/bundleBudget.json, printed by `npm run build`): what zod/mini and
    // the add-on weigh (`npm run bundle:report`), plus a margin; it fails when a heavy dependency creeps in.
    expect(statSync(bundlePath).size).toBeLessThan(bundleBudget.maxKB * 1024);
    expect(code).toMatch(/"ZodMiniObject"/);
    expect(code).not.toMatch(/"ZodString"|"ZodObject"/);
    expect(code).not.toMatch(/Zbyt du/);
    expect(code).not.toMatch(/toJSONSchema|fromJSONSchema|ZodCompile/);
  });

  it('leaves the demo book to the command line: none of its members is in the add-on', () => {
    const code = readFileSync(bundlePath, 'utf8');
    expect(code).not.toContain('Cecep Hidayat');
    expect(code).not.toContain('Tani Mekar Sari');
  });

  it('is what `npm run bundle:report` measures: its text and code, and its packages, add up to it', () => {
    const root = join(__dirname, '..', '..');
    const report = execFileSync(process.execPath, [join(root, 'scripts', 'bundleReport.mjs'), '--top', '3'], {
      cwd: root,
      encoding: 'utf8',
    });
    const kb = (label: RegExp) => Number(label.exec(report)?.[1]);
    expect(Number(/\((\d+) bytes\) minified/.exec(report)?.[1])).toBe(statSync(bundlePath).size);
    const total = kb(/dist\/Code\.js: +([\d.]+) KB/);
    const text = kb(/text in string and template literals +([\d.]+) KB/);
    const rest = kb(/the rest code +([\d.]+) KB/);
    // Each figure is rounded to 0.1 KB: they may be 0.1 apart, and 96.8 + 146.3 − 243.0 is 0.1 and a float's hair.
    expect(Math.abs(text + rest - total)).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(text).toBeGreaterThan(0);
    const inputs = kb(/inputs +([\d.]+) KB/);
    const packages = [
      ...report
        .split('By package:')[1]!
        .split('By folder')[0]!
        .matchAll(/([\d.]+) KB/g),
    ];
    const sum = packages.reduce((a, m) => a + Number(m[1]), 0);
    expect(Math.abs(sum - inputs)).toBeLessThanOrEqual(0.1 * packages.length);
    expect(report).toMatch(/ KB +[\d.]+ % +zod\n/);
  });

  it('looks the built-ins up once, as it loads: in node:vm every global name read is a slow call', () => {
    const book = gasBook();
    fillDemo(book);
    // The context's global is the object loadBundle handed in: a getter on it sees every read of the name.
    const reads = new Map<string, number>();
    for (const name of ['Array', 'Date', 'JSON', 'Map', 'Math', 'Number', 'Object', 'Set', 'String']) {
      const builtin: unknown = vm.runInContext(name, book.gas);
      Object.defineProperty(book.gas, name, {
        get: () => {
          reads.set(name, (reads.get(name) ?? 0) + 1);
          return builtin;
        },
      });
    }
    vm.runInContext('Number.isInteger(1)', book.gas);
    expect(reads.get('Number')).toBe(1);
    reads.clear();
    expect(run<{ ok: boolean }>(book, 'getOverview').ok).toBe(true);
    expect(Object.fromEntries(reads)).toEqual({});
  });
});
