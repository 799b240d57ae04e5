// The demo book: deterministic, dated from today, and as rich as the issue asks.
import { isDateCell, type Cell, type Grid } from '../../../src/core/cell';
import { addDays, isIsoDate } from '../../../src/core/isoDate';
import { lists } from '../../../src/core/book/schema';
import { upgradeBook } from '../../../src/core/book/upgradeBook';
import { demoBook, type DemoTab } from '../../../src/core/demo/demoBook';
import { attendanceReport } from '../../../src/core/attendance/attendanceReport';
import { reviewBook } from '../../../src/core/reviewBook';
import { daysBetween } from '../../../src/core/isoDate';
import { PLAN_STATUSES, planReport } from '../../../src/core/plan/planReport';
import { saprodiReport, saprodiSeasons } from '../../../src/core/saprodi/saprodiReport';

const today = '2026-11-28';
const book = demoBook(today);

function tab(name: string): DemoTab {
  const found = book.tabs.find((t) => t.name === name);
  if (!found) throw new Error(`no tab ${name}`);
  return found;
}

/** Data rows as objects keyed by header. */
function rows(name: string): Record<string, Cell>[] {
  const t = tab(name);
  const header = t.grid[t.headerRow - 1] as readonly Cell[];
  return t.grid.slice(t.headerRow).map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i] ?? null])));
}

const dateOf = (c: Cell): string => (isDateCell(c) ? c.date : String(c));

