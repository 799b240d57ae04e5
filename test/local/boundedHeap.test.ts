// The command line's bounded heap: a run that needs more than its heap stops with one bilingual line
// and exit 2 (instead of taking the machine's memory); a run within it keeps its own exit code, and
// the built command line prints all of a large output through the worker.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import {
  BOUNDED_FILE_BYTES,
  COLLECT_BETWEEN_STEPS_ROWS,
  collectBetweenSteps,
  collectSooner,
  HEAP_GROWING_PERCENT,
  HEAP_LIMIT_MB,
  heapLimitMb,
  outOfMemory,
  runBounded,
} from '../../src/local/boundedHeap';

const dir = mkdtempSync(join(tmpdir(), 'bk-heap-'));

/** A worker script: posts `code` after keeping `mb` megabytes of small objects alive. */
function script(name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    `const { parentPort, workerData } = require('node:worker_threads');\n${body}\nparentPort.postMessage(workerData.argv.length);\n`,
  );
  return file;
}

function bounded(file: string, argv: string[], limit: number): Promise<{ code: number; err: string[] }> {
  return new Promise((resolve) => {
    const err: string[] = [];
    runBounded(
      file,
      argv,
      (l) => err.push(l),
      (code) => resolve({ code, err }),
      limit,
    );
  });
}

describe('runBounded', () => {
  it('passes the arguments and hands back the exit code the command posts', async () => {
    const file = script('fine.js', 'const kept = Array.from({ length: 1000 }, (_, i) => ({ i }));');
    expect(await bounded(file, ['check', 'a.xlsx', 'b.xlsx'], 64)).toEqual({ code: 3, err: [] });
  });

  it('a command that outgrows the heap stops with one line in both languages and exit 2', async () => {
    const file = script(
      'greedy.js',
      'const kept = []; for (;;) kept.push({ at: kept.length, text: "baris " + kept.length });',
    );
    const said = outOfMemory(48);
    expect(await bounded(file, [], 48)).toEqual({ code: 2, err: [`${said.id} / ${said.en}`] });
    expect(said).toEqual({
      id: 'Dihentikan: bukunya memerlukan lebih dari 48 MB memori (batas alat ini). Bagi buku itu menjadi beberapa file, atau hapus baris dan tab yang tidak dipakai',
      en: "Stopped: the book needs more than 48 MB of memory (this tool's limit). Split it into several files, or remove the rows and tabs it does not use",
    });
  });

  it('the bound is 768 MB of heap for files under 20 MB; a larger file gets node’s own heap', () => {
    expect(HEAP_LIMIT_MB).toBe(768);
    const own = Math.floor(getHeapStatistics().heap_size_limit / (1024 * 1024));
    expect(own).toBeGreaterThan(HEAP_LIMIT_MB);
    const small = join(dir, 'small.xlsx');
    const large = join(dir, 'large.xlsx');
    writeFileSync(small, '');
    writeFileSync(large, '');
    truncateSync(small, BOUNDED_FILE_BYTES);
    truncateSync(large, BOUNDED_FILE_BYTES + 1);
    expect(heapLimitMb()).toBe(HEAP_LIMIT_MB);
    expect(heapLimitMb(['check', small, '--json', '--out', dir])).toBe(HEAP_LIMIT_MB);
    expect(heapLimitMb(['summary', small, large])).toBe(own);
    // Options are not files, even when a file bears their name.
    expect(heapLimitMb(['--help'], () => BOUNDED_FILE_BYTES + 1)).toBe(HEAP_LIMIT_MB);
  });
});

describe('collectSooner', () => {
  it('lets the heap grow 30 % past what was live before collecting, with a flag this node knows', () => {
    expect(HEAP_GROWING_PERCENT).toBe(30);
    const set: string[] = [];
    collectSooner((flags) => set.push(flags));
    expect(set).toEqual(['--heap-growing-percent=30']);
    // Set at run time, a flag V8 does not know is ignored without a word; on the command line it is refused.
    const flag = spawnSync(process.execPath, ['--heap-growing-percent=50', '-e', '0'], { encoding: 'utf8' });
    expect(flag.stderr).toBe('');
    expect(flag.status).toBe(0);
    expect(spawnSync(process.execPath, ['--heap-growing-percentage=50', '-e', '0']).status).not.toBe(0);
  });
});

describe('collectBetweenSteps', () => {
  it('collects the whole heap for a book of 100,000 Kas rows: what a step left behind is gone', async () => {
    expect(COLLECT_BETWEEN_STEPS_ROWS).toBe(100_000);
    const left = new WeakRef({ rows: Array.from({ length: 1000 }, (_, i) => ({ i })) });
    // A WeakRef holds its object until the end of the turn that made it.
    await new Promise((resolve) => setImmediate(resolve));
    expect(collectBetweenSteps(100_000)).toBe(true);
    expect(left.deref()).toBeUndefined();
  });

  it('leaves a smaller book to V8', () => {
    expect(collectBetweenSteps(99_999)).toBe(false);
    expect(collectBetweenSteps(0)).toBe(false);
  });
});

describe('the built command line in its worker', () => {
  const cli = join(__dirname, '..', '..', 'dist', 'cli.js');

  it('prints a large --json output whole, and keeps the exit code of the command', () => {
    const book = join(dir, 'demo.xlsx');
    expect(spawnSync(process.execPath, [cli, 'demo', '--out', book, '--today', '2026-11-28']).status).toBe(0);
    // Three files: the same file named three times is read once.
    const copies = [1, 2].map((i) => join(dir, `demo-${i}.xlsx`));
    for (const copy of copies) copyFileSync(book, copy);
    const r = spawnSync(
      process.execPath,
      [cli, 'check', book, ...copies, '--today', '2026-11-28', '--json'],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).books).toHaveLength(3);
  });
});
