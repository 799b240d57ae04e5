// Loads the built dist/Code.js in a fresh V8 context, the way Apps Script does, with given globals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const bundlePath = join(__dirname, '..', '..', 'dist', 'Code.js');

/** Top-level functions of the bundle, called as Apps Script calls them. */
export type BundleContext = Record<string, unknown> & Record<string, (...args: unknown[]) => unknown>;

/** dist/Code.js read and compiled once per test file (globalSetup built it; no test rebuilds it). */
let compiled: vm.Script | undefined;

export function loadBundle(globals: Record<string, unknown>): BundleContext {
  const context = vm.createContext({ ...globals });
  compiled ??= new vm.Script(readFileSync(bundlePath, 'utf8'), { filename: 'Code.js' });
  compiled.runInContext(context);
  return context as BundleContext;
}
