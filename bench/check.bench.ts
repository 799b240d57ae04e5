// `check` over 200 books of the demo's size (30 members, ~240 Kas rows, 10 loans, 13 activities):
// in one process (load each .xlsx, read, check, credit, savings), then as a person runs it, the
// built command line with the 200 files (`check`, then `summary`). The target: well under a
// minute on this machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { reviewBook } from '../src/core/reviewBook';
import { addDays } from '../src/core/isoDate';
import { demoWorkbook } from '../src/local/demoWorkbook';
import { XlsxWorkbook } from '../src/local/xlsxWorkbook';

const BOOKS = 200;
const today = '2026-11-28';
// npm run bench runs from the repository's root; the bundle itself lives in a temporary folder.
const root = process.cwd();

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bk-bench-'));
  try {
    // 200 different books: the demo as it would be on 200 different days.
    const files: string[] = [];
    const writeStart = performance.now();
    for (let i = 0; i < BOOKS; i++) {
      const file = join(dir, `buku-${String(i).padStart(3, '0')}.xlsx`);
      await demoWorkbook(addDays(today, -i)).save(file);
      files.push(file);
    }
    console.log(`wrote ${BOOKS} demo books in ${((performance.now() - writeStart) / 1000).toFixed(1)} s`);

    const first = reviewBook(await XlsxWorkbook.load(files[0] as string), today);
    console.log(
      `one book: ${first.book.members.length} members, ${first.book.cash.length} Kas rows, ${first.book.loans.length} loans, ${first.book.activities.length} activities, ${first.problems.length} problems`,
    );

    const start = performance.now();
    const cpu = process.cpuUsage();
    let loadMs = 0;
    let problems = 0;
    for (const file of files) {
      const t = performance.now();
      const workbook = await XlsxWorkbook.load(file);
      loadMs += performance.now() - t;
      problems += reviewBook(workbook, today).problems.length;
    }
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    console.log(
      `in process: ${BOOKS} books in ${(wall / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU (${(wall / BOOKS).toFixed(1)} ms a book, of which loading the .xlsx ${(loadMs / BOOKS).toFixed(1)} ms); ${problems} problems`,
    );

    const cli = join(root, 'dist', 'cli.js');
    if (!existsSync(cli))
      spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--quiet'], { stdio: 'inherit' });
    const cliStart = performance.now();
    const run = spawnSync(process.execPath, [cli, 'check', ...files, '--json', '--today', today], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const cliWall = performance.now() - cliStart;
    const books = (JSON.parse(run.stdout) as { books: unknown[] }).books.length;
    console.log(
      `command line: buku-kelompok check <${BOOKS} files> --json: ${(cliWall / 1000).toFixed(2)} s wall, exit ${run.status}, ${books} books reported`,
    );
    const summaryStart = performance.now();
    const summary = spawnSync(process.execPath, [cli, 'summary', ...files, '--json', '--today', today], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const summaryWall = performance.now() - summaryStart;
    const groups = (JSON.parse(summary.stdout) as { groups: unknown[] }).groups.length;
    console.log(
      `command line: buku-kelompok summary <${BOOKS} files> --json: ${(summaryWall / 1000).toFixed(2)} s wall, exit ${summary.status}, ${groups} groups reported`,
    );
    console.log(
      `machine: ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
