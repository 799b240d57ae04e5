// The typed book: what the checks read out of the input tabs, and what every model computes from.
// Each row keeps its sheet row number so that later findings (credit, savings) can point at it.
import type { IsoDate } from '../cell';
import type { Lang } from '../text';
import type { Rupiah } from '../money';
import type { ShuSettings } from '../shu/shuSettings';
import type {
  ActivityType,
  AttendanceMark,
  Category,
  Frequency,
  LoanChangeKind,
  Gender,
  InputTabKey,
  InterestMethod,
  MemberStatus,
  Role,
  SaprodiKind,
} from './schema';

export interface Settings {
  readonly groupName: string;
  readonly village?: string;
  readonly district?: string;
  readonly regency?: string;
  readonly province?: string;
  readonly facilitatorName?: string;
  readonly chairName?: string;
  readonly treasurerName?: string;
  /** Cash before the first `Kas` row; 0 when blank. */
  readonly openingBalance: Rupiah;
  readonly openingDate?: IsoDate;
  /** ISO weekday the journal week starts on: 1 = Monday (default) … 7 = Sunday. */
  readonly weekStart: number;
  readonly language: Lang;
  /** Upper day limits of Kol 2, 3 and 4; default [90, 120, 180]. */
  readonly kolLimits: readonly [number, number, number];
  /** `Pendapatan SHU`, `Biaya SHU`, `Pembagian SHU` (docs/book.md §8); the defaults when absent. */
  readonly shu?: ShuSettings;
  /** `Denda Keterlambatan`: Rupiah charged once per late installment; 0 (default) = no fines. */
  readonly lateFine: Rupiah;
  /** `Masa Tenggang Denda`: days after the due date before a fine is charged; default 3. */
  readonly fineGraceDays: number;
  /** `Batas Luas Subsidi`: hectares per member and season for subsidised kinds; 2 when absent. */
  readonly subsidyAreaLimit?: number;
}

/** A column of an input tab as found: its header as the user wrote it and its 1-based sheet column. */
export interface ColumnRef {
  readonly header: string;
  readonly col: number;
}

/** Where a typed row came from: its tab as the user named it, and its 1-based sheet row. */
export interface RowRef {
  readonly tab: string;
  readonly row: number;
}

export interface Member extends RowRef {
  readonly id: string;
  readonly name: string;
  readonly nik?: string;
  readonly gender?: Gender;
  readonly birthDate?: IsoDate;
  readonly role: Role;
  readonly householdHead?: string;
  /** Normalised to `08…` form when it was valid. */
  readonly phone?: string;
  readonly joinDate: IsoDate;
  readonly status: MemberStatus;
  readonly leaveDate?: IsoDate;
  readonly address?: string;
  readonly landHa?: number;
  readonly commodity?: string;
  readonly note?: string;
}

export interface CashEntry extends RowRef {
  readonly date: IsoDate;
  readonly receiptNo?: string;
  readonly description: string;
  readonly category: Category;
  readonly memberId?: string;
  readonly loanId?: string;
  /** Exactly one of `amountIn` and `amountOut` is > 0; the other is 0. */
  readonly amountIn: Rupiah;
  readonly amountOut: Rupiah;
  /** `Kode RUK`: the plan row this money went to (docs/book.md §9). */
  readonly planCode?: string;
}

export interface Loan extends RowRef {
  readonly id: string;
  readonly memberId: string;
  readonly disbursed: IsoDate;
  readonly principal: Rupiah;
  /** Monthly rate as a fraction: `1,5` % in the sheet is 0.015 here. */
  readonly monthlyRate: number;
  readonly method: InterestMethod;
  readonly installments: number;
  readonly frequency: Frequency;
  readonly purpose?: string;
  readonly source?: string;
  readonly note?: string;
}

export type { LoanChangeKind } from './schema';

/**
 * A row of `Perubahan Pinjaman`: a rescheduling (`Jadwal Ulang`, with the new terms; a term left
 * blank stays as it was), a write-off (`Hapus Buku`) or a waiver of fines (`Hapus Denda`).
 */
