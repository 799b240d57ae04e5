// The sidebar's API over any Host: the one composition of checks, credit, savings and journal that
// Apps Script and the local preview both serve. Every function answers an ApiResponse, never throws.
import { reviewBook, type ReviewedBook } from '../reviewBook';
import { setupBook } from '../book/setupBook';
import { missingInputTabs } from '../book/setupBook';
import { missingFor, unreadFor, unreadInputTabs, type Report } from '../book/reportNeeds';
import { upgradeBook } from '../book/upgradeBook';
import { readMembers } from '../book/readMembers';
import { findTab, inputTabNames, tabCandidates } from '../book/findTab';
import { gridCell } from '../book/gridCell';
import { inputTabs, membersTab, saprodiTab, type TabSpec } from '../book/schema';
import type { Cell, Grid, IsoDate } from '../cell';
import { creditReport } from '../credit/creditReport';
import { checksSheet, problemSummary } from '../generatedTabs/checksSheet';
import { journalSheet } from '../generatedTabs/journalSheet';
import { loanBalancesSheet } from '../generatedTabs/loanBalancesSheet';
import { savingsSheet } from '../generatedTabs/savingsSheet';
import { planSheet } from '../generatedTabs/planSheet';
import { saprodiSheet } from '../generatedTabs/saprodiSheet';
import { planReport } from '../plan/planReport';
import { chooseSeason, saprodiReport } from '../saprodi/saprodiReport';
import { isIsoDate } from '../isoDate';
import { rupiahText } from '../money';
import type { Member } from '../book/types';
import { weeklyJournal } from '../journal/weeklyJournal';
import { memberCardSheet } from '../generatedTabs/memberCardSheet';
import { shuSheet } from '../generatedTabs/shuSheet';
import { activeMembersOn, eachMemberCard, findMember } from '../memberCard/memberCard';
import { shareOut } from '../shu/shareOut';
import { formatShortDate, toYmd } from '../isoDate';
import { memberSavings } from '../savings/memberSavings';
import type { SheetGrid } from '../sheetGrid';
import { columnLetters } from '../spreadsheetSettings';
import { counted, text as t, type Lang, type Bilingual } from '../text';
import { journalWeekOf, parseJournalWeek, shiftWeek } from '../week/journalWeek';
import type { Host, MergedBlock, Workbook } from '../workbook';
import { HostError } from '../workbook';
import { apiError } from './errorMessages';
import { fixRequestSchema } from './fixRequestSchema';
import {
  loansAtRiskPage,
  memberPage,
  messagePage,
  messagePageOf,
  overview,
  problemPage,
  weekMessages,
  type BookState,
} from './overview';
import { fingerprint, KEPT_MESSAGE_PAGES, keepViews, keptViews, type KeptViews } from './keptViews';
import { LOANS_PER_PAGE, MESSAGES_PER_PAGE, PROBLEMS_PER_PAGE } from './pages';
import { setupMessage } from './setupMessage';
import { rowKeyHolds, sameCell } from './shownFix';
import type { ActionResult, ApiError, ApiResponse, FixRequest, Page, SidebarApi } from './types';

/** The long lists of the kept views, by their key there. */
type List = 'problems' | 'loans' | 'messages';

/** The user preference that holds the sidebar's language. */
export const LANG_PREF = 'lang';

/** A refusal with its own message (e.g. a week that does not exist), passed to the user as is. */
class Refusal extends Error {
  constructor(readonly error: ApiError) {
    super(error.code);
  }
}

/**
 * An argument as a refusal quotes it: text or a number as given; anything else (missing, null, an
 * object a caller passed by mistake) is not quoted at all rather than as `undefined` or `[object Object]`.
 */
function shownArg(value: unknown): string {
  return typeof value === 'string'
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : '';
}

/** A year as a caller may pass it: the number, or its four digits as text (`"2026"`). */
function yearArg(value: unknown): number {
  return typeof value === 'string' && /^\d{4}$/.test(value.trim()) ? Number(value) : (value as number);
}

