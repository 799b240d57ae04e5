// Pictures of the sidebar for a person to look at, in test-output/screenshots, taken when
// BUKU_SCREENSHOTS=1. They assert nothing beyond the element being shown, and each renders the page
// again (sidebar.e2e: about 5 s of CPU and a third of its wall time), so by default only that is checked.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const screenshotsWanted = process.env.BUKU_SCREENSHOTS === '1';
const folder = join(__dirname, '..', '..', 'test-output', 'screenshots');

/** Waits until `target` is shown and, when screenshots are wanted, saves its picture as `<name>.png`. */
export async function screenshot(
  target: Locator | Page,
  name: string,
  options: { animations?: 'disabled' } = {},
): Promise<void> {
  if (!screenshotsWanted) {
    if ('waitFor' in target) await target.waitFor();
    return;
  }
  mkdirSync(folder, { recursive: true });
  await target.screenshot({ path: join(folder, `${name}.png`), ...options });
}
