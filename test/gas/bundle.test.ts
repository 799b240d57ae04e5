// What Google sees of the add-on: two scopes, no other service, and a bundle small enough to parse
// on every call.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
});