function refuse(code: string, params: Readonly<Record<string, string>> = {}): never {
  throw new Refusal(apiError(code, params));
}

/** Runs one API function: a HostError or refusal becomes its message, anything else `internal`. */
function responder(report: (error: unknown) => void) {
  return <T>(fn: () => T): ApiResponse<T> => {
    try {
      return { ok: true, data: fn() };
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, error: error.error };
      if (error instanceof HostError) return { ok: false, error: apiError(error.code, error.params) };
      // The user gets a plain message; the details go to the adapter's log, never to the screen.
      report(error);
      return { ok: false, error: apiError('internal') };
    }
  };
}

/** The book's tabs as one action sees them: each read at most once, however often readers ask. */
interface OnceSource {
  tabNames(): string[];
  readTab(name: string): Grid;
  uncomputedFormulas(name: string): readonly { readonly row: number; readonly col: number }[];
  /** The check's question: the tab is then one whose merged blocks the reading covers. */
  mergedBlocks(name: string): readonly MergedBlock[];
  /** The tabs the check asked the merged blocks of, by name. */
  mergedAsked(): string[];
  /**
   * The fingerprint of a reading of the book (`keptViews.fingerprint`, once each): today, the names
   * that stand for input tabs, the cells of `tabs` and the merged blocks of `merged`.
   */
  readingOf(today: IsoDate, tabs: readonly string[], merged: readonly string[]): string;
  /** A tab's cells if this action has read them, without reading. */
  readAlready(name: string): Grid | undefined;
  /** The tabs read so far, in the order read. */
  tabsRead(): string[];
  /** What a tab holds after this action wrote one of its cells, without reading it again. */
  patch(tab: string, row: number, col: number, value: Cell): void;
}

/**
 * `among`: the input tabs this action needs (every one unless told), for `Workbook.tabNames`;
 * `known`: tabs this action has read already and not changed since; `fresh`: the tabs listed
 * again, not taken from an earlier click (an action that makes tabs).
 */
function onceSource(
  workbook: Workbook,
  {
    among,
    known,
    fresh,
  }: {
    readonly among?: readonly TabSpec[];
    readonly known?: ReadonlyMap<string, Grid>;
    readonly fresh?: boolean;
  } = {},
): OnceSource {
  let names: string[] | undefined;
  const tabNames = () => (names ??= workbook.tabNames(among, { fresh }));
  const grids = new Map<string, Grid>(known);
  const readTab = (name: string): Grid => {
    let grid = grids.get(name);
    if (!grid) {
      grid = workbook.readTab(name);
      grids.set(name, grid);
    }
    return grid;
  };
  // Each tab's merged blocks asked once: the fingerprint of the kept views and the check share them.
  const blocks = new Map<string, readonly MergedBlock[]>();
  const blocksOf = (name: string) => {
    let found = blocks.get(name);
    if (!found) blocks.set(name, (found = workbook.mergedBlocks?.(name) ?? []));
    return found;
  };
  const asked = new Set<string>();
  const prints = new Map<string, string>();
  return {
    tabNames,
    readTab,
    uncomputedFormulas: (name) => workbook.uncomputedFormulas?.(name) ?? [],
    mergedBlocks: (name) => (asked.add(name), blocksOf(name)),
    mergedAsked: () => [...asked].sort(),
    readingOf(today, tabs, merged) {
      const key = JSON.stringify([today, tabs, merged]);
      let p = prints.get(key);
      if (p === undefined) {
        // Only the names that stand for input tabs: a journal written, or names an earlier click
        // listed (docs/book.md §1), leave what the views were computed from as it was.
        p = fingerprint(
          [today, ...inputTabNames(tabNames()), '', ...tabs, '', ...merged],
          [
            ...tabs.map(readTab),
            ...merged.map((t) => blocksOf(t).map((b) => [b.row, b.col, b.rows, b.cols])),
          ],
        );
        prints.set(key, p);
      }
      return p;
    },
    readAlready: (name) => grids.get(name),
    tabsRead: () => [...grids.keys()],
    patch(tab, row, col, value) {
      prints.clear();
      const rows = readTab(tab).map((r) => [...r]);
      while (rows.length < row) rows.push([]);
      const target = rows[row - 1]!;
      while (target.length < col) target.push(null);
      target[col - 1] = value;
      grids.set(tab, rows);
    },
  };
}

