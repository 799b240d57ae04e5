// The demo book's .xlsx bytes for a day, exactly as demoWorkbook(today).toBuffer() writes them, kept
// in the temp folder under a hash of the code that writes them (src/ and package-lock.json): the
// files that only need the demo book as a file share one write (about a second of CPU each) instead
// of writing it again. The writer's own tests (xlsxWorkbook, cliOut) still call demoWorkbook.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { IsoDate } from '../../src/core/cell';
import { demoWorkbook } from '../../src/local/demoWorkbook';

const root = join(__dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

let codeHash: string | undefined;

/**
 * A hash of every file under src/ (name and content) and of the locked package versions. The names
 * are relative to the checkout, so that another clone of the same code (a CI run's) reads the demo
 * an earlier one wrote instead of writing it again.
 */
function hashOfCode(): string {
  if (codeHash === undefined) {
    const hash = createHash('sha256');
    for (const file of filesUnder(join(root, 'src')))
      hash.update(relative(root, file)).update(readFileSync(file));
    hash.update(readFileSync(join(root, 'package-lock.json')));
    codeHash = hash.digest('hex').slice(0, 20);
  }
  return codeHash;
}

/** demoWorkbook(today).toBuffer(), written once per version of the code and day. */
export async function demoBytes(today: IsoDate): Promise<Buffer> {
  const file = join(tmpdir(), `buku-kelompok-demo-${hashOfCode()}-${today}.xlsx`);
  if (existsSync(file)) return readFileSync(file);
  const bytes = await demoWorkbook(today).toBuffer();
  // Written under a name of its own, then renamed: a file running beside this one reads it whole.
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, file);
  return bytes;
}
