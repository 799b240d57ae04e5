// Reads the cells of one data row by column key, turning value findings into placed problems.
import { isDateCell, type Cell, type Grid, type IsoDate } from '../cell';
import { formatShortDate, isIsoDate } from '../isoDate';
import { MAX_RUPIAH, type Rupiah } from '../money';
import type { Problem } from '../problems/problem';
import { formulaErrorOf } from '../values/formulaError';
import { MAX_BOOK_YEAR, readDate } from '../values/readDate';
import { readIdentifier } from '../values/readIdentifier';
import { readMoney } from '../values/readMoney';
import { readDecimal, readWholeNumber } from '../values/readNumber';
import { shownCell, shownFigure } from '../values/shownCell';
import type { ValueNote, ValueReading } from '../values/valueReading';
import { gridCell } from './gridCell';
import {
  problemAt,
  problemOfNote,
  type ProblemArgsAndExtra,
  type ProblemCode,
  type ProblemCodeTaking,
  type ProblemPlace,
  placeAt,
} from '../problems/problemCatalogue';
import type { Arg, Figure } from '../problems/problemKind';
import type { HeaderRow } from './findHeaderRow';
import { matchListValue, type ListKey, lists, type TabSpec } from './schema';

/** An input tab found, with its header row: what each of its row readers reads from. */
export interface OpenTab<K extends string> {
  /** The tab's name as the user wrote it. */
  readonly tab: string;
  readonly spec: TabSpec<K>;
  readonly grid: Grid;
  readonly header: HeaderRow<K>;
  /** Where every problem of the book goes, in the order found. */
  readonly problems: Problem[];
}

/** The last day of the last year a book's date may have (`readDate` refuses later ones). */
const LAST_BOOK_DATE = `${MAX_BOOK_YEAR}-12-31`;

export class RowReader<K extends string> {
  // Made on a row's first finding: most rows have none, and a district book has a million rows.
  private flagged: Set<K> | undefined;
  private formulaErrors: Set<K> | undefined;

  constructor(
    private readonly open: OpenTab<K>,
    /** 1-based sheet row. */
    public row: number,
  ) {}

  /** The same reader on another row, as new: one reader for a tab's rows, not one per row. */
  at(row: number): this {
    this.row = row;
    this.flagged = this.formulaErrors = undefined;
    return this;
  }

  get tab(): string {
    return this.open.tab;
  }

  /** The cell as the sheet holds it; empty when the column is not in the tab. */
  private raw(key: K): Cell {
    const column = this.open.header.columns[key];
    return column ? gridCell(this.open.grid, this.row - 1, column.col - 1) : null;
  }

  /**
   * The cell under a column; empty when the column is not in the tab. A formula's error (`#N/A`,
   * `#REF!`) is reported once as `value.formulaError` and read as empty, so that no reader takes it
   * for a value and no "missing" problem is piled on top of it.
   */
  cell(key: K): Cell {
    const cell = this.raw(key);
    const error = formulaErrorOf(cell);
    if (error === undefined) return cell;
    this.formulaErrors ??= new Set<K>();
    if (!this.formulaErrors.has(key)) {
      this.formulaErrors.add(key);
      this.report(key, 'value.formulaError', { value: error });
    }
    return null;
  }

  /**
   * The cell as the user sees it, trimmed, for messages: a number cell in each language's way
   * (`1.500.000,5`, `1,500,000.5`), as the add-on writes it; text as typed in both.
   */
  shown(key: K): Figure {
    return shownFigure(this.raw(key));
  }

  /** The column as the user wrote its header; the canonical header (col 0) when the tab lacks it. */
  place(key: K | null): ProblemPlace {
    if (key === null) return placeAt(this.open.tab, this.row);
    const column = this.open.header.columns[key];
    const spec = this.open.spec.columns.find((c) => c.key === key);
    return placeAt(this.open.tab, this.row, column?.header ?? spec?.header ?? key, column?.col ?? 0);
  }

