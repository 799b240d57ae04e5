// The one typed client of the sidebar: `SidebarApi` with every call asynchronous, over any transport.
import { apiFunctionNames, type SidebarApi } from '../src/core/api/types';
import type { Transport } from './transport';

export type SidebarClient = {
  readonly [K in keyof SidebarApi]: (
    ...args: Parameters<SidebarApi[K]>
  ) => Promise<ReturnType<SidebarApi[K]>>;
};

export function createClient(transport: Transport): SidebarClient {
  const client: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of apiFunctionNames) {
    client[name] = (...args) => transport(name, withoutTrailingUndefined(args));
  }
  return client as unknown as SidebarClient;
}

/** Arguments left out (e.g. `computeBalances()` without a date) are not sent as `null`. */
export function withoutTrailingUndefined(args: readonly unknown[]): unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end -= 1;
  return args.slice(0, end);
}
