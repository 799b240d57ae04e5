// The Chromium a browser test opens its pages in: the one globalSetup started for the whole run,
// connected to over its websocket, or, where the run did not start one, one launched for this file.
// Each file still works in its own browser context (its own cookies, storage and permissions).
import { chromium, type Browser } from 'playwright-core';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CHROMIUM, launcher, chromiumArgs } = require('./chromium') as {
  CHROMIUM: string;
  launcher: string;
  chromiumArgs: string[];
};

export { CHROMIUM };

/** The run's Chromium (close() then only disconnects this file), or one of this file's own. */
export function sharedBrowser(): Promise<Browser> {
  const endpoint = process.env.BUKU_CHROMIUM_WS;
  return endpoint
    ? chromium.connect(endpoint)
    : chromium.launch({ executablePath: launcher, args: chromiumArgs });
}
