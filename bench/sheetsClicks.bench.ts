// Sidebar clicks in Apps Script at district scale: dist/Code.js in node:vm over the counting fake
// SpreadsheetApp, on the district book (×1: 5,000 members, 5,000 loans, 100,000 Kas rows). For each
// action: CPU time in node, the reply's size, and the service calls, with 5 and with 60 tabs.
// BENCH_RUNS (3) runs of each action give the median CPU; "add-on ms" leaves out what the fake spent inside
// service calls (CallLog.timeFake), the work Google's servers do in Apps Script.
// Targets (issue 14): under 1.5 s CPU and 50 KB a reply; calls the same whatever the number of tabs.
// BENCH_DUTIES=1 measures the district book with its four duty tabs too (Perubahan Pinjaman, Daftar
// Hadir, RUK, Saprodi: src/core/demo/districtBook.ts), as a district office's combined book has them.
// Without them, the district book lacks four input tabs, so the first click that reads it asks each tab's name once
// (a missing tab may be there spelt otherwise): 1 + N calls more with N tabs. It keeps the names that
// stand for input tabs in the document's properties, and the clicks after it look those up instead:
// two calls more, whatever N (docs/book.md §1). A whole book asks none.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { fixRequest } from '../src/core/api/shownFix';
import type { ApiResponse, Overview, ProblemPage } from '../src/core/api/types';
import { isDateCell, type Cell, type Grid } from '../src/core/cell';
import { districtBook } from '../src/core/demo/districtBook';
import { reviewBook } from '../src/core/reviewBook';
import { fakeServices, formatDate, type FakeWorld } from '../test/gas/fakeSpreadsheetApp';

const TIME_ZONE = 'Asia/Jakarta';
const scales = (process.env.BENCH_SCALES ?? '1').split(',').map(Number);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? '3'));
const duties = process.env.BENCH_DUTIES === '1';

interface Loaded {
  readonly world: FakeWorld;
  readonly gas: Record<string, (...args: unknown[]) => unknown>;
  readonly today: string;
  /**
   * The book's cells as the core reads them, made again when asked: kept beside the fake's own for
   * the whole run, they were a fifth of the live heap every full collection of a click went over,
   * which Apps Script never holds.
   */
  readonly tabs: () => readonly { readonly name: string; readonly grid: Grid }[];
}

function load(scale: number, extraTabs: number): Loaded {
  const fake = fakeServices({ timeZone: TIME_ZONE });
  const today = formatDate(new Date(), TIME_ZONE, 'yyyy-MM-dd');
  const book = districtBook(today, scale, { duties });
  const typed = (c: Cell) => (isDateCell(c) ? fake.world.typedDate(c.date) : c === null ? '' : c);
  for (const tab of book.tabs) {
    const sheet = fake.world.addSheet(tab.name);
    // As the values of cells already typed (text stays text): straight into the fake's state.
    tab.grid.forEach((row, r) =>
      row.forEach((c, k) => {
        const v = typed(c);
        if (v !== '') sheet.put(r + 1, k + 1, { value: v instanceof Date ? { time: v.getTime() } : v });
      }),
    );
  }
  // A year of weekly journals and other tabs of the user's own.
  for (let i = 0; i < extraTabs; i += 1) fake.world.addSheet(`Catatan ${i + 1}`, [['catatan']]);
  const context = vm.createContext({
    ...fake.globals,
    console: { error: (e: unknown) => console.error(e), log: () => undefined, warn: () => undefined },
  });
  vm.runInContext(
    readFileSync(process.env.BENCH_CODE ?? join(process.cwd(), 'dist', 'Code.js'), 'utf8'),
    context,
    {
      filename: 'Code.js',
    },
  );
  return {
    world: fake.world,
    gas: context as Loaded['gas'],
    today,
    tabs: () => districtBook(today, scale, { duties }).tabs,
  };
}