describe('demoBook', () => {
  it('is the same for the same today, cell for cell', () => {
    expect(JSON.stringify(demoBook(today))).toBe(JSON.stringify(book));
  });

  it('moves with today: every date shifts with it, the rest stays', () => {
    const later = demoBook(addDays(today, 7));
    const shift = (grid: Grid) =>
      JSON.stringify(grid, (_k, v: unknown) => (isDateCell(v) ? { date: addDays(v.date, 7) } : v));
    // Members' join dates and birth years are counted from today too; the cash book is the test.
    expect(JSON.stringify(later.tabs[3]?.grid)).toBe(shift(tab('Pinjaman').grid));
  });

  it('has the nine input tabs, Kas with a title above its header', () => {
    expect(book.tabs.map((t) => t.name)).toEqual([
      'Pengaturan',
      'Anggota',
      'Kas',
      'Pinjaman',
      'Kegiatan',
      'Perubahan Pinjaman',
      'Daftar Hadir',
      'RUK',
      'Saprodi',
    ]);
    expect(tab('Kas').headerRow).toBe(3);
    expect(tab('Kas').grid[0]).toEqual(['BUKU KAS KELOMPOK TANI MEKAR SARI']);
  });

  it('has about 30 members in households, with valid NIKs and phones', () => {
    const members = rows('Anggota');
    expect(members).toHaveLength(30);
    const ids = new Set(members.map((m) => m['ID Anggota']));
    const heads = members.filter((m) => m['Kepala Keluarga'] !== null);
    expect(heads.length).toBeGreaterThan(10);
    for (const m of heads) expect(ids.has(m['Kepala Keluarga'] as string)).toBe(true);
    for (const m of members) {
      const nik = String(m['NIK']);
      expect(nik).toMatch(/^32\d{14}$/);
      const birth = dateOf(m['Tanggal Lahir'] as Cell);
      const day = Number(nik.slice(6, 8)) - (m['Jenis Kelamin'] === 'P' ? 40 : 0);
      expect(`${birth.slice(8, 10)}${birth.slice(5, 7)}${birth.slice(2, 4)}`).toBe(
        `${String(day).padStart(2, '0')}${nik.slice(8, 12)}`,
      );
      const phone = m['No HP'];
      if (typeof phone === 'string') expect(phone.replace(/[\s-]/g, '')).toMatch(/^08[1-35-9]\d{8,11}$/);
    }
    expect(members.filter((m) => m['Jabatan'] === 'Ketua')).toHaveLength(1);
    expect(members.filter((m) => m['Jabatan'] === 'Bendahara')).toHaveLength(1);
    expect(members.filter((m) => m['Status'] === 'Keluar')).toHaveLength(1);
    expect(new Set(members.map((m) => String(m['NIK']))).size).toBe(30);
  });

  it('keeps a year and three months of cash book up to today, never below zero', () => {
    const cash = rows('Kas');
    const settings = new Map(tab('Pengaturan').grid.map((r) => [r[0], r[1]]));
    const opening = dateOf(settings.get('Tanggal Saldo Awal') as Cell);
    expect(opening).toBe(addDays(today, -92 - 365));
    // Every month of the current calendar year is in the book (npm start shows its SHU).
    expect(opening <= `${today.slice(0, 4)}-01-01`).toBe(true);
    let balance = settings.get('Saldo Awal Kas') as number;
    for (const r of cash) {
      const date = dateOf(r['Tanggal'] as Cell);
      expect(isIsoDate(date)).toBe(true);
      expect(date >= opening && date <= today).toBe(true);
      const out = r['Keluar'];
      balance += ((r['Masuk'] as number | null) ?? 0) - (typeof out === 'string' ? 1_500_000 : ((out as number | null) ?? 0));
      expect(balance).toBeGreaterThanOrEqual(0);
    }
    const categories = new Set(cash.map((r) => r['Kategori']));
    for (const c of [
      'Simpanan Pokok',
      'Simpanan Wajib',
      'Simpanan Sukarela',
      'Iuran',
      'Pembelian Saprodi',
      'Penjualan Hasil',
      'Bantuan/Hibah',
      'Biaya Operasional',
      'Pencairan Pinjaman',
      'Angsuran Pinjaman',
    ])
      expect(categories.has(c)).toBe(true);
  });

  it('collects Simpanan Pokok once from every member, as a real group does', () => {
    const pokok = rows('Kas').filter((r) => r['Kategori'] === 'Simpanan Pokok');
    const ids = rows('Anggota').map((m) => m['ID Anggota']);
    expect(ids).toHaveLength(30);
    expect(pokok.map((r) => r['ID Anggota']).sort()).toEqual([...ids].sort());
    for (const r of pokok) expect(r['Masuk']).toBe(50_000);
  });

  it('has seventeen loans (four from the year before) of all three methods, two weekly, one at harvest, each disbursed once in Kas', () => {
    const loans = rows('Pinjaman');
    expect(loans).toHaveLength(17);
    expect(new Set(loans.map((l) => l['Metode Jasa']))).toEqual(new Set(['Flat', 'Menurun', 'Anuitas']));
    expect(loans.filter((l) => l['Frekuensi'] === 'Mingguan')).toHaveLength(2);
    expect(loans.filter((l) => l['Frekuensi'] === 'Musiman')).toHaveLength(1);
    const cash = rows('Kas');
    for (const l of loans) {
      const out = cash.filter((r) => r['Kategori'] === 'Pencairan Pinjaman' && r['ID Pinjaman'] === l['ID Pinjaman']);
      expect(out).toHaveLength(1);
      expect(dateOf(out[0]?.['Tanggal'] as Cell)).toBe(dateOf(l['Tanggal Cair'] as Cell));
    }
  });

  it('has activities of all nine kinds, each with results and next steps, one today', () => {
    const activities = rows('Kegiatan');
    expect(new Set(activities.map((a) => a['Jenis Kegiatan']))).toEqual(
      new Set(lists.activityType.map((t) => t.value)),
    );
    for (const a of activities) {
      expect(a['Hasil']).toEqual(expect.any(String));
      expect(a['Rencana Tindak Lanjut']).toEqual(expect.any(String));
    }
    expect(activities.some((a) => isDateCell(a['Tanggal'] as Cell) && dateOf(a['Tanggal'] as Cell) === today)).toBe(
      true,
    );
  });

  it('holds every Pengaturan key, so that Siapkan Buku has nothing to add to it', () => {
    const tabs = new Map(book.tabs.map((t) => [t.name, t.grid]));
    const up = upgradeBook({
      tabNames: () => [...tabs.keys()],
      readTab: (name) => tabs.get(name)!,
      dropdownChoices: () => lists.frequency.map((f) => f.value),
    });
    expect(up).toEqual({ additions: { rows: [], dropdowns: [] }, widened: [], ownRules: [] });
  });

  it('lists its deliberate problems where they are', () => {
    expect(book.deliberate.map((d) => [d.tab, d.column, d.what])).toEqual([
      ['Anggota', 'NIK', 'NIK stored as a number'],
      ['Anggota', 'No HP', 'phone number lost its leading zero'],
      ['Kas', 'Keluar', 'money typed as text'],
      ['Kas', 'No Bukti', 'duplicate receipt number'],
      ['Kegiatan', 'Tanggal', 'date typed as text'],
      ['Saprodi', 'Tanggal Terima', 'farm inputs received after planting'],
      ['Saprodi', 'ID Anggota', 'farm inputs handed out under a member who has left'],
      ['Saprodi', 'Jenis', 'subsidised inputs for an area over the subsidy limit'],
    ]);
    for (const d of book.deliberate) {
      const t = tab(d.tab);
      const header = t.grid[t.headerRow - 1] as readonly Cell[];
      const cellValue = t.grid[d.row - 1]?.[header.indexOf(d.column)];
      if (d.what.includes('as a number') || d.what.includes('leading zero'))
        expect(typeof cellValue).toBe('number');
      if (d.what.includes('as text')) expect(typeof cellValue).toBe('string');
    }
    const kas = tab('Kas');
    const dup = book.deliberate.find((d) => d.column === 'No Bukti');
    const receipts = kas.grid.slice(3).map((r) => r[1]);
    const value = kas.grid[(dup?.row ?? 0) - 1]?.[1];
    expect(receipts.filter((r) => r === value)).toHaveLength(2);
  });

  it('is valid for any today, including month ends and leap days', () => {
    for (const day of ['2024-02-29', '2026-01-01', '2026-03-31', '2027-12-31']) {
      const b = demoBook(day);
      expect(b.deliberate).toHaveLength(8);
      const kas = b.tabs[2] as DemoTab;
      for (const r of kas.grid.slice(3)) expect(dateOf(r[0] as Cell) <= day).toBe(true);
    }
  });
});

