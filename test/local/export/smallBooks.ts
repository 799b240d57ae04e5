// Small generated books for the export's tests and bench: a handful of members, a year of savings,
// one to three loans repaid on time, late or not at all, a few activities, and in some books a
// deliberate problem, across five kecamatan; in five books of six, five meetings of `Daftar Hadir`,
// four `RUK` rows done on time, late or not, and a season of `Saprodi` right or wrong on each count.
// Deterministic: book i is always the same cells.
import type { Cell, Grid, IsoDate } from '../../../src/core/cell';
import {
  activitiesTab,
  attendanceTab,
  cashTab,
  loanChangesTab,
  loansTab,
  membersTab,
  planTab,
  saprodiTab,
  settingsTab,
  type TabSpec,
} from '../../../src/core/book/schema';
import { loanSchedule } from '../../../src/core/credit/loanSchedule';
import { addDays, addMonthsClamped } from '../../../src/core/isoDate';
import type { TabSource } from '../../../src/core/book/tabRows';
import { XlsxWorkbook } from '../../../src/local/xlsxWorkbook';
import { readFileSync } from 'node:fs';
import { reviewBook, type ReviewedBook } from '../../../src/core/reviewBook';
import { openBook } from '../../../src/local/openBook';

export interface SmallBookTab {
  readonly spec: TabSpec;
  readonly grid: Grid;
}

const PLACES = [
  { district: 'Cikajang', regency: 'Garut', province: 'Jawa Barat' },
  { district: 'Cisurupan', regency: 'Garut', province: 'Jawa Barat' },
  { district: 'Pangalengan', regency: 'Bandung', province: 'Jawa Barat' },
  { district: 'Kertasari', regency: 'Bandung', province: 'Jawa Barat' },
  { district: 'Batu', regency: 'Kota Batu', province: 'Jawa Timur' },
];

const d = (date: IsoDate): Cell => ({ date });

