// The command line `buku-kelompok`: thin commands over the core and the .xlsx adapter. Every
// failure a person can cause ends in one line (Indonesian / English) and exit code 2.
import { text } from '../core/text';
import { apiError } from '../core/api/errorMessages';
import { HostError } from '../core/workbook';
import { commandHelp, usageLine, type CliCommand } from './cliCommand';
import type { CliContext } from './cliOptions';
import { balancesCommand } from './commands/balances';
import { setupCommand } from './commands/setup';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { exportCommand } from './commands/export';
import { journalCommand } from './commands/journal';
import { queryCommand } from './commands/query';
import { startCommand } from './commands/start';
import { summaryCommand } from './commands/summary';
import { cardCommand } from './commands/card';
import { shuCommand } from './commands/shu';
import { messagesCommand } from './commands/messages';
import { rukCommand } from './commands/ruk';
import { saprodiCommand } from './commands/saprodi';
import { CliError } from './openBook';
import { shellWord } from './cliFormat';
import { WorkbookFileError } from './workbookFileError';
import { visibleControls } from './visibleControls';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { isBoundedRun } from './boundedHeap';
import { FdWriter } from './fdWriter';
import { removeTempsOnSignal, tellTempsTo } from './interruptedWrite';

/** Every command, in the order the general help lists them. A new command adds one line here. */
export const commands: readonly CliCommand[] = [
  demoCommand,
  setupCommand,
  checkCommand,
  balancesCommand,
  journalCommand,
  summaryCommand,
  cardCommand,
  shuCommand,
  rukCommand,
  saprodiCommand,
  exportCommand,
  queryCommand,
  messagesCommand,
  startCommand,
];

const usage = [
  'Buku Kelompok — buku administrasi kelompok tani / a farmer group’s administration book',
  '',
  'Perintah / Commands:',
  ...commands.flatMap((c) => [`  ${usageLine(c)}`, `      ${c.summary.id}`, `      ${c.summary.en}`]),
  '',
  'Bantuan tiap perintah / Each command’s help: buku-kelompok <perintah/command> --help',
  'Exit: 0 baik / fine, 1 ada kesalahan di buku / the book has errors, 2 argumen atau file tidak dapat dipakai / unusable arguments or file',
].join('\n');

function findCommand(name: string): CliCommand | undefined {
  return commands.find((c) => c.name === name);
}

export async function main(argv: readonly string[], raw: CliContext): Promise<number> {
  const [name, ...args] = argv;
  // Text output shows a book's control characters as escapes; --json is printed as it is (JSON
  // escapes C0 controls itself, and a program reading it gets the cells' exact text).
  const json = args.slice(0, args.includes('--') ? args.indexOf('--') : undefined).includes('--json');
  const ctx: CliContext = {
    ...raw,
    out: json ? raw.out : (line) => raw.out(visibleControls(line)),
    err: (line) => raw.err(visibleControls(line)),
  };
  // `help check` is `check --help`; `help bogus` is refused as `bogus` is.
  const asked = name === 'help' ? args[0] : undefined;
  if (name === undefined || name === '--help' || name === '-h' || (name === 'help' && asked === undefined)) {
    ctx.out(usage);
    return name === undefined ? 2 : 0;
  }
  if (asked !== undefined) {
    const about = findCommand(asked);
    if (!about) return unknownCommand(asked, ctx);
    ctx.out(commandHelp(about));
    return 0;
  }
  const command = findCommand(name);
  if (!command) {
    // `--lang en check buku.xlsx`: the options were put before the command (an audit: "Perintah
    // tidak dikenal: --lang" and the whole help).
    const later = name.startsWith('-') ? args.find((a) => findCommand(a) !== undefined) : undefined;
    if (later !== undefined) {
      const at = argv.indexOf(later);
      const fixed = [later, ...argv.filter((_, i) => i !== at)].map(shellWord).join(' ');
      ctx.err(
        `Tulis perintahnya dulu, lalu opsinya: buku-kelompok ${fixed} / Write the command first, then its options: buku-kelompok ${fixed}`,
      );
      return 2;
    }
    return unknownCommand(name, ctx);
  }
  // Before `--` only: after it, `--help` is a file name.
  const end = args.indexOf('--');
  const options = end < 0 ? args : args.slice(0, end);
  if (options.includes('--help') || options.includes('-h')) {
    ctx.out(commandHelp(command));
    return 0;
  }
  try {
    return await command.run(args, ctx);
  } catch (e) {
    // A book that cannot be copied as read (no styles part, a part cut short) is said as when it
    // cannot be read, whichever step found it: never an internal error.
    if (e instanceof CliError || e instanceof WorkbookFileError) {
      ctx.err(`${e.text.id} / ${e.text.en}`);
      return 2;
    }
    if (e instanceof HostError) {
      const { message } = apiError(e.code, e.params);
      ctx.err(`${message.id} / ${message.en}`);
      return 2;
    }
    // A broken invariant: one line, never a stack trace (BUKU_KELOMPOK_DEBUG=1 shows it).
    ctx.err(internalError(e));
    if (process.env.BUKU_KELOMPOK_DEBUG) ctx.err(e instanceof Error ? (e.stack ?? '') : '');
    return 2;
  }
}

