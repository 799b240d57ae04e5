// LibreOffice's conversions for the print tests, kept in the temp folder under a hash of all they are
// made from: the conversion asked for, the files' names and bytes, and the LibreOffice and fonts
// installed. The same files converted again give the same output, so a run whose files are unchanged
// since an earlier one (the same code, the same day) reads that conversion instead of starting
// LibreOffice again (a start costs 6-10 s of CPU); any change to a file, to LibreOffice or to the fonts
// converts afresh. The tests assert on the output either way.
//
// A conversion LibreOffice must make goes to the one LibreOffice of the run (test/libreOffice.js),
// through unoConvert.py with the same filter --convert-to would use; where the run has none (no
// Python with LibreOffice's `uno`, or a file run without the globalSetup), or it fails, soffice
// --convert-to converts in a start of its own, as before.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const office = require('../libreOffice') as {
  soffice: string;
  files: (pipe: string) => { pid: string; lock: string; profile: string };
  startOffice: (pipe: string) => void;
  nothingKept: () => boolean;
};

// On a machine that keeps no conversion (a new one, a clean CI) every conversion is to be made:
// LibreOffice starts as the first print file loads, and loads (5-6 s) while that file writes what it
// prints, instead of after, with the file waiting. Not in globalSetup: loading beside the workers'
// own start, it held the first test file back by about a second.
if (process.env.BUKU_LO_PIPE && process.env.BUKU_LO_PYTHON && office.nothingKept())
  office.startOffice(process.env.BUKU_LO_PIPE);

/** The soffice on the PATH, or '' where LibreOffice is not installed (the print tests then skip). */
export const soffice = office.soffice;

/**
 * Whether a book's default font, Calibri, is drawn with Calibri's metrics (Calibri, or Carlito, its
 * metric twin that LibreOffice installs beside itself): a book's columns are measured in it, so
 * without it LibreOffice draws them wider than Excel does and prints other page counts than a user
 * gets (`.ci/run` installs Carlito).
 */
export const calibriMetrics =
  soffice !== '' &&
  /Carlito|Calibri/.test(spawnSync('fc-match', ['Calibri'], { encoding: 'utf8' }).stdout ?? '');

/** LibreOffice's program files and the font cache, by size and time: what else decides the output. */
function installed(): string {
  const program = dirname(realpathSync(soffice));
  const fonts = '/var/cache/fontconfig';
  const files = [
    ...readdirSync(program).map((f) => join(program, f)),
    ...(existsSync(fonts) ? readdirSync(fonts).map((f) => join(fonts, f)) : []),
  ].sort();
  return files.map((f) => `${f} ${statSync(f).size} ${statSync(f).mtimeMs}`).join('\n');
}

/**
 * One private LibreOffice profile for this file's conversions: made by the first, reused by the
 * next (making one takes seconds); private, so that parallel runs do not collide.
 */
let profile: string | undefined;

/** Renames `from` to `to`, unless another run has kept the same conversion there first. */
function renamed(from: string, to: string): boolean {
  try {
    renameSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/**
 * The run's shared LibreOffice, started as the first print file loaded on a machine that keeps no
 * conversion, or else by the first file of the run to need it; undefined where the run has none.
 */
function sharedOffice(): { pipe: string; python: string; lock: string } | undefined {
  const pipe = process.env.BUKU_LO_PIPE;
  const python = process.env.BUKU_LO_PYTHON;
  if (!pipe || !python) return undefined;
  office.startOffice(pipe); // unless this file's load or another file of this run started it
  return { pipe, python, lock: office.files(pipe).lock };
}

/** Converts through the run's shared LibreOffice; false where there is none or it failed. */
function convertShared(to: string, outdir: string, files: readonly string[]): boolean {
  const shared = sharedOffice();
  if (!shared) return false;
  const script = join(__dirname, 'unoConvert.py');
  // A conversion takes seconds, the start about 6 s, a wait behind the other file's conversion as
  // long: past 90 s something hangs, and soffice converts alone within the tests' own time limits.
  const done = spawnSync(shared.python, [script, shared.pipe, shared.lock, to, outdir, ...files], {
    stdio: 'ignore',
    timeout: 90_000,
  });
  return done.status === 0;
}

/** Converts `files` (soffice's --convert-to `to`) into `outdir`: in the run's LibreOffice, or a start of its own, or as kept. */
export function convert(to: string, outdir: string, files: readonly string[]): void {
  const hash = createHash('sha256').update(to).update(installed());
  for (const file of files) hash.update(basename(file)).update(readFileSync(file));
  const kept = join(tmpdir(), `buku-kelompok-libreoffice-${hash.digest('hex').slice(0, 20)}`);
  if (!existsSync(kept)) {
    const made = mkdtempSync(`${kept}-`);
    if (!convertShared(to, made, files)) {
      profile ??= `-env:UserInstallation=file://${mkdtempSync(join(tmpdir(), 'bk-lo-profile-'))}`;
      execFileSync(soffice, [profile, '--headless', '--convert-to', to, '--outdir', made, ...files], {
        stdio: 'ignore',
        timeout: 240_000,
      });
    }
    // Kept only with an output for every file, and renamed whole: a file running beside this one
    // reads a complete conversion. A conversion that failed is made again by the next run.
    const extension = to.split(':')[0]!;
    const outputs = files.map((f) => basename(f).replace(/\.[^.]*$/, `.${extension}`));
    if (!outputs.every((o) => existsSync(join(made, o))) || !renamed(made, kept)) {
      cpSync(made, outdir, { recursive: true });
      return;
    }
  }
  cpSync(kept, outdir, { recursive: true });
}
