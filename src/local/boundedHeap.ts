// The command line runs in a worker thread with a bounded heap, so that no file under 20 MB, however
// it is made, takes the machine's memory: the process stays under 1 GB, and a book that would need
// more stops the run with one bilingual line and exit 2 instead of growing or crashing.
import { statSync } from 'node:fs';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker, type MessagePort } from 'node:worker_threads';
import { text, type Bilingual } from '../core/text';

/**
 * The worker's old-generation heap in MB. With the young generation, compiled code, the file's bytes
 * and Node itself (about 150 MB together, measured with `npm run bench hostile`), the process peaks
 * under 1 GB. Node's own default here would be about 4 GB, and V8 lets garbage pile up towards it.
 */
export const HEAP_LIMIT_MB = 768;

/**
 * How far, in percent, V8 lets the old generation grow past what was live after its last full
 * collection before it collects again. Its own factor goes up to fourfold: reading a district book
 * at ×10, it collected once while the file's cells were read (about 200 MB live) and never again, so
 * the cells let go and every row's garbage piled up to a heap of 540 MB around 280 MB live. At 50 %
 * it collected as the book was made; at 30 % `check` and `balances` at ×10 peak some 30-50 MB lower
 * again for no CPU this machine's noise shows (measured in docs/performance.md, "District books"). A factor,
 * not a cap: a book needing more memory still gets it, at most 30 % more each time.
 */
export const HEAP_GROWING_PERCENT = 30;

/** Sets HEAP_GROWING_PERCENT for every heap of this process made or grown from now on (the worker's). */
export function collectSooner(setFlags: (flags: string) => void = setFlagsFromString): void {
  setFlags(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/**
 * A book with this many `Kas` rows is a district's (×1 of the district bench is 100,000): for it,
 * `collectBetweenSteps` collects. A group's own book (a few hundred rows) never pays for it, nor does
 * a process that only hosts the command (the tests run it in jest's worker, whose own heap is large).
 */
export const COLLECT_BETWEEN_STEPS_ROWS = 100_000;

let fullCollection: (() => void) | undefined;

/**
 * Collects the whole heap now for a book of `COLLECT_BETWEEN_STEPS_ROWS` `Kas` rows or more; true
 * when it did. For a command made of steps that each leave much garbage behind (the journal: the
 * checks leave their credit report as of today, about 60 MB at ×10; the journal's own credit report
 * as of the week's end goes the same way before printing): V8 measures a step's growth from what was
 * live at its last full collection, so the step after would otherwise grow the heap on top of the
 * step before's garbage. At ×10 the journal peaked at 488-503 MB without it and 432-437 MB with it,
 * for CPU within this machine's noise (docs/performance.md, "District books"). The collector is node's own
 * `gc`, reached by setting V8's `--expose-gc` at run time and reading `gc` in a context made after
 * (the way node's documentation of `v8.setFlagsFromString` shows).
 */
export function collectBetweenSteps(cashRows: number): boolean {
  if (cashRows < COLLECT_BETWEEN_STEPS_ROWS) return false;
  if (fullCollection === undefined) {
    setFlagsFromString('--expose-gc');
    fullCollection = runInNewContext('gc') as () => void;
  }
  fullCollection();
  return true;
}

/** Files up to this size on disk are read within HEAP_LIMIT_MB (the promise: under 1 GB). */
export const BOUNDED_FILE_BYTES = 20 * 1000 * 1000;

/**
 * The bound for this run: HEAP_LIMIT_MB (or less when node was started with a smaller heap), unless
 * a file named in `argv` is larger than BOUNDED_FILE_BYTES: a district's combined book of a million
 * Kas rows (25 MB and more) needs more, and then node's own heap is the bound, as before. Files
 * that small on disk yet huge inside (a zip bomb) meet the .xlsx limits of xlsxLimits.ts first.
 */
export function heapLimitMb(argv: readonly string[] = [], size: (path: string) => number = fileSize): number {
  const own = Math.floor(getHeapStatistics().heap_size_limit / (1024 * 1024));
  const large = argv.some((a) => !a.startsWith('-') && size(a) > BOUNDED_FILE_BYTES);
  return large ? own : Math.min(HEAP_LIMIT_MB, own);
}

/** The size of a regular file, or 0 for anything else (a command, an option's value, a folder). */
function fileSize(path: string): number {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : 0;
  } catch {
    return 0;
  }
}

export function outOfMemory(limitMb: number): Bilingual {
  return text(
    `Dihentikan: bukunya memerlukan lebih dari ${limitMb} MB memori (batas alat ini). Bagi buku itu menjadi beberapa file, atau hapus baris dan tab yang tidak dipakai`,
    `Stopped: the book needs more than ${limitMb} MB of memory (this tool's limit). Split it into several files, or remove the rows and tabs it does not use`,
  );
}

/** What the worker is started with (its `workerData`). */
export interface BoundedRun {
  readonly bukuKelompokCli: true;
  readonly argv: readonly string[];
  /** Where the worker tells the launcher of its temporary files (see interruptedWrite.ts). */
  readonly temps?: MessagePort;
  /** Set by the launcher when a signal came (see interruptedWrite.ts). */
  readonly signalled?: SharedArrayBuffer;
}

export function isBoundedRun(data: unknown): data is BoundedRun {
  return typeof data === 'object' && data !== null && (data as BoundedRun).bukuKelompokCli === true;
}

/**
 * Starts `script` (the command line itself) in a worker with `argv`, `temps` (a port it is given to
 * tell of its temporary files) and `signalled` (set when a signal came); its output goes to this
 * process's streams. `done` gets the exit code the worker posts, or 2 with one line on `err` when
 * the worker ran out of its heap or failed.
 */
export function runBounded(
  script: string,
  argv: readonly string[],
  err: (line: string) => void,
  done: (code: number) => void,
  limit: number = heapLimitMb(argv),
  temps?: MessagePort,
  signalled?: SharedArrayBuffer,
): void {
  const data: BoundedRun = temps
    ? { bukuKelompokCli: true, argv, temps, ...(signalled && { signalled }) }
    : { bukuKelompokCli: true, argv };
  const worker = new Worker(script, {
    workerData: data,
    transferList: temps ? [temps] : [],
    resourceLimits: { maxOldGenerationSizeMb: limit },
  });
  let code: number | undefined;
  worker.on('message', (m: unknown) => {
    if (typeof m === 'number') code = m;
  });
  worker.on('error', (e: NodeJS.ErrnoException) => {
    const said =
      e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? outOfMemory(limit)
        : text(`Galat internal: ${e.message}`, `Internal error: ${e.message}`);
    err(`${said.id} / ${said.en}`);
    code = 2;
  });
  worker.on('exit', () => done(code ?? 2));
}