interface Measure {
  readonly cpuMs: number;
  /** Of cpuMs, what the fake spent inside service calls: Google's servers' work in Apps Script. */
  readonly fakeMs: number;
  readonly kb: number;
  readonly calls: number;
  readonly reads: number;
  readonly ok: boolean;
}

function measure(book: Loaded, name: string, ...args: unknown[]): Measure & { reply: unknown } {
  book.world.log.reset();
  book.world.log.timeFake = true;
  const cpu = process.cpuUsage();
  const reply = book.gas[name]!(...args);
  const used = process.cpuUsage(cpu);
  return {
    reply,
    cpuMs: (used.user + used.system) / 1000,
    fakeMs: book.world.log.fakeCpuMicros / 1000,
    kb: Buffer.byteLength(JSON.stringify(reply)) / 1024,
    // Builders (newRichTextValue, newDataValidation) are objects of the script, not round trips.
    calls: book.world.log.calls.filter((c) => !c.includes('Builder.') && !c.startsWith('SpreadsheetApp.new'))
      .length,
    reads: book.world.log.count('Range.getValues'),
    ok: (reply as ApiResponse<unknown>).ok,
  };
}

function actions(book: Loaded): [string, () => Measure][] {
  let view: Overview | undefined;
  // The book as if just edited: the views kept by the click before (user properties) are dropped.
  const edited = () => {
    for (const key of [...book.world.userProperties.keys()])
      if (key.startsWith('bukuKelompok.overview')) book.world.userProperties.delete(key);
  };
  return [
    [
      'getOverview',
      () => {
        edited();
        const m = measure(book, 'getOverview');
        view = (m.reply as ApiResponse<Overview>).ok ? (m.reply as { data: Overview }).data : undefined;
        return m;
      },
    ],
    // Again on the same book (the sidebar opened again): the book is read, the kept view answers.
    ['getOverview (kept)', () => measure(book, 'getOverview')],
    ['getMembers(asep)', () => measure(book, 'getMembers', 0, 'asep')],
    ['getProblems(40)', () => (edited(), measure(book, 'getProblems', 40))],
    // The next page, kept by the click before: the book is read, not checked.
    ['getProblems(80) (kept)', () => measure(book, 'getProblems', 80)],
    ['getLoansAtRisk(20)', () => (edited(), measure(book, 'getLoansAtRisk', 20))],
    ['getLoansAtRisk(40) (kept)', () => measure(book, 'getLoansAtRisk', 40)],
    // This week's messages cost the week's journal: computed on the first ask after an edit, and the
    // page with the next three kept for the clicks after it.
    ['getMessages(0)', () => (edited(), measure(book, 'getMessages', 0))],
    ['getMessages(20) (kept)', () => measure(book, 'getMessages', 20)],
    ['setLanguage', () => measure(book, 'setLanguage', 'id')],
    ['goToCell', () => measure(book, 'goToCell', 'Kas', 2, 1)],
    [
      'applyFix',
      () => {
        // The first fixable problem (not measured): where it stands is found by the core in node, on
        // the same cells, and its page asked for once; paging to it took minutes on a loaded machine.
        let p = view?.problems.items.find((x) => x.fix);
        if (!p) {
          const grids = new Map(book.tabs().map((t) => [t.name, t.grid]));
          const found = reviewBook(
            { tabNames: () => [...grids.keys()], readTab: (n) => grids.get(n)! },
            book.today,
          ).problems.findIndex((x) => x.fix);
          const page = book.gas.getProblems!(Math.max(found, 0)) as ApiResponse<ProblemPage>;
          p = page.ok ? page.data.items.find((x) => x.fix) : undefined;
        }
        return measure(book, 'applyFix', p ? fixRequest(p) : null);
      },
    ],
    ['runChecks', () => measure(book, 'runChecks')],
    ['computeBalances', () => measure(book, 'computeBalances')],
    ['generateJournal', () => measure(book, 'generateJournal', view?.weeks[1]?.value ?? '')],
    // The RUK of the year and the Saprodi tab of the latest season (the duty tabs of BENCH_DUTIES=1).
    ['generatePlan', () => measure(book, 'generatePlan')],
    ['generateSaprodi', () => measure(book, 'generateSaprodi')],
    // Tabs of one member's card, of every active member's (5,000 at ×1) and the share-out of the year.
    ['generateMemberCard', () => measure(book, 'generateMemberCard', 'A000001')],
    ['generateAllMemberCards', () => measure(book, 'generateAllMemberCards')],
    ['computeShu', () => measure(book, 'computeShu', Number(book.today.slice(0, 4)))],
    // The district book lacks four input tabs: the first run makes them, the next finds the book whole.
    ['setupBook', () => measure(book, 'setupBook')],
    ['setupBook (again)', () => measure(book, 'setupBook')],
  ];
}

