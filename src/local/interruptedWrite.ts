// Ctrl-C (SIGINT) or SIGTERM while a file is written (`--out`, `setup FILE`, the preview's saves)
// leaves no hidden `.<name>.<random>.tmp` beside it: the temporary file is removed, then the process
// ends with 130 or 143 (128 + the signal's number), as a shell expects. atomicWrite.ts says when each
// temporary file starts and ends. The commands run in a worker, which is sent no signal: it tells the
// launcher over a port, which the launcher reads to its last message when the signal comes.
import { unlinkSync } from 'node:fs';
import { constants } from 'node:os';
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

/** The temporary files of the writes under way in this thread. */
const writing = new Set<string>();
let launcher: MessagePort | undefined;

type TempMessage = { readonly started: string } | { readonly ended: string };

/** A write is about to make its temporary file `path`: said before the file exists. */
export function tempStarted(path: string): void {
  writing.add(path);
  launcher?.postMessage({ started: path } satisfies TempMessage);
}

/** The temporary file `path` is gone: renamed into place, or removed. */
export function tempEnded(path: string): void {
  writing.delete(path);
  launcher?.postMessage({ ended: path } satisfies TempMessage);
}

/** In the worker: each temporary file started and ended is told over `port` (see tempsChannel). */
export function tellTempsTo(port: MessagePort): void {
  launcher = port;
  port.unref();
}

/**
 * In the launcher: the port to give the worker, and the temporary files it is writing now, read from
 * every message it has posted so far (also those not yet delivered when a signal comes).
 */
export function tempsChannel(): { readonly port: MessagePort; readonly temps: () => string[] } {
  const { port1, port2 } = new MessageChannel();
  const temps = new Set<string>();
  const take = (m: TempMessage) => {
    if ('started' in m) temps.add(m.started);
    else temps.delete(m.ended);
  };
  // Taken as they come, so that a long run (the preview) keeps no queue; unref: it keeps nothing alive.
  port1.on('message', take);
  port1.unref();
  return {
    port: port2,
    temps: () => {
      for (let m = receiveMessageOnPort(port1); m !== undefined; m = receiveMessageOnPort(port1))
        take(m.message as TempMessage);
      return [...temps];
    },
  };
}

/** The temporary files this thread is writing now. */
export function ownTemps(): string[] {
  return [...writing];
}

/**
 * On SIGINT or SIGTERM: removes the temporary files `temps` names (one already renamed or removed is
 * passed over), then ends the process with 128 + the signal's number.
 */
export function removeTempsOnSignal(
  temps: () => readonly string[] = ownTemps,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      for (const path of temps())
        try {
          unlinkSync(path);
        } catch {
          // Renamed into place or removed meanwhile: nothing is left to remove.
        }
      exit(128 + constants.signals[signal]);
    });
}
