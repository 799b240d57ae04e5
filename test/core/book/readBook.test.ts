import { readBook } from '../../../src/core/book/readBook';
import { TODAY, baseMembers, membersGrid, placeOf, sampleTabs, tabSource, withCode } from './fixtures';

describe('readBook: tabs and headers', () => {
  it('reports a missing tab as a problem of its own, not a crash', () => {
    const tabs = sampleTabs();
    delete tabs.Anggota;
    const { book, problems } = readBook(tabSource(tabs), { today: TODAY });
    expect(book.members).toEqual([]);
    expect(withCode(problems, 'tab.missing').map(placeOf)).toEqual([
      { code: 'tab.missing', row: 0, column: '', col: 0, severity: 'error' },
    ]);
    expect(withCode(problems, 'tab.missing')[0]?.message.id).toBe(
      'Tab "Anggota" tidak ada. Buat tab itu dengan Siapkan Buku (menu add-on, atau perintah buku-kelompok setup) atau ganti nama tab yang ada menjadi "Anggota".',
    );
  });

  // A group may have no loans or activities yet: those two tabs missing are warnings, the others errors.
  it.each([
    ['Pengaturan', 'error'],
    ['Anggota', 'error'],
    ['Kas', 'error'],
    ['Pinjaman', 'warning'],
    ['Kegiatan', 'warning'],
  ] as const)('reports the missing tab %s as a %s on the tab, and nothing else breaks', (name, severity) => {
    const tabs = sampleTabs();
    delete tabs[name];
    const { problems } = readBook(tabSource(tabs), { today: TODAY });
    expect(withCode(problems, 'tab.missing')).toEqual([
      expect.objectContaining({ tab: name, row: 0, column: '', col: 0, code: 'tab.missing', severity }),
    ]);
  });

  it('finds a tab through an alias, and names problems with the tab as the user named it', () => {
    const tabs = sampleTabs();
    const grid = membersGrid([...baseMembers, { memberId: 'A004', name: 'Dewi' }]);
    delete tabs.Anggota;
    const { book, problems } = readBook(tabSource({ ...tabs, 'DAFTAR ANGGOTA': grid }), { today: TODAY });
    expect(book.tabNames.members).toBe('DAFTAR ANGGOTA');
    expect(withCode(problems, 'member.joinDate.missing').map((p) => p.tab)).toEqual(['DAFTAR ANGGOTA']);
  });

  it('warns when two tabs stand for the same input tab, and reads the canonical one', () => {
    const { book, problems } = readBook(tabSource({ ...sampleTabs(), Members: membersGrid([]) }), {
      today: TODAY,
    });
    expect(book.members.length).toBe(3);
    expect(withCode(problems, 'tab.ambiguous').map(placeOf)).toEqual([
      { code: 'tab.ambiguous', row: 0, column: '', col: 0, severity: 'warning' },
    ]);
  });

  it('warns about a second tab spelt with other punctuation (`anggota!` beside `Anggota`)', () => {
    const { book, problems } = readBook(tabSource({ ...sampleTabs(), 'anggota!': membersGrid([]) }), {
      today: TODAY,
    });
    expect(book.members.length).toBe(3);
    expect(withCode(problems, 'tab.ambiguous').map((p) => [p.tab, p.message.id])).toEqual([
      [
        'Anggota',
        'Ada lebih dari satu tab untuk "Anggota": "Anggota", "anggota!". Yang dibaca hanya "Anggota"; hapus atau ganti nama tab lainnya.',
      ],
    ]);
  });

  it('reports a tab without a header row and reads nothing from it', () => {
    const grid = [
      ['ID Anggota', 'Nama', 'Tgl Masuk'],
      ['A001', 'Budi', '01/03/2020'],
    ];
    const { book, problems } = readBook(tabSource(sampleTabs({ Anggota: grid })), { today: TODAY });
    expect(book.members).toEqual([]);
    const found = withCode(problems, 'tab.header.notFound');
    expect(found.map(placeOf)).toEqual([
      { code: 'tab.header.notFound', row: 0, column: '', col: 0, severity: 'error' },
    ]);
    expect(found[0]?.message.en).toBe(
      'No header row in the first 10 rows of the tab "Anggota": the column(s) "Tanggal Masuk" are missing. Write those headers in one row.',
    );
  });

  it('warns on a column written twice, at its header cell', () => {
    const grid = membersGrid(baseMembers, { extra: { header: 'Nama Lengkap', values: ['x', 'y', 'z'] } });
    const { book, problems } = readBook(tabSource(sampleTabs({ Anggota: grid })), { today: TODAY });
    expect(book.members[0]?.name).toBe('Budi Santoso');
    expect(withCode(problems, 'tab.header.duplicate').map(placeOf)).toEqual([
      { code: 'tab.header.duplicate', row: 1, column: 'Nama Lengkap', col: 16, severity: 'warning' },
    ]);
  });

  it('names the first of a column written twice by its letter, as the sheet shows it', () => {
    const grid = membersGrid(baseMembers, { extra: { header: 'Nama Lengkap', values: ['x', 'y', 'z'] } });
    const { problems } = readBook(tabSource(sampleTabs({ Anggota: grid })), { today: TODAY });
    expect(withCode(problems, 'tab.header.duplicate').map((p) => [p.row, p.col, p.message])).toEqual([
      [
        1,
        16,
        {
          id: 'Kolom "Nama Lengkap" ada dua kali (juga kolom B). Yang dibaca hanya yang pertama; hapus atau ganti nama yang ini.',
          en: 'The column "Nama Lengkap" appears twice (also column B). Only the first is read; delete or rename this one.',
        },
      ],
    ]);
  });
});

