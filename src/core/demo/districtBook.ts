// A district office's combined book for measuring speed: at scale 1, 5,000 members, 5,000 loans and
// 100,000 Kas rows over a year, with a few typing slips per thousand rows so that the checks have
// long lists to page. Pure and deterministic (seeded, no clock), like the demo book.
import { seeded } from './seededRandom';
import type { Cell, IsoDate } from '../cell';
import { addDays, formatShortDate } from '../isoDate';
import { loanSchedule } from '../credit/loanSchedule';
import { formatRupiah } from '../money';
import { activitiesTab, cashTab, loansTab, membersTab, settingsTab, type TabSpec } from '../book/schema';
import type { DemoBook, DemoTab } from './demoBook';
import { headerCells, rowCells } from '../book/tabCells';

/** The sizes of the book at scale 1 (the issue's ×1). */
export const DISTRICT_SIZE = { members: 5_000, loans: 5_000, cashRows: 100_000, activities: 200 } as const;

/** The book starts a year before today. */
const WINDOW_DAYS = 365;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const FIRST = ['Dadang', 'Euis', 'Asep', 'Cecep', 'Iis', 'Tatang', 'Entin', 'Yayat', 'Ujang', 'Enok', 'Ade', 'Siti'];
const LAST = ['Suherman', 'Komariah', 'Hidayat', 'Rosita', 'Sutisna', 'Kartini', 'Supriatna', 'Suryana', 'Rukmana'];

interface KasRow {
  readonly date: IsoDate;
  readonly order: number;
  readonly cells: Record<string, Cell>;
}

/**
 * The district book as of `today`, `scale` times the sizes of `DISTRICT_SIZE` (0.1 gives 500
 * members, 500 loans and 10,000 Kas rows). Loans repay monthly; one in ten stops paying after two
 * installments and one in seven pays ten days late; every 400th amount and every 50th NIK is typed
 * as text, so the checks find problems (with fixes) in proportion to the rows.
 */