describe('the demo book’s facilitator duties', () => {
  const grids = new Map<string, Grid>(book.tabs.map((t) => [t.name, t.grid]));
  const { book: read } = reviewBook({ tabNames: () => [...grids.keys()], readTab: (n) => grids.get(n) ?? [] }, today);

  it('has a year of monthly meetings, two members to visit, and households sending one another', () => {
    const report = attendanceReport(read, today);
    expect(report.meetings).toHaveLength(12);
    expect(daysBetween(report.meetings[0]?.date ?? today, today)).toBeLessThanOrEqual(366);
    expect(report.toVisit.map((v) => v.memberId).sort()).toEqual(['A007', 'A023']);
    expect(report.meetings.some((m) => m.represented > 0)).toBe(true);
    for (const m of report.meetings) expect(m.rate).toBeGreaterThan(0.5);
  });

  it('has a RUK with rows in every status', () => {
    const report = planReport(read, today);
    for (const status of PLAN_STATUSES) expect(report.counts[status]).toBeGreaterThan(0);
    expect(report.totalSpent).toBe(6_200_000 + 450_000);
  });

  it('has two seasons of saprodi, each with rows not right on each count', () => {
    const seasons = saprodiSeasons(read);
    expect(seasons).toHaveLength(2);
    const first = saprodiReport(read, seasons[0] ?? '', today);
    expect(first.rows).toHaveLength(36);
    expect(first.rightAmount.right).toBe(35);
    expect(first.rightTime.right).toBe(35);
    expect(first.rdkk.every((l) => l.nik !== null && /^\d{16}$|^\d+$/.test(l.nik))).toBe(true);
    // The second, planted in two turns (six days ago, and in eight days), is judged as a facilitator
    // would: the NPK handed out under the member who left is the wrong person; the member who stopped
    // coming has received nothing though her tomatoes are planted; one NPK is short; the rest came
    // before planting, the second turn's Organik today but A014's, still to come: not yet due.
    const second = saprodiReport(read, seasons[1] ?? '', today);
    expect(second.rows).toHaveLength(27);
    expect(second.rows.filter((r) => !r.rightPerson).map((r) => [r.memberId, r.kind])).toEqual([['A027', 'NPK']]);
    expect(second.rows.filter((r) => r.notYetDue).map((r) => [r.memberId, r.kind])).toEqual([['A014', 'Organik']]);
    const due = second.rows.filter((r) => !r.notYetDue);
    expect(due.filter((r) => r.rightTime !== true).map((r) => [r.memberId, r.kind])).toEqual([
      ['A007', 'NPK'],
      ['A007', 'Organik'],
    ]);
    expect(due.filter((r) => !r.rightAmount).map((r) => [r.memberId, r.kind])).toEqual([
      ['A006', 'NPK'],
      ['A007', 'NPK'],
      ['A007', 'Organik'],
    ]);
    expect([second.rightPerson, second.rightAmount, second.rightTime, second.allRight].map((s) => [s.right, s.rows])).toEqual([
      [26, 27],
      [23, 26],
      [24, 26],
      [22, 26],
    ]);
    expect(second.notYetDue).toBe(1);
    expect(second.rows.filter((r) => r.plantingDate !== null && r.plantingDate > today)).toHaveLength(19);
    expect(second.rows.filter((r) => r.receivedDate === today)).toHaveLength(8);
    // From her planting date on, A014's Organik is judged: neither the right amount nor the right time.
    const planted = saprodiReport(read, seasons[1] ?? '', addDays(today, 8));
    expect([planted.notYetDue, planted.allRight.right, planted.allRight.rows]).toEqual([0, 22, 27]);
    // One bigger farmer plants 2.4 ha, over Batas Luas Subsidi: his NPK is warned about, his seed is not.
    expect(second.overLimit).toEqual([{ memberId: 'A025', areaHa: 2.4 }]);
    expect(second.kinds.map((k) => k.kind)).toEqual(['NPK', 'Organik', 'Benih']);
  });
});