/** The middle value of a run's figures (the upper middle of an even count). */
function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function main(): void {
  for (const scale of scales) {
    const rows: Record<string, Record<string, string>> = {};
    // BENCH_TABS=5 skips the run with 60 tabs; BENCH_ACTIONS=getOverview,applyFix measures only those.
    for (const extra of process.env.BENCH_TABS === '5' ? [0] : [0, 55]) {
      const t = performance.now();
      const book = load(scale, extra);
      const tabs = book.world.sheets.length;
      console.log(
        `×${scale}, ${tabs} tabs: book typed into the fake in ${((performance.now() - t) / 1000).toFixed(1)} s`,
      );
      const only = process.env.BENCH_ACTIONS?.split(',');
      for (const [name, act] of actions(book).filter(
        ([n]) => !only || only.includes(n) || n === 'getOverview',
      )) {
        // BENCH_RUNS times on the run with 5 tabs (the median is shown), twice with 60 (the first
        // click writes its tab, the next replaces it: calls compared like with like); applyFix and
        // setupBook once, since the fix it applies and the tabs it makes are then there.
        const once = name === 'applyFix' || name === 'setupBook';
        const times = once ? 1 : extra === 0 ? runs : Math.min(runs, 2);
        const all = Array.from({ length: times }, () => act());
        const m = all[all.length - 1]!;
        // The first click's calls and, where a click again makes other calls (a generated tab
        // replaced rather than made), the last one's: `122 / 129`.
        const calls = all[0]!.calls === m.calls ? String(m.calls) : `${all[0]!.calls} / ${m.calls}`;
        // In the order run (the first click of a run pays for compiling what it runs), and sorted.
        const inOrder = all.map((x) => x.cpuMs);
        const median = medianOf(inOrder);
        // The add-on's own CPU: the click's, less what the fake spent inside service calls.
        const own = all.map((x) => x.cpuMs - x.fakeMs);
        // Each action as it is measured: a loaded machine can take minutes over the whole list.
        console.log(
          `  ${name}: ${inOrder.map((c) => c.toFixed(0)).join(', ')} ms CPU in the order run (median ${median.toFixed(0)}), of which the add-on's own ${own.map((c) => c.toFixed(0)).join(', ')}, ${m.kb.toFixed(1)} KB, ${m.calls} calls`,
        );
        if (extra === 0)
          rows[name] = {
            'CPU ms': median.toFixed(0),
            'add-on ms': medianOf(own).toFixed(0),
            runs: String(times),
            'reply KB': m.kb.toFixed(1),
            'calls (5 tabs)': calls,
            getValues: String(m.reads),
            ok: String(m.ok),
          };
        else rows[name]!['calls (60 tabs)'] = calls;
      }
    }
    console.log(
      `Sheets clicks at ×${scale}${duties ? ' with the duty tabs' : ''} (dist/Code.js on the counting fake; CPU: median of ${runs} runs, load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}):`,
    );
    console.table(rows);
  }
}

main();