export function districtBook(today: IsoDate, scale = 1): DemoBook {
  const rand = seeded(14_2026);
  const memberCount = Math.max(1, Math.round(DISTRICT_SIZE.members * scale));
  const loanCount = Math.max(1, Math.round(DISTRICT_SIZE.loans * scale));
  const cashCount = Math.max(loanCount, Math.round(DISTRICT_SIZE.cashRows * scale));
  const activityCount = Math.max(1, Math.round(DISTRICT_SIZE.activities * scale));
  const opening = addDays(today, -WINDOW_DAYS);
  const memberId = (i: number) => `A${pad(i + 1, 6)}`;
  const nameOf = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`;

  const members: Cell[][] = [headerCells(membersTab)];
  for (let i = 0; i < memberCount; i += 1) {
    const nik = `320517${pad(1 + (i % 28), 2)}${pad(1 + (i % 12), 2)}${pad(60 + (i % 40), 2)}${pad(i % 10_000, 4)}`;
    const byKey: Record<string, Cell> = {
      memberId: memberId(i),
      name: nameOf(i),
      nik: i % 50 === 7 ? Number(nik) : nik,
      gender: i % 2 ? 'P' : 'L',
      birthDate: { date: addDays(today, -(9_000 + Math.floor(rand() * 12_000))) },
      role: i === 0 ? 'Ketua' : i === 1 ? 'Bendahara' : 'Anggota',
      phone: `0812${pad(Math.floor(rand() * 1e8), 8)}`,
      joinDate: { date: addDays(opening, -Math.floor(rand() * 1_000)) },
      status: 'Aktif',
      address: `Dusun ${1 + (i % 40)}`,
      landHa: Math.round((0.15 + rand()) * 20) / 20,
      commodity: ['Padi', 'Kentang', 'Kubis', 'Jagung'][i % 4]!,
    };
    members.push(rowCells(membersTab, byKey));
  }

  const cash: KasRow[] = [];
  const addCash = (date: IsoDate, cells: Record<string, Cell>) => {
    if (date <= today) cash.push({ date, order: cash.length, cells });
  };
  const loans: Cell[][] = [headerCells(loansTab)];
  for (let i = 0; i < loanCount && cash.length < cashCount; i += 1) {
    const id = `P${pad(i + 1, 6)}`;
    const borrower = i % memberCount;
    const disbursed = addDays(opening, Math.floor((i * 300) / loanCount));
    const principal = (10 + (i % 41)) * 100_000;
    const terms = { disbursed, principal, monthlyRate: 0.015, method: 'Flat' as const, installments: 10, frequency: 'Bulanan' as const };
    loans.push(
      rowCells(loansTab, {
        loanId: id,
        memberId: memberId(borrower),
        disbursed: { date: disbursed },
        principal,
        ratePercent: 1.5,
        method: 'Flat',
        installments: 10,
        frequency: 'Bulanan',
        purpose: 'Modal tanam',
        source: 'Dana bergulir',
      }),
    );
    addCash(disbursed, {
      receiptNo: `BK-${pad(i + 1, 6)}`,
      description: `Pencairan pinjaman ${id}`,
      category: 'Pencairan Pinjaman',
      memberId: memberId(borrower),
      loanId: id,
      amountOut: principal,
    });
    for (const inst of loanSchedule(terms)) {
      if (i % 10 === 3 && inst.no > 2) break;
      const date = addDays(inst.due, i % 7 === 5 ? 10 : 0);
      addCash(date, {
        receiptNo: `BM-${pad(i + 1, 6)}-${pad(inst.no, 2)}`,
        description: `Angsuran ke-${inst.no} ${id}`,
        category: 'Angsuran Pinjaman',
        memberId: memberId(borrower),
        loanId: id,
        amountIn: inst.principal + inst.jasa,
      });
    }
  }
  // The rest of the rows: members' monthly savings, meeting after meeting.
  for (let k = 0; cash.length < cashCount; k += 1) {
    const m = k % memberCount;
    const date = addDays(opening, (Math.floor(k / memberCount) * 30 + (m % 28)) % WINDOW_DAYS);
    cash.push({
      date,
      order: cash.length,
      cells: { description: `Simpanan wajib - ${nameOf(m)}`, category: 'Simpanan Wajib', memberId: memberId(m), amountIn: 10_000 },
    });
  }
  cash.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  const kas: Cell[][] = [headerCells(cashTab)];
  cash.slice(0, cashCount).forEach((row, r) => {
    const cells: Record<string, Cell> = { ...row.cells, date: { date: row.date } };
    // A typing slip every 400 rows: the amount typed as text, which the checks offer to fix.
    if (r % 400 === 199 && typeof cells.amountIn === 'number') cells.amountIn = formatRupiah(cells.amountIn);
    kas.push(rowCells(cashTab, cells));
  });

  const activities: Cell[][] = [headerCells(activitiesTab)];
  for (let i = 0; i < activityCount; i += 1) {
    const date = addDays(opening, Math.floor((i * WINDOW_DAYS) / activityCount));
    const byKey: Record<string, Cell> = {
      date: i % 100 === 42 ? formatShortDate(date) : { date },
      type: 'Rapat/Diskusi Kelompok',
      description: `Rapat kelompok ${i + 1}`,
      attendance: 10 + (i % 30),
      results: 'Disepakati jadwal tanam',
      nextSteps: 'Tindak lanjut di rapat berikutnya',
      recordedBy: nameOf(i % memberCount),
    };
    activities.push(rowCells(activitiesTab, byKey));
  }

  const settings: Cell[][] = [
    headerCells(settingsTab),
    ['Nama Kelompok', 'Gapoktan Kecamatan Cikajang'],
    ['Kabupaten', 'Garut'],
    ['Provinsi', 'Jawa Barat'],
    ['Saldo Awal Kas', 250_000_000],
    ['Tanggal Saldo Awal', { date: opening }],
    ['Awal Minggu', 'Senin'],
    ['Bahasa', 'id'],
  ];
  const tab = (spec: TabSpec, grid: Cell[][]): DemoTab => ({ spec, name: spec.name, headerRow: 1, grid });
  return {
    today,
    groupName: 'Gapoktan Kecamatan Cikajang',
    tabs: [tab(settingsTab, settings), tab(membersTab, members), tab(cashTab, kas), tab(loansTab, loans), tab(activitiesTab, activities)],
    deliberate: [],
  };
}
