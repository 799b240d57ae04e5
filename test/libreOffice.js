// The LibreOffice the print tests share (test/local/libreOfficeConversion.ts converts through it):
// globalSetup names it; the first print test file to load starts it on a machine that keeps no
// conversion yet, elsewhere the first conversion of the run that LibreOffice must make; globalTeardown
// stops it. A start costs about 5 s of CPU, most of it loading LibreOffice itself; one start for the
// run instead of one per conversion saves two of three starts on a fresh machine (and none is made
// when every conversion is kept from an earlier run).
const { spawn, spawnSync } = require('node:child_process');
const { closeSync, openSync, readdirSync, readFileSync, rmSync, writeSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

/** The files (under test/) that convert with LibreOffice, so that a run of other files does not look for it. */
const officeTests = ['local/libreoffice.test.ts', 'local/printSetup.test.ts'];

/** The soffice on the PATH, or '' where LibreOffice is not installed (the print tests then skip). */
const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();

/**
 * Where LibreOffice is installed, a Python that can talk to it (Debian's python3-uno installs for the
 * system's python3); otherwise ''.
 */
function unoPython() {
  if (!soffice) return '';
  for (const python of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(python, ['-c', 'import uno'], { stdio: 'ignore', timeout: 20_000 });
    if (probe.status === 0) return python;
  }
  return '';
}

/**
 * Where the shared LibreOffice of the run named `pipe` keeps its process group, the lock that lets one
 * conversion at a time through (unoConvert.py), and its profile.
 */
const files = (pipe) => ({
  pid: path.join(tmpdir(), `${pipe}.pid`),
  lock: path.join(tmpdir(), `${pipe}.lock`),
  profile: path.join(tmpdir(), `${pipe}-profile`),
});

/**
 * Starts the shared LibreOffice of the run named `pipe` unless it was started already (the `wx` open
 * of its pid file decides which caller starts it). It listens on the pipe once loaded, in its own
 * process group, so that stopOffice stops the script, oosplash and soffice.bin at once.
 */
function startOffice(pipe) {
  const { pid, profile } = files(pipe);
  let fd;
  try {
    fd = openSync(pid, 'wx');
  } catch {
    return; // started already
  }
  const child = spawn(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--nodefault',
      `--accept=pipe,name=${pipe};urp;`,
    ],
    { detached: true, stdio: 'ignore' },
  );
  child.on('error', () => undefined); // unoConvert.py then fails to connect, and soffice converts alone
  child.unref();
  writeSync(fd, String(child.pid ?? ''));
  closeSync(fd);
}

/**
 * Whether this machine keeps no LibreOffice conversion of the print tests yet (a new machine, a
 * clean CI): then every conversion of the run is to be made, and LibreOffice can start at once.
 */
const nothingKept = () =>
  !readdirSync(tmpdir()).some((name) => name.startsWith('buku-kelompok-libreoffice-'));

/** Stops the shared LibreOffice of the run named `pipe`, if a conversion started it, and removes its profile. */
function stopOffice(pipe) {
  const { pid, lock, profile } = files(pipe);
  let group = NaN;
  try {
    group = Number(readFileSync(pid, 'utf8'));
  } catch {
    return; // never started
  }
  try {
    // The whole group: the soffice script, oosplash and soffice.bin.
    if (group > 0) process.kill(-group, 'SIGTERM');
  } catch {
    // already gone
  }
  rmSync(pid, { force: true });
  rmSync(lock, { force: true });
  // The pipe LibreOffice listened on, which it leaves behind when stopped.
  rmSync(path.join(tmpdir(), `OSL_PIPE_${process.getuid?.() ?? 0}_${pipe}`), { force: true });
  rmSync(profile, { recursive: true, force: true });
}

module.exports = { soffice, officeTests, unoPython, files, startOffice, nothingKept, stopOffice };
