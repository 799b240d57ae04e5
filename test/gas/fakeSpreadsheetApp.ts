// A stateful in-memory fake of the Apps Script services the add-on uses, counting every call.
// It behaves like Google Sheets where the add-on's correctness depends on it: typed text becomes a
// formula, a number (1,500 50% $5), a date (28/11/2026 2026-11-28) or a time unless the cell is
// plain text (`@`) or the text starts with an apostrophe; a date cell comes back as `Date` only
// while its format is a date format; freezing through a merge, out-of-sheet ranges and wrong
// shapes throw; viewers cannot write; sheet protection is one per sheet; data calls fail in
// AuthMode.NONE; and any call can be made to fail half-way through an action (`failOn`).

type Value = string | number | boolean | Date;

/** What a cell holds: a value (or a formula and its shown value) and its formats. */
interface CellState {
  value: string | number | boolean | { readonly time: number };
  /** A date or time typed as text: its serial number, shown as a date in the spreadsheet's zone. */
  serial?: number;
  formula?: string;
  numberFormat?: string;
  fontWeight?: string | null;
  fontStyle?: string | null;
  fontSize?: number;
  wrap?: boolean;
  wrapStrategy?: unknown;
  background?: string | null;
  align?: string | null;
  note?: string;
  link?: string | null;
  validation?: FakeDataValidation | null;
  /** The A1 notation of the merged range this cell belongs to. */
  merge?: string;
}

export interface FakeOptions {
  /** The spreadsheet's time zone (File › Settings); default Asia/Jakarta. */
  readonly timeZone?: string;
  /** The clock of `new Date()` as the fake's services see it is the real clock; tests pass dates. */
  readonly userEmail?: string;
  /** Files HtmlService can serve, by name without `.html`. */
  readonly htmlFiles?: Readonly<Record<string, string>>;
}

/** The counted call log: `Class.method` per service call, in order. */
export class CallLog {
  readonly calls: string[] = [];
  record(name: string): void {
    this.calls.push(name);
  }
  count(name?: string): number {
    return name === undefined ? this.calls.length : this.calls.filter((c) => c === name).length;
  }
  /** Calls per method, sorted by name: what a test compares between two runs. */
  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of [...this.calls].sort()) out[c] = (out[c] ?? 0) + 1;
    return out;
  }
  reset(): void {
    this.calls.length = 0;
    this.fakeCpuMicros = 0;
  }
  /**
   * Set by the benches only: the CPU the fake spends inside service calls (its copies of the values a
   * `setValues` writes, its typing of cells) is then added up in `fakeCpuMicros`, so that a click's
   * CPU can be told apart from the fake's, which Apps Script spends on Google's servers instead.
   */
  timeFake = false;
  fakeCpuMicros = 0;
}

const PERMISSION = 'You do not have permission to access the requested document.';
const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

function isDate(v: unknown): v is Date {
  // Dates may come from another V8 realm (the bundle runs in node:vm), so no `instanceof`.
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * The fake implements only the members the add-on uses. `expose` hands out a Proxy typed as the
 * real Apps Script interface: every method call is logged as `Class.method`, and touching a member
 * the fake lacks throws at once (instead of `undefined is not a function` somewhere later).
 */
function expose<T>(world: FakeWorld, className: string, raw: object): T {
  const cached = world.proxies.get(raw);
  if (cached) return cached as T;
  const proxy = new Proxy(raw, handlerOf(world, className));
  world.proxies.set(raw, proxy);
  return proxy as T;
}

/** How deep the calls of the fake are nested, while `CallLog.timeFake` adds up their CPU. */
let fakeDepth = 0;

/**
 * One handler per class of a world, and each call's `Class.method` made once: a generated tab's links
 * take four builder calls a row (thousands a click), and a handler, a name and a list of arguments
 * made for each were the fake's own cost, charged to the script by the benches.
 */
function handlerOf(world: FakeWorld, className: string): ProxyHandler<object> {
  let byClass = handlers.get(world);
  if (!byClass) handlers.set(world, (byClass = new Map()));
  let handler = byClass.get(className);
  if (handler) return handler;
  const names = new Map<string, string>();
  handler = {
    get(target, prop) {
      if (typeof prop === 'symbol' || prop === 'then' || prop === 'toJSON') {
        return Reflect.get(target, prop);
      }
      if (!(prop in target)) {
        throw new Error(`fakeSpreadsheetApp: ${className}.${prop} is not implemented by the fake`);
      }
      const member = Reflect.get(target, prop);
      if (typeof member !== 'function') return member;
      let name = names.get(prop);
      if (name === undefined) names.set(prop, (name = `${className}.${prop}`));
      const call = name;
      return function (this: unknown) {
        world.log.record(call);
        world.refuse(call);
        const log = world.log;
        // A call of the fake made by the fake itself (depth > 0) is already inside the outer call's time.
        if (!log.timeFake || fakeDepth > 0)
          // eslint-disable-next-line prefer-rest-params -- passed on whole, never made into an array
          return (member as (...a: unknown[]) => unknown).apply(target, arguments as unknown as unknown[]);
        const start = process.cpuUsage();
        fakeDepth += 1;
        try {
          // eslint-disable-next-line prefer-rest-params -- passed on whole, never made into an array
          return (member as (...a: unknown[]) => unknown).apply(target, arguments as unknown as unknown[]);
        } finally {
          fakeDepth -= 1;
          const used = process.cpuUsage(start);
          log.fakeCpuMicros += used.user + used.system;
        }
      };
    },
  };
  byClass.set(className, handler);
  return handler;
}

/** By world, outside it: a `copyWorld` logs its own calls through handlers of its own. */
const handlers = new WeakMap<FakeWorld, Map<string, ProxyHandler<object>>>();

/* ------------------------------------------------------------------ values as Sheets stores them */

const NUMBER_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
/** `1,500` `12,345.67`: thousands grouped with commas (the spreadsheet's locale writes 1,500.5). */
const GROUPED_TEXT = /^\s*[+-]?\d{1,3}(,\d{3})+(\.\d+)?\s*$/;
const PERCENT_TEXT = /^\s*([+-]?(\d+(\.\d*)?|\.\d+))\s*%\s*$/;
const CURRENCY_TEXT = /^\s*([+-]?)\$\s*(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*$/;
/** Day first, as the spreadsheet's locale (Indonesia, the UK) reads it; and ISO. */
const DMY_TEXT = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;
const ISO_TEXT = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/;
const TIME_TEXT = /^\s*(\d{1,2}):(\d{2})(:(\d{2}))?\s*$/;

/** Sheets' number of days since 1899-12-30 of a wall-clock date and time. */
function serialOf(y: number, m: number, d: number, h = 0, mi = 0, s = 0): number {
  return (Date.UTC(y, m - 1, d, h, mi, s) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** What a typed text means to Sheets: a number or a date/time (with the format Sheets gives it), or undefined. */
function parseTyped(v: string): Pick<CellState, 'value' | 'numberFormat' | 'serial'> | undefined {
  if (NUMBER_TEXT.test(v)) return { value: Number(v) };
  if (GROUPED_TEXT.test(v)) return { value: Number(v.replace(/,/g, '')), numberFormat: '#,##0' };
  let m = PERCENT_TEXT.exec(v);
  if (m) return { value: Number(m[1]) / 100, numberFormat: '0%' };
  m = CURRENCY_TEXT.exec(v);
  if (m) return { value: Number(`${m[1]}${m[2]!.replace(/,/g, '')}${m[4] ?? ''}`), numberFormat: '"$"#,##0' };
  m = DMY_TEXT.exec(v);
  if (m && validDate(Number(m[3]), Number(m[2]), Number(m[1])))
    return {
      value: '',
      serial: serialOf(Number(m[3]), Number(m[2]), Number(m[1])),
      numberFormat: 'dd/mm/yyyy',
    };
  m = ISO_TEXT.exec(v);
  if (m && validDate(Number(m[1]), Number(m[2]), Number(m[3])))
    return {
      value: '',
      serial: serialOf(Number(m[1]), Number(m[2]), Number(m[3])),
      numberFormat: 'yyyy-mm-dd',
    };
  m = TIME_TEXT.exec(v);
  if (m && Number(m[1]) < 24 && Number(m[2]) < 60)
    return {
      value: '',
      serial: serialOf(1899, 12, 30, Number(m[1]), Number(m[2]), Number(m[4] ?? 0)),
      numberFormat: 'HH:mm:ss',
    };
  return undefined;
}

/** What Sheets stores for a value written by `setValues` (user-entered semantics) into a cell of `format`. */
function storeValue(
  v: unknown,
  format?: string,
): Pick<CellState, 'value' | 'formula' | 'numberFormat' | 'serial'> {
  if (v === null || v === undefined || v === '') return { value: '' };
  if (isDate(v)) return { value: { time: v.getTime() }, ...(format ? {} : { numberFormat: 'dd/mm/yyyy' }) };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`Exception: Invalid number ${v}`);
    return { value: v };
  }
  if (typeof v === 'boolean') return { value: v };
  if (typeof v !== 'string') {
    throw new Error(
      `fakeSpreadsheetApp: setValues got a ${typeof v}, which Sheets would write as "[object Object]"`,
    );
  }
  if (v.startsWith("'")) return { value: v.slice(1) };
  // A plain-text cell keeps what is written as it is (a formula too).
  if (format === '@') return { value: v };
  if (v.startsWith('=')) return { value: '#NAME?', formula: v };
  const typed = parseTyped(v);
  if (typed) return format && typed.numberFormat ? { ...typed, numberFormat: format } : typed;
  // `+62 812…` or `-5 kg` typed as is: Sheets parses the sign as the start of a formula.
  if (v.startsWith('+') || v.startsWith('-')) return { value: '#ERROR!', formula: `=${v}` };
  if (/^(true|false)$/i.test(v)) return { value: v.toLowerCase() === 'true' };
  return { value: v };
}

/** `storeValue` over what a cell held: a serial date typed before does not outlive a new value. */
function written(
  v: unknown,
  format?: string,
): Pick<CellState, 'value' | 'formula' | 'numberFormat' | 'serial'> {
  return { serial: undefined, ...storeValue(v, format) };
}

/**
 * What `storeValue` stores for the values most writes are made of, a number, a boolean, an empty or a
 * plain text, as the bare value (no formula, serial or format): undefined for any other, which
 * `storeValue` itself then reads. A generated tab's setValues writes 1.8 million of them, and an
 * object for each was the fake's own cost, which Apps Script never charges to the script.
 */
function bareStored(v: unknown, format: string | undefined): string | number | boolean | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'boolean') return v;
  if (v === '' || v === null || v === undefined) return '';
  if (typeof v !== 'string' || v.charCodeAt(0) === 39 /* ' */) return undefined;
  return format === '@' || plainText(v) ? v : undefined;
}

