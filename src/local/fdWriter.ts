// The command line's output written straight to a file descriptor (1 or 2) with fs.writeSync, from
// whichever thread runs the command: descriptors belong to the process, so a worker's output does not
// cross to the launcher as messages (a 75 MB --json report was held there twice over, as strings and
// as buffers). Small writes are gathered into one buffer and written when it is full or soon after.
import { writeSync } from 'node:fs';
import { afterSignal } from './interruptedWrite';

/** What the writer needs of the system: tests pass a fake one. */
export interface FdSystem {
  /** Writes part of `data` and says how many bytes it took (fs.writeSync). */
  readonly write: (fd: number, data: Buffer, offset: number, length: number) => number;
  /** Waits `ms` milliseconds without spinning (a full non-blocking pipe says EAGAIN). */
  readonly sleep: (ms: number) => void;
  /** Runs `task` once the current work yields (to write gathered lines soon, not only when full). */
  readonly later: (task: () => void) => void;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

export const processFds: FdSystem = {
  // Once Ctrl-C or SIGTERM came, nothing more is written (taken as written): the process is ending.
  write: (fd, data, offset, length) => (afterSignal() ? length : writeSync(fd, data, offset, length)),
  sleep: (ms) => {
    Atomics.wait(pause, 0, 0, ms);
  },
  later: (task) => {
    setImmediate(task);
  },
};

/** Bytes gathered before a write: large enough that a million lines take few system calls. */
export const FD_BUFFER_BYTES = 64 * 1024;

export class FdWriter {
  private readonly buffer = Buffer.allocUnsafe(FD_BUFFER_BYTES);
  private used = 0;
  private flushing = false;
  private closed = false;

  /**
   * `closed` is called once when the reader has gone (EPIPE: `… | head`); what is written after
   * that is dropped. Any other failure (a full disk) is thrown to the writer's caller.
   */
  constructor(
    private readonly fd: number,
    private readonly onClosed: () => void,
    private readonly system: FdSystem = processFds,
  ) {}

  /** Adds `text` to what is written; it reaches the descriptor when the buffer fills or soon after. */
  write(text: string): void {
    if (this.closed) return;
    const bytes = Buffer.byteLength(text);
    if (bytes > FD_BUFFER_BYTES - this.used) this.flush();
    if (bytes > FD_BUFFER_BYTES) {
      this.writeAll(Buffer.from(text), bytes);
      return;
    }
    this.buffer.write(text, this.used);
    this.used += bytes;
    if (!this.flushing) {
      this.flushing = true;
      this.system.later(() => this.flush());
    }
  }

  /** Writes what is gathered now. */
  flush(): void {
    this.flushing = false;
    const used = this.used;
    this.used = 0;
    if (used > 0 && !this.closed) this.writeAll(this.buffer, used);
  }

  private writeAll(data: Buffer, length: number): void {
    let done = 0;
    let wait = 1;
    while (done < length && !this.closed) {
      try {
        done += this.system.write(this.fd, data, done, length - done);
        wait = 1;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          // The reader is slower than the book: wait for it (up to 50 ms between tries).
          this.system.sleep(wait);
          wait = Math.min(wait * 2, 50);
        } else if (code === 'EPIPE') {
          this.closed = true;
          this.onClosed();
        } else throw e;
      }
    }
  }
}
