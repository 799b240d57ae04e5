// The command line run in this process, as the process would run it: the same main(), its lines
// on stdout and stderr, its exit code, in a working folder. (A child process per call cost about a
// second each; the tests that need the real process, the bin and a closed pipe, still spawn one.)
import { main } from '../../src/local/cli';

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `clock` is the time the generated tabs say they were made at (now, unless a test fixes it). */
export async function runCli(
  args: readonly string[],
  cwd: string,
  clock: () => Date = () => new Date(),
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await main(args, {
      out: (line) => out.push(`${line}\n`),
      err: (line) => err.push(`${line}\n`),
      clock,
    });
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.chdir(before);
  }
}

/**
 * The command line in this process and this folder, its lines joined, at a fixed clock
 * (28/11/2026 10:00 WIB): for tests of what a command says rather than what it writes.
 */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    clock: () => new Date('2026-11-28T03:00:00Z'),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
