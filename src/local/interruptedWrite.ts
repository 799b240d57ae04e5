// Ctrl-C (SIGINT) or SIGTERM while a file is written (`--out`, `setup FILE`, the preview's saves,
// `export`'s tables and kept books) leaves no hidden `.<name>.<random>.tmp` beside it: the temporary
// file is removed, and so is a temporary folder with all it holds (DuckDB's spill folder during
// `export` and `query`), then the process ends by that signal itself, as if it had not been caught:
// a shell reads 130 or 143 (128 + the signal's number) and a script that ran it stops too. Not by
// `process.exit`: that tears the worker down, and DuckDB, when a query or a table's write was under
// way in it, aborted the process with `terminate called after throwing an instance of 'Napi::Error'`
// (exit 134).
// atomicWrite.ts and the export say when each temporary file or folder starts and ends. The commands
// run in a worker, which is sent no signal: it tells the launcher over a port, which the launcher
// reads to its last message when the signal comes.
import { renameSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { constants } from 'node:os';
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

/**
 * A temporary file; a temporary folder, removed with everything in it; or a folder this run made
 * for its output (`export --out`), removed only while nothing landed in it, so that an interrupted
 * first export leaves no empty folder behind and a later one never loses a table.
 */
export type TempKind = 'file' | 'folder' | 'madeFolder';

/** A temporary file or folder under way. */
export interface Temp {
  readonly path: string;
  readonly kind: TempKind;
}

/** The temporary files and folders of the writes under way in this thread, by path. */
const writing = new Map<string, TempKind>();
let launcher: MessagePort | undefined;
/**
 * 1 once SIGINT or SIGTERM came: shared between the launcher, which is sent the signal, and its
 * worker, which runs the command.
 */
let signalled = new Int32Array(new SharedArrayBuffer(4));

/**
 * True once a signal came: the command's output is then dropped (fdWriter.ts), so that what a
 * command says while the process ends (DuckDB's `IO Error` of a spill file just removed under it) is
 * never printed.
 */
export function afterSignal(): boolean {
  return Atomics.load(signalled, 0) === 1;
}

type TempMessage = { readonly started: string; readonly kind: TempKind } | { readonly ended: string };

/**
 * A write is about to make its temporary file (or folder, `kind`) `path`: said before it exists. A
 * folder is removed whole on a signal: only one this process makes and no one else writes in.
 */
export function tempStarted(path: string, kind: TempKind = 'file'): void {
  writing.set(path, kind);
  launcher?.postMessage({ started: path, kind } satisfies TempMessage);
}

/** The temporary file or folder `path` is gone: renamed into place, or removed. */
export function tempEnded(path: string): void {
  writing.delete(path);
  launcher?.postMessage({ ended: path } satisfies TempMessage);
}

/**
 * In the worker: each temporary file started and ended is told over `port`, and a signal is heard
 * through `heard` (both from tempsChannel).
 */
export function tellTempsTo(port: MessagePort, heard?: SharedArrayBuffer): void {
  launcher = port;
  port.unref();
  if (heard) signalled = new Int32Array(heard);
}

/**
 * In the launcher: the port to give the worker, and the temporary files and folders it is writing
 * now, read from every message it has posted so far (also those not yet delivered when a signal comes).
 */
export function tempsChannel(): {
  readonly port: MessagePort;
  readonly signalled: SharedArrayBuffer;
  readonly temps: () => Temp[];
} {
  const { port1, port2 } = new MessageChannel();
  const temps = new Map<string, TempKind>();
  const take = (m: TempMessage) => {
    if ('started' in m) temps.set(m.started, m.kind);
    else temps.delete(m.ended);
  };
  // Taken as they come, so that a long run (the preview) keeps no queue; unref: it keeps nothing alive.
  port1.on('message', take);
  port1.unref();
  return {
    port: port2,
    signalled: signalled.buffer as SharedArrayBuffer,
    temps: () => {
      for (let m = receiveMessageOnPort(port1); m !== undefined; m = receiveMessageOnPort(port1))
        take(m.message as TempMessage);
      return listed(temps);
    },
  };
}

function listed(temps: ReadonlyMap<string, TempKind>): Temp[] {
  return [...temps].map(([path, kind]) => ({ path, kind }));
}

/** The temporary files and folders this thread is writing now. */
export function ownTemps(): Temp[] {
  return listed(writing);
}

/**
 * Removes a temporary file, a temporary folder with all it holds, or a made folder if it is empty;
 * one already gone (or not empty) is passed over.
 */
export function removeTemp({ path, kind }: Temp): void {
  try {
    if (kind === 'folder') {
      // Moved aside first, then emptied: DuckDB's threads run on while the signal is handled and
      // make their next spill file by the folder's name, which is then gone. Emptied in place, a
      // file made meanwhile kept it (rmdir's ENOTEMPTY: `query` ended by Ctrl-C left its spill folder
      // in about one run in ten under load).
      const aside = `${path}.${process.pid}.removed`;
      let target = path;
      try {
        renameSync(path, aside);
        target = aside;
      } catch {
        // Gone already, or cannot be moved: emptied where it is.
      }
      // Emptied again while it will not go: a file whose making began before the move may still land
      // in it, after the listing (rmSync's own retries list the folder only once).
      for (let pass = 1; ; pass += 1)
        try {
          rmSync(target, { recursive: true, force: true });
          break;
        } catch (e) {
          if (pass === 5) throw e;
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10 * pass);
        }
    } else if (kind === 'madeFolder') rmdirSync(path);
    else unlinkSync(path);
  } catch {
    // Renamed into place or removed meanwhile: nothing is left to remove. (What cannot be removed
    // is left as it is: the signal still ends the process, the export still says why it failed.)
  }
}

/**
 * Removes each of `temps`: the made folders last, the deepest first, once the temporary files and
 * folders inside them are gone.
 */
export function removeTemps(temps: readonly Temp[]): void {
  const order = (t: Temp) => (t.kind === 'madeFolder' ? Number.MAX_SAFE_INTEGER - t.path.length : 0);
  for (const temp of [...temps].sort((a, b) => order(a) - order(b))) removeTemp(temp);
}

/**
 * The process ended by `signal` as its default would end it: the handler taken off (Node then gives
 * the signal back its default) and the signal sent again, so nothing is torn down. Windows has no
 * such signals to send: there it exits with 128 + the signal's number, what a shell would show.
 */
export function endBySignal(signal: 'SIGINT' | 'SIGTERM'): void {
  if (process.platform === 'win32') process.exit(128 + constants.signals[signal]);
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
}

/**
 * On SIGINT or SIGTERM: removes the temporary files and folders `temps` names (one already renamed
 * or removed is passed over), then ends the process by that signal (`endBySignal`).
 */
export function removeTempsOnSignal(
  temps: () => readonly Temp[] = ownTemps,
  end: (signal: 'SIGINT' | 'SIGTERM') => void = endBySignal,
): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      Atomics.store(signalled, 0, 1);
      removeTemps(temps());
      end(signal);
    });
}