/** The input tabs of book `i` as of `today`; `extraCash` adds that many savings rows (a changed book). */
export function smallBookTabs(i: number, today: IsoDate, extraCash = 0): SmallBookTab[] {
  const place = PLACES[i % PLACES.length]!;
  const start = addDays(today, -360);
  const settings: Cell[][] = [
    ['Kunci', 'Nilai'],
    ['Nama Kelompok', `Kelompok Tani Sumber ${i + 1}`],
    ['Desa', `Desa ${(i % 9) + 1}`],
    // Every 17th book has no Kecamatan: the office summary must still count it.
    ['Kecamatan', i % 17 === 5 ? '' : place.district],
    ['Kabupaten', place.regency],
    ['Provinsi', place.province],
    ['Saldo Awal Kas', 20_000_000],
    ['Tanggal Saldo Awal', d(start)],
  ];

  const memberCount = 4 + (i % 6);
  const ids = Array.from({ length: memberCount }, (_, k) => `A${String(k + 1).padStart(2, '0')}`);
  const members: Cell[][] = [
    ['ID Anggota', 'Nama', 'NIK', 'Jabatan', 'Tanggal Masuk', 'Status', 'Tanggal Keluar', 'Jenis Kelamin'],
  ];
  // Every third member a woman: her NIK's day of birth is raised by 40.
  const isWoman = (k: number) => k % 3 === 1;
  ids.forEach((id, k) => {
    const role = k === 0 ? 'Ketua' : k === 1 ? 'Bendahara' : 'Anggota';
    // A NIK of Garut (3205), born on the 1st to 28th of March 1980, one per member.
    const day = String((k % 28) + 1 + (isWoman(k) ? 40 : 0)).padStart(2, '0');
    let nik: Cell = `320501${day}0380${String(i % 10000).padStart(4, '0')}`;
    if (i % 11 === 4 && k === 2) nik = '32050112038'; // too short: an error in this book
    const leaves = i % 4 === 1 && k === memberCount - 1;
    members.push([
      id,
      `Anggota ${k + 1}`,
      nik,
      role,
      d(start),
      leaves ? 'Keluar' : 'Aktif',
      leaves ? d(addDays(today, -30)) : null,
      // In every seventh book one member's gender is not given: not counted in the women's share.
      isWoman(k) ? 'P' : i % 7 === 2 && k === 3 ? null : 'L',
    ]);
  });

  const cash: Cell[][] = [
    ['Tanggal', 'No Bukti', 'Uraian', 'Kategori', 'ID Anggota', 'ID Pinjaman', 'Masuk', 'Keluar', 'Kode RUK'],
  ];
  const addCash = (
    date: IsoDate,
    what: string,
    category: string,
    member: string | null,
    loan: string | null,
    amountIn: number,
    amountOut: number,
    planCode: string | null = null,
  ) =>
    cash.push([d(date), null, what, category, member, loan, amountIn || null, amountOut || null, planCode]);
  for (let month = 0; month < 12; month++) {
    const date = addMonthsClamped(start, month);
    if (date > today) break;
    ids.forEach((id, k) => {
      if (!(i % 4 === 1 && k === memberCount - 1 && date > addDays(today, -30)))
        addCash(date, `Simpanan wajib ${id}`, 'Simpanan Wajib', id, null, 10_000, 0);
    });
  }
  for (let e = 0; e < extraCash; e++)
    addCash(
      addDays(today, -1),
      `Simpanan sukarela tambahan ${e + 1}`,
      'Simpanan Sukarela',
      'A01',
      null,
      25_000,
      0,
    );

  const loans: Cell[][] = [
    [
      'ID Pinjaman',
      'ID Anggota',
      'Tanggal Cair',
      'Pokok',
      'Jasa % per Bulan',
      'Metode Jasa',
      'Jumlah Angsuran',
      'Frekuensi',
    ],
  ];
  // Every 10th book has no loan: its PAR30 is none, not 0.
  const loanCount = i % 10 === 9 ? 0 : 1 + (i % 3);
  for (let k = 0; k < loanCount; k++) {
    const id = `P${String(k + 1).padStart(3, '0')}`;
    const member = ids[(k + 2) % memberCount]!;
    const disbursed = addDays(today, -(60 + ((i * 37 + k * 53) % 240)));
    const principal = (5 + ((i + k) % 16)) * 100_000;
    const method = (['Flat', 'Menurun', 'Anuitas'] as const)[(i + k) % 3];
    const terms = {
      principal,
      monthlyRate: 0.015,
      method,
      installments: 10,
      frequency: 'Bulanan' as const,
      disbursed,
    };
    loans.push([id, member, d(disbursed), principal, 1.5, method, 10, 'Bulanan']);
    addCash(disbursed, `Pencairan ${id}`, 'Pencairan Pinjaman', member, id, 0, principal);
    // 0: repaid on time; 1: two installments, then nothing; 2: paid a week late; 3: never.
    const behaviour = (i * 3 + k) % 4;
    loanSchedule(terms).forEach((inst, n) => {
      const paidOn = behaviour === 2 ? addDays(inst.due, 7) : inst.due;
      if (paidOn > today || behaviour === 3 || (behaviour === 1 && n >= 2)) return;
      addCash(
        paidOn,
        `Angsuran ${id} ke-${n + 1}`,
        'Angsuran Pinjaman',
        member,
        id,
        inst.principal + inst.jasa,
        0,
      );
    });
  }
  const duties = i % 6 !== 0;
  if (duties && i % 3 === 1)
    addCash(addDays(today, -33), 'Konsumsi rapat RUK', 'Biaya Operasional', null, null, 0, 150_000, 'R02');
  // Every 7th book pays savings of a member not in Anggota: an error the export must carry.
  if (i % 7 === 3)
    addCash(addDays(today, -10), 'Simpanan wajib X99', 'Simpanan Wajib', 'X99', null, 10_000, 0);
  const body = cash
    .slice(1)
    .sort((a, b) =>
      String((a[0] as { date: string }).date).localeCompare(String((b[0] as { date: string }).date)),
    );

  const activities: Cell[][] = [
    ['Tanggal', 'Jenis Kegiatan', 'Uraian', 'Jumlah Hadir', 'Kode RUK', 'Volume'],
  ];
  // The newest meeting carries out R04 in three books of four (before its month: on time), the
  // second R02 (in its month), the third R01 in odd books (after its month: late), else R03 (on time).
  const planOf = (a: number): string | null => {
    if (!duties) return null;
    if (a === 0) return i % 4 === 0 ? null : 'R04';
    if (a === 1) return 'R02';
    return i % 2 ? 'R01' : 'R03';
  };
  for (let a = 0; a < 2 + (i % 3); a++)
    activities.push([
      d(addDays(today, -(a * 30 + 3))),
      'Rapat/Diskusi Kelompok',
      `Rapat bulanan ${a + 1}`,
      memberCount - (a % 2),
      planOf(a),
      planOf(a) === null ? null : a + 1,
    ]);

  const tabs: SmallBookTab[] = [
    { spec: settingsTab, grid: settings },
    { spec: membersTab, grid: members },
    { spec: cashTab, grid: [cash[0]!, ...body] },
    { spec: loansTab, grid: loans },
    { spec: activitiesTab, grid: activities },
  ];
  // A loan written off in one book of thirteen, rescheduled to 12 installments in another.
  if (loanCount > 0 && (i % 13 === 6 || i % 13 === 7))
    tabs.push({
      spec: loanChangesTab,
      grid: [
        ['ID Pinjaman', 'Tanggal', 'Jenis', 'Jumlah Angsuran Baru', 'Keterangan'],
        i % 13 === 6
          ? ['P001', d(addDays(today, -20)), 'Hapus Buku', null, 'Anggota pindah ke luar daerah']
          : ['P001', d(addDays(today, -40)), 'Jadwal Ulang', 12, 'Gagal panen'],
      ],
    });
  if (!duties) return tabs;

  // Five monthly meetings, oldest first; marks H, W, I, S, A and blank in turn.
  const meetingDates = [4, 3, 2, 1, 0].map((a) => addDays(today, -(a * 30 + 3)));
  const marks = ['H', 'H', 'W', 'I', 'S', 'A', null, 'H', 'H'];
  const attendance: Cell[][] = [['ID Anggota', 'Nama', ...meetingDates.map(d)]];
  ids.forEach((id, k) => {
    // In every fifth book the last member has no row: absent at every meeting.
    if (i % 5 === 2 && k === memberCount - 1) return;
    const left = i % 4 === 1 && k === memberCount - 1;
    attendance.push([
      id,
      `Anggota ${k + 1}`,
      ...meetingDates.map((date, a) =>
        left && date > addDays(today, -30) ? null : (marks[(i + k * 4 + a * 5) % marks.length] ?? null),
      ),
    ]);
  });
  // A repeated row (not counted) and a member not in Anggota: the checks' problems, kept in the table.
  if (i % 8 === 3) attendance.push(['A01', 'Anggota 1', ...meetingDates.map(() => 'H')]);
  if (i % 9 === 4) attendance.push(['X77', 'Tamu', ...meetingDates.map(() => 'H')]);

  const month = (date: IsoDate): Cell => d(`${date.slice(0, 7)}-15`);
  const plan: Cell[][] = [
    ['Kode', 'Kegiatan', 'Jenis Kegiatan', 'Bulan', 'Target', 'Satuan', 'Biaya (Rp)'],
    ['R01', 'Rapat evaluasi', 'Rapat/Diskusi Kelompok', month(addDays(today, -100)), 1, 'kali', 250_000],
    ['R02', 'Rapat RUK', 'Rapat/Diskusi Kelompok', month(addDays(today, -33)), 2, 'kali', 150_000],
    ['R03', 'Pelatihan pupuk organik', 'Pelatihan', month(addDays(today, -70)), 20, 'orang', null],
    ['R04', 'Rapat musim tanam', 'Rapat/Diskusi Kelompok', month(addDays(today, 20)), 1, 'kali', 100_000],
    // Last year's plan: not done, and not counted in this year's RUK on time.
    ['R05', 'Studi banding', 'Pelatihan', month(addDays(today, -400)), 1, 'kali', null],
  ];

  // One season planted 30 days ago, right, short, late or not received in turn; a season to come.
  const saprodi: Cell[][] = [
    [
      'Musim Tanam',
      'ID Anggota',
      'Komoditas',
      'Luas Tanam (ha)',
      'Jenis',
      'Rencana (kg)',
      'Diterima (kg)',
      'Tanggal Terima',
      'Tanggal Tanam',
    ],
  ];
  ids.forEach((id, k) => {
    const planned = 50 * (k + 1);
    const how = (i + k) % 4;
    const planting = k % 5 === 4 ? null : d(addDays(today, -30));
    saprodi.push([
      'MT I 2026',
      id,
      'Padi',
      0.5,
      'Urea',
      planned,
      how === 3 ? null : how === 1 ? planned - 10 : planned,
      how === 3 ? null : d(addDays(today, how === 2 ? -20 : -40)),
      planting,
    ]);
    if (k < 2) saprodi.push(['MT II 2027', id, 'Jagung', 0.5, 'NPK', 40, null, null, d(addDays(today, 60))]);
  });
  return [
    ...tabs,
    { spec: attendanceTab, grid: attendance },
    { spec: planTab, grid: plan },
    { spec: saprodiTab, grid: saprodi },
  ];
}

