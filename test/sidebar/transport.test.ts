import { createClient, withoutTrailingUndefined } from '../../sidebar/client';
import { chooseTransport, httpTransport, scriptRunTransport, type ScriptRun } from '../../sidebar/transport';

/** A fake of the client-side google.script.run: handlers, then the server function by name. */
function fakeRun(server: Record<string, (...args: unknown[]) => unknown>, calls: unknown[][]): ScriptRun {
  const make = (ok?: (v: unknown) => void, fail?: (e: unknown) => void): ScriptRun => {
    const runner: ScriptRun = {
      withSuccessHandler: (fn) => make(fn, fail),
      withFailureHandler: (fn) => make(ok, fn),
    };
    for (const [name, fn] of Object.entries(server)) {
      runner[name] = (...args: unknown[]) => {
        calls.push([name, ...args]);
        setTimeout(() => {
          try {
            ok?.(fn(...args));
          } catch (e) {
            fail?.(e);
          }
        }, 0);
      };
    }
    return runner;
  };
  return make();
}

describe('sidebar transports', () => {
  test('google.script.run: success and failure both become ApiResponses', async () => {
    const calls: unknown[][] = [];
    const run = fakeRun(
      {
        generateJournal: (week) => ({ ok: true, data: { week } }),
        runChecks: () => {
          throw new Error('Exception: Service timed out\n  at x (Code:1:1)');
        },
        getOverview: () => null,
      },
      calls,
    );
    const client = createClient(scriptRunTransport(run));
    await expect(client.generateJournal('2026-W48')).resolves.toEqual({
      ok: true,
      data: { week: '2026-W48' },
    });
    const failed = await client.runChecks();
    expect(failed.ok).toBe(false);
    if (!failed.ok) {
      expect(failed.error.code).toBe('server.unreachable');
      expect(failed.error.message.id).toContain('Exception: Service timed out');
      expect(failed.error.message.id).not.toContain('Code:1:1');
    }
    const nullAnswer = await client.getOverview();
    expect(nullAnswer.ok).toBe(false);
    const missing = await client.setupBook();
    expect(missing.ok).toBe(false);
    expect(calls).toEqual([['generateJournal', '2026-W48'], ['runChecks'], ['getOverview']]);
  });

  test('HTTP: POST /api/<name> with a JSON array of arguments', async () => {
    const seen: { url: string; body: string }[] = [];
    const fetchFn = (async (url: string, init: { body: string }) => {
      seen.push({ url, body: init.body });
      return { ok: true, status: 200, json: async () => ({ ok: true, data: null }) };
    }) as unknown as typeof fetch;
    const client = createClient(httpTransport(fetchFn));
    await expect(client.goToCell('Anggota', 5, 3)).resolves.toEqual({ ok: true, data: null });
    await client.computeBalances();
    expect(seen).toEqual([
      { url: '/api/goToCell', body: '["Anggota",5,3]' },
      { url: '/api/computeBalances', body: '[]' },
    ]);
  });

  test('HTTP: the preview’s token from the page’s meta tag goes with every call, as JSON', async () => {
    const seen: Record<string, string>[] = [];
    const fetchFn = (async (_url: string, init: { headers: Record<string, string> }) => {
      seen.push(init.headers);
      return { ok: true, status: 200, json: async () => ({ ok: true, data: null }) };
    }) as unknown as typeof fetch;
    const document = {
      querySelector: (selector: string) =>
        selector === 'meta[name="buku-kelompok-token"]' ? { getAttribute: () => 'c0ffee' } : null,
    };
    await chooseTransport({ fetch: fetchFn, document })('runChecks', []);
    expect(seen).toEqual([{ 'content-type': 'application/json', 'x-buku-kelompok-token': 'c0ffee' }]);
  });

  test('HTTP: a network failure or a broken answer is a readable error', async () => {
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const r = await createClient(httpTransport(down)).runChecks();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.en).toContain('Failed to fetch');
    const broken = (async () => ({
      ok: false,
      status: 500,
      json: async () => Promise.reject(new Error('x')),
    })) as unknown as typeof fetch;
    const b = await createClient(httpTransport(broken)).runChecks();
    expect(!b.ok && b.error.message.en).toContain('HTTP 500');
  });

  test('Apps Script when google.script.run exists, else HTTP', async () => {
    const calls: unknown[][] = [];
    const run = fakeRun({ getOverview: () => ({ ok: true, data: 'gas' }) }, calls);
    const fetchFn = (async () => ({
      ok: true,
      status: 200,
      json: async () => ({ ok: true, data: 'http' }),
    })) as unknown as typeof fetch;
    await expect(
      chooseTransport({ google: { script: { run } }, fetch: fetchFn })('getOverview', []),
    ).resolves.toEqual({ ok: true, data: 'gas' });
    await expect(chooseTransport({ fetch: fetchFn })('getOverview', [])).resolves.toEqual({
      ok: true,
      data: 'http',
    });
  });

  test('only trailing undefined arguments are dropped', () => {
    expect(withoutTrailingUndefined([1, undefined, 2, undefined, undefined])).toEqual([1, undefined, 2]);
    expect(withoutTrailingUndefined([])).toEqual([]);
  });
});