/** Extra entry points for the menu, which speaks of "this week" rather than of a week's label. */
export interface MenuApi {
  /** The journal of the week holding today (0) or `weeksBack` weeks before it. */
  generateJournalOf(weeksBack: number): ApiResponse<ActionResult>;
  /** `SHU <year>` of the year holding today (0) or `yearsBack` years before it. */
  computeShuOf(yearsBack: number): ApiResponse<ActionResult>;
}

export interface ApiOptions {
  /** Where an unexpected error's details go (Apps Script's log, the terminal); the user never sees them. */
  readonly report?: (error: unknown) => void;
  /**
   * The book as the caller has just read and checked it from this same workbook as of the host's
   * today (the command line prints its report from it): the first action takes it instead of
   * reading and checking the book again; every later action reads afresh. That action's overview
   * offers no fixes: a fix is built from the cells as this action read them, and it read none.
   */
  readonly reviewed?: ReviewedBook;
}

export function createApi(host: Host, options: ApiOptions = {}): SidebarApi & MenuApi {
  const { workbook } = host;
  const respond = responder(options.report ?? (() => undefined));

  let reviewed = options.reviewed;
  const read = (source: OnceSource = onceSource(workbook)): BookState => {
    const today = host.today();
    const tabNames = source.tabNames();
    const given = reviewed;
    reviewed = undefined;
    const checked = given ?? reviewBook(source, today);
    const { book, problems, savings } = checked;
    return {
      today,
      tabNames,
      book,
      problems,
      // Read when an action first needs it, not here: a caller's report may work it out only then.
      get credit() {
        return checked.credit;
      },
      savings,
      missingTabs: missingInputTabs(tabNames).map((spec) => spec.name),
      unreadTabs: unreadInputTabs(tabNames, problems),
      grid: (tab) => source.readAlready(tab),
      // Asked once the check is done: the cells it read and the merged blocks it asked for.
      get reading() {
        return source.readingOf(today, source.tabsRead().sort(), source.mergedAsked());
      },
    };
  };

  /** The user's chosen language, else `fallback` (the book's). */
  const userLangOr = (fallback: Lang): Lang => {
    const pref = host.getUserPref(LANG_PREF);
    return pref === 'id' || pref === 'en' ? pref : fallback;
  };
  const userLang = (state: BookState): Lang => userLangOr(state.book.settings.language);

  /** Generated tabs are in the book's language: they are the group's documents, not the user's view. */
  const bookLang = (state: BookState): Lang => state.book.settings.language;

  /** Refuses a book with none of the input tabs, or without a tab `report` is made from (docs/book.md §4). */
  const requireInputTabs = (state: BookState, report?: Report) => {
    if (Object.keys(state.book.tabNames).length === 0) refuse('book.noTabs');
    const missing = report && missingFor(state.tabNames, report)[0];
    if (missing) refuse('tab.notFound', { tab: missing.name });
    requireRead(state, report);
  };
  /** Refuses a report made of a tab whose header row was not found: none of its rows were read. */
  const requireRead = (state: BookState, report?: Report) => {
    const tab = report && unreadFor(state.tabNames, state.problems, report);
    if (tab) refuse('tab.unreadable', { tab });
  };

  /** Checks every target before writing any, so an action writes all its tabs or none. */
  const writeGrids = (state: BookState, grids: readonly SheetGrid[]) => {
    // Sheets keeps tab names unique without regard to case: the message names the tab as it is spelt.
    for (const grid of grids) {
      const same = state.tabNames.find((n) => n.toLowerCase() === grid.name.toLowerCase());
      if (same !== undefined && !workbook.isGenerated(grid.name)) refuse('tab.notGenerated', { tab: same });
    }
    if (workbook.writeGeneratedTabs) workbook.writeGeneratedTabs(grids);
    else for (const grid of grids) workbook.writeGenerated(grid);
  };

  const done = (state: BookState, message: Bilingual, tabs: readonly string[]): ActionResult => ({
    message,
    tabs: [...tabs],
    overview: overview(state, userLang(state)),
  });

  const journal = (state: BookState, week: string): ActionResult => {
    const grid = journalSheet(
      weeklyJournal(state.book, state.problems, week, host.now(), state.today),
      bookLang(state),
    );
    writeGrids(state, [grid]);
    return done(state, t(`Tab ${grid.name} ditulis.`, `Tab ${grid.name} written.`), [grid.name]);
  };

  /**
   * The cards of `members` as of a date, with the credit and savings of that date as `Saldo
   * Pinjaman` shows them, in one tab: each card made as its rows are, and let go after.
   */
  const writeCards = (state: BookState, asOf: IsoDate, members: readonly Member[]): ActionResult => {
    const credit = asOf === state.today ? state.credit : creditReport(state.book, asOf);
    const savings = asOf === state.today ? state.savings : memberSavings(state.book, asOf);
    const cards = eachMemberCard({ book: state.book, credit, savings }, members);
    const grid = memberCardSheet(cards, state.book, bookLang(state), host.now());
    writeGrids(state, [grid]);
    const m = members[0]!;
    const who =
      members.length === 1
        ? t(`${m.name} (${m.id})`, `${m.name} (${m.id})`)
        : t(
            `${counted(members.length, 'anggota aktif', 'active member').id}, satu halaman masing-masing`,
            `${counted(members.length, 'anggota aktif', 'active member').en}, one page each`,
          );
    return done(state, t(`Tab ${grid.name} ditulis: ${who.id}.`, `Tab ${grid.name} written: ${who.en}.`), [
      grid.name,
    ]);
  };

  const shu = (state: BookState, year: number): ActionResult => {
    const share = shareOut(state.book, year, state.today, undefined, state.credit);
    const grid = shuSheet(share, state.book, bookLang(state), host.now());
    writeGrids(state, [grid]);
    const amount = rupiahText(share.shu);
    return done(
      state,
      share.shu > 0
        ? t(
            `Tab ${grid.name} ditulis: SHU ${amount.id}${share.provisional ? ' (sementara)' : ''}, ${counted(share.members.length, 'anggota', 'member').id}.`,
            `Tab ${grid.name} written: SHU ${amount.en}${share.provisional ? ' (provisional)' : ''}, ${counted(share.members.length, 'anggota', 'member').en}.`,
          )
        : t(
            `Tab ${grid.name} ditulis: SHU ${amount.id}, tidak ada yang dibagi.`,
            `Tab ${grid.name} written: SHU ${amount.en}, nothing is shared.`,
          ),
      [grid.name],
    );
  };

  /**
   * A read-only click's answer: from the views kept by the last check when the book, today and the
   * release are as they were (the book is read whole either way, so an edit anywhere is seen);
   * otherwise computed, and the first view with the next pages of each list kept for the clicks after.
   */
  const fromKept = <T>(
    pick: (views: KeptViews) => T | undefined,
    fresh: (state: BookState) => T,
    after: (reading: string) => Partial<Record<List, number>> = () => ({}),
    needs?: Report,
  ): T => {
    const { kept } = host;
    const source = onceSource(workbook);
    const names = source.tabNames();
    const missing = needs && missingFor(names, needs)[0];
    if (missing) refuse('tab.notFound', { tab: missing.name });
    // Read and checked: a tab it needs whose header was not found refuses it (views are never kept then).
    const readOf = (source: OnceSource) => {
      const state = read(source);
      requireRead(state, needs);
      return state;
    };
    if (!kept) return fresh(readOf(source));
    const today = host.today();
    // The same tabs' cells are hashed once a click: a book edited since is hashed to look the kept
    // views up, and that print is the one they are kept under after the check (and the reading its
    // pages carry: `Page.reading`, the release beside it).
    const print = (tabs: readonly string[], merged: readonly string[]) =>
      `${source.readingOf(today, tabs, merged)} ${kept.version}`;
    const stored = kept.read();
    const views = keptViews(stored, names, print);
    const found = views && pick(views);
    if (found !== undefined) return found;
    const state = readOf(source);
    const used = source.tabsRead().sort();
    const merged = source.mergedAsked();
    const from = after(state.reading);
    // Pages by their offset: `from + size`, `from + 2 × size` … (the sidebar's "more").
    const next = <P>(page: (offset: number) => P, from: number, size: number, ks = [1, 2, 3]) =>
      Object.fromEntries(ks.map((k) => [from + k * size, page(from + k * size)]));
    // Messages cost the week's journal: kept only from a click that asked for them (the page it
    // asked for and the next three), and kept on while the book is as it was when they were made.
    const asked = from.messages;
    const ready = asked === undefined ? undefined : weekMessages(state);
    // At most `KEPT_MESSAGE_PAGES`: past that, only the pages just made (a facilitator reading far
    // down the list must not fill the user's store: src/core/api/keptViews.ts, KEPT_BYTES_MAX).
    const pagesMade =
      ready && next((o) => messagePageOf(ready, o, state.reading), asked!, MESSAGES_PER_PAGE, [0, 1, 2, 3]);
    const all = { ...views?.messages, ...pagesMade };
    const messages = Object.keys(all).length > KEPT_MESSAGE_PAGES ? (pagesMade ?? {}) : all;
    const made: KeptViews = {
      overview: overview(state, bookLang(state)),
      // The three pages after the one asked for, or after the first view's.
      problems: next((o) => problemPage(state, o), from.problems ?? 0, PROBLEMS_PER_PAGE),
      loans: next((o) => loansAtRiskPage(state, o), from.loans ?? 0, LOANS_PER_PAGE),
      ...(Object.keys(messages).length > 0 && { messages }),
    };
    kept.write(keepViews(made, print(used, merged), used, stored, merged));
    // The answer from what was just kept when it holds it (the first view), else computed.
    return pick(made) ?? fresh(state);
  };

  /**
   * The page of a long list from `offset` for a sidebar whose page before it came from `reading`.
   * When the book reads otherwise now, the list's first page instead, `restarted`: a page of this
   * reading joined to one of another would skip open items and show settled ones.
   */
  const paged = <P extends Page<unknown>>(
    list: List,
    offset: unknown,
    reading: unknown,
    kept: (views: KeptViews, at: number) => P | undefined,
    page: (state: BookState, at: number) => P,
    needs?: Report,
  ): P => {
    const asked = Number(offset);
    const at = (now?: string) => (typeof reading === 'string' && reading !== now ? 0 : asked);
    const mark = (p: P | undefined, now?: string) => (p && at(now) < asked ? { ...p, restarted: true } : p);
    return fromKept(
      // Every page of the views kept carries the reading they were made from.
      (views) => mark(kept(views, at(views.overview.problems.reading)), views.overview.problems.reading),
      (state) => mark(page(state, at(state.reading)), state.reading)!,
      (now) => ({ [list]: at(now) }),
      needs,
    );
  };

  const checkAsOf = (asOf: IsoDate | undefined) => {
    if (asOf !== undefined && asOf !== null && !isIsoDate(asOf))
      refuse('date.invalid', { value: shownArg(asOf) });
  };

  return {
    generateMemberCard: (memberId: string, asOf?: IsoDate) =>
      respond(() => {
        checkAsOf(asOf);
        return host.withLock(() => {
          const state = read();
          requireInputTabs(state, 'card');
          const member = findMember(state.book, shownArg(memberId));
          if (!member) refuse('member.notFound', { value: shownArg(memberId) });
          return writeCards(state, asOf ?? state.today, [member]);
        });
      }),

    generateAllMemberCards: (asOf?: IsoDate) =>
      respond(() => {
        checkAsOf(asOf);
        return host.withLock(() => {
          const state = read();
          requireInputTabs(state, 'card');
          const date = asOf ?? state.today;
          const members = activeMembersOn(state.book, date);
          // An empty tab would only put the last cards out of sight.
          if (members.length === 0) refuse('member.noneActive', { date: formatShortDate(date) });
          return writeCards(state, date, members);
        });
      }),

    computeShu: (asked: number) =>
      respond(() => {
        const year = yearArg(asked);
        // A year not begun yet has nothing to share: its tab would be zeros called provisional.
        const last = toYmd(host.today()).year;
        if (!Number.isInteger(year) || year < 2000 || year > last)
          refuse('year.invalid', { value: shownArg(asked), last: String(last) });
        return host.withLock(() => {
          const state = read();
          requireInputTabs(state, 'shu');
          return shu(state, year);
        });
      }),

    computeShuOf: (yearsBack: number) =>
      respond(() =>
        host.withLock(() => {
          const state = read();
          requireInputTabs(state, 'shu');
          return shu(state, toYmd(state.today).year - yearsBack);
        }),
      ),

    getOverview: () =>
      respond(() =>
        fromKept(
          // The language is the user's: the kept first view takes the current choice.
          (views) => ({ ...views.overview, lang: userLangOr(views.overview.lang) }),
          (state) => overview(state, userLang(state)),
        ),
      ),

    runChecks: () =>
      respond(() =>
        host.withLock(() => {
          const state = read();
          requireInputTabs(state);
          const grid = checksSheet(
            state.problems,
            state.book.settings,
            state.tabNames,
            bookLang(state),
            state.today,
            host.now(),
          );
          writeGrids(state, [grid]);
          const summary = problemSummary(state.problems);
          return done(
            state,
            t(`Tab ${grid.name} ditulis: ${summary.id}.`, `Tab ${grid.name} written: ${summary.en}.`),
            [grid.name],
          );
        }),
      ),

    computeBalances: (asOf?: IsoDate) =>
      respond(() => {
        if (asOf !== undefined && asOf !== null && !isIsoDate(asOf))
          refuse('date.invalid', { value: shownArg(asOf) });
        return host.withLock(() => {
          const state = read();
          requireInputTabs(state, 'savingsAndLoans');
          const date = asOf ?? state.today;
          const credit = date === state.today ? state.credit : creditReport(state.book, date);
          const savings = date === state.today ? state.savings : memberSavings(state.book, date);
          const now = host.now();
          const grids = [
            loanBalancesSheet(credit, state.book, bookLang(state), now),
            savingsSheet(savings, state.book, bookLang(state), now),
          ];
          writeGrids(state, grids);
          const names = grids.map((g) => g.name);
          const loans = counted(credit.loans.length, 'pinjaman', 'loan');
          const members = counted(savings.members.length, 'anggota', 'member');
          return done(
            state,
            t(
              `Tab ${names.join(' dan ')} ditulis: ${loans.id}, ${members.id}.`,
              `Tabs ${names.join(' and ')} written: ${loans.en}, ${members.en}.`,
            ),
            names,
          );
        });
      }),

    generateJournal: (week: string) =>
      respond(() =>
        host.withLock(() => {
          const state = read();
          requireInputTabs(state, 'journal');
          const parsed = parseJournalWeek(shownArg(week), state.book.settings.weekStart);
          if (!parsed.ok) throw new Refusal(parsed.error);
          return journal(state, parsed.week.value);
        }),
      ),

    generatePlan: (asked?: number) =>
      respond(() => {
        const year = asked === undefined || asked === null ? undefined : yearArg(asked);
        if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100))
          refuse('year.invalid', { value: shownArg(asked) });
        return host.withLock(() => {
          const state = read();
          requireInputTabs(state, 'ruk');
          const report = planReport(state.book, state.today, {
            year: year ?? Number(state.today.slice(0, 4)),
          });
          const grid = planSheet(report, state.book, bookLang(state), host.now());
          writeGrids(state, [grid]);
          const c = report.counts;
          return done(
            state,
            t(
              `Tab ${grid.name} ditulis: ${counted(report.rows.length, 'baris rencana', 'plan row').id}, ${c.Terlaksana} terlaksana, ${c.Terlambat} terlambat, ${c['Tidak Terlaksana']} tidak terlaksana, ${c.Belum} belum.`,
              `Tab ${grid.name} written: ${counted(report.rows.length, 'baris rencana', 'plan row').en}, ${c.Terlaksana} done, ${c.Terlambat} done late, ${c['Tidak Terlaksana']} not done, ${c.Belum} not yet.`,
            ),
            [grid.name],
          );
        });
      }),

    generateSaprodi: (season?: string) =>
      respond(() =>
        host.withLock(() => {
          const state = read();
          requireInputTabs(state, 'saprodi');
          const choice = chooseSeason(
            state.book,
            season === undefined || season === null ? undefined : shownArg(season),
          );
          if (!choice.ok) {
            // The tab is there and read: it has no rows yet, or its rows were left out for their errors.
            const tab = findTab(state.tabNames, saprodiTab)!;
            const left = state.problems.some((p) => p.tab === tab && p.severity === 'error');
            refuse(
              choice.code,
              choice.code === 'season.none' ? { tab, ...(left && { left: '1' }) } : choice.args,
            );
          }
          const report = saprodiReport(state.book, choice.season, state.today);
          const grid = saprodiSheet(report, state.book, bookLang(state), state.today, host.now());
          writeGrids(state, [grid]);
          const due = report.notYetDue;
          const rows = counted(report.rows.length, 'baris', 'row');
          const rdkk = counted(report.rdkk.length, 'anggota', 'member');
          return done(
            state,
            t(
              `Tab ${grid.name} ditulis: ${rows.id}, ${report.allRight.right} tepat orang, jumlah dan waktu${due ? `, ${due} belum waktunya` : ''}; RDKK ${rdkk.id}.`,
              `Tab ${grid.name} written: ${rows.en}, ${report.allRight.right} right on person, amount and time${due ? `, ${due} not yet due` : ''}; RDKK of ${rdkk.en}.`,
            ),
            [grid.name],
          );
        }),
      ),

    generateJournalOf: (weeksBack: number) =>
      respond(() =>
        host.withLock(() => {
          const state = read();
          requireInputTabs(state, 'journal');
          const week = shiftWeek(journalWeekOf(state.today, state.book.settings.weekStart), -weeksBack);
          return journal(state, week.value);
        }),
      ),

    setupBook: () =>
      respond(() =>
        host.withLock(() => {
          // One source for the names and cells the plan is made from: the tabs are listed once, and
          // afresh, so that no tab is made beside one renamed since an earlier click listed them.
          const source = onceSource(workbook, { fresh: true });
          const names = source.tabNames();
          const today = host.today();
          // Daftar Hadir starts with the active members: read Anggota only when that tab is to be made.
          const members = missingInputTabs(names).some((spec) => spec.key === 'attendance')
            ? readMembers(source, [], { today }).members
            : [];
          const plan = setupBook(names, { today, members });
          // Tabs an earlier release made gain the keys and choices added since (docs/book.md §3).
          const { dropdownChoices, setUpBook } = workbook;
          const upgrade =
            dropdownChoices && setUpBook
              ? upgradeBook({
                  tabNames: () => names,
                  readTab: (tab) => source.readTab(tab),
                  dropdownChoices: (tab, row, col) => dropdownChoices.call(workbook, tab, row, col),
                  holdsFormula: (tab, row, col) => workbook.holdsFormula?.(tab, row, col) ?? false,
                })
              : undefined;
          if (upgrade && setUpBook) setUpBook.call(workbook, plan, upgrade.additions);
          else for (const tab of plan) workbook.createInputTab(tab.spec, tab.rows);
          // The tabs read for the plan that it left as they were are not read again.
          const changed = new Set(upgrade?.additions.rows.map((a) => a.tab));
          const unchanged = source.tabsRead().filter((tab) => !changed.has(tab));
          const state = read(
            onceSource(workbook, { known: new Map(unchanged.map((tab) => [tab, source.readTab(tab)])) }),
          );
          const created = plan.map((tab) => tab.spec.name);
          const added = upgrade
            ? [...upgrade.additions.rows, ...upgrade.additions.dropdowns].map((a) => a.tab)
            : [];
          return done(state, setupMessage(created, state.book, upgrade, state.unreadTabs), [
            ...new Set([...created, ...added]),
          ]);
        }),
      ),

    goToCell: (tab: string, row: number, col: number) =>
      respond(() => {
        if (
          typeof tab !== 'string' ||
          !(Number.isInteger(row) && row > 0 && Number.isInteger(col) && col > 0)
        )
          refuse('cell.invalid');
        try {
          host.selectCell(tab, row, col);
        } catch (error) {
          // The list is older than the tab's name (renamed or deleted since the check): check again.
          // Never "set up the book": that would make an empty tab beside one kept under another name.
          if (error instanceof HostError && /^tab\.(notFound|missing)$/.test(error.code))
            refuse('cell.tabGone', { tab: error.params.tab ?? tab });
          throw error;
        }
        return null;
      }),

    applyFix: (request: FixRequest) =>
      respond(() => {
        const parsed = fixRequestSchema.safeParse(request);
        if (!parsed.success) refuse('fix.invalid');
        const { tab, row, col, column, fix } = parsed.data;
        const cell = `${tab}!${columnLetters(col)}${row}`;
        return host.withLock(() => {
          // Read under the lock: the fix is written only into the cell and row the user saw.
          const source = onceSource(workbook);
          const names = source.tabNames();
          if (!inputTabs.some((spec) => tabCandidates(names, spec).includes(tab)))
            refuse('fix.stale', { cell });
          const grid = source.readTab(tab);
          const was = gridCell(grid, row - 1, col - 1);
          if (!sameCell(was, fix.was) || !rowKeyHolds(grid, row, fix.rowKey)) refuse('fix.stale', { cell });
          // The value a formula shows is the formula's to change: writing over it would lose it.
          if (workbook.holdsFormula?.(tab, row, col)) refuse('fix.formula', { cell });
          workbook.writeCell(tab, row, col, fix.value, was);
          // The view after the fix, from the cells already read plus the one just written: one check.
          source.patch(tab, row, col, fix.value);
          const after = read(source);
          return done(
            after,
            t(
              `Diperbaiki: ${tab} baris ${row}, kolom ${column}: ${fix.label.id}.`,
              `Fixed: ${tab} row ${row}, column ${column}: ${fix.label.en}.`,
            ),
            [tab],
          );
        });
      }),

    setLanguage: (lang: Lang) =>
      respond(() => {
        if (lang !== 'id' && lang !== 'en') refuse('lang.invalid', { value: shownArg(lang) });
        // The overview the sidebar holds is bilingual: nothing new is needed from the book.
        host.setUserPref(LANG_PREF, lang);
        return { lang };
      }),

    getProblems: (offset: number, reading?: string) =>
      respond(() =>
        paged(
          'problems',
          offset,
          reading,
          (views, at) => (at ? views.problems[at] : views.overview.problems),
          problemPage,
        ),
      ),

    getLoansAtRisk: (offset: number, reading?: string) =>
      respond(() =>
        paged(
          'loans',
          offset,
          reading,
          (views, at) => (at ? views.loans[at] : views.overview.loansAtRisk),
          loansAtRiskPage,
        ),
      ),

    getMembers: (offset: number, query?: string) =>
      respond(() => {
        // The picker's search needs Anggota alone: the rest of the book is neither read nor checked.
        const today = host.today();
        const { members } = readMembers(onceSource(workbook, { among: [membersTab] }), [], { today });
        return memberPage(
          members,
          today,
          Number(offset),
          typeof query === 'string' ? query.slice(0, 100) : '',
        );
      }),

    getMessages: (offset: number, reading?: string) =>
      respond(() =>
        paged('messages', offset, reading, (views, at) => views.messages?.[at], messagePage, 'messages'),
      ),
  };
}
