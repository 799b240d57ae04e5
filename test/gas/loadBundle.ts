// Loads the built dist/Code.js in a fresh V8 context, the way Apps Script does, with given globals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const bundlePath = join(__dirname, '..', '..', 'dist', 'Code.js');

/** Top-level functions of the bundle, called as Apps Script calls them. */
export type BundleContext = Record<string, unknown> & Record<string, (...args: unknown[]) => unknown>;

export function loadBundle(globals: Record<string, unknown>): BundleContext {
  const context = vm.createContext({ ...globals });
  vm.runInContext(readFileSync(bundlePath, 'utf8'), context, { filename: 'Code.js' });
  return context as BundleContext;
}
