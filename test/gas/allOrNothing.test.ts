// All or nothing, through dist/Code.js on the fake: every write step of an action made to fail in
// turn leaves the book as it was (same tabs in the same places, same cells, marker and protection)
// and nothing temporary; setupBook removes what it created; a user's merge across the frozen header
// of Pemeriksaan does not break later checks; goToCell beyond the sheet is refused plainly.
import type { ActionResult, ApiResponse } from '../../src/core/api/types';
import { inputTabs } from '../../src/core/book/schema';
import { GENERATED_MARKER } from '../../src/core/generatedMarker';
import { journalWeekOf } from '../../src/core/week/journalWeek';
import type { FakeWorld } from './fakeSpreadsheetApp';
import { copiesInOneLoad, copyBook, fillDemo, gasBook, run, type GasBook } from './gasBook';

type Action = ApiResponse<ActionResult>;

/** Everything a person could see of the book: tabs in order, cells, merges, frozen rows, marker, protection. */
function state(world: FakeWorld): unknown {
  return world.sheets.map((s) => ({
    name: s.name,
    id: s.getSheetId(),
    values: s.values(),
    frozen: s.frozenRows,
    metadata: s.metadata.map((m) => m.key),
    protections: s.protections.map((p) => [p.type, p.warningOnly, p.description]),
  }));
}

/**
 * The state without sheet ids and generation times (`Dibuat 1 Desember 2026 00:44`, or in ISO form):
 * what two complete runs share, however many minutes apart they ran.
 */
function shown(world: FakeWorld): string {
  return JSON.stringify(state(world), (k, v: unknown) => (k === 'id' ? undefined : v)).replace(
    /(\d{4}-\d{2}-\d{2}|\d{1,2} \p{L}+ \d{4}),? \d{2}[:.]\d{2}/gu,
    'T',
  );
}

const writes = /\.(set|insert|delete|clear|protect|add|merge|break)/;

/**
 * The write calls an action makes, each as `name#n` (its n-th call), to fail one at a time: the
 * first call of each kind (insert, setValues, each format call, protect, metadata), and every
 * call that moves tabs (insert, rename, delete), where a later call differs from the first.
 */
function writeSteps(make: () => GasBook, act: (b: GasBook) => unknown): string[] {
  const book = make();
  book.world.log.reset();
  act(book);
  const seen = new Map<string, number>();
  return book.world.log.calls
    .filter((c) => writes.test(c) && !c.startsWith('Properties.') && !c.includes('Builder.'))
    .flatMap((c) => {
      const n = (seen.get(c) ?? 0) + 1;
      seen.set(c, n);
      return n === 1 || /insertSheet|setName|deleteSheet/.test(c) ? [`${c}#${n}`] : [];
    });
}

/**
 * The demo book typed in (and its tabs generated once, when `generated`): a fresh copy per call, with
 * dist/Code.js loaded afresh, or by `copy` (`copiesInOneLoad`, for the failing steps).
 */
function demo(generated: boolean): (copy?: (book: GasBook) => GasBook) => GasBook {
  let made: GasBook | undefined;
  return (copy = copyBook) => {
    if (!made) {
      made = gasBook();
      fillDemo(made);
      if (generated) {
        run(made, 'runChecks');
        run(made, 'computeBalances');
        run(made, 'generateJournal', journalWeekOf(made.today, 1).value);
      }
    }
    return copy(made);
  };
}

const actions: [string, (b: GasBook) => Action][] = [
  ['runChecks', (b) => run<Action>(b, 'runChecks')],
  ['computeBalances', (b) => run<Action>(b, 'computeBalances')],
  ['generateJournal', (b) => run<Action>(b, 'generateJournal', journalWeekOf(b.today, 1).value)],
];