  report<C extends ProblemCode>(key: K | null, code: C, ...rest: ProblemArgsAndExtra<C>): void {
    this.push(key, problemAt(code, this.place(key), ...rest));
  }

  private push(key: K | null, p: Problem): void {
    if (key !== null && p.severity === 'error') (this.flagged ??= new Set<K>()).add(key);
    this.open.problems.push(p);
  }

  /** Whether an error was already reported on this column of this row (so no second one piles up). */
  hasError(key: K): boolean {
    return this.flagged !== undefined && this.flagged.has(key);
  }

  note(key: K, note: ValueNote): void {
    this.push(key, problemOfNote(note, this.place(key)));
  }

  /** The value of a reading, reporting its note; undefined when empty or unreadable. */
  take<T>(key: K, reading: ValueReading<T>): T | undefined {
    if (reading.status === 'empty') return undefined;
    if (reading.status === 'invalid') {
      this.note(key, reading.note);
      return undefined;
    }
    if (reading.note) this.note(key, reading.note);
    return reading.value;
  }

  /**
   * Free text (Uraian, Nama, Hasil, …). A date cell is kept as the date the user sees, `02/03/2026`,
   * not as `2026-03-02`: a description such as a meeting's date is fine text, shown as typed.
   */
  text(key: K): string | undefined {
    const cell = this.cell(key);
    if (isDateCell(cell) && isIsoDate(cell.date)) return formatShortDate(cell.date);
    // TRUE, as the sheet shows a checkbox or a typed TRUE: not the program's `true`.
    if (typeof cell === 'boolean') return shownCell(cell);
    return readIdentifier(cell);
  }

  /**
   * An ID (ID Anggota, ID Pinjaman, No Bukti). A date cell is an error, not the ID `2026-02-01`: no one
   * writes an ID as a date, the spreadsheet turned what was typed (`1/2`, `2-1`) into one.
   */
  identifier(key: K): string | undefined {
    const cell = this.cell(key);
    if (isDateCell(cell)) {
      this.report(key, 'value.identifier.date', {
        value: isIsoDate(cell.date) ? formatShortDate(cell.date) : cell.date,
      });
      return undefined;
    }
    return readIdentifier(cell);
  }

  date(key: K): IsoDate | undefined {
    const cell = this.cell(key);
    // A date cell of the book's years, as most are, without building a reading.
    if (isDateCell(cell) && isIsoDate(cell.date) && cell.date <= LAST_BOOK_DATE) return cell.date;
    return this.take(key, readDate(cell));
  }

  money(key: K): Rupiah | undefined {
    const cell = this.cell(key);
    // A whole number in range, as most amounts are, without building a reading.
    if (typeof cell === 'number' && Number.isSafeInteger(cell) && Math.abs(cell) <= MAX_RUPIAH)
      return cell === 0 ? 0 : cell;
    return this.take(key, readMoney(cell));
  }

  decimal(key: K, options: { readonly allowPercentSign?: boolean } = {}): number | undefined {
    return this.take(key, readDecimal(this.cell(key), options));
  }

  wholeNumber(key: K): number | undefined {
    return this.take(key, readWholeNumber(this.cell(key)));
  }

  /** A list value through its canonical name or aliases; anything else is `code`. */
  list<L extends ListKey>(
    key: K,
    list: L,
    code: ProblemCodeTaking<{ value: Figure; allowed: Arg }>,
  ): (typeof lists)[L][number]['value'] | undefined {
    const raw = this.text(key);
    if (raw === undefined) return undefined;
    const value = matchListValue(list, raw);
    if (value === undefined) {
      const allowed = (lists[list] as readonly { readonly value: string }[]).map((v) => v.value).join(', ');
      // Quoted as the sheet shows the cell: `1.500.000,5` (`1,500,000.5`) for a number, not `1500000.5`.
      this.report(key, code, { value: typeof this.cell(key) === 'number' ? this.shown(key) : raw, allowed });
    }
    return value;
  }
}
