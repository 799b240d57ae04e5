// A spreadsheet for the bundle tests: the fake services, dist/Code.js loaded over them, and books
// typed into it as a person would (dates as the zone's midnight, text as text).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cell, Grid } from '../../src/core/cell';
import { isDateCell } from '../../src/core/cell';
import { demoBook } from '../../src/core/demo/demoBook';
import type { BundleContext } from './loadBundle';
import { loadBundle } from './loadBundle';
import { copyWorld, fakeServices, formatDate, type FakeServices, type FakeWorld } from './fakeSpreadsheetApp';

export const TIME_ZONE = 'Asia/Jakarta';
const sidebarPath = join(__dirname, '..', '..', 'dist', 'sidebar.html');

export interface GasBook {
  readonly world: FakeWorld;
  readonly gas: BundleContext;
  /** What the bundle logged with console.error (never shown to the user). */
  readonly logged: unknown[];
  /** Today in the spreadsheet's zone, as the add-on sees it. */
  readonly today: string;
}

export function gasBook(timeZone = TIME_ZONE): GasBook {
  const fake = fakeServices({
    timeZone,
    htmlFiles: existsSync(sidebarPath) ? { sidebar: readFileSync(sidebarPath, 'utf8') } : {},
  });
  return withBundle(fake, formatDate(new Date(), timeZone, 'yyyy-MM-dd'));
}

/**
 * A copy of `book` to run on: its spreadsheet copied (`copyWorld`) and dist/Code.js loaded afresh
 * over it, as the next server call starts. Cases that each need the same prepared book take a copy
 * instead of typing the book in and running the actions again.
 */
export function copyBook(book: GasBook): GasBook {
  return withBundle(fakeServices({}, copyWorld(book.world)), book.today);
}

/**
 * `copyBook` for a test that runs one action over many copies (every write step failing in turn):
 * each copy after the first runs in the dist/Code.js the first one loaded, its services swapped for
 * the copy's. Loading it afresh per copy made V8 run each action cold, 2.5 to 3 times its CPU warm.
 * The bundle keeps nothing between calls (its module-level Map and Set only memoise values), so
 * the copy's action sees what a fresh load would; the first copy still loads it fresh.
 */
export function copiesInOneLoad(): (book: GasBook) => GasBook {
  let gas: BundleContext | undefined;
  return (book) => {
    const fake = fakeServices({}, copyWorld(book.world));
    const logged: unknown[] = [];
    const globals = withConsole(fake, logged);
    if (gas) Object.assign(gas, globals);
    else gas = loadBundle(globals);
    return { world: fake.world, gas, logged, today: book.today };
  };
}

function withBundle(fake: FakeServices, today: string): GasBook {
  const logged: unknown[] = [];
  const gas = loadBundle(withConsole(fake, logged));
  return { world: fake.world, gas, logged, today };
}

/** The fake's services as globals, and a console whose errors are kept in `logged`. */
function withConsole(fake: FakeServices, logged: unknown[]): Record<string, unknown> {
  return {
    ...fake.globals,
    console: { error: (e: unknown) => logged.push(e), log: () => undefined, warn: () => undefined },
  };
}

/** A grid's cells as a person types them: `{date}` becomes that day's midnight in the zone. */
export function typed(world: FakeWorld, grid: Grid): unknown[][] {
  return grid.map((row) =>
    row.map((c: Cell) => (isDateCell(c) ? world.typedDate(c.date) : c === null ? '' : c)),
  );
}

/** The demo book's input tabs, typed in (text that looks like a number stays text, as in a text cell). */
export function fillDemo(book: GasBook): ReturnType<typeof demoBook> {
  const demo = demoBook(book.today);
  for (const tab of demo.tabs) {
    const sheet = book.world.addSheet(tab.name);
    typed(book.world, tab.grid).forEach((row, r) =>
      row.forEach((v, c) =>
        sheet.put(r + 1, c + 1, { value: v instanceof Date ? { time: v.getTime() } : (v as string) }),
      ),
    );
  }
  return demo;
}

/** Calls a top-level function of the bundle as google.script.run does, and checks it is plain JSON. */
export function run<T = unknown>(book: GasBook, name: string, ...args: unknown[]): T {
  const fn = book.gas[name];
  if (typeof fn !== 'function') throw new Error(`no top-level function ${name}`);
  const result = fn(...args);
  expectPlainJson(result);
  return result as T;
}

export function expectPlainJson(value: unknown): void {
  expect(notPlainJson(value, 'the answer')).toBeUndefined();
  const text = JSON.stringify(value);
  expect(text).not.toMatch(/\bat .+:\d+:\d+|Error:|stack/);
}

/**
 * Where `value` is not what a JSON round trip gives back equal (`JSON.parse(JSON.stringify(value))`
 * compared with toEqual, as this checked before): a date, a Map, a function, NaN or Infinity, an
 * array hole or undefined item; a property whose value is undefined is left out, as JSON leaves it.
 * One walk instead of jest's deep equality over the answer and its copy, which took about 0.7 s of
 * addon.test's CPU. The bundle's objects come from another realm: told by their tag, not instanceof.
 */
function notPlainJson(value: unknown, at: string): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${at} is ${value}`;
  if (typeof value !== 'object') return `${at} is ${typeof value}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const wrong = notPlainJson(value[i], `${at}[${i}]`);
      if (wrong !== undefined) return wrong;
    }
    return undefined;
  }
  const tag = Object.prototype.toString.call(value);
  if (tag !== '[object Object]') return `${at} is ${tag}`;
  for (const key of Object.keys(value)) {
    const v: unknown = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    const wrong = notPlainJson(v, `${at}.${key}`);
    if (wrong !== undefined) return wrong;
  }
  return undefined;
}