/**
 * Whether Sheets keeps a typed text as it is: one that starts with a letter is no formula, sign,
 * number, date or time (each of `parseTyped`'s patterns starts with a space, a sign, a digit, `.` or
 * `$`), so only `true` and `false` are read otherwise.
 */
function plainText(v: string): boolean {
  const first = v.charCodeAt(0) | 32; // lower case of an ASCII letter
  if (first < 97 || first > 122) return false;
  return !((v.length === 4 || v.length === 5) && /^(true|false)$/i.test(v));
}

/** Whether `state` sets nothing but a text, number or boolean value (see `CellSlot`). */
function onlyBareValue(state: Partial<CellState>): boolean {
  for (const key in state) if (key !== 'value') return false;
  return state.value !== undefined && typeof state.value !== 'object';
}

/**
 * The formats and the link that a generated tab's batched set…s write over each of its cells: the
 * sheet keeps each in a plane of its own (see `FakeSheet.planes`), not in an object per cell.
 */
const PLANE_KEYS = [
  'numberFormat',
  'fontWeight',
  'fontStyle',
  'fontSize',
  'wrap',
  'background',
  'align',
  'link',
] as const;
type PlaneKey = (typeof PLANE_KEYS)[number];
const planeKeys: ReadonlySet<string> = new Set(PLANE_KEYS);

/**
 * One field of a tab's cells: for each column, the code of each row's value (`columns[col - 1][row -
 * 1]`), 0 where the field was never set, and the values by code (`values[code - 1]`). Codes in typed
 * arrays, not the values in arrays of their own: the collector never walks them, and a write is no
 * more than a number (a generated tab's 1.8 million cells hold a few dozen formats, and in arrays
 * that grew row by row the fake's writes took longer than the objects they replace).
 */
interface Plane {
  readonly columns: (Codes | undefined)[];
  /** Every value the plane was given, once each, kept until the tab is cleared or deleted. */
  readonly values: unknown[];
  readonly codes: Map<unknown, number>;
}

/**
 * A column's codes: a byte each while they are under 256 (a format plane's few dozen values), wider
 * only once a code needs it (a link plane's, one link a row). New memory is what a click's planes cost
 * most, the pages first touched, so the narrowest that holds the codes.
 */
type Codes = Uint8Array | Uint16Array | Int32Array;

/** The largest code `column` holds. */
function limitOf(column: Codes): number {
  return column.BYTES_PER_ELEMENT === 1 ? 0xff : column.BYTES_PER_ELEMENT === 2 ? 0xffff : 0x7fffffff;
}

/** Codes for `length` rows, all 0, wide enough for `code`. */
function codesFor(length: number, code: number): Codes {
  if (code <= 0xff) return new Uint8Array(length);
  return code <= 0xffff ? new Uint16Array(length) : new Int32Array(length);
}

/** The code of `v` in `plane`, given one the first time it is seen; 0 for undefined (not set). */
function codeOf(plane: Plane, v: unknown): number {
  if (v === undefined) return 0;
  let code = plane.codes.get(v);
  if (code === undefined) {
    code = plane.values.push(v);
    plane.codes.set(v, code);
  }
  return code;
}

/** The value of the field in a column's row: undefined where never set. */
function valueAt(plane: Plane | undefined, column: number, row: number): unknown {
  const code = plane?.columns[column]?.[row];
  return code ? plane!.values[code - 1] : undefined;
}

/**
 * A cell's whole state, every field named (undefined where unset) in one order whatever the order
 * they were set in, so that two cells that read the same compare the same: made for a read, never kept.
 */
function viewOf(slot: CellSlot | undefined): CellState {
  const view: CellState = {
    value: '',
    serial: undefined,
    formula: undefined,
    link: undefined,
    numberFormat: undefined,
    fontWeight: undefined,
    fontStyle: undefined,
    fontSize: undefined,
    wrap: undefined,
    wrapStrategy: undefined,
    background: undefined,
    align: undefined,
    note: undefined,
    validation: undefined,
    merge: undefined,
  };
  if (typeof slot === 'object') Object.assign(view, slot);
  else if (slot !== undefined) view.value = slot;
  return view;
}

/** A date or time format: `getValues` gives a `Date` only for cells shown as dates or times. */
const dateFormats = new Map<string, boolean>();
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  let known = dateFormats.get(format);
  if (known === undefined) {
    known = readsAsDate(format);
    dateFormats.set(format, known);
  }
  return known;
}