export function smallBookWorkbook(i: number, today: IsoDate, extraCash = 0): XlsxWorkbook {
  const workbook = XlsxWorkbook.create();
  workbook.stampDates(today);
  for (const tab of smallBookTabs(i, today, extraCash))
    workbook.writeInputGrid(tab.spec, tab.spec.name, tab.grid, 1);
  return workbook;
}

/**
 * Book `i` as a file of its cells in JSON, and a reader of such files: for tests that export many
 * books and need them read in milliseconds, not through exceljs (the .xlsx adapter has its own
 * contract tests; the export's own tests also export real .xlsx files).
 */
export function smallBookJson(i: number, today: IsoDate, extraCash = 0): string {
  return JSON.stringify(smallBookTabs(i, today, extraCash).map((t) => ({ name: t.spec.name, grid: t.grid })));
}

export function jsonBookSource(content: string): TabSource {
  const tabs = JSON.parse(content) as { name: string; grid: Grid }[];
  return {
    tabNames: () => tabs.map((t) => t.name),
    readTab: (name) => tabs.find((t) => t.name === name)?.grid ?? [],
  };
}

/** Opens a test book: a `.json` file of cells without exceljs, anything else as the command line does. */
export async function openTestBook(path: string, today: IsoDate): Promise<ReviewedBook> {
  return path.endsWith('.json')
    ? reviewBook(jsonBookSource(readFileSync(path, 'utf8')), today)
    : openBook(path, today);
}
