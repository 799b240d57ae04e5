// Builds typed `Book` objects for engine, journal and generated-tab tests without reading any sheet:
// rows default to their position (header in sheet row 1, first data row 2).
import type { ActivityType, Category } from '../../src/core/book/schema';
import {
  defaultSettings,
  type Activity,
  type Book,
  type CashEntry,
  type Loan,
  type LoanChange,
  type Member,
  type Settings,
} from '../../src/core/book/types';

export type Rowless<T> = Omit<T, 'tab' | 'row'> & { row?: number };

export function member(id: string, name: string, extra: Partial<Rowless<Member>> = {}): Rowless<Member> {
  return { id, name, role: 'Anggota', joinDate: '2020-01-01', status: 'Aktif', ...extra };
}

export function loan(
  id: string,
  memberId: string,
  disbursed: string,
  principal: number,
  terms: Partial<Rowless<Loan>> = {},
): Rowless<Loan> {
  return {
    id,
    memberId,
    disbursed,
    principal,
    monthlyRate: 0.015,
    method: 'Flat',
    installments: 12,
    frequency: 'Bulanan',
    ...terms,
  };
}

/** A `Kas` row; its description is its category unless one is given. */
export function cash(
  date: string,
  category: Category,
  amount: { in?: number; out?: number },
  refs: { memberId?: string; loanId?: string; receiptNo?: string; description?: string; row?: number } = {},
): Rowless<CashEntry> {
  const { description, ...rest } = refs;
  return {
    date,
    description: description ?? category,
    category,
    amountIn: amount.in ?? 0,
    amountOut: amount.out ?? 0,
    ...rest,
  };
}

export function repayment(loanId: string, memberId: string, date: string, amount: number, row?: number) {
  return cash(date, 'Angsuran Pinjaman', { in: amount }, { loanId, memberId, ...(row ? { row } : {}) });
}

export function activity(
  date: string,
  type: ActivityType,
  description: string,
  extra: Partial<Rowless<Activity>> = {},
): Rowless<Activity> {
  return { date, type, description, ...extra };
}

function place<T>(tab: string, rows: readonly Rowless<T>[]): T[] {
  return rows.map((r, i) => ({ ...r, tab, row: r.row ?? i + 2 }) as T);
}

/** A book with all five input tabs found under their canonical names; the group is Kelompok Tani Makmur unless `settings` say otherwise. */
export function bookOf(parts: {
  settings?: Partial<Settings>;
  members?: readonly Rowless<Member>[];
  loans?: readonly Rowless<Loan>[];
  cash?: readonly Rowless<CashEntry>[];
  activities?: readonly Rowless<Activity>[];
  loanChanges?: readonly Rowless<LoanChange>[];
  columns?: Book['columns'];
}): Book {
  return {
    settings: { ...defaultSettings, groupName: 'Kelompok Tani Makmur', ...parts.settings },
    members: place('Anggota', parts.members ?? []),
    loans: place('Pinjaman', parts.loans ?? []),
    cash: place('Kas', parts.cash ?? []),
    activities: place('Kegiatan', parts.activities ?? []),
    ...(parts.loanChanges && { loanChanges: place('Perubahan Pinjaman', parts.loanChanges) }),
    tabNames: {
      settings: 'Pengaturan',
      members: 'Anggota',
      cash: 'Kas',
      loans: 'Pinjaman',
      activities: 'Kegiatan',
    },
    ...(parts.columns ? { columns: parts.columns } : {}),
  };
}