function readsAsDate(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dy]|h|s|am\/pm/i.test(bare) || (/m/i.test(bare) && !/[#0?]/.test(bare));
}

/** The instant Sheets hands out for a serial date in the zone: that wall-clock time there. */
function serialInstant(serial: number, timeZone: string): Date {
  const wall = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
  const iso = wall.toISOString().slice(0, 10);
  return new Date(
    zonedMidnight(iso, timeZone).getTime() + (((wall.getTime() % 86_400_000) + 86_400_000) % 86_400_000),
  );
}

/** The serial number of an instant as the zone's wall clock shows it. */
function serialIn(time: number, timeZone: string): number {
  const p = zonedParts(new Date(time), timeZone);
  return serialOf(p.year, p.month, p.day, p.hour, p.minute, p.second);
}

/**
 * What `getValues` returns for a cell kept as an object (its number format passed apart, from its
 * plane): a Date while the cell is shown as a date, else its number.
 */
function shownValue(c: CellState | undefined, format: string | undefined, timeZone: string): Value {
  if (!c) return '';
  if (c.serial !== undefined) return isDateFormat(format) ? serialInstant(c.serial, timeZone) : c.serial;
  const v = c.value;
  if (typeof v !== 'object') return v;
  return isDateFormat(format) || format === undefined ? new Date(v.time) : serialIn(v.time, timeZone);
}

/* ------------------------------------------------------------------ A1 notation */

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/* ------------------------------------------------------------------ the state of a spreadsheet */

export class FakeWorld {
  readonly log = new CallLog();
  readonly proxies = new WeakMap<object, unknown>();
  readonly sheets: FakeSheet[] = [];
  readonly alerts: string[] = [];
  readonly sidebars: { title: string; content: string }[] = [];
  readonly menus: { items: { label: string; fn: string }[]; shown: boolean }[] = [];
  readonly userProperties = new Map<string, string>();
  /** The document's properties: shared by every user of the spreadsheet. */
  readonly documentProperties = new Map<string, string>();
  readonly timeZone: string;
  readonly userEmail: string;
  readonly htmlFiles: Readonly<Record<string, string>>;
  /** Set to simulate a viewer: every write throws as Sheets does. */
  readOnly = false;
  /** Set to simulate another user's action holding the document lock. */
  lockHeldElsewhere = false;
  lockHeld = false;
  lockWaits: number[] = [];
  activeRange: { sheet: string; a1: string } | null = null;
  /**
   * The authorization the script runs with: in `NONE` (onOpen before the add-on is authorised) only
   * the menu may be built; any data call throws, as in Apps Script.
   */
  authMode: 'NONE' | 'LIMITED' | 'FULL' = 'FULL';
  private failures: { call: string; nth: number; message: string; seen: number }[] = [];
  private nextSheetId = 0;

  /**
   * Makes the `nth` call of `call` (`Class.method`, as logged) throw `message`, as Sheets refuses a
   * write half-way through an action (a protected range, a quota): the calls before it took effect.
   */
  failOn(call: string, nth = 1, message = `Exception: ${PERMISSION}`): void {
    this.failures.push({ call, nth, message, seen: 0 });
  }

  /** Throws when this call is to fail (see `failOn`, `authMode`). */
  refuse(name: string): void {
    if (this.authMode === 'NONE' && !/^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(name)) {
      throw new Error(
        `Exception: You do not have permission to call ${name}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`,
      );
    }
    for (const f of this.failures) {
      if (f.call !== name) continue;
      f.seen += 1;
      if (f.seen === f.nth) throw new Error(f.message);
    }
  }

  constructor(options: FakeOptions = {}) {
    this.timeZone = options.timeZone ?? 'Asia/Jakarta';
    this.userEmail = options.userEmail ?? 'pendamping@example.org';
    this.htmlFiles = options.htmlFiles ?? {};
  }

  newSheetId(): number {
    // Sheets gives the first tab gid 0 and later tabs large random-looking ids.
    const id = this.nextSheetId === 0 ? 0 : 100000 + this.nextSheetId * 7919;
    this.nextSheetId += 1;
    return id;
  }

  assertWritable(): void {
    if (this.readOnly) throw new Error(`Exception: ${PERMISSION}`);
  }

  /** The most cells a spreadsheet holds in Sheets, empty grid cells included. */
  static readonly CELL_LIMIT = 10_000_000;
  /** The most cells the spreadsheet's tabs held together at once: a write's peak, not only its end. */
  peakCells = 0;

  /** Every tab's grid, maxRows × maxColumns, summed. */
  cellCount(): number {
    let n = 0;
    for (const s of this.sheets) n += s.maxRows * s.maxColumns;
    return n;
  }

  /** Refuses, as Sheets does, a change that would take the spreadsheet past CELL_LIMIT; else notes the peak. */
  assertCellsWithin(added: number): void {
    const after = this.cellCount() + added;
    if (after > FakeWorld.CELL_LIMIT)
      throw new Error(
        `Exception: This action would increase the number of cells in the workbook above the limit of ${FakeWorld.CELL_LIMIT} cells.`,
      );
    this.peakCells = Math.max(this.peakCells, after);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Adds a tab as a person would, with typed values (no call is logged). */
  addSheet(name: string, rows: readonly (readonly unknown[])[] = []): FakeSheet {
    if (this.sheet(name)) throw new Error(`A sheet named ${name} already exists`);
    const sheet = new FakeSheet(this, name, this.newSheetId());
    this.sheets.push(sheet);
    rows.forEach((row, r) => row.forEach((v, c) => sheet.put(r + 1, c + 1, written(v))));
    return sheet;
  }

  /** Deletes a tab as a person would (no call is logged). */
  removeSheet(name: string): void {
    const at = this.sheets.findIndex((s) => s.name === name);
    if (at < 0) throw new Error(`No sheet named ${name}`);
    this.sheets.splice(at, 1);
  }

  /** A date as a person types it: midnight of that day in the spreadsheet's zone. */
  typedDate(iso: string): Date {
    return zonedMidnight(iso, this.timeZone);
  }
}

/** The instant of local midnight of `iso` in `timeZone`. */
export function zonedMidnight(iso: string, timeZone: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  const offset = (t: number) => {
    const parts = zonedParts(new Date(t), timeZone);
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - t;
  };
  let t = guess - offset(guess);
  t = guess - offset(t);
  return new Date(t);
}

interface ZonedParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/**
 * The parts of instants already taken apart, by zone: a book's cells hold the same few thousand days,
 * read again on every call, and `formatToParts` was the fake's costliest step (emptied past 100,000).
 */
const partsKept = new Map<string, Map<number, ZonedParts>>();

function zonedParts(date: Date, timeZone: string): ZonedParts {
  let kept = partsKept.get(timeZone);
  if (!kept) partsKept.set(timeZone, (kept = new Map()));
  const time = date.getTime();
  let parts = kept.get(time);
  if (!parts) {
    if (kept.size >= 100_000) kept.clear();
    parts = takeApart(date, timeZone);
    kept.set(time, parts);
  }
  return parts;
}

function takeApart(date: Date, timeZone: string): ZonedParts {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, fmt);
  }
  const parts = fmt.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** `Utilities.formatDate` for the patterns the add-on uses: yyyy MM dd HH mm ss Z. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(new Date(date.getTime()), timeZone);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const offsetMin = Math.round(
    (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) -
      Math.floor(date.getTime() / 1000) * 1000) /
      60000,
  );
  const z = `${offsetMin < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMin) / 60))}${pad(Math.abs(offsetMin) % 60)}`;
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss|Z/g, (token) => {
    switch (token) {
      case 'yyyy':
        return pad(p.year, 4);
      case 'MM':
        return pad(p.month);
      case 'dd':
        return pad(p.day);
      case 'HH':
        return pad(p.hour);
      case 'mm':
        return pad(p.minute);
      case 'ss':
        return pad(p.second);
      default:
        return z;
    }
  });
}

/* ------------------------------------------------------------------ Sheet */

/**
 * What a sheet keeps for a cell, its formats and link aside (those are in the sheet's planes): a
 * cell that holds nothing else but a text, number or boolean (most of a book) is kept as that value,
 * any other as a `CellState` without the planes' fields. A district book's 680,000 cells as objects
 * were most of what every full collection of a click went over, which Apps Script never holds: the
 * spreadsheet is Google's, not the script's.
 */
export type CellSlot = CellState | string | number | boolean;

/** The cell's state, made for a slot kept as its bare value. */
function stateOf(slot: CellSlot | undefined): CellState | undefined {
  return slot === undefined || typeof slot === 'object' ? slot : { value: slot };
}

/** Whether the slot counts for the data range: a value other than '', a formula or a typed date. */
function holdsData(c: CellSlot | undefined): boolean {
  if (c === undefined) return false;
  if (typeof c !== 'object') return c !== '';
  return c.value !== '' || !!c.formula || c.serial !== undefined;
}

/** The cell's note, rule and merge: what `clear` leaves of a slot (none left, an empty value). */
function clearedSlot(slot: CellSlot): CellSlot {
  if (typeof slot !== 'object' || (slot.note === undefined && slot.validation === undefined && !slot.merge))
    return '';
  return { value: '', note: slot.note, validation: slot.validation, merge: slot.merge };
}

export class FakeSheet {
  /** rows[r][c] for sheet row r+1, column c+1 (see `CellSlot`; `cell` gives every cell's state). */
  readonly slots: (CellSlot | undefined)[][] = [];
  /**
   * The formats and link of the cells, each field in its own plane (see `Plane`), made when first
   * written: a generated tab's seven format calls and its links are eight values a cell, and an
   * object per cell to hold them (1.8 million at district scale, 200 MB) was the fake's own memory
   * whose collection the benches charged to the add-on. By column, as a generated tab is tall and
   * narrow (260,914 rows × 7 columns): a plane is a few long arrays of codes, not one per row.
   */
  readonly planes: { [K in PlaneKey]?: Plane } = {};
  readonly widths = new Map<number, number>();
  readonly metadata: { key: string; value: string | null }[] = [];
  readonly protections: FakeProtection[] = [];
  frozenRows = 0;
  maxRows = 1000;
  maxColumns = 26;

  constructor(
    private readonly world: FakeWorld,
    public name: string,
    private readonly id: number,
  ) {}

  /* --- the cells' state */

