// Siapkan Buku creates exactly the missing input tabs; Pengaturan starts with its keys.
import { missingInputTabs, setupBook } from '../../../src/core/book/setupBook';
import { inputTabs, settingKeys } from '../../../src/core/book/schema';
import { member } from '../bookBuilder';

const ctx = { today: '2026-11-28', members: [] };

describe('setupBook', () => {
  it('makes every column wide enough for its bold header to show whole (found by a print audit: "Jenis Kelam")', () => {
    // About 6.5 px a character of a 10 pt bold header, and the cell's margins: a header of 15
    // characters (`Kepala Keluarga`) was cut at 100 px, one of 14 (`Tanggal Keluar`) was not.
    const narrow = inputTabs.flatMap((tab) =>
      tab.columns
        .filter((c) => c.width < c.header.length * 6.5 + 8)
        .map((c) => `${tab.name}: ${c.header} ${c.width}`),
    );
    expect(narrow).toEqual([]);
  });

  it('plans every input tab for an empty book, in the order of docs/book.md', () => {
    expect(setupBook(['Sheet1'], ctx).map((t) => t.spec.name)).toEqual(inputTabs.map((t) => t.name));
  });

  it('plans nothing when every tab is there, under its name or an alias, in any case', () => {
    expect(
      setupBook(
        [
          'pengaturan',
          'Members',
          'Buku Kas',
          'LOANS',
          'Buku Kegiatan',
          'absensi',
          'Rencana Usaha Kelompok',
          'RDKK',
          'Restrukturisasi',
        ],
        ctx,
      ),
    ).toEqual([]);
  });

  it('plans only the missing ones', () => {
    expect(missingInputTabs(['Anggota', 'Kas', 'RUK']).map((t) => t.name)).toEqual([
      'Pengaturan',
      'Pinjaman',
      'Kegiatan',
      'Perubahan Pinjaman',
      'Daftar Hadir',
      'Saprodi',
    ]);
  });

  it('gives Pengaturan the fine keys and Perubahan Pinjaman its dropdowns (docs/book.md §7)', () => {
    const settings = setupBook([], ctx).find((t) => t.spec.key === 'settings')!;
    expect(settings.rows.find((r) => r[0] === 'Denda Keterlambatan')).toEqual(['Denda Keterlambatan', 0]);
    expect(settings.rows.find((r) => r[0] === 'Masa Tenggang Denda')).toEqual(['Masa Tenggang Denda', 3]);
    const changes = setupBook([], ctx).find((t) => t.spec.key === 'loanChanges')!;
    expect(changes.spec.columns.map((c) => [c.header, c.list ?? null])).toEqual([
      ['ID Pinjaman', null],
      ['Tanggal', null],
      ['Jenis', 'loanChangeKind'],
      ['Jumlah Angsuran Baru', null],
      ['Jasa % per Bulan Baru', null],
      ['Metode Jasa Baru', 'method'],
      ['Frekuensi Baru', 'frequency'],
      ['Keterangan', null],
    ]);
  });

  it('gives Pengaturan its keys, numeric examples as numbers and blank examples empty', () => {
    const settings = setupBook([], ctx).find((t) => t.spec.key === 'settings')!;
    expect(settings.rows.map((r) => r[0])).toEqual(settingKeys.map((k) => k.name));
    expect(settings.rows.find((r) => r[0] === 'Saldo Awal Kas')).toEqual(['Saldo Awal Kas', 0]);
    expect(settings.rows.find((r) => r[0] === 'Nama Kelompok')).toEqual(['Nama Kelompok', null]);
    expect(settings.rows.find((r) => r[0] === 'Batas Kolektibilitas')).toEqual([
      'Batas Kolektibilitas',
      '90;120;180',
    ]);
    expect(setupBook([], ctx).find((t) => t.spec.key === 'members')!.rows).toEqual([]);
  });

  it('gives Daftar Hadir the active members, once, and a first meeting column dated today with the codes', () => {
    const members = [
      { ...member('A001', 'Budi', { joinDate: '2020-01-01' }), tab: 'Anggota', row: 2 },
      { ...member('A002', 'Sri', { joinDate: '2026-12-01' }), tab: 'Anggota', row: 3 },
      {
        ...member('A003', 'Asep', { joinDate: '2020-01-01', status: 'Keluar', leaveDate: '2026-01-01' }),
        tab: 'Anggota',
        row: 4,
      },
      { ...member('A004', 'Dewi', { joinDate: '2020-01-01' }), tab: 'Anggota', row: 5 },
    ];
    const tab = setupBook(['Anggota'], { today: '2026-11-28', members }).find(
      (t) => t.spec.key === 'attendance',
    )!;
    expect(tab.spec.name).toBe('Daftar Hadir');
    expect(tab.spec.columns.map((c) => [c.header, c.kind, c.list ?? null])).toEqual([
      ['ID Anggota', 'text', null],
      ['Nama', 'text', null],
      ['28/11/2026', 'list', 'attendanceMark'],
    ]);
    expect(tab.spec.columns[2]?.note.id).toContain('H hadir, W diwakilkan, I izin, S sakit');
    expect(tab.rows).toEqual([
      ['A001', 'Budi', null],
      ['A004', 'Dewi', null],
    ]);
  });

  it('gives RUK and Saprodi their headers with dropdowns and no rows', () => {
    const plan = setupBook([], ctx);
    const ruk = plan.find((t) => t.spec.key === 'plan')!;
    const saprodi = plan.find((t) => t.spec.key === 'saprodi')!;
    expect(ruk.spec.columns.filter((c) => c.list).map((c) => [c.header, c.list])).toEqual([
      ['Jenis Kegiatan', 'activityType'],
    ]);
    expect(saprodi.spec.columns.filter((c) => c.kind === 'date').map((c) => c.header)).toEqual([
      'Tanggal Terima',
      'Tanggal Tanam',
    ]);
    expect(saprodi.spec.columns.filter((c) => c.list).map((c) => [c.header, c.list])).toEqual([
      ['Jenis', 'saprodiKind'],
    ]);
    expect([ruk.rows, saprodi.rows]).toEqual([[], []]);
  });
});
