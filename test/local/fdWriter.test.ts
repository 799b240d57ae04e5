// Output written by descriptor: gathered into few writes, in order, whole through partial writes and
// a full pipe (EAGAIN), dropped quietly once the reader has gone (EPIPE), and a full disk is thrown.
import { FD_BUFFER_BYTES, FdWriter, type FdSystem } from '../../src/local/fdWriter';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: write`), { code });
}

/** A descriptor that takes at most `chunk` bytes a call and fails as `fail` says before a call. */
function fakeFd(fail: (call: number) => string | undefined = () => undefined, chunk = Infinity) {
  const written: Buffer[] = [];
  const tasks: (() => void)[] = [];
  const slept: number[] = [];
  let calls = 0;
  const system: FdSystem = {
    write: (fd, data, offset, length) => {
      expect(fd).toBe(1);
      calls += 1;
      const code = fail(calls);
      if (code) throw errno(code);
      const n = Math.min(length, chunk);
      written.push(Buffer.from(data.subarray(offset, offset + n)));
      return n;
    },
    sleep: (ms) => slept.push(ms),
    later: (task) => tasks.push(task),
  };
  return {
    system,
    text: () => Buffer.concat(written).toString('utf8'),
    writes: () => written.length,
    calls: () => calls,
    slept,
    runLater: () => tasks.splice(0).forEach((t) => t()),
  };
}

describe('FdWriter', () => {
  it('gathers small writes and writes them soon after, or when the buffer is full', () => {
    const fd = fakeFd();
    const w = new FdWriter(1, () => undefined, fd.system);
    w.write('satu\n');
    w.write('dua — é\n');
    expect(fd.writes()).toBe(0);
    fd.runLater();
    expect(fd.text()).toBe('satu\ndua — é\n');
    expect(fd.writes()).toBe(1);

    const line = `${'x'.repeat(99)}\n`;
    for (let i = 0; i < 2000; i += 1) w.write(line);
    w.flush();
    expect(fd.text()).toBe(`satu\ndua — é\n${line.repeat(2000)}`);
    // 200,000 bytes in buffers of 64 KiB.
    expect(fd.writes()).toBe(1 + Math.ceil((2000 * 100) / FD_BUFFER_BYTES));
  });

  it('writes a text longer than its buffer whole, after what came before it', () => {
    const fd = fakeFd();
    const w = new FdWriter(1, () => undefined, fd.system);
    const big = 'é'.repeat(FD_BUFFER_BYTES);
    w.write('awal\n');
    w.write(big);
    w.write('akhir\n');
    w.flush();
    expect(fd.text()).toBe(`awal\n${big}akhir\n`);
  });

  it('goes on after partial writes and a full pipe (EAGAIN), waiting a little longer each time', () => {
    const fd = fakeFd((call) => (call >= 2 && call <= 8 ? 'EAGAIN' : undefined), 1000);
    const w = new FdWriter(1, () => undefined, fd.system);
    const text = 'baris\n'.repeat(1000);
    w.write(text);
    w.flush();
    expect(fd.text()).toBe(text);
    expect(fd.slept).toEqual([1, 2, 4, 8, 16, 32, 50]);
  });

  it('stops writing, once, when the reader has gone (EPIPE)', () => {
    let closed = 0;
    const fd = fakeFd((call) => (call >= 2 ? 'EPIPE' : undefined));
    const w = new FdWriter(1, () => (closed += 1), fd.system);
    w.write('dibaca\n');
    w.flush();
    w.write('tidak dibaca\n');
    w.flush();
    w.write('x'.repeat(FD_BUFFER_BYTES * 2));
    w.flush();
    expect(fd.text()).toBe('dibaca\n');
    expect(closed).toBe(1);
    expect(fd.calls()).toBe(2);
  });

  it('throws any other failure (a full disk) to its caller', () => {
    const fd = fakeFd(() => 'ENOSPC');
    const w = new FdWriter(1, () => undefined, fd.system);
    w.write('x');
    expect(() => w.flush()).toThrow('ENOSPC');
  });
});