  /**
   * Every cell as a slot with its planes' fields in it: its bare value where it has nothing else,
   * else its whole state (`cell`). Made when asked, for a test that compares a tab whole.
   */
  get cells(): (CellSlot | undefined)[][] {
    const out: (CellSlot | undefined)[][] = [];
    // forEach and map skip holes: a cell never written stays a hole, as in the slots.
    this.slots.forEach((line, r) => {
      out[r] = line.map((slot, k) => (typeof slot === 'object' ? this.cell(r + 1, k + 1) : slot));
    });
    for (const key of PLANE_KEYS)
      this.planes[key]?.columns.forEach((column, k) => {
        if (!column) return;
        for (let r = 0; r < column.length; r += 1) {
          if (column[r] === 0) continue;
          const line = (out[r] ??= []);
          if (typeof line[k] !== 'object') line[k] = this.cell(r + 1, k + 1);
        }
      });
    return out;
  }
  /** The cell's state: to read, made for each call (undefined for a cell never written). */
  cell(row: number, col: number): CellState | undefined {
    const slot = this.slots[row - 1]?.[col - 1];
    let view: CellState | undefined;
    for (const key of PLANE_KEYS) {
      const v = valueAt(this.planes[key], col - 1, row - 1);
      if (v === undefined) continue;
      view ??= viewOf(slot);
      (view as unknown as Record<string, unknown>)[key] = v;
    }
    if (view) return view;
    return typeof slot === 'object' ? viewOf(slot) : stateOf(slot);
  }
  /** One of the cell's formats, or its link, as its plane holds it. */
  field<K extends PlaneKey>(key: K, row: number, col: number): CellState[K] {
    return valueAt(this.planes[key], col - 1, row - 1) as CellState[K];
  }
  /** What `getValues` gives for the cell. */
  shown(row: number, col: number): Value {
    const slot = this.slots[row - 1]?.[col - 1];
    if (slot === undefined) return '';
    if (typeof slot !== 'object') return slot;
    return shownValue(slot, this.field('numberFormat', row, col), this.world.timeZone);
  }
  /** The field's plane, made first. */
  private plane(key: PlaneKey): Plane {
    return (this.planes[key] ??= { columns: [], values: [], codes: new Map() });
  }
  /**
   * The plane's codes for a column, holding at least `rows` rows and codes up to `code`: made (or
   * grown, or widened) to the sheet's rows at once, not row by row.
   */
  private column(plane: Plane, col: number, rows: number, code: number): Codes {
    const column = plane.columns[col - 1];
    if (column && column.length >= rows && code <= limitOf(column)) return column;
    const length = Math.max(rows, this.maxRows, column?.length ?? 0);
    const grown = codesFor(length, Math.max(code, column ? limitOf(column) : 0));
    if (column) grown.set(column);
    plane.columns[col - 1] = grown;
    return grown;
  }
  /** Every column of every plane, to move with the rows of the slots. */
  private planeColumns(): { plane: Plane; k: number; column: Codes }[] {
    const out: { plane: Plane; k: number; column: Codes }[] = [];
    for (const key of PLANE_KEYS) {
      const plane = this.planes[key];
      plane?.columns.forEach((column, k) => column && out.push({ plane, k, column }));
    }
    return out;
  }

  /* --- writes, as the Apps Script members and the test helpers make them */

  /** One of a cell's formats, or its link, into its plane. */
  setField<K extends PlaneKey>(key: K, row: number, col: number, v: CellState[K]): void {
    if (row > this.maxRows) this.maxRows = row;
    if (col > this.maxColumns) this.maxColumns = col;
    const plane = this.plane(key);
    const code = codeOf(plane, v);
    this.column(plane, col, row, code)[row - 1] = code;
  }
  /**
   * One format (or the link) of each cell of the block at (row, col): from the matrix `given`, through
   * `as` if given, or `one` in every cell: codes written into the plane's columns, no object per cell.
   */
  setFields<K extends PlaneKey>(
    key: K,
    row: number,
    col: number,
    rows: number,
    cols: number,
    given: readonly (readonly unknown[])[] | undefined,
    as?: (v: unknown) => CellState[K],
    one?: CellState[K],
  ): void {
    const plane = this.plane(key);
    // A column at a time, its last value and that value's code at hand: a column's cells mostly
    // repeat the one above, and then the write is a number copied.
    for (let c = 0; c < cols; c += 1) {
      if (!given) {
        const code = codeOf(plane, one);
        this.column(plane, col + c, row + rows - 1, code).fill(code, row - 1, row - 1 + rows);
        continue;
      }
      let column = this.column(plane, col + c, row + rows - 1, 0);
      let limit = limitOf(column);
      let last: unknown = undefined;
      let code = 0;
      for (let r = 0; r < rows; r += 1) {
        const v = as ? as(given[r]![c]) : given[r]![c];
        if (v !== last) {
          last = v;
          code = codeOf(plane, v);
          if (code > limit) {
            column = this.column(plane, col + c, row + rows - 1, code);
            limit = limitOf(column);
          }
        }
        column[row - 1 + r] = code;
      }
    }
  }
  /**
   * What `setValues` stores in the block at (row, col): each value as Sheets reads it in its cell's
   * number format (`storeValue`), a formula, a typed date and the link cleared. A number, a boolean,
   * an empty or a plain text goes into its slot as it is, no object made for it (`bareStored`).
   */
  store(row: number, col: number, values: readonly (readonly unknown[])[]): void {
    const cols = values[0]?.length ?? 0;
    if (row + values.length - 1 > this.maxRows) this.maxRows = row + values.length - 1;
    if (col + cols - 1 > this.maxColumns) this.maxColumns = col + cols - 1;
    const formats = this.planes.numberFormat;
    const linkPlane = this.plane('link');
    const noLink = codeOf(linkPlane, null);
    const links: Codes[] = [];
    for (let c = 0; c < cols; c += 1)
      links.push(this.column(linkPlane, col + c, row + values.length - 1, noLink));
    for (let r = 0; r < values.length; r += 1) {
      const at = row - 1 + r;
      const line = (this.slots[at] ??= []);
      const given = values[r]!;
      for (let c = 0; c < cols; c += 1) {
        const k = col - 1 + c;
        const v = given[c];
        const format = valueAt(formats, k, at) as string | undefined;
        const slot = line[k];
        const bare = bareStored(v, format);
        if (bare !== undefined) {
          if (typeof slot !== 'object') line[k] = bare;
          else {
            slot.value = bare;
            slot.formula = undefined;
            slot.serial = undefined;
          }
        } else {
          // Throws on what Sheets refuses: the cells before it keep what they were given.
          const stored = storeValue(v, format);
          if (typeof slot === 'object') {
            slot.value = stored.value;
            slot.formula = stored.formula;
            slot.serial = stored.serial;
          } else if (
            stored.formula === undefined &&
            stored.serial === undefined &&
            typeof stored.value !== 'object'
          )
            line[k] = stored.value;
          else line[k] = { value: stored.value, serial: stored.serial, formula: stored.formula };
          if (stored.numberFormat !== undefined)
            this.setField('numberFormat', at + 1, k + 1, stored.numberFormat);
        }
        links[c]![at] = noLink;
      }
    }
  }
  /** Rich text: its text as the value (never read as a formula), and its link. */
  storeRichText(row: number, col: number, text: string, link: string | null): void {
    const line = (this.slots[row - 1] ??= []);
    const slot = line[col - 1];
    if (typeof slot !== 'object') line[col - 1] = text;
    else {
      slot.value = text;
      slot.formula = undefined;
    }
    this.setField('link', row, col, link);
  }

  /* --- test helpers (not logged) */