describe.each([
  ['over the tabs of an earlier run', true],
  ['on a book without generated tabs', false],
])('every write step failing in turn, %s', (_label, generated) => {
  const make = demo(generated);
  for (const [name, act] of actions) {
    it(`${name}: the book stays as it was, nothing temporary is left`, () => {
      const inOneLoad = copiesInOneLoad();
      const steps = writeSteps(make, act);
      expect(steps.length).toBeGreaterThan(10);
      for (const kind of [
        'insertSheet',
        'setValues',
        'setNumberFormats',
        'protect',
        'addDeveloperMetadata',
        'setName',
      ])
        expect(steps.some((s) => s.includes(kind))).toBe(true);
      const done = make();
      act(done);
      const written = shown(done.world);
      // The generation time is masked, or a run a minute later would not be "the same state".
      expect(written).toMatch(/Dibuat( |",")T"/);
      const left: string[] = [];
      // Every copy starts from the same state.
      const before = JSON.stringify(state(make().world));
      for (const step of steps) {
        const [call, nth] = step.split('#') as [string, string];
        const book = make(inOneLoad);
        book.world.failOn(
          call,
          Number(nth),
          'Exception: Service Spreadsheets failed while accessing document',
        );
        const res = act(book);
        if (res.ok) {
          // Past the point of no return (an old tab deleted), a refused deletion is tried again: the
          // action then completes, exactly as without the failure.
          if (!call.endsWith('deleteSheet')) left.push(`${step}: answered ok`);
          if (shown(book.world) !== written) left.push(`${step}: not the complete new state`);
        } else {
          if (res.error.code !== 'internal') left.push(`${step}: ${res.error.code}`);
          if (JSON.stringify(state(book.world)) !== before) left.push(`${step}: book changed`);
        }
      }
      expect(left).toEqual([]);
    });
  }

  it('a protected range refusing the write is said as permission.denied, with the book unchanged', () => {
    const book = make();
    const before = state(book.world);
    book.world.failOn('Range.setValues', 1);
    const res = run<Action>(book, 'runChecks');
    expect(res.ok ? 'ok' : res.error.code).toBe('permission.denied');
    expect(state(book.world)).toEqual(before);
  });
});

describe('a generated tab takes the old one’s place', () => {
  it('stays at its position among the tabs, with one marker and one protection', () => {
    const book = demo(true)();
    const sheets = book.world.sheets;
    // The user moves Pemeriksaan to the front.
    const checks = sheets.splice(
      sheets.findIndex((s) => s.name === 'Pemeriksaan'),
      1,
    )[0]!;
    sheets.unshift(checks);
    const order = sheets.map((s) => s.name);
    const res = run<Action>(book, 'runChecks');
    expect(res.ok).toBe(true);
    expect(book.world.sheets.map((s) => s.name)).toEqual(order);
    const again = book.world.sheet('Pemeriksaan')!;
    expect(again.metadata).toHaveLength(1);
    expect(again.protections.map((p) => [p.type, p.warningOnly])).toEqual([['SHEET', true]]);
  });

  it('after a run cut off between its renames, takes the place of the old tab it had set aside (found by an audit)', () => {
    const book = demo(true)();
    const sheets = book.world.sheets;
    sheets.unshift(
      sheets.splice(
        sheets.findIndex((s) => s.name === 'Pemeriksaan'),
        1,
      )[0]!,
    );
    const order = sheets.map((s) => s.name);
    // What the cut-off run left: the old tab set aside, the new one still under its staging name.
    book.world.sheet('Pemeriksaan')!.name = '~Pemeriksaan ~lama';
    book.world.addSheet('~Pemeriksaan ~baru', [['x']]).metadata.push({ key: GENERATED_MARKER, value: 'v1' });
    expect(run<Action>(book, 'runChecks').ok).toBe(true);
    expect(book.world.sheets.map((s) => s.name)).toEqual(order);
  });

  it('a user merge across the frozen header of Pemeriksaan (A9:A10) does not break later checks', () => {
    const book = demo(true)();
    const sheet = book.world.sheet('Pemeriksaan')!;
    const header = sheet.frozenRows;
    expect(header).toBe(9);
    sheet.put(header, 1, { merge: 'A9:A10' });
    sheet.put(header + 1, 1, { merge: 'A9:A10' });
    const res = run<Action>(book, 'runChecks');
    expect(res.ok ? 'ok' : res.error.code).toBe('ok');
    expect(book.world.sheet('Pemeriksaan')!.cell(9, 1)?.merge).toBeUndefined();
    expect(run<Action>(book, 'runChecks').ok).toBe(true);
  });
});

describe('Siapkan Buku, all or nothing', () => {
  it('removes the tabs it created when a step fails half-way, so the next run creates them all', () => {
    const calls = writeSteps(
      () => {
        const b = gasBook();
        b.world.addSheet('Sheet1');
        return b;
      },
      (b) => run(b, 'setupBook'),
    );
    expect(calls.length).toBeGreaterThan(10);
    const left: string[] = [];
    for (const step of calls) {
      const [call, nth] = step.split('#') as [string, string];
      const book = gasBook();
      book.world.addSheet('Sheet1');
      book.world.failOn(call, Number(nth));
      const res = run<Action>(book, 'setupBook');
      if (res.ok) left.push(`${step}: answered ok`);
      const names = book.world.sheets.map((s) => s.name);
      if (names.join() !== 'Sheet1') left.push(`${step}: left ${names.join(', ')}`);
    }
    expect(left).toEqual([]);
    const book = gasBook();
    book.world.addSheet('Sheet1');
    book.world.failOn('Sheet.setColumnWidth', 20);
    expect(run<Action>(book, 'setupBook').ok).toBe(false);
    const again = run<Action>(book, 'setupBook');
    expect(again.ok && again.data.tabs).toEqual(inputTabs.map((t) => t.name));
  });
});

describe('goToCell on a stale problem list', () => {
  it('a row or column beyond the sheet is a clear refusal, not internal', () => {
    const book = gasBook();
    fillDemo(book);
    const kas = book.world.sheet('Kas')!;
    const res = run<ApiResponse<null>>(book, 'goToCell', 'Kas', kas.maxRows + 5, 2);
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'cell.outside',
        message: {
          id: `Sel B${kas.maxRows + 5} sudah tidak ada di tab "Kas" (mungkin baris atau kolomnya dihapus). Periksa lagi untuk memperbarui daftar masalah.`,
          en: `The cell B${kas.maxRows + 5} is no longer in the tab "Kas" (perhaps its row or column was deleted). Check again to refresh the list of problems.`,
        },
      },
    });
    expect(run<ApiResponse<null>>(book, 'goToCell', 'Kas', 2, kas.maxColumns + 1)).toMatchObject({
      ok: false,
      error: { code: 'cell.outside' },
    });
    // Row or column 0 is no cell at all: refused, never A1 selected in its place.
    for (const [row, col] of [
      [0, 0],
      [0, 2],
      [3, 0],
      [-1, 2],
    ])
      expect(run<ApiResponse<null>>(book, 'goToCell', 'Kas', row, col)).toEqual({
        ok: false,
        error: {
          code: 'cell.invalid',
          message: { id: 'Sel yang diminta tidak ada.', en: 'The requested cell does not exist.' },
        },
      });
    expect(book.world.activeRange).toBeNull();
  });
});

describe('AuthMode.NONE', () => {
  it('onOpen builds the menu; a data call says the add-on is not yet allowed, not internal nor "ask the owner"', () => {
    const book = gasBook();
    fillDemo(book);
    book.world.authMode = 'NONE';
    book.gas.onOpen!({ authMode: 'NONE' });
    expect(book.world.menus[0]!.shown).toBe(true);
    const res = run<ApiResponse<unknown>>(book, 'getOverview');
    expect(res.ok ? 'ok' : res.error.code).toBe('auth.required');
    // A menu action says it in its alert.
    book.gas.menuRunChecks!();
    expect(book.world.alerts.at(-1)).toMatch(/^Add-on ini belum diizinkan memakai spreadsheet ini\./);
  });
});
