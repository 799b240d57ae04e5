// Writes a typed test `Book` back into the cells of its five input tabs (canonical headers in row 1,
// one data row per typed row in the same order), so a test can read it again through `readBook`.
import {
  cashTab,
  activitiesTab,
  lists,
  loansTab,
  membersTab,
  settingKeys,
  type SettingKey,
  type TabSpec,
} from '../../../src/core/book/schema';
import type { Book } from '../../../src/core/book/types';
import type { Cell, Grid } from '../../../src/core/cell';
import type { TabSource } from '../../../src/core/book/readBook';
import { tabGrid } from '../book/fixtures';

const date = (d: string | undefined): Cell => (d === undefined ? null : { date: d });

function tab<K extends string, R>(
  spec: TabSpec<K>,
  rows: readonly R[],
  cells: (r: R) => Partial<Record<K, Cell | undefined>>,
): Grid {
  return tabGrid(spec, rows.map(cells));
}

function settingsGrid(book: Book): Grid {
  const s = book.settings;
  const values: Partial<Record<SettingKey, Cell | undefined>> = {
    groupName: s.groupName,
    village: s.village,
    district: s.district,
    regency: s.regency,
    province: s.province,
    facilitatorName: s.facilitatorName,
    chairName: s.chairName,
    treasurerName: s.treasurerName,
    openingBalance: s.openingBalance,
    openingDate: date(s.openingDate),
    weekStart: lists.weekday.find((d) => d.value === String(s.weekStart))?.label.id,
    language: s.language,
    kolLimits: s.kolLimits.join(';'),
  };
  return [['Kunci', 'Nilai'], ...settingKeys.map((k) => [k.name, values[k.key] ?? null])];
}

export function bookGrids(book: Book): TabSource {
  const grids: Record<string, Grid> = {
    Pengaturan: settingsGrid(book),
    Anggota: tab(membersTab, book.members, (m) => ({
      memberId: m.id,
      name: m.name,
      role: m.role,
      joinDate: date(m.joinDate),
      status: m.status,
      leaveDate: date(m.leaveDate),
    })),
    Pinjaman: tab(loansTab, book.loans, (l) => ({
      loanId: l.id,
      memberId: l.memberId,
      disbursed: date(l.disbursed),
      principal: l.principal,
      ratePercent: Math.round(l.monthlyRate * 100 * 1e9) / 1e9,
      method: l.method,
      installments: l.installments,
      frequency: l.frequency,
    })),
    Kas: tab(cashTab, book.cash, (e) => ({
      date: date(e.date),
      receiptNo: e.receiptNo,
      description: e.description,
      category: e.category,
      memberId: e.memberId,
      loanId: e.loanId,
      amountIn: e.amountIn === 0 ? null : e.amountIn,
      amountOut: e.amountOut === 0 ? null : e.amountOut,
    })),
    Kegiatan: tab(activitiesTab, book.activities, (a) => ({
      date: date(a.date),
      type: a.type,
      description: a.description,
      attendance: a.attendance,
      results: a.results,
      nextSteps: a.nextSteps,
      recordedBy: a.recordedBy,
    })),
  };
  return { tabNames: () => Object.keys(grids), readTab: (name) => grids[name] ?? [] };
}