/** `bogus` or `help bogus`: said in both languages, with the general help; exit 2. */
function unknownCommand(name: string, ctx: CliContext): number {
  ctx.err(`Perintah tidak dikenal: ${name} / Unknown command: ${name}`);
  ctx.err(usage);
  return 2;
}

/** One line for a broken invariant or a failing system call. */
function internalError(e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  const t = text(`Galat internal: ${detail}`, `Internal error: ${detail}`);
  return `${t.id} / ${t.en}`;
}

/**
 * The process's own output, written synchronously by descriptor (see fdWriter.ts), in order: what
 * was printed is written before an error line. `stopped` is called when the reader has gone.
 */
function processContext(stopped: () => void): CliContext & { readonly flush: () => void } {
  const stdout = new FdWriter(1, stopped);
  const stderr = new FdWriter(2, stopped);
  return {
    out: (line) => stdout.write(`${line}\n`),
    err: (line) => {
      stdout.flush();
      stderr.write(`${line}\n`);
      stderr.flush();
    },
    clock: () => new Date(),
    flush: () => {
      stdout.flush();
      stderr.flush();
    },
  };
}

/**
 * Runs in this thread with the process's streams and clock; `done` gets the exit code (by default it
 * becomes the process's). `dist/cli.js` (cliLauncher.ts) runs this in a worker with a bounded heap.
 * A reader that stops early (`… | head`) ends the run quietly with exit 0, as command-line tools do.
 */
export function run(
  argv: readonly string[] = process.argv.slice(2),
  done: (code: number) => void = (code) => {
    process.exitCode = code;
  },
): void {
  const ctx = processContext(() => {
    done(0);
    process.exit(0);
  });
  const end = (code: number) => {
    let exit = code;
    try {
      ctx.flush();
    } catch (e) {
      // The last of the output could not be written (a full disk): said, and the run failed.
      ctx.err(internalError(e));
      exit = 2;
    }
    done(exit);
  };
  main(argv, ctx).then(end, () => end(2));
}

// Started by the launcher as its worker, or run directly (`node dist/cliMain.js`, unbounded).
// Either way, Ctrl-C or SIGTERM during a write removes its temporary file (interruptedWrite.ts): the
// worker tells the launcher, which is sent the signal; run directly, this thread is.
if (!isMainThread && isBoundedRun(workerData)) {
  if (workerData.temps) tellTempsTo(workerData.temps, workerData.signalled);
  run(workerData.argv, (code) => parentPort?.postMessage(code));
} else if (require.main === module) {
  removeTempsOnSignal();
  run();
}
