// Reads `RUK`, the group's business plan (docs/book.md §9), and checks the `Kode RUK` that
// `Kegiatan` and `Kas` rows name against it.
import { isDateCell, isEmptyCell, type Cell } from '../cell';
import { columnOf } from '../book/columnOf';
import { findTab } from '../book/findTab';
import { problemAt, placeAt } from '../problems/problemCatalogue';
import { activitiesTab, cashTab, planTab, type PlanColumn } from '../book/schema';
import { dataRows, openTab, type TabSource } from '../book/tabRows';
import type { Book, PlanRow } from '../book/types';
import { isIsoDate } from '../isoDate';
import type { Problem } from '../problems/problem';
import { parseDateText } from '../values/readDate';
import { shownFigure } from '../values/shownCell';

// Month names as people write them in a plan: `Maret 2026`, `Mar 2026`, `March 2026`.
const MONTH_WORDS: Readonly<Record<string, number>> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3, mrt: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, agst: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
}; // prettier-ignore

const month = (year: number, m: number): string | undefined =>
  m >= 1 && m <= 12 && year >= 2000 && year <= 2100 ? `${year}-${String(m).padStart(2, '0')}` : undefined;

/** The `yyyy-mm` a `Bulan` cell means: a date (its month), `Maret 2026`, `03/2026`, `2026-03`; else undefined. */
export function readPlanMonth(cell: Cell): string | undefined {
  if (isDateCell(cell))
    return isIsoDate(cell.date)
      ? month(Number(cell.date.slice(0, 4)), Number(cell.date.slice(5, 7)))
      : undefined;
  if (typeof cell !== 'string') return undefined;
  const s = cell.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\p{L}+)\.?\s*[-/ ]?\s*(\d{4})$/u.exec(s))) {
    const n = MONTH_WORDS[(m[1] ?? '').toLowerCase()];
    return n === undefined ? undefined : month(Number(m[2]), n);
  }
  if ((m = /^(\d{1,2})[/-](\d{4})$/.exec(s))) return month(Number(m[2]), Number(m[1]));
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s))) return month(Number(m[1]), Number(m[2]));
  const date = parseDateText(s);
  return date === undefined ? undefined : month(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
}

export interface PlanReading {
  readonly plan?: readonly PlanRow[];
  readonly tab?: string;
  /**
   * Every code written in `RUK`, also of rows left out for their own errors; undefined where its
   * header row was not found (its own problem), so that no `Kode RUK` elsewhere is called unknown.
   */
  readonly codes: ReadonlySet<string> | undefined;
}

/** Never reports a missing tab: `RUK` is an extension a book may not have yet. */
export function readPlan(source: TabSource, problems: Problem[]): PlanReading {
  if (findTab(source.tabNames(), planTab) === undefined) return { codes: new Set() };
  const open = openTab(source, planTab, problems);
  if (!open) return { codes: undefined };
  const plan: PlanRow[] = [];
  const firstRow = new Map<string, number>();
  const codes = new Set<string>();
  for (const r of dataRows<PlanColumn>(open, { dateKey: 'month' })) {
    const code = r.identifier('code');
    const activity = r.text('activity');
    const type = r.list('type', 'activityType', 'plan.type.unknown');
    const monthCell = r.cell('month');
    const planned = readPlanMonth(monthCell);
    const target = r.decimal('target');
    const unit = r.text('unit');
    const cost = r.money('cost');
    const fundSource = r.text('fundSource');
    const responsible = r.text('responsible');

    if (code === undefined && !r.hasError('code')) r.report('code', 'plan.code.missing');
    if (activity === undefined && !r.hasError('activity')) r.report('activity', 'plan.activity.missing');
    if (type === undefined && !r.hasError('type') && r.text('type') === undefined)
      r.report('type', 'plan.type.missing');
    if (planned === undefined && !r.hasError('month')) {
      if (isEmptyCell(monthCell)) r.report('month', 'plan.month.missing');
      else r.report('month', 'plan.month.invalid', { value: shownFigure(monthCell) });
    }
    if (target !== undefined && target < 0)
      r.report('target', 'plan.target.negative', { value: r.shown('target') });
    if (cost !== undefined && cost < 0) r.report('cost', 'plan.cost.negative', { value: r.shown('cost') });
    if (code !== undefined) {
      codes.add(code);
      const seen = firstRow.get(code);
      if (seen !== undefined) {
        r.report('code', 'plan.code.duplicate', { value: code, firstRow: seen });
        continue;
      }
      firstRow.set(code, r.row);
    }
    if (code === undefined || activity === undefined || type === undefined || planned === undefined) continue;
    plan.push({
      tab: open.tab,
      row: r.row,
      code,
      activity,
      type,
      month: planned,
      ...(target !== undefined && target >= 0 && { target }),
      ...(unit !== undefined && { unit }),
      ...(cost !== undefined && cost >= 0 && { cost }),
      ...(fundSource !== undefined && { fundSource }),
      ...(responsible !== undefined && { responsible }),
    });
  }
  return { plan, tab: open.tab, codes };
}

/**
 * A `Kode RUK` that names no plan row is a warning, not an error: the money and the activity stand
 * as they are, only their link to the plan is lost. Volume without a code counts toward nothing.
 */
export function checkPlanCodes(book: Book, codesInPlan: ReadonlySet<string> | undefined): Problem[] {
  const problems: Problem[] = [];
  const where = (
    tab: 'activities' | 'cash',
    key: 'planCode' | 'volume',
    row: { tab: string; row: number },
  ) => {
    const found = columnOf(book, tab, key);
    const spec = tab === 'activities' ? activitiesTab : cashTab;
    const header = found.header || (spec.columns.find((c) => c.key === key)?.header ?? key);
    return placeAt(row.tab, row.row, header, found.col);
  };
  for (const a of book.activities) {
    if (a.planCode !== undefined && codesInPlan?.has(a.planCode) === false)
      problems.push(
        problemAt('activity.planCode.unknown', where('activities', 'planCode', a), { value: a.planCode }),
      );
    if (a.planCode === undefined && a.volume !== undefined)
      problems.push(
        problemAt('activity.volume.withoutPlan', where('activities', 'volume', a), { value: a.volume }),
      );
  }
  // An index loop over Kas's rows (see cashBalanceOn).
  for (let i = 0; i < book.cash.length; i++) {
    const c = book.cash[i]!;
    if (c.planCode !== undefined && codesInPlan?.has(c.planCode) === false)
      problems.push(problemAt('cash.planCode.unknown', where('cash', 'planCode', c), { value: c.planCode }));
  }
  return problems;
}
