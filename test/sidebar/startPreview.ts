// Starts the built preview server (dist/previewServer.js) for a browser test, and resolves with its
// address once it prints it; `log` is everything it printed so far.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningPreview {
  readonly child: ChildProcess;
  readonly url: string;
  readonly log: () => string;
}

/**
 * Without `--prefs` of its own, a test's server keeps its language in a fresh file, never in the
 * user's `~/.buku-kelompok-preview.json`: a test switching to English there made the browser tests
 * running beside it, and every later run, start in English.
 */
export function startPreview(args: readonly string[]): Promise<RunningPreview> {
  const root = join(__dirname, '..', '..');
  const prefs = args.includes('--prefs')
    ? []
    : ['--prefs', join(mkdtempSync(join(tmpdir(), 'buku-preview-prefs-')), 'prefs.json')];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist', 'previewServer.js'), ...args, ...prefs], {
      stdio: 'pipe',
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolve({ child, url: m[0], log: () => out });
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}: ${out}`)));
  });
}