describe('readBook on a small realistic book', () => {
  it('returns the typed book with no problem at all', () => {
    const { book, problems } = readBook(tabSource(sampleTabs()), { today: TODAY });
    expect(problems).toEqual([]);
    expect(book.settings).toEqual({
      groupName: 'Kelompok Tani Makmur',
      village: 'Sukamaju',
      district: 'Cibeber',
      regency: 'Cianjur',
      province: 'Jawa Barat',
      facilitatorName: 'Siti Rahayu',
      openingBalance: 2000000,
      openingDate: '2026-01-01',
      weekStart: 1,
      language: 'id',
      kolLimits: [90, 120, 180],
      lateFine: 0,
      fineGraceDays: 3,
    });
    expect(book.members).toEqual([
      {
        tab: 'Anggota',
        row: 2,
        id: 'A001',
        name: 'Budi Santoso',
        nik: '3203011505800001',
        gender: 'L',
        birthDate: '1980-05-15',
        role: 'Ketua',
        phone: '081234567890',
        joinDate: '2020-03-01',
        status: 'Aktif',
        address: 'Dusun Kaler',
        landHa: 0.5,
        commodity: 'Padi',
      },
      {
        tab: 'Anggota',
        row: 3,
        id: 'A002',
        name: 'Sri Wahyuni',
        nik: '3203015208850002',
        gender: 'P',
        birthDate: '1985-08-12',
        role: 'Bendahara',
        phone: '081234567891',
        joinDate: '2020-03-01',
        status: 'Aktif',
        landHa: 0.25,
      },
      {
        tab: 'Anggota',
        row: 4,
        id: 'A003',
        name: 'Asep Sunandar',
        gender: 'L',
        role: 'Anggota',
        householdHead: 'A001',
        joinDate: '2021-06-10',
        status: 'Aktif',
      },
    ]);
    expect(book.loans).toEqual([
      {
        tab: 'Pinjaman',
        row: 2,
        id: 'P001',
        memberId: 'A003',
        disbursed: '2026-01-15',
        principal: 1200000,
        monthlyRate: 0.015,
        method: 'Flat',
        installments: 12,
        frequency: 'Bulanan',
        purpose: 'Pupuk',
      },
    ]);
    expect(
      book.cash.map((e) => [e.row, e.date, e.category, e.memberId, e.loanId, e.amountIn, e.amountOut]),
    ).toEqual([
      [2, '2026-01-05', 'Simpanan Pokok', 'A001', undefined, 100000, 0],
      [3, '2026-01-05', 'Simpanan Pokok', 'A002', undefined, 100000, 0],
      [4, '2026-01-15', 'Pencairan Pinjaman', 'A003', 'P001', 0, 1200000],
      [5, '2026-02-15', 'Angsuran Pinjaman', 'A003', 'P001', 118000, 0],
      [6, '2026-03-02', 'Pembelian Saprodi', undefined, undefined, 0, 350000],
    ]);
    expect(book.cash[0]).toEqual({
      tab: 'Kas',
      row: 2,
      date: '2026-01-05',
      receiptNo: 'K001',
      description: 'Simpanan pokok Budi',
      category: 'Simpanan Pokok',
      memberId: 'A001',
      amountIn: 100000,
      amountOut: 0,
    });
    expect(book.activities).toEqual([
      {
        tab: 'Kegiatan',
        row: 2,
        date: '2026-11-23',
        type: 'Rapat/Diskusi Kelompok',
        description: 'Rapat bulanan',
        attendance: 18,
        results: 'Sepakat iuran Rp 10.000',
        nextSteps: 'Tagih iuran',
        recordedBy: 'Siti',
      },
    ]);
    expect(book.tabNames).toEqual({
      settings: 'Pengaturan',
      members: 'Anggota',
      cash: 'Kas',
      loans: 'Pinjaman',
      activities: 'Kegiatan',
    });
    expect(book.columns?.cash?.amountOut).toEqual({ header: 'Keluar', col: 8 });
  });

  it('reads the same book from English tab names and headers', () => {
    const english = {
      Settings: [
        ['Key', 'Value'],
        ['Group Name', 'Kelompok Tani Makmur'],
        ['Opening Balance', 2000000],
        ['Opening Date', { date: '2026-01-01' }],
      ],
      Members: [
        ['Member ID', 'Name', 'Gender', 'Role', 'Join Date', 'Status'],
        ['A001', 'Budi', 'M', 'Chair', { date: '2020-03-01' }, 'Active'],
        ['A002', 'Sri', 'F', 'Treasurer', { date: '2020-03-01' }, 'Active'],
      ],
      'Cash Book': [
        ['Date', 'Receipt No', 'Description', 'Category', 'Member ID', 'Loan ID', 'In', 'Out'],
        [{ date: '2026-01-05' }, 'R1', 'Dues', 'Dues', 'A001', null, 10000, null],
      ],
      Loans: [['Loan ID', 'Member ID', 'Disbursed', 'Principal', 'Rate % per Month', 'Installments']],
      Activities: [['Date', 'Type', 'Description']],
    };
    const { book, problems } = readBook(tabSource(english), { today: TODAY });
    expect(problems).toEqual([]);
    expect(book.members.map((m) => [m.id, m.gender, m.role, m.status])).toEqual([
      ['A001', 'L', 'Ketua', 'Aktif'],
      ['A002', 'P', 'Bendahara', 'Aktif'],
    ]);
    expect(book.cash.map((e) => [e.category, e.amountIn])).toEqual([['Iuran', 10000]]);
  });
});
