// `dist/cli.js`, the command line as a person starts it: a small launcher that runs the commands
// (`dist/cliMain.js`, built from cli.ts) in a worker with a bounded heap (see boundedHeap.ts), so
// that the launcher itself loads almost nothing and no file can take the machine's memory.
import { join } from 'node:path';
import { collectSooner, runBounded } from './boundedHeap';
import { removeTemps, removeTempsOnSignal, tempsChannel } from './interruptedWrite';
import { watchPipes } from './pipes';

export function run(argv: readonly string[] = process.argv.slice(2)): void {
  watchPipes();
  collectSooner();
  // Ctrl-C or SIGTERM during a write removes the worker's temporary file before the process ends.
  const { port, signalled, temps } = tempsChannel();
  removeTempsOnSignal(temps);
  runBounded(
    join(__dirname, 'cliMain.js'),
    argv,
    (line) => process.stderr.write(`${line}\n`),
    (code) => {
      // A worker that died (out of its heap, an internal error) ran none of its own clean-ups: what
      // it still had under way (a spill folder, a table's or a copy's temporary file) goes here. One
      // that ended as it should has told the end of each.
      removeTemps(temps());
      process.exitCode = code;
    },
    undefined,
    port,
    signalled,
  );
}

if (require.main === module) run();