  put(row: number, col: number, state: Partial<CellState>): void {
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, col);
    const line = (this.slots[row - 1] ??= []);
    const slot = line[col - 1];
    // A typed value, most of a typed book: into the slot as it is.
    if (typeof slot !== 'object' && onlyBareValue(state)) {
      line[col - 1] = state.value as string | number | boolean;
      return;
    }
    // The formats and the link go to their planes; the rest to the slot, in place (a field set to
    // undefined in a bare slot is one it lacks already).
    let rest: Partial<CellState> | undefined;
    for (const key in state) {
      const v = state[key as keyof CellState];
      if (planeKeys.has(key)) this.setField(key as PlaneKey, row, col, v as never);
      else if (v !== undefined || typeof slot === 'object') (rest ??= {})[key as 'value'] = v as never;
    }
    if (!rest) {
      // A cell given anything is a cell from then on (`cell` reads it), its value empty at least.
      if (slot === undefined) line[col - 1] = '';
      return;
    }
    if (typeof slot === 'object') Object.assign(slot, rest);
    else if (onlyBareValue(rest)) line[col - 1] = rest.value as string | number | boolean;
    else line[col - 1] = { value: slot ?? '', ...rest };
  }
  /**
   * A person typing `text` into one cell: a plain-text cell (`@`) keeps it as typed; any other cell
   * reads it as Sheets reads typed input (`0812` a number, `=…` a formula).
   */
  type(row: number, col: number, text: string): void {
    this.put(row, col, { formula: undefined, ...written(text, this.field('numberFormat', row, col)) });
  }
  /** The values as `getValues` on the data range would return them. */
  values(): Value[][] {
    const rows = this.lastRow();
    const cols = this.lastColumn();
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => this.shown(r + 1, c + 1)),
    );
  }
  /** Every formula on the tab, as `A1: =…`. */
  formulas(): string[] {
    const out: string[] = [];
    this.slots.forEach((row, r) =>
      row?.forEach((c, k) => {
        if (typeof c === 'object' && c.formula) out.push(`${columnLetters(k + 1)}${r + 1}: ${c.formula}`);
      }),
    );
    return out;
  }
  lastRow(): number {
    for (let r = this.slots.length; r > 0; r -= 1) {
      if (this.slots[r - 1]?.some(holdsData)) return r;
    }
    return 0;
  }
  lastColumn(): number {
    // Each row from its end, down to the last column found so far: a 100,000-row tab in one pass.
    let last = 0;
    // An index loop: a for…of run once a tab, before V8 optimises it, makes an object per row.
    for (let r = 0; r < this.slots.length; r += 1) {
      const row = this.slots[r];
      if (!row) continue;
      for (let k = row.length - 1; k >= last; k -= 1) {
        if (holdsData(row[k])) {
          last = k + 1;
          break;
        }
      }
    }
    return last;
  }

  private wrap<T>(className: string, raw: object): T {
    return expose<T>(this.world, className, raw);
  }
  private range(row: number, col: number, rows: number, cols: number): GoogleAppsScript.Spreadsheet.Range {
    if (row < 1 || col < 1 || rows < 1 || cols < 1) {
      throw new Error(
        `Exception: The starting row or column of the range is too small, or the range is empty.`,
      );
    }
    if (row + rows - 1 > this.maxRows || col + cols - 1 > this.maxColumns)
      throw new Error(`Exception: ${OUTSIDE}`);
    return this.wrap('Range', new FakeRange(this.world, this, row, col, rows, cols));
  }
  private parseA1(a1: string): [number, number, number, number] {
    const m = /^([A-Z]+)(\d*)(?::([A-Z]+)(\d*))?$/i.exec(a1.replace(/\$/g, ''));
    if (!m) throw new Error(`Exception: Range not found`);
    const c1 = columnIndex(m[1]!);
    const r1 = m[2] ? Number(m[2]) : 1;
    const c2 = m[3] ? columnIndex(m[3]) : c1;
    const r2 = m[3] ? (m[4] ? Number(m[4]) : this.maxRows) : r1;
    return [r1, c1, r2 - r1 + 1, c2 - c1 + 1];
  }

  /* --- Apps Script members */

  getName(): string {
    return this.name;
  }
  setName(name: string): GoogleAppsScript.Spreadsheet.Sheet {
    this.world.assertWritable();
    if (this.world.sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
    this.name = name;
    return this.wrap('Sheet', this);
  }
  getSheetId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.world.sheets.indexOf(this) + 1;
  }
  getRange(a: number | string, col?: number, rows = 1, cols = 1): GoogleAppsScript.Spreadsheet.Range {
    if (typeof a === 'string') return this.range(...this.parseA1(a));
    return this.range(a, col ?? 1, rows, cols);
  }
  getRangeList(a1s: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    const ranges = a1s.map((a1) => {
      const [r, c, nr, nc] = this.parseA1(a1);
      if (r + nr - 1 > this.maxRows || c + nc - 1 > this.maxColumns) throw new Error(`Exception: ${OUTSIDE}`);
      return new FakeRange(this.world, this, r, c, nr, nc);
    });
    return this.wrap('RangeList', new FakeRangeList(this.world, ranges));
  }
  getDataRange(): GoogleAppsScript.Spreadsheet.Range {
    return this.range(1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }
  getLastRow(): number {
    return this.lastRow();
  }
  getLastColumn(): number {
    return this.lastColumn();
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  insertRowsAfter(after: number, howMany: number): GoogleAppsScript.Spreadsheet.Sheet {
    this.world.assertWritable();
    if (after < 1 || after > this.maxRows || howMany < 1) throw new Error(`Exception: ${OUTSIDE}`);
    this.world.assertCellsWithin(howMany * this.maxColumns);
    // As splice(after, 0, ...blank rows), without spreading them as arguments: every member's card of
    // a district book inserts 260,044 rows at once, past what a call's arguments can hold.
    const tail = this.slots.splice(Math.min(after, this.slots.length));
    for (let i = 0; i < howMany; i += 1) this.slots.push([]);
    for (const row of tail) this.slots.push(row);
    // The planes' columns alike, their new cells unset (a column that ends before them is grown
    // when next written).
    for (const { plane, k, column } of this.planeColumns()) {
      if (column.length <= after) continue;
      const moved = codesFor(column.length + howMany, limitOf(column));
      moved.set(column.subarray(0, after));
      moved.set(column.subarray(after), after + howMany);
      plane.columns[k] = moved;
    }
    this.maxRows += howMany;
    return this.wrap('Sheet', this);
  }
  deleteRows(position: number, howMany: number): void {
    this.world.assertWritable();
    if (position < 1 || position + howMany - 1 > this.maxRows) throw new Error(`Exception: ${OUTSIDE}`);
    if (this.maxRows - howMany <= this.frozenRows) {
      throw new Error('Exception: Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.slots.splice(position - 1, howMany);
    // Each plane's column the same length, its rows after the deleted ones moved up and unset at its end.
    for (const { column } of this.planeColumns()) {
      const from = Math.min(column.length, position - 1 + howMany);
      if (position - 1 >= from) continue;
      column.copyWithin(position - 1, from);
      column.fill(0, column.length - (from - (position - 1)));
    }
    this.maxRows -= howMany;
  }
  insertColumnsAfter(after: number, howMany: number): GoogleAppsScript.Spreadsheet.Sheet {
    this.world.assertWritable();
    if (after < 1 || after > this.maxColumns || howMany < 1) throw new Error(`Exception: ${OUTSIDE}`);
    this.world.assertCellsWithin(howMany * this.maxRows);
    // A row that ends before the new columns has nothing to move: it stays as it is.
    const empty = new Array<undefined>(howMany).fill(undefined);
    for (let r = 0; r < this.slots.length; r += 1) {
      const row = this.slots[r];
      if (row && row.length > after) row.splice(after, 0, ...empty);
    }
    for (const key of PLANE_KEYS) {
      const columns = this.planes[key]?.columns;
      if (columns && columns.length > after) columns.splice(after, 0, ...empty);
    }
    this.maxColumns += howMany;
    return this.wrap('Sheet', this);
  }
  deleteColumns(position: number, howMany: number): void {
    this.world.assertWritable();
    if (position < 1 || position + howMany - 1 > this.maxColumns) throw new Error(`Exception: ${OUTSIDE}`);
    if (howMany >= this.maxColumns)
      throw new Error('Exception: Sorry, it is not possible to delete all columns.');
    for (const row of this.slots) row?.splice(position - 1, howMany);
    for (const key of PLANE_KEYS) this.planes[key]?.columns.splice(position - 1, howMany);
    this.maxColumns -= howMany;
  }
  /**
   * Clears contents and formats (not notes, validation, protection or metadata), as Sheets does.
   * Merges are kept: the documentation does not promise to undo them, so the fake assumes it does not.
   */
  clear(): GoogleAppsScript.Spreadsheet.Sheet {
    this.world.assertWritable();
    this.slots.forEach((row) =>
      row?.forEach((slot, k) => {
        if (slot !== undefined) row[k] = clearedSlot(slot);
      }),
    );
    // A cell that had only formats is left as a cell with an empty value, as one with a value is.
    for (const key of PLANE_KEYS) {
      this.planes[key]?.columns.forEach((column, k) => {
        if (!column) return;
        for (let r = 0; r < column.length; r += 1) {
          if (column[r] === 0) continue;
          const line = (this.slots[r] ??= []);
          if (line[k] === undefined) line[k] = '';
        }
      });
      delete this.planes[key];
    }
    return this.wrap('Sheet', this);
  }
  setFrozenRows(rows: number): void {
    this.world.assertWritable();
    if (rows >= this.maxRows)
      throw new Error('Exception: You can\u2019t freeze all visible rows on the sheet.');
    // A merged cell may not be cut by the frozen line.
    const cut = this.slots[rows - 1]?.some((slot, k) => {
      const c = stateOf(slot);
      if (!c?.merge) return false;
      const below = this.cell(rows + 1, k + 1)?.merge;
      return below === c.merge;
    });
    if (rows > 0 && cut)
      throw new Error(
        'Exception: Sorry, it is not possible to freeze rows that contain only part of a merged cell.',
      );
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setColumnWidth(col: number, width: number): GoogleAppsScript.Spreadsheet.Sheet {
    this.world.assertWritable();
    this.widths.set(col, width);
    return this.wrap('Sheet', this);
  }
  setColumnWidths(start: number, count: number, width: number): GoogleAppsScript.Spreadsheet.Sheet {
    this.world.assertWritable();
    for (let c = start; c < start + count; c += 1) this.widths.set(c, width);
    return this.wrap('Sheet', this);
  }
  getColumnWidth(col: number): number {
    return this.widths.get(col) ?? 100;
  }
  /** The sheet's protection: a sheet has at most one, and protect() hands out the existing one. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.world.assertWritable();
    let p = this.protections.find((x) => x.type === 'SHEET');
    if (!p) {
      p = new FakeProtection(this.world, 'SHEET');
      this.protections.push(p);
    }
    return this.wrap('Protection', p);
  }
  getProtections(type: unknown): GoogleAppsScript.Spreadsheet.Protection[] {
    if (type !== 'SHEET' && type !== 'RANGE') throw new Error('Exception: Invalid argument: type');
    return this.protections
      .filter((p) => p.type === type)
      .map((p) => this.wrap<GoogleAppsScript.Spreadsheet.Protection>('Protection', p));
  }
  addDeveloperMetadata(key: string, value?: string): GoogleAppsScript.Spreadsheet.Sheet {
    this.world.assertWritable();
    this.metadata.push({ key, value: value ?? null });
    return this.wrap('Sheet', this);
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.metadata.map((m) =>
      this.wrap<GoogleAppsScript.Spreadsheet.DeveloperMetadata>('DeveloperMetadata', {
        getKey: () => m.key,
        getValue: () => m.value,
      }),
    );
  }
  activate(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.wrap('Sheet', this);
  }
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    this.world.activeRange = { sheet: this.name, a1: range.getA1Notation() };
    return range;
  }
}

/* ------------------------------------------------------------------ Range */

class FakeRange {
  constructor(
    private readonly world: FakeWorld,
    private readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly col: number,
    private readonly rows: number,
    private readonly cols: number,
  ) {}

  private self(): GoogleAppsScript.Spreadsheet.Range {
    return expose(this.world, 'Range', this);
  }
  /** Throws as Sheets does when a 2-D array does not match the range. */
  private checkShape(values: readonly (readonly unknown[])[]): void {
    if (!Array.isArray(values) || values.length !== this.rows) {
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(values) ? values.length : 0} but the range has ${this.rows}.`,
      );
    }
    for (let r = 0; r < values.length; r += 1) {
      const row = values[r];
      if (!Array.isArray(row) || row.length !== this.cols) {
        throw new Error(
          `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.cols}.`,
        );
      }
    }
  }
  private each(values: readonly (readonly unknown[])[], set: (row: number, col: number, v: unknown) => void) {
    this.world.assertWritable();
    this.checkShape(values);
    // Index loops, not a callback per row and per cell: a generated tab's eight calls go over each cell.
    for (let r = 0; r < this.rows; r += 1) {
      const row = values[r]!;
      for (let c = 0; c < this.cols; c += 1) set(this.row + r, this.col + c, row[c]);
    }
    return this.self();
  }
  /** The one value in every cell of the range (no matrix made of it). */
  private fill(v: unknown, set: (row: number, col: number, v: unknown) => void) {
    this.world.assertWritable();
    for (let r = 0; r < this.rows; r += 1)
      for (let c = 0; c < this.cols; c += 1) set(this.row + r, this.col + c, v);
    return this.self();
  }
  /** One format (or the link) of each cell, from a matrix: into its plane, no object per cell. */
  private eachField<K extends PlaneKey>(
    values: readonly (readonly unknown[])[],
    key: K,
    as?: (v: unknown) => CellState[K],
  ) {
    this.world.assertWritable();
    this.checkShape(values);
    this.sheet.setFields(key, this.row, this.col, this.rows, this.cols, values, as);
    return this.self();
  }
  /** One format in every cell of the range. */
  private fillField<K extends PlaneKey>(key: K, v: CellState[K]) {
    this.world.assertWritable();
    this.sheet.setFields(key, this.row, this.col, this.rows, this.cols, undefined, undefined, v);
    return this.self();
  }
  /**
   * A field of each cell kept in its slot: `get` of a slot kept as an object, `bare` of a bare value,
   * `empty` for a cell never written.
   */
  private read<T>(
    get: (c: CellState, row: number, col: number) => T,
    bare: (v: string | number | boolean) => T,
    empty: T,
  ): T[][] {
    // Plain loops: the same values as Array.from with a callback per cell, at a fraction of the cost
    // that a large tab's read would otherwise add to what a bench measures of the add-on itself.
    const out: T[][] = [];
    for (let r = 0; r < this.rows; r += 1) {
      const cells = this.sheet.slots[this.row + r - 1];
      // Of its final length at once, as the service hands it over, not grown cell by cell.
      const line = new Array<T>(this.cols);
      for (let c = 0; c < this.cols; c += 1) {
        const slot = cells?.[this.col + c - 1];
        if (slot === undefined) line[c] = empty;
        else if (typeof slot === 'object') line[c] = get(slot, this.row + r, this.col + c);
        else line[c] = bare(slot);
      }
      out.push(line);
    }
    return out;
  }
  /** A format of each cell, as its plane holds it (`empty` where unset). */
  private readField<K extends PlaneKey, T>(key: K, empty: T): (NonNullable<CellState[K]> | T)[][] {
    const plane = this.sheet.planes[key];
    const out: (NonNullable<CellState[K]> | T)[][] = [];
    for (let r = 0; r < this.rows; r += 1) {
      const line = new Array<NonNullable<CellState[K]> | T>(this.cols);
      for (let c = 0; c < this.cols; c += 1)
        line[c] = (valueAt(plane, this.col + c - 1, this.row + r - 1) as CellState[K]) ?? empty;
      out.push(line);
    }
    return out;
  }

  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getNumRows(): number {
    return this.rows;
  }
  getNumColumns(): number {
    return this.cols;
  }
  getLastRow(): number {
    return this.row + this.rows - 1;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return expose(this.world, 'Sheet', this.sheet);
  }
  getA1Notation(): string {
    const start = `${columnLetters(this.col)}${this.row}`;
    if (this.rows === 1 && this.cols === 1) return start;
    return `${start}:${columnLetters(this.col + this.cols - 1)}${this.row + this.rows - 1}`;
  }
  getValues(): Value[][] {
    // A bare value is the value shown: handed over as it is.
    return this.read<Value>(
      (_, r, c) => this.sheet.shown(r, c),
      (v) => v,
      '',
    );
  }
  getValue(): Value {
    return this.sheet.shown(this.row, this.col);
  }
  getFormulas(): string[][] {
    return this.read(
      (c) => c.formula ?? '',
      () => '',
      '',
    );
  }
  getFormula(): string {
    return this.sheet.cell(this.row, this.col)?.formula ?? '';
  }
  setValues(values: unknown[][]): GoogleAppsScript.Spreadsheet.Range {
    this.world.assertWritable();
    this.checkShape(values);
    this.sheet.store(this.row, this.col, values);
    return this.self();
  }
  setValue(value: unknown): GoogleAppsScript.Spreadsheet.Range {
    return this.fill(value, (r, c, v) => this.sheet.store(r, c, [[v]]));
  }
  getNumberFormats(): string[][] {
    return this.readField('numberFormat', '');
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0]![0]!;
  }
  setNumberFormats(formats: string[][]): GoogleAppsScript.Spreadsheet.Range {
    return this.eachField(formats, 'numberFormat', String);
  }
  setNumberFormat(format: string): GoogleAppsScript.Spreadsheet.Range {
    return this.fillField('numberFormat', String(format));
  }
  setFontWeights(weights: (string | null)[][]): GoogleAppsScript.Spreadsheet.Range {
    return this.eachField(weights, 'fontWeight');
  }
  setFontWeight(weight: string | null): GoogleAppsScript.Spreadsheet.Range {
    return this.fillField('fontWeight', weight);
  }
  setFontStyles(styles: (string | null)[][]): GoogleAppsScript.Spreadsheet.Range {
    return this.eachField(styles, 'fontStyle');
  }
  setFontSizes(sizes: number[][]): GoogleAppsScript.Spreadsheet.Range {
    return this.eachField(sizes, 'fontSize');
  }
  setWraps(wraps: boolean[][]): GoogleAppsScript.Spreadsheet.Range {
    return this.eachField(wraps, 'wrap', (v) => v === true);
  }
  setWrapStrategies(strategies: unknown[][]): GoogleAppsScript.Spreadsheet.Range {
    return this.each(strategies, (r, c, v) => this.sheet.put(r, c, { wrapStrategy: v }));
  }
  setBackground(color: string | null): GoogleAppsScript.Spreadsheet.Range {
    return this.fillField('background', color);
  }
  setBackgrounds(colors: (string | null)[][]): GoogleAppsScript.Spreadsheet.Range {
    return this.eachField(colors, 'background');
  }
  setHorizontalAlignments(alignments: (string | null)[][]): GoogleAppsScript.Spreadsheet.Range {
    return this.eachField(alignments, 'align');
  }
  /** Rich text is stored as text (never parsed as a formula) with its link. */
  setRichTextValues(values: FakeRichText[][]): GoogleAppsScript.Spreadsheet.Range {
    return this.each(values, (r, c, v) => {
      const rich = v as FakeRichText;
      if (!(rich instanceof FakeRichText)) throw new Error('Exception: Invalid argument: values');
      this.sheet.storeRichText(r, c, rich.text, rich.link);
    });
  }
  setNote(note: string | null): GoogleAppsScript.Spreadsheet.Range {
    return this.fill(note ?? '', (r, c, v) => this.sheet.put(r, c, { note: String(v) }));
  }
  setNotes(notes: (string | null)[][]): GoogleAppsScript.Spreadsheet.Range {
    return this.each(notes, (r, c, v) => this.sheet.put(r, c, { note: v === null ? '' : String(v) }));
  }
  getNotes(): string[][] {
    return this.read(
      (c) => c.note ?? '',
      () => '',
      '',
    );
  }
  /** The rule of the range's first cell, or null: as Sheets, a rule object to read, not a live link. */
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const rule = this.sheet.cell(this.row, this.col)?.validation;
    return rule ? expose(this.world, 'DataValidation', rule) : null;
  }
  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    return this.read<GoogleAppsScript.Spreadsheet.DataValidation | null>(
      (c) => (c.validation ? expose(this.world, 'DataValidation', c.validation) : null),
      () => null,
      null,
    );
  }
  setDataValidation(rule: FakeDataValidation | null): GoogleAppsScript.Spreadsheet.Range {
    return this.fill(rule, (r, c, v) => this.sheet.put(r, c, { validation: v as FakeDataValidation | null }));
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): GoogleAppsScript.Spreadsheet.Range {
    return this.each(rules, (r, c, v) =>
      this.sheet.put(r, c, { validation: v as FakeDataValidation | null }),
    );
  }
  activate(): GoogleAppsScript.Spreadsheet.Range {
    this.world.activeRange = { sheet: this.sheet.name, a1: this.getA1Notation() };
    return this.self();
  }
  /** Merges each row of the range into one cell that keeps the row's first value, as Sheets does. */
  mergeAcross(): GoogleAppsScript.Spreadsheet.Range {
    this.world.assertWritable();
    for (let r = this.row; r < this.row + this.rows; r += 1) {
      for (let c = this.col; c < this.col + this.cols; c += 1) {
        if (this.sheet.cell(r, c)?.merge) {
          throw new Error('Exception: You must select all cells in a merged range to merge or unmerge them.');
        }
      }
      const a1 = `${columnLetters(this.col)}${r}:${columnLetters(this.col + this.cols - 1)}${r}`;
      for (let c = this.col; c < this.col + this.cols; c += 1) {
        this.sheet.put(r, c, c === this.col ? { merge: a1 } : { merge: a1, value: '', formula: undefined });
      }
    }
    return this.self();
  }
  /** Merges the whole range into one cell that keeps its top-left value, as Sheets does. */
  merge(): GoogleAppsScript.Spreadsheet.Range {
    this.world.assertWritable();
    const a1 = this.getA1Notation();
    for (let r = this.row; r < this.row + this.rows; r += 1) {
      for (let c = this.col; c < this.col + this.cols; c += 1) {
        const first = r === this.row && c === this.col;
        this.sheet.put(r, c, first ? { merge: a1 } : { merge: a1, value: '', formula: undefined });
      }
    }
    return this.self();
  }
  /** Undoes every merge inside the range. */
  breakApart(): GoogleAppsScript.Spreadsheet.Range {
    this.world.assertWritable();
    for (let r = this.row; r < this.row + this.rows; r += 1) {
      for (let c = this.col; c < this.col + this.cols; c += 1) {
        if (this.sheet.cell(r, c)?.merge) this.sheet.put(r, c, { merge: undefined });
      }
    }
    return this.self();
  }
  /** The A1 notations of the merged ranges inside the range, in reading order. */
  getMergedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    const seen = new Set<string>();
    for (let r = this.row; r < this.row + this.rows; r += 1) {
      for (let c = this.col; c < this.col + this.cols; c += 1) {
        const m = this.sheet.cell(r, c)?.merge;
        if (m) seen.add(m);
      }
    }
    return [...seen].map((a1) => this.sheet.getRange(a1));
  }
}

class FakeRangeList {
  constructor(
    private readonly world: FakeWorld,
    private readonly ranges: FakeRange[],
  ) {}
  setNumberFormat(format: string): GoogleAppsScript.Spreadsheet.RangeList {
    for (const r of this.ranges) r.setNumberFormat(format);
    return expose(this.world, 'RangeList', this);
  }
  setFontWeight(weight: string | null): GoogleAppsScript.Spreadsheet.RangeList {
    for (const r of this.ranges) r.setFontWeight(weight);
    return expose(this.world, 'RangeList', this);
  }
}

/* ------------------------------------------------------------------ protection, validation, rich text */

class FakeProtection {
  warningOnly = false;
  description = '';
  constructor(
    private readonly world: FakeWorld,
    readonly type: 'SHEET' | 'RANGE',
  ) {}
  /** Only an editor may change a protection. */
  setWarningOnly(warningOnly: boolean): GoogleAppsScript.Spreadsheet.Protection {
    this.world.assertWritable();
    this.warningOnly = warningOnly;
    return expose(this.world, 'Protection', this);
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(description: string): GoogleAppsScript.Spreadsheet.Protection {
    this.world.assertWritable();
    this.description = description;
    return expose(this.world, 'Protection', this);
  }
}

/** A rule: a list of choices (`VALUE_IN_LIST`), or another criterion a person chose (values kept as given). */
export class FakeDataValidation {
  constructor(
    readonly values: readonly string[],
    readonly showDropdown: boolean,
    readonly allowInvalid: boolean,
    readonly helpText: string,
    readonly criteria = 'VALUE_IN_LIST',
    private readonly world?: FakeWorld,
  ) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  /** For a list, `[values, showDropdown]`, as Apps Script gives it. */
  getCriteriaValues(): unknown[] {
    return this.criteria === 'VALUE_IN_LIST' ? [[...this.values], this.showDropdown] : [...this.values];
  }
  getHelpText(): string {
    return this.helpText;
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  /** A builder holding this rule's settings. */
  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    if (!this.world) throw new Error('fakeSpreadsheetApp: a rule made by a test cannot be copied');
    const builder = new FakeDataValidationBuilder(this.world, this);
    return expose(this.world, 'DataValidationBuilder', builder);
  }
}

class FakeDataValidationBuilder {
  private values: string[] = [];
  private showDropdown = true;
  private allowInvalid = true;
  private helpText = '';
  private criteria = 'VALUE_IN_LIST';
  constructor(
    private readonly world: FakeWorld,
    from?: FakeDataValidation,
  ) {
    if (from) {
      this.values = [...from.values];
      this.showDropdown = from.showDropdown;
      this.allowInvalid = from.allowInvalid;
      this.helpText = from.helpText;
      this.criteria = from.criteria;
    }
  }
  private self(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return expose(this.world, 'DataValidationBuilder', this);
  }
  requireValueInList(
    values: string[],
    showDropdown = true,
  ): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.values = [...values];
    this.showDropdown = showDropdown;
    this.criteria = 'VALUE_IN_LIST';
    return this.self();
  }
  setAllowInvalid(allow: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.allowInvalid = allow;
    return this.self();
  }
  setHelpText(text: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.helpText = text;
    return this.self();
  }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    const rule = new FakeDataValidation(
      this.values,
      this.showDropdown,
      this.allowInvalid,
      this.helpText,
      this.criteria,
      this.world,
    );
    return rule as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
  }
}

export class FakeRichText {
  constructor(
    readonly text: string,
    readonly link: string | null,
  ) {}
}

class FakeRichTextBuilder {
  private text = '';
  private link: string | null = null;
  constructor(private readonly world: FakeWorld) {}
  private self(): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
    return expose(this.world, 'RichTextValueBuilder', this);
  }
  setText(text: string): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
    this.text = text;
    return this.self();
  }
  setLinkUrl(url: string | null): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
    this.link = url;
    return this.self();
  }
  build(): GoogleAppsScript.Spreadsheet.RichTextValue {
    return new FakeRichText(this.text, this.link) as unknown as GoogleAppsScript.Spreadsheet.RichTextValue;
  }
}

/* ------------------------------------------------------------------ Spreadsheet */

class FakeSpreadsheet {
  constructor(private readonly world: FakeWorld) {}
  private sheet(s: FakeSheet): GoogleAppsScript.Spreadsheet.Sheet {
    return expose(this.world, 'Sheet', s);
  }
  getId(): string {
    return 'fake-spreadsheet';
  }
  getNumSheets(): number {
    return this.world.sheets.length;
  }
  getSheets(): GoogleAppsScript.Spreadsheet.Sheet[] {
    return this.world.sheets.map((s) => this.sheet(s));
  }
  getSheetByName(name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
    const found = this.world.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    return found ? this.sheet(found) : null;
  }
  insertSheet(name: string, index?: number): GoogleAppsScript.Spreadsheet.Sheet {
    this.world.assertWritable();
    if (this.world.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
    const created = new FakeSheet(this.world, name, this.world.newSheetId());
    this.world.assertCellsWithin(created.maxRows * created.maxColumns);
    this.world.sheets.splice(index ?? this.world.sheets.length, 0, created);
    return this.sheet(created);
  }
  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    this.world.assertWritable();
    const id = sheet.getSheetId();
    const i = this.world.sheets.findIndex((s) => s.getSheetId() === id);
    if (i < 0) throw new Error('Exception: Sheet not found');
    if (this.world.sheets.length === 1)
      throw new Error('Exception: You can\u2019t remove all the sheets in a document.');
    this.world.sheets.splice(i, 1);
  }
  getSpreadsheetTimeZone(): string {
    return this.world.timeZone;
  }
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    this.world.activeRange = { sheet: range.getSheet().getName(), a1: range.getA1Notation() };
    return range;
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    return sheet;
  }
}

/* ------------------------------------------------------------------ the services, as globals */

export interface FakeServices {
  readonly world: FakeWorld;
  /** The globals Apps Script provides, typed as the real services. */
  readonly globals: {
    readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
    readonly LockService: GoogleAppsScript.Lock.LockService;
    readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
    readonly Session: GoogleAppsScript.Base.Session;
    readonly Utilities: GoogleAppsScript.Utilities.Utilities;
  };
}

/**
 * A copy of `world` that shares nothing with it: its tabs, cells, settings and call log as they are,
 * a test's failures too. Quicker than typing a book in and running actions again for each case.
 */
export function copyWorld(world: FakeWorld): FakeWorld {
  return deepCopy(world, new Map());
}

function deepCopy<T>(value: T, copies: Map<object, unknown>): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    // A sparse row stays sparse: a hole is skipped, not copied as undefined. (Plain loops: the
    // all-or-nothing test copies the demo book once per failing step.)
    const copy: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) if (i in value) copy[i] = deepCopy(value[i] as unknown, copies);
    return copy as T;
  }
  // A plane's codes.
  if (ArrayBuffer.isView(value)) return (value as unknown as Codes).slice() as T;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype) {
    // A cell, a menu entry: plain data, each held in one place.
    const copy: Record<string, unknown> = {};
    const data = value as Record<string, unknown>;
    for (const k of Object.keys(data)) copy[k] = deepCopy(data[k], copies);
    return copy as T;
  }
  // The world, its tabs and protections point at each other: one copy of each.
  const known = copies.get(value);
  if (known) return known as T;
  // The proxies handed out for the original's objects: the copy hands out its own.
  if (value instanceof WeakMap) return new WeakMap() as T;
  if (isDate(value)) return new Date(value.getTime()) as T;
  if (value instanceof Map) {
    const map = new Map();
    copies.set(value, map);
    for (const [k, v] of value) map.set(deepCopy(k, copies), deepCopy(v, copies));
    return map as T;
  }
  const copy = Object.create(proto as object) as Record<PropertyKey, unknown>;
  copies.set(value, copy);
  for (const key of Reflect.ownKeys(value))
    copy[key] = deepCopy((value as Record<PropertyKey, unknown>)[key], copies);
  return copy as T;
}

/** What Apps Script's property store holds at most: 500 KB, keys and values counted. */
export const PROPERTY_STORE_BYTES = 500 * 1024;

/** The services over a new world, or over `world` (a `copyWorld`). */
export function fakeServices(options: FakeOptions = {}, world = new FakeWorld(options)): FakeServices {
  const spreadsheet = new FakeSpreadsheet(world);

  const menu = (entry: { items: { label: string; fn: string }[]; shown: boolean }) => {
    const raw = {
      addItem(label: string, fn: string) {
        entry.items.push({ label, fn });
        return expose(world, 'Menu', raw);
      },
      addSeparator() {
        entry.items.push({ label: '---', fn: '' });
        return expose(world, 'Menu', raw);
      },
      addToUi() {
        entry.shown = true;
      },
    };
    return raw;
  };
  const ui = {
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' },
    Button: { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' },
    createAddonMenu() {
      const entry = { items: [] as { label: string; fn: string }[], shown: false };
      world.menus.push(entry);
      return expose(world, 'Menu', menu(entry));
    },
    alert(a: string, b?: unknown, _c?: unknown) {
      world.alerts.push(typeof b === 'string' ? `${a}\n${b}` : a);
      return 'OK';
    },
    showSidebar(output: { getTitle(): string; getContent(): string }) {
      world.sidebars.push({ title: output.getTitle(), content: output.getContent() });
    },
  };
  const htmlOutput = (content: string) => {
    let title = '';
    const raw = {
      setTitle(t: string) {
        title = t;
        return expose(world, 'HtmlOutput', raw);
      },
      getTitle: () => title,
      getContent: () => content,
    };
    return expose(world, 'HtmlOutput', raw);
  };
  const lock = {
    waitLock(timeoutMs: number) {
      world.lockWaits.push(timeoutMs);
      if (world.lockHeldElsewhere) {
        throw new Error('Lock timeout: another process was holding the lock for too long.');
      }
      world.lockHeld = true;
    },
    tryLock(timeoutMs: number) {
      world.lockWaits.push(timeoutMs);
      if (world.lockHeldElsewhere) return false;
      world.lockHeld = true;
      return true;
    },
    hasLock: () => world.lockHeld,
    releaseLock() {
      world.lockHeld = false;
    },
  };
  // Apps Script refuses a value over 9 KB, and a write that would make the store hold over 500 KB
  // (keys and values counted; such a write changes nothing here). One store for the user's, one for
  // the document's properties.
  const propertyStore = (store: Map<string, string>) => {
    const keep = (values: Record<string, string>) => {
      for (const value of Object.values(values))
        if (Buffer.byteLength(String(value)) > 9 * 1024)
          throw new Error('Exception: Argument too large: value');
      const after = new Map(store);
      for (const [key, value] of Object.entries(values)) after.set(key, String(value));
      let bytes = 0;
      for (const [key, value] of after) bytes += Buffer.byteLength(key) + Buffer.byteLength(value);
      if (bytes > PROPERTY_STORE_BYTES)
        throw new Error(
          'Exception: You have exceeded the property storage quota. Please remove some properties and try again.',
        );
      for (const [key, value] of after) store.set(key, value);
    };
    const properties = {
      getProperty: (key: string) => store.get(key) ?? null,
      getProperties: () => Object.fromEntries(store),
      setProperty(key: string, value: string) {
        keep({ [key]: value });
        return expose(world, 'Properties', properties);
      },
      setProperties(values: Record<string, string>, deleteAllOthers = false) {
        if (deleteAllOthers) {
          const before = new Map(store);
          store.clear();
          try {
            keep(values);
          } catch (error) {
            for (const [key, value] of before) store.set(key, value);
            throw error;
          }
        } else keep(values);
        return expose(world, 'Properties', properties);
      },
      deleteProperty(key: string) {
        store.delete(key);
        return expose(world, 'Properties', properties);
      },
    };
    return properties;
  };
  const userProperties = propertyStore(world.userProperties);
  const documentProperties = propertyStore(world.documentProperties);
  const user = { getEmail: () => world.userEmail };

  const spreadsheetApp = {
    ProtectionType: { SHEET: 'SHEET', RANGE: 'RANGE' },
    WrapStrategy: { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' },
    DataValidationCriteria: {
      VALUE_IN_LIST: 'VALUE_IN_LIST',
      VALUE_IN_RANGE: 'VALUE_IN_RANGE',
      NUMBER_BETWEEN: 'NUMBER_BETWEEN',
      CUSTOM_FORMULA: 'CUSTOM_FORMULA',
    },
    getActiveSpreadsheet: () => expose(world, 'Spreadsheet', spreadsheet),
    getActive: () => expose(world, 'Spreadsheet', spreadsheet),
    getUi: () => expose(world, 'Ui', ui),
    newDataValidation: () => expose(world, 'DataValidationBuilder', new FakeDataValidationBuilder(world)),
    newRichTextValue: () => expose(world, 'RichTextValueBuilder', new FakeRichTextBuilder(world)),
    flush() {},
  };
  const htmlService = {
    createHtmlOutputFromFile(name: string) {
      const content = world.htmlFiles[name.replace(/\.html$/, '')];
      if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
      return htmlOutput(content);
    },
  };

  return {
    world,
    globals: {
      SpreadsheetApp: expose(world, 'SpreadsheetApp', spreadsheetApp),
      HtmlService: expose(world, 'HtmlService', htmlService),
      LockService: expose(world, 'LockService', { getDocumentLock: () => expose(world, 'Lock', lock) }),
      PropertiesService: expose(world, 'PropertiesService', {
        getUserProperties: () => expose(world, 'Properties', userProperties),
        getDocumentProperties: () => expose(world, 'Properties', documentProperties),
      }),
      Session: expose(world, 'Session', {
        getActiveUser: () => expose(world, 'User', user),
        getEffectiveUser: () => expose(world, 'User', user),
      }),
      Utilities: expose(world, 'Utilities', {
        formatDate: (date: Date, tz: string, pattern: string) => formatDate(date, tz, pattern),
      }),
    },
  };
}