export interface LoanChange extends RowRef {
  readonly loanId: string;
  readonly date: IsoDate;
  readonly kind: LoanChangeKind;
  readonly installments?: number;
  /** As `Loan.monthlyRate`: a fraction. */
  readonly monthlyRate?: number;
  readonly method?: InterestMethod;
  readonly frequency?: Frequency;
  readonly reason?: string;
}

export interface Activity extends RowRef {
  readonly date: IsoDate;
  readonly type: ActivityType;
  readonly description: string;
  readonly attendance?: number;
  readonly results?: string;
  readonly nextSteps?: string;
  readonly recordedBy?: string;
  /** `Kode RUK`: the plan row this activity carried out, and `Volume`, the quantity done in its unit. */
  readonly planCode?: string;
  readonly volume?: number;
}

/** A meeting column of `Daftar Hadir`: its date, and where its header is. */
export interface AttendanceMeeting {
  readonly date: IsoDate;
  /** 1-based sheet column, and the header as the user wrote it. */
  readonly col: number;
  readonly header: string;
}

/**
 * A member's row of `Daftar Hadir`. `marks[i]` is the cell under `meetings[i]`: a mark, or null for a
 * blank (absent) or unreadable cell.
 */
export interface AttendanceRow extends RowRef {
  readonly memberId: string;
  readonly marks: readonly (AttendanceMark | null)[];
}

/** `Daftar Hadir` as read: the meetings up to today in date order, and one row per member. */
export interface AttendanceSheet {
  readonly tab: string;
  readonly headerRow: number;
  readonly meetings: readonly AttendanceMeeting[];
  readonly rows: readonly AttendanceRow[];
}

/** A row of `RUK`, the group's business plan. */
export interface PlanRow extends RowRef {
  readonly code: string;
  readonly activity: string;
  readonly type: ActivityType;
  /** `yyyy-mm`: the month planned. */
  readonly month: string;
  readonly target?: number;
  readonly unit?: string;
  readonly cost?: Rupiah;
  readonly fundSource?: string;
  readonly responsible?: string;
}

/** A row of `Saprodi`: one member's need and receipt of one kind of input in one season. */
export interface SaprodiRow extends RowRef {
  /** As the user wrote it, trimmed (`MT I 2026`). */
  readonly season: string;
  readonly memberId: string;
  readonly commodity: string;
  readonly areaHa: number;
  readonly kind: SaprodiKind;
  readonly plannedKg: number;
  readonly receivedKg?: number;
  readonly receivedDate?: IsoDate;
  readonly plantingDate?: IsoDate;
}

/**
 * The book as far as it could be read. A row whose required values could not be read is left out
 * (its problems say why); an optional value that could not be read is left undefined.
 * `Kas` rows that break a cross-tab rule (unknown member, loan of another member) are kept here
 * with their problems reported; models decide what to do with them.
 */
export interface Book {
  readonly settings: Settings;
  readonly members: readonly Member[];
  readonly cash: readonly CashEntry[];
  readonly loans: readonly Loan[];
  readonly activities: readonly Activity[];
  /** `Perubahan Pinjaman` rows that could be read; absent in books built before the tab existed. */
  readonly loanChanges?: readonly LoanChange[];
  /** `Daftar Hadir`, `RUK` and `Saprodi` (docs/book.md §9); absent when the book has no such tab. */
  readonly attendance?: AttendanceSheet;
  readonly plan?: readonly PlanRow[];
  readonly saprodi?: readonly SaprodiRow[];
  /** Which input tabs were found, and under which name. */
  readonly tabNames: Readonly<Partial<Record<InputTabKey, string>>>;
  /**
   * Where each input tab's columns were found, by column key of `schema.ts` (`amountIn`, …), so that
   * models (credit, savings) can point their problems at a cell. Optional: without it a model names
   * the canonical header and column 0.
   */
  readonly columns?: Readonly<Partial<Record<InputTabKey, Readonly<Partial<Record<string, ColumnRef>>>>>>;
}

export const defaultSettings: Settings = {
  groupName: '',
  openingBalance: 0,
  weekStart: 1,
  language: 'id',
  kolLimits: [90, 120, 180],
  lateFine: 0,
  fineGraceDays: 3,
};
