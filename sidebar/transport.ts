// How the sidebar reaches the server: google.script.run inside Sheets, HTTP POST in the local preview.
import type { ApiResponse } from '../src/core/api/types';
import { asApiResponse, callFailed } from './view/failures';

/** Calls one API function by name with JSON arguments; never rejects. */
export type Transport = (name: string, args: readonly unknown[]) => Promise<ApiResponse<unknown>>;

/** The part of Apps Script's client-side `google.script.run` that the sidebar uses. */
export interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

export function scriptRunTransport(run: ScriptRun): Transport {
  return (name, args) =>
    new Promise((resolve) => {
      const runner = run
        .withSuccessHandler((value) => resolve(asApiResponse(name, value)))
        .withFailureHandler((error) => resolve({ ok: false, error: callFailed(error) }));
      const fn = runner[name];
      if (typeof fn !== 'function') {
        resolve({ ok: false, error: callFailed(`${name} is not available`) });
        return;
      }
      (fn as (...a: unknown[]) => void).apply(runner, [...args]);
    });
}

/**
 * POST `<base>/api/<name>` with the arguments as a JSON array: the local preview server, which
 * answers only requests carrying its per-run `token` (given to the page in a meta tag).
 */
export function httpTransport(fetchFn: typeof fetch, base = '', token = ''): Transport {
  return async (name, args) => {
    try {
      const res = await fetchFn(`${base}/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-buku-kelompok-token': token },
        body: JSON.stringify(args),
      });
      const body: unknown = await res.json().catch(() => null);
      if (!res.ok && body === null) return { ok: false, error: callFailed(`HTTP ${res.status}`) };
      return asApiResponse(name, body);
    } catch (e) {
      return { ok: false, error: callFailed(e) };
    }
  };
}

/** google.script.run when the page runs inside Apps Script, else the preview server over HTTP. */
export function chooseTransport(win: {
  google?: { script?: { run?: ScriptRun } };
  fetch: typeof fetch;
  document?: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
}): Transport {
  const run = win.google?.script?.run;
  if (run) return scriptRunTransport(run);
  const token = win.document?.querySelector('meta[name="buku-kelompok-token"]')?.getAttribute('content');
  return httpTransport(win.fetch.bind(win), '', token ?? '');
}
