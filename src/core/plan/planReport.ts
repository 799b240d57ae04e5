// The group's business plan against what was done (docs/book.md §9): per `RUK` row its status,
// volume done and money spent as of a date, from the `Kegiatan` and `Kas` rows naming its code.
import type { ActivityType } from '../book/schema';
import type { Book, PlanRow } from '../book/types';
import type { IsoDate } from '../cell';
import { daysInMonth, fromYmd } from '../isoDate';
import type { Rupiah } from '../money';
import { text as t, type Bilingual } from '../text';
import { addTo } from '../listsByKey';

export type PlanStatus = 'Terlaksana' | 'Terlambat' | 'Belum' | 'Tidak Terlaksana';

export const PLAN_STATUSES: readonly PlanStatus[] = ['Terlaksana', 'Terlambat', 'Belum', 'Tidak Terlaksana'];

export const planStatusLabels: Readonly<Record<PlanStatus, Bilingual>> = {
  Terlaksana: t('Terlaksana', 'Done'),
  Terlambat: t('Terlambat', 'Done late'),
  Belum: t('Belum', 'Not yet'),
  'Tidak Terlaksana': t('Tidak Terlaksana', 'Not done'),
};

/** What each status means, shown where the statuses are. */
export const planStatusDefinitions: Readonly<Record<PlanStatus, Bilingual>> = {
  Terlaksana: t(
    'ada Kegiatan dengan Kode RUK ini pada bulannya atau sebelumnya',
    'a Kegiatan row with this RUK code in its month or before',
  ),
  Terlambat: t(
    'ada Kegiatan dengan Kode RUK ini, tetapi sesudah bulannya',
    'a Kegiatan row with this RUK code, but after its month',
  ),
  Belum: t('belum ada Kegiatan, bulannya belum lewat', 'no Kegiatan row yet, its month is not over'),
  'Tidak Terlaksana': t('tidak ada Kegiatan, bulannya sudah lewat', 'no Kegiatan row, its month is over'),
};

export interface PlanRowReport {
  readonly code: string;
  readonly activity: string;
  readonly type: ActivityType;
  /** `yyyy-mm`. */
  readonly month: string;
  readonly target: number | null;
  readonly unit: string | null;
  readonly cost: Rupiah | null;
  readonly fundSource: string | null;
  readonly responsible: string | null;
  readonly status: PlanStatus;
  /** The first `Kegiatan` row naming the code, on or before the as-of date; null when none. */
  readonly doneDate: IsoDate | null;
  /** `Kegiatan` rows naming the code, on or before the as-of date. */
  readonly activities: number;
  /** Sum of their `Volume`. */
  readonly volumeDone: number;
  /** `Keluar` of the `Kas` rows naming the code, on or before the as-of date. */
  readonly spent: Rupiah;
  /** Where the row is in `RUK`. */
  readonly tab: string;
  readonly row: number;
}

export interface PlanReport {
  readonly asOf: IsoDate;
  /** The year the rows were limited to, or null for every row. */
  readonly year: number | null;
  /** In `RUK` order. */
  readonly rows: readonly PlanRowReport[];
  readonly counts: Readonly<Record<PlanStatus, number>>;
  readonly totalCost: Rupiah;
  readonly totalSpent: Rupiah;
  /**
   * Rows done on time (`Terlaksana`) out of rows due: those whose month is over, and those already
   * done on time before their month ended (so the ratio never rewards a plan for being early).
   */
  readonly onTime: { readonly done: number; readonly due: number };
}

/** The last day of a `yyyy-mm` month. */
export function monthEnd(month: string): IsoDate {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return fromYmd(year, m, daysInMonth(year, m));
}

/**
 * A row's status as of `asOf`: a linked activity in or before its month is `Terlaksana`, only after
 * it `Terlambat`; without one, `Belum` while the month runs (through its last day), then
 * `Tidak Terlaksana`.
 */
export function planStatus(month: string, doneDate: IsoDate | null, asOf: IsoDate): PlanStatus {
  const end = monthEnd(month);
  if (doneDate !== null) return doneDate <= end ? 'Terlaksana' : 'Terlambat';
  return asOf <= end ? 'Belum' : 'Tidak Terlaksana';
}

/**
 * The rows of `rows` dated up to `asOf`, by the Kode RUK they name, each list in the book's order:
 * one pass, so that a report over many RUK rows and a long `Kas` stays linear in the rows.
 */
function byPlanCode<T extends { readonly planCode?: string; readonly date: IsoDate }>(
  rows: readonly T[],
  asOf: IsoDate,
): Map<string, T[]> {
  const byCode = new Map<string, T[]>();
  for (const row of rows) {
    if (row.planCode !== undefined && row.date <= asOf) addTo(byCode, row.planCode, row);
  }
  return byCode;
}

/**
 * What a book can tell of its plan rows (docs/book.md §4, §9): a row is done by a `Kegiatan` row and
 * its money spent in `Kas` rows, so where either tab was not read (missing, or its header row not
 * found) that part cannot be told, never read as not done or nothing spent. The RUK report refuses
 * such a book; `summary` and `export` leave the part out.
 */
export function planKnown(book: Pick<Book, 'tabNames'>): { readonly done: boolean; readonly spent: boolean } {
  return { done: book.tabNames.activities !== undefined, spent: book.tabNames.cash !== undefined };
}

export function planReport(book: Book, asOf: IsoDate, options: { readonly year?: number } = {}): PlanReport {
  const year = options.year ?? null;
  const plan: readonly PlanRow[] = (book.plan ?? []).filter(
    (p) => year === null || p.month.startsWith(`${year}-`),
  );
  const activitiesOf = byPlanCode(book.activities, asOf);
  const cashOf = byPlanCode(book.cash, asOf);
  const rows = plan.map((p): PlanRowReport => {
    const linked = activitiesOf.get(p.code) ?? [];
    const doneDate = linked.reduce<IsoDate | null>((d, a) => (d === null || a.date < d ? a.date : d), null);
    const spent = (cashOf.get(p.code) ?? []).reduce((s, c) => s + c.amountOut, 0);
    return {
      code: p.code,
      activity: p.activity,
      type: p.type,
      month: p.month,
      target: p.target ?? null,
      unit: p.unit ?? null,
      cost: p.cost ?? null,
      fundSource: p.fundSource ?? null,
      responsible: p.responsible ?? null,
      status: planStatus(p.month, doneDate, asOf),
      doneDate,
      activities: linked.length,
      volumeDone: linked.reduce((s, a) => s + (a.volume ?? 0), 0),
      spent,
      tab: p.tab,
      row: p.row,
    };
  });
  const counts: Record<PlanStatus, number> = { Terlaksana: 0, Terlambat: 0, Belum: 0, 'Tidak Terlaksana': 0 };
  for (const r of rows) counts[r.status] += 1;
  const due = rows.filter((r) => r.status === 'Terlaksana' || asOf > monthEnd(r.month)).length;
  return {
    asOf,
    year,
    rows,
    counts,
    totalCost: rows.reduce((s, r) => s + (r.cost ?? 0), 0),
    totalSpent: rows.reduce((s, r) => s + r.spent, 0),
    onTime: { done: counts.Terlaksana, due },
  };
}

/** Rows of `months` (`yyyy-mm`) not yet done as of `asOf`: what the journal lists as still to do. */
export function planRowsToDo(report: PlanReport, months: readonly string[]): PlanRowReport[] {
  return report.rows.filter((r) => months.includes(r.month) && r.doneDate === null);
}
