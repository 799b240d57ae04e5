// The shape of the book (docs/book.md §3) as data: tabs, their columns and aliases, list values.
// Every reader, the set-up of a new book, the demo book and the tests use these, never their own copies.
import { text as t, type Bilingual } from '../text';

export type InputTabKey =
  | 'settings'
  | 'members'
  | 'cash'
  | 'loans'
  | 'activities'
  | 'loanChanges'
  | 'attendance'
  | 'plan'
  | 'saprodi';

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  /** Canonical Indonesian header, as `Siapkan Buku` writes it. */
  readonly header: string;
  /** Other headers that mean the same column (English and common Indonesian variants). */
  readonly aliases: readonly string[];
  /** Required in the header row for the tab to be found (docs/book.md §1). */
  readonly required: boolean;
  /** What the column holds, shown as a note on its header by `Siapkan Buku`. */
  readonly note: Bilingual;
  /** How `Siapkan Buku` formats the column. */
  readonly kind: 'text' | 'date' | 'rupiah' | 'number' | 'list';
  /**
   * Digits typed here are a code, not a number (NIK, No HP, IDs, No Bukti): `Siapkan Buku` formats
   * the column as plain text (`@`), so that Sheets keeps the `0` of `0812…` and all 16 digits of a
   * NIK (as a number it keeps 15 and shows 3.2E+15).
   */
  readonly textFormat?: boolean;
  /** For list columns: the list whose canonical values the dropdown offers. */
  readonly list?: ListKey;
  /** Width in pixels for `Siapkan Buku`. */
  readonly width: number;
}

export interface TabSpec<K extends string = string> {
  readonly key: InputTabKey;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly title: Bilingual;
  readonly columns: readonly ColumnSpec<K>[];
}

/** Tab names are compared without case, spaces or punctuation. */
export function normaliseTabName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Headers are compared ignoring case, spaces, dots and brackets (not other punctuation). */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[\s.()[\]{}]+/g, '');
}

/** List values are compared ignoring case and spaces. */
export function normaliseListValue(value: string): string {
  return value.toLowerCase().replace(/\s+/g, '');
}

export const settingsTab: TabSpec<'key' | 'value'> = {
  key: 'settings',
  name: 'Pengaturan',
  aliases: ['Settings', 'Setelan'],
  title: t('Pengaturan', 'Settings'),
  columns: [
    {
      key: 'key',
      header: 'Kunci',
      aliases: ['Key'],
      required: true,
      note: t('Nama pengaturan', 'Setting name'),
      kind: 'text',
      width: 200,
    },
    {
      key: 'value',
      header: 'Nilai',
      aliases: ['Value'],
      required: true,
      note: t('Isi pengaturan', 'Setting value'),
      kind: 'text',
      width: 280,
    },
  ],
};

export type SettingKey =
  | 'groupName'
  | 'village'
  | 'district'
  | 'regency'
  | 'province'
  | 'facilitatorName'
  | 'chairName'
  | 'treasurerName'
  | 'openingBalance'
  | 'openingDate'
  | 'weekStart'
  | 'language'
  | 'kolLimits'
  | 'shuIncome'
  | 'shuCosts'
  | 'shuParts'
  | 'lateFine'
  | 'fineGraceDays'
  | 'subsidyAreaLimit';

export interface SettingSpec {
  readonly key: SettingKey;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
  /** The value `Siapkan Buku` writes, and what a blank value means. */
  readonly example: string;
  readonly note: Bilingual;
}

export const settingKeys: readonly SettingSpec[] = [
  {
    key: 'groupName',
    name: 'Nama Kelompok',
    aliases: ['Group Name', 'Kelompok'],
    required: true,
    example: '',
    note: t('Nama kelompok tani (wajib)', 'Farmer group name (required)'),
  },
  {
    key: 'village',
    name: 'Desa',
    aliases: ['Village', 'Kelurahan', 'Desa/Kelurahan'],
    required: false,
    example: '',
    note: t('Desa atau kelurahan', 'Village'),
  },
  {
    key: 'district',
    name: 'Kecamatan',
    aliases: ['District'],
    required: false,
    example: '',
    note: t('Kecamatan', 'District'),
  },
  {
    key: 'regency',
    name: 'Kabupaten',
    aliases: ['Regency', 'Kabupaten/Kota', 'Kota'],
    required: false,
    example: '',
    note: t('Kabupaten atau kota', 'Regency or city'),
  },
  {
    key: 'province',
    name: 'Provinsi',
    aliases: ['Province'],
    required: false,
    example: '',
    note: t('Provinsi', 'Province'),
  },
  {
    key: 'facilitatorName',
    name: 'Nama Pendamping',
    aliases: ['Facilitator', 'Facilitator Name', 'Pendamping'],
    required: false,
    example: '',
    note: t('Nama pendamping, untuk jurnal', 'Facilitator name, for the journal'),
  },
  {
    key: 'chairName',
    name: 'Nama Ketua',
    aliases: ['Chair', 'Chair Name', 'Ketua'],
    required: false,
    example: '',
    note: t('Nama ketua kelompok, untuk jurnal', 'Chair name, for the journal'),
  },
  {
    key: 'treasurerName',
    name: 'Nama Bendahara',
    aliases: ['Treasurer', 'Treasurer Name', 'Bendahara'],
    required: false,
    example: '',
    note: t('Nama bendahara', 'Treasurer name'),
  },
  {
    key: 'openingBalance',
    name: 'Saldo Awal Kas',
    aliases: ['Opening Balance', 'Opening Cash Balance', 'Saldo Awal'],
    required: false,
    example: '0',
    note: t(
      'Saldo kas sebelum baris pertama Kas (Rupiah, kosong = 0)',
      'Cash balance before the first Kas row (Rupiah, blank = 0)',
    ),
  },
  {
    key: 'openingDate',
    name: 'Tanggal Saldo Awal',
    aliases: ['Opening Balance Date', 'Opening Date'],
    required: false,
    example: '',
    note: t(
      'Tanggal saldo awal; baris Kas tidak boleh sebelum tanggal ini',
      'Date of the opening balance; no Kas row may be before it',
    ),
  },
  {
    key: 'weekStart',
    name: 'Awal Minggu',
    aliases: ['Week Start', 'First Day of Week'],
    required: false,
    example: 'Senin',
    note: t('Hari pertama minggu jurnal (kosong = Senin)', 'First day of the journal week (blank = Monday)'),
  },
  {
    key: 'language',
    name: 'Bahasa',
    aliases: ['Language'],
    required: false,
    example: 'id',
    note: t('id (Indonesia) atau en (English)', 'id (Indonesian) or en (English)'),
  },
  {
    key: 'kolLimits',
    name: 'Batas Kolektibilitas',
    aliases: ['Collectibility Limits', 'Kol Limits'],
    required: false,
    example: '90;120;180',
    note: t(
      'Batas hari Kol 2, 3, 4, dipisah titik koma (kosong = 90;120;180)',
      'Day limits of Kol 2, 3, 4, separated by semicolons (blank = 90;120;180)',
    ),
  },
  {
    key: 'shuIncome',
    name: 'Pendapatan SHU',
    aliases: ['SHU Income'],
    required: false,
    example: 'Denda',
    note: t(
      'Kategori Kas yang dihitung pendapatan SHU selain jasa pinjaman, dipisah titik koma (kosong = Denda)',
      'Kas categories counted as SHU income besides loan jasa, separated by semicolons (blank = Denda)',
    ),
  },
  {
    key: 'shuCosts',
    name: 'Biaya SHU',
    aliases: ['SHU Costs'],
    required: false,
    example: 'Biaya Operasional',
    note: t(
      'Kategori Kas yang dihitung biaya SHU, dipisah titik koma (kosong = Biaya Operasional)',
      'Kas categories counted as SHU costs, separated by semicolons (blank = Biaya Operasional)',
    ),
  },
  {
    key: 'shuParts',
    name: 'Pembagian SHU',
    aliases: ['SHU Split', 'SHU Parts'],
    required: false,
    example: 'Cadangan 25; Jasa Simpanan 30; Jasa Pinjaman 25; Pengurus 10; Sosial 10',
    note: t(
      'Bagian SHU dengan persennya, jumlah 100; sisa Rupiah masuk Cadangan',
      'SHU parts with their percentages, adding up to 100; the Rupiah left go to Cadangan',
    ),
  },
  {
    key: 'lateFine',
    name: 'Denda Keterlambatan',
    aliases: ['Late Fine', 'Denda', 'Denda Terlambat'],
    required: false,
    example: '0',
    note: t(
      'Denda per angsuran terlambat (Rupiah, kosong atau 0 = tanpa denda)',
      'Fine per late installment (Rupiah, blank or 0 = no fines)',
    ),
  },
  {
    key: 'fineGraceDays',
    name: 'Masa Tenggang Denda',
    aliases: ['Fine Grace Days', 'Grace Days', 'Masa Tenggang'],
    required: false,
    example: '3',
    note: t(
      'Hari setelah jatuh tempo sebelum denda dikenakan (kosong = 3)',
      'Days after the due date before a fine is charged (blank = 3)',
    ),
  },
  {
    key: 'subsidyAreaLimit',
    name: 'Batas Luas Subsidi',
    aliases: ['Subsidy Area Limit'],
    required: false,
    example: '2',
    note: t(
      'Luas tanam (ha) per anggota per musim yang boleh menerima pupuk bersubsidi (kosong = 2)',
      'Planted area (ha) per member per season that may receive subsidised fertiliser (blank = 2)',
    ),
  },
];

export type MemberColumn =
  | 'memberId'
  | 'name'
  | 'nik'
  | 'gender'
  | 'birthDate'
  | 'role'
  | 'householdHead'
  | 'phone'
  | 'joinDate'
  | 'status'
  | 'leaveDate'
  | 'address'
  | 'landHa'
  | 'commodity'
  | 'note';

export const membersTab: TabSpec<MemberColumn> = {
  key: 'members',
  name: 'Anggota',
  aliases: ['Daftar Anggota', 'Buku Anggota', 'Members'],
  title: t('Buku Anggota', 'Member Register'),
  columns: [
    {
      key: 'memberId',
      header: 'ID Anggota',
      aliases: ['Member ID'],
      required: true,
      note: t('Kode unik anggota, mis. A001', 'Unique member code, e.g. A001'),
      kind: 'text',
      textFormat: true,
      width: 90,
    },
    {
      key: 'name',
      header: 'Nama',
      aliases: ['Nama Lengkap', 'Name'],
      required: true,
      note: t('Nama lengkap anggota', 'Full name'),
      kind: 'text',
      width: 180,
    },
    {
      key: 'nik',
      header: 'NIK',
      aliases: [],
      required: false,
      note: t('16 angka, ditulis sebagai teks', '16 digits, stored as text'),
      kind: 'text',
      textFormat: true,
      width: 150,
    },
    {
      key: 'gender',
      header: 'Jenis Kelamin',
      aliases: ['L/P', 'Jenis Kelamin (L/P)', 'Gender'],
      required: false,
      note: t('L atau P', 'L (male) or P (female)'),
      kind: 'list',
      list: 'gender',
      width: 70,
    },
    {
      key: 'birthDate',
      header: 'Tanggal Lahir',
      aliases: ['Date of Birth'],
      required: false,
      note: t('Tanggal lahir', 'Date of birth'),
      kind: 'date',
      width: 100,
    },
    {
      key: 'role',
      header: 'Jabatan',
      aliases: ['Role'],
      required: false,
      note: t(
        'Ketua, Sekretaris, Bendahara atau Anggota (kosong = Anggota)',
        'Chair, secretary, treasurer or member (blank = member)',
      ),
      kind: 'list',
      list: 'role',
      width: 100,
    },
    {
      key: 'householdHead',
      header: 'Kepala Keluarga',
      aliases: ['Household Head'],
      required: false,
      note: t('ID Anggota kepala keluarga, atau kosong', 'Member ID of the household head, or blank'),
      kind: 'text',
      textFormat: true,
      width: 100,
    },
    {
      key: 'phone',
      header: 'No HP',
      aliases: ['No. HP', 'No HP (WA)', 'No WA', 'No Telepon', 'Telepon', 'Phone'],
      required: false,
      note: t(
        'Nomor HP, mis. 081234567890, ditulis sebagai teks',
        'Mobile number, e.g. 081234567890, stored as text',
      ),
      kind: 'text',
      textFormat: true,
      width: 120,
    },
    {
      key: 'joinDate',
      header: 'Tanggal Masuk',
      aliases: ['Join Date'],
      required: true,
      note: t('Tanggal menjadi anggota', 'Date the member joined'),
      kind: 'date',
      width: 100,
    },
    {
      key: 'status',
      header: 'Status',
      aliases: [],
      required: false,
      note: t('Aktif atau Keluar (kosong = Aktif)', 'Active or left (blank = active)'),
      kind: 'list',
      list: 'memberStatus',
      width: 80,
    },
    {
      key: 'leaveDate',
      header: 'Tanggal Keluar',
      aliases: ['Leave Date'],
      required: false,
      note: t('Wajib bila Status Keluar', 'Required when the status is Keluar'),
      kind: 'date',
      width: 100,
    },
    {
      key: 'address',
      header: 'Dusun/Alamat',
      aliases: ['Dusun', 'Alamat', 'Address'],
      required: false,
      note: t('Dusun atau alamat', 'Hamlet or address'),
      kind: 'text',
      width: 140,
    },
    {
      key: 'landHa',
      header: 'Luas Lahan (ha)',
      aliases: ['Luas Lahan', 'Land (ha)', 'Land Area (ha)'],
      required: false,
      note: t('Luas lahan dalam hektar, angka ≥ 0', 'Land area in hectares, a number ≥ 0'),
      kind: 'number',
      width: 90,
    },
    {
      key: 'commodity',
      header: 'Komoditas',
      aliases: ['Commodity'],
      required: false,
      note: t('Komoditas utama', 'Main commodity'),
      kind: 'text',
      width: 110,
    },
    {
      key: 'note',
      header: 'Catatan',
      aliases: ['Note', 'Notes', 'Keterangan'],
      required: false,
      note: t('Catatan', 'Notes'),
      kind: 'text',
      width: 160,
    },
  ],
};

export type CashColumn =
  | 'date'
  | 'receiptNo'
  | 'description'
  | 'category'
  | 'memberId'
  | 'loanId'
  | 'amountIn'
  | 'amountOut'
  | 'planCode';

export const cashTab: TabSpec<CashColumn> = {
  key: 'cash',
  name: 'Kas',
  aliases: ['Buku Kas', 'Keuangan', 'Cash Book'],
  title: t('Buku Kas', 'Cash Book'),
  columns: [
    {
      key: 'date',
      header: 'Tanggal',
      aliases: ['Tgl', 'Date'],
      required: true,
      note: t('Tanggal transaksi, tidak boleh setelah hari ini', 'Date of the movement, not after today'),
      kind: 'date',
      width: 100,
    },
    {
      key: 'receiptNo',
      header: 'No Bukti',
      aliases: ['No. Bukti', 'Receipt No'],
      required: false,
      note: t('Nomor bukti/kuitansi, unik bila diisi', 'Receipt number, unique when given'),
      kind: 'text',
      textFormat: true,
      width: 90,
    },
    {
      key: 'description',
      header: 'Uraian',
      aliases: ['Keterangan', 'Description'],
      required: true,
      note: t('Uraian transaksi', 'Description'),
      kind: 'text',
      width: 220,
    },
    {
      key: 'category',
      header: 'Kategori',
      aliases: ['Category'],
      required: true,
      note: t('Pilih dari daftar', 'Pick from the list'),
      kind: 'list',
      list: 'category',
      width: 160,
    },
    {
      key: 'memberId',
      header: 'ID Anggota',
      aliases: ['Member ID'],
      required: false,
      note: t(
        'Wajib untuk simpanan, iuran, denda dan pinjaman',
        'Required for savings, dues, fines and loans',
      ),
      kind: 'text',
      textFormat: true,
      width: 90,
    },
    {
      key: 'loanId',
      header: 'ID Pinjaman',
      aliases: ['Loan ID'],
      required: false,
      note: t(
        'Wajib untuk pencairan dan angsuran pinjaman',
        'Required for loan disbursements and repayments',
      ),
      kind: 'text',
      textFormat: true,
      width: 90,
    },
    {
      key: 'amountIn',
      header: 'Masuk',
      aliases: ['Masuk (Rp)', 'Debet', 'Penerimaan', 'Debit', 'In'],
      required: true,
      note: t('Uang masuk, Rupiah bulat', 'Money in, whole Rupiah'),
      kind: 'rupiah',
      width: 120,
    },
    {
      key: 'amountOut',
      header: 'Keluar',
      aliases: ['Keluar (Rp)', 'Kredit', 'Pengeluaran', 'Out'],
      required: true,
      note: t('Uang keluar, Rupiah bulat', 'Money out, whole Rupiah'),
      kind: 'rupiah',
      width: 120,
    },
    planCodeColumn(
      t('Kode baris RUK yang dibiayai (boleh kosong)', 'Code of the RUK row this pays for (may be blank)'),
    ),
  ],
};

export type LoanColumn =
  | 'loanId'
  | 'memberId'
  | 'disbursed'
  | 'principal'
  | 'ratePercent'
  | 'method'
  | 'installments'
  | 'frequency'
  | 'purpose'
  | 'source'
  | 'note';

export const loansTab: TabSpec<LoanColumn> = {
  key: 'loans',
  name: 'Pinjaman',
  aliases: ['Buku Pinjaman', 'Kredit', 'Loans'],
  title: t('Buku Pinjaman', 'Loan Register'),
  columns: [
    {
      key: 'loanId',
      header: 'ID Pinjaman',
      aliases: ['Loan ID'],
      required: true,
      note: t('Kode unik pinjaman, mis. P001', 'Unique loan code, e.g. P001'),
      kind: 'text',
      textFormat: true,
      width: 90,
    },
    {
      key: 'memberId',
      header: 'ID Anggota',
      aliases: ['Member ID'],
      required: true,
      note: t('Anggota peminjam', 'Borrowing member'),
      kind: 'text',
      textFormat: true,
      width: 90,
    },
    {
      key: 'disbursed',
      header: 'Tanggal Cair',
      aliases: ['Disbursed', 'Tanggal Pencairan'],
      required: true,
      note: t('Tanggal pinjaman dicairkan', 'Disbursement date'),
      kind: 'date',
      width: 100,
    },
    {
      key: 'principal',
      header: 'Pokok',
      aliases: ['Pokok (Rp)', 'Pokok Pinjaman', 'Principal'],
      required: true,
      note: t('Pokok pinjaman, Rupiah bulat', 'Principal, whole Rupiah'),
      kind: 'rupiah',
      width: 120,
    },
    {
      key: 'ratePercent',
      header: 'Jasa % per Bulan',
      aliases: ['Rate % per Month', 'Jasa %', 'Jasa per Bulan'],
      required: true,
      note: t(
        'Jasa per bulan dalam persen, 0 sampai 10 (mis. 1,5)',
        'Monthly rate in percent, 0 to 10 (e.g. 1.5)',
      ),
      kind: 'number',
      width: 90,
    },
    {
      key: 'method',
      header: 'Metode Jasa',
      aliases: ['Method'],
      required: false,
      note: t('Flat, Menurun atau Anuitas (kosong = Flat)', 'Flat, declining or annuity (blank = Flat)'),
      kind: 'list',
      list: 'method',
      width: 100,
    },
    {
      key: 'installments',
      header: 'Jumlah Angsuran',
      aliases: ['Installments'],
      required: true,
      note: t('Banyaknya angsuran, 1 sampai 260', 'Number of installments, 1 to 260'),
      kind: 'number',
      width: 90,
    },
    {
      key: 'frequency',
      header: 'Frekuensi',
      aliases: ['Frequency'],
      required: false,
      note: t(
        'Bulanan, Mingguan atau Musiman (sekali bayar saat panen; Jumlah Angsuran = bulan, 1-12) (kosong = Bulanan)',
        'Monthly, weekly or at harvest (paid once; Installments = months, 1-12) (blank = monthly)',
      ),
      kind: 'list',
      list: 'frequency',
      width: 90,
    },
    {
      key: 'purpose',
      header: 'Tujuan',
      aliases: ['Purpose'],
      required: false,
      note: t('Tujuan pinjaman', 'Purpose'),
      kind: 'text',
      width: 150,
    },
    {
      key: 'source',
      header: 'Sumber Dana',
      aliases: ['Source'],
      required: false,
      note: t('Sumber dana pinjaman', 'Source of funds'),
      kind: 'text',
      width: 120,
    },
    {
      key: 'note',
      header: 'Catatan',
      aliases: ['Note', 'Notes', 'Keterangan'],
      required: false,
      note: t('Catatan', 'Notes'),
      kind: 'text',
      width: 160,
    },
  ],
};

export type ActivityColumn =
  | 'date'
  | 'type'
  | 'description'
  | 'attendance'
  | 'results'
  | 'nextSteps'
  | 'recordedBy'
  | 'planCode'
  | 'volume';

export const activitiesTab: TabSpec<ActivityColumn> = {
  key: 'activities',
  name: 'Kegiatan',
  aliases: ['Buku Kegiatan', 'Activities'],
  title: t('Buku Kegiatan', 'Activity Log'),
  columns: [
    {
      key: 'date',
      header: 'Tanggal',
      aliases: ['Tgl', 'Date'],
      required: true,
      note: t('Tanggal kegiatan, tidak boleh setelah hari ini', 'Date, not after today'),
      kind: 'date',
      width: 100,
    },
    {
      key: 'type',
      header: 'Jenis Kegiatan',
      aliases: ['Type', 'Jenis'],
      required: true,
      note: t('Pilih dari daftar', 'Pick from the list'),
      kind: 'list',
      list: 'activityType',
      width: 180,
    },
    {
      key: 'description',
      header: 'Uraian',
      aliases: ['Description', 'Kegiatan'],
      required: true,
      note: t('Apa yang dilakukan', 'What was done'),
      kind: 'text',
      width: 240,
    },
    {
      key: 'attendance',
      header: 'Jumlah Hadir',
      aliases: ['Attendance', 'Hadir'],
      required: false,
      note: t('Banyaknya yang hadir, angka bulat', 'Number present, a whole number'),
      kind: 'number',
      width: 80,
    },
    {
      key: 'results',
      header: 'Hasil',
      aliases: ['Results'],
      required: false,
      note: t('Hasil yang dicapai', 'Results reached'),
      kind: 'text',
      width: 200,
    },
    {
      key: 'nextSteps',
      header: 'Rencana Tindak Lanjut',
      aliases: ['Next Steps', 'RTL', 'Tindak Lanjut'],
      required: false,
      note: t('Rencana berikutnya', 'Next steps'),
      kind: 'text',
      width: 200,
    },
    {
      key: 'recordedBy',
      header: 'Pencatat',
      aliases: ['Recorded By'],
      required: false,
      note: t('Yang mencatat', 'Recorded by'),
      kind: 'text',
      width: 110,
    },
    planCodeColumn(
      t('Kode baris RUK yang dilaksanakan (boleh kosong)', 'Code of the RUK row carried out (may be blank)'),
    ),
    {
      key: 'volume',
      header: 'Volume',
      aliases: ['Volume Terlaksana', 'Quantity Done'],
      required: false,
      note: t(
        'Jumlah yang dikerjakan, dalam satuan RUK (mis. 2 untuk 2 ha), angka ≥ 0',
        "Quantity done, in the RUK row's unit (e.g. 2 for 2 ha), a number ≥ 0",
      ),
      kind: 'number',
      width: 70,
    },
  ],
};

export type LoanChangeColumn =
  'loanId' | 'date' | 'kind' | 'installments' | 'ratePercent' | 'method' | 'frequency' | 'reason';

export const loanChangesTab: TabSpec<LoanChangeColumn> = {
  key: 'loanChanges',
  name: 'Perubahan Pinjaman',
  aliases: ['Restrukturisasi', 'Loan Changes'],
  title: t('Perubahan Pinjaman', 'Loan Changes'),
  columns: [
    {
      key: 'loanId',
      header: 'ID Pinjaman',
      aliases: ['Loan ID'],
      required: true,
      note: t('ID pinjaman dari tab Pinjaman', 'Loan ID from the Pinjaman tab'),
      kind: 'text',
      textFormat: true,
      width: 90,
    },
    {
      key: 'date',
      header: 'Tanggal',
      aliases: ['Tgl', 'Date'],
      required: true,
      note: t(
        'Tanggal keputusan, sejak Tanggal Cair, tidak setelah hari ini; satu perubahan per pinjaman per tanggal',
        'Date of the decision, from the disbursement date, not after today; one change per loan per date',
      ),
      kind: 'date',
      width: 100,
    },
    {
      key: 'kind',
      header: 'Jenis',
      aliases: ['Kind', 'Jenis Perubahan'],
      required: true,
      note: t(
        'Jadwal Ulang (jadwal baru untuk sisa pokok), Hapus Buku (pinjaman macet dihapus), Hapus Denda (denda yang belum dibayar dihapus)',
        'Reschedule (a new schedule for the remaining principal), write-off (an uncollectable loan), waive fines (unpaid fines)',
      ),
      kind: 'list',
      list: 'loanChangeKind',
      width: 110,
    },
    {
      key: 'installments',
      header: 'Jumlah Angsuran Baru',
      aliases: ['New Installments'],
      required: false,
      note: t(
        'Wajib untuk Jadwal Ulang: banyaknya angsuran baru, 1 sampai 260 (Musiman: bulan, 1-12)',
        'Required for a reschedule: number of new installments, 1 to 260 (at harvest: months, 1-12)',
      ),
      kind: 'number',
      width: 100,
    },
    {
      key: 'ratePercent',
      header: 'Jasa % per Bulan Baru',
      aliases: ['New Rate % per Month', 'Jasa % Baru'],
      required: false,
      note: t(
        'Jasa baru per bulan dalam persen, 0 sampai 10 (kosong = tetap)',
        'New monthly rate in percent, 0 to 10 (blank = unchanged)',
      ),
      kind: 'number',
      width: 90,
    },
    {
      key: 'method',
      header: 'Metode Jasa Baru',
      aliases: ['New Method'],
      required: false,
      note: t(
        'Flat, Menurun atau Anuitas (kosong = tetap)',
        'Flat, declining or annuity (blank = unchanged)',
      ),
      kind: 'list',
      list: 'method',
      width: 100,
    },
    {
      key: 'frequency',
      header: 'Frekuensi Baru',
      aliases: ['New Frequency'],
      required: false,
      note: t(
        'Bulanan, Mingguan atau Musiman (kosong = tetap)',
        'Monthly, weekly or at harvest (blank = unchanged)',
      ),
      kind: 'list',
      list: 'frequency',
      width: 100,
    },
    {
      key: 'reason',
      header: 'Keterangan',
      aliases: ['Reason', 'Alasan', 'Catatan'],
      required: false,
      note: t(
        'Alasan perubahan, mis. keputusan rapat (wajib diisi untuk Hapus Buku)',
        'Reason, e.g. the meeting decision (expected for a write-off)',
      ),
      kind: 'text',
      width: 220,
    },
  ],
};

/** `Kode RUK`: an optional column of `Kegiatan` and `Kas` naming the plan row it belongs to (docs/book.md §9). */
function planCodeColumn(note: Bilingual): ColumnSpec<'planCode'> {
  return {
    key: 'planCode',
    header: 'Kode RUK',
    aliases: ['Kode Rencana', 'RUK Code', 'Plan Code'],
    required: false,
    note,
    kind: 'text',
    textFormat: true,
    width: 80,
  };
}

export type AttendanceColumn = 'memberId' | 'name';

/**
 * `Daftar Hadir` (docs/book.md §9): one row per member, one column per meeting whose header is its
 * date. Only the member columns are listed: every other header that reads as a date is a meeting.
 */
export const attendanceTab: TabSpec<AttendanceColumn> = {
  key: 'attendance',
  name: 'Daftar Hadir',
  aliases: ['Absensi', 'Kehadiran', 'Attendance'],
  title: t('Daftar Hadir Pertemuan', 'Meeting Attendance'),
  columns: [
    {
      key: 'memberId',
      header: 'ID Anggota',
      aliases: ['Member ID', 'Kode Anggota', 'No Anggota'],
      required: true,
      note: t('ID Anggota dari tab Anggota', 'Member ID from the Anggota tab'),
      kind: 'text',
      textFormat: true,
      width: 90,
    },
    {
      key: 'name',
      header: 'Nama',
      aliases: ['Nama Anggota', 'Nama Lengkap', 'Name'],
      required: false,
      note: t('Nama anggota (hanya untuk dibaca)', "Member's name (for reading only)"),
      kind: 'text',
      width: 180,
    },
  ],
};

/** The note on a meeting column of `Daftar Hadir`, as `Siapkan Buku` writes it. */
export const ATTENDANCE_MEETING_NOTE: Bilingual = t(
  'Tanggal pertemuan. Isi H hadir, W diwakilkan, I izin, S sakit, A atau kosong tidak hadir. Untuk pertemuan berikutnya tambahkan kolom dengan tanggalnya.',
  'Meeting date. Write H present, W represented, I excused, S sick, A or blank absent. For the next meeting add a column headed by its date.',
);

export type PlanColumn =
  'code' | 'activity' | 'type' | 'month' | 'target' | 'unit' | 'cost' | 'fundSource' | 'responsible';

/** `RUK`, the group's business plan (docs/book.md §9): one row per planned activity. */
export const planTab: TabSpec<PlanColumn> = {
  key: 'plan',
  name: 'RUK',
  aliases: ['Rencana Usaha Kelompok', 'Rencana Kegiatan', 'RDK', 'Business Plan'],
  title: t('Rencana Usaha Kelompok', 'Group Business Plan'),
  columns: [
    {
      key: 'code',
      header: 'Kode',
      aliases: ['Kode RUK', 'Code'],
      required: true,
      note: t('Kode unik baris rencana, mis. R01', 'Unique code of the plan row, e.g. R01'),
      kind: 'text',
      textFormat: true,
      width: 70,
    },
    {
      key: 'activity',
      header: 'Kegiatan',
      aliases: ['Uraian Kegiatan', 'Activity'],
      required: true,
      note: t('Kegiatan yang direncanakan', 'Planned activity'),
      kind: 'text',
      width: 220,
    },
    {
      key: 'type',
      header: 'Jenis Kegiatan',
      aliases: ['Jenis', 'Type'],
      required: true,
      note: t('Pilih dari daftar', 'Pick from the list'),
      kind: 'list',
      list: 'activityType',
      width: 170,
    },
    {
      key: 'month',
      header: 'Bulan',
      aliases: ['Bulan Pelaksanaan', 'Month'],
      required: true,
      note: t(
        'Bulan pelaksanaan: tanggal mana saja di bulan itu, atau mis. Maret 2026',
        'Month planned: any date in that month, or e.g. Maret 2026',
      ),
      kind: 'date',
      width: 100,
    },
    {
      key: 'target',
      header: 'Target',
      aliases: ['Volume', 'Target Volume'],
      required: false,
      note: t('Banyaknya yang direncanakan, angka ≥ 0', 'Planned quantity, a number ≥ 0'),
      kind: 'number',
      width: 70,
    },
    {
      key: 'unit',
      header: 'Satuan',
      aliases: ['Unit'],
      required: false,
      note: t('Satuan target, mis. ha, kali, orang', 'Unit of the target, e.g. ha, times, people'),
      kind: 'text',
      width: 70,
    },
    {
      key: 'cost',
      header: 'Biaya (Rp)',
      aliases: ['Biaya', 'Anggaran', 'Anggaran (Rp)', 'Cost'],
      required: false,
      note: t('Biaya yang direncanakan, Rupiah bulat', 'Planned cost, whole Rupiah'),
      kind: 'rupiah',
      width: 120,
    },
    {
      key: 'fundSource',
      header: 'Sumber Dana',
      aliases: ['Source of Funds', 'Source'],
      required: false,
      note: t('Sumber dana, mis. swadaya, bantuan', 'Source of funds, e.g. own funds, grant'),
      kind: 'text',
      width: 120,
    },
    {
      key: 'responsible',
      header: 'Penanggung Jawab',
      aliases: ['PJ', 'Responsible'],
      required: false,
      note: t('Yang bertanggung jawab', 'Person responsible'),
      kind: 'text',
      width: 130,
    },
  ],
};

export type SaprodiColumn =
  | 'season'
  | 'memberId'
  | 'commodity'
  | 'areaHa'
  | 'kind'
  | 'plannedKg'
  | 'receivedKg'
  | 'receivedDate'
  | 'plantingDate';

/** `Saprodi`, farm inputs per member, season and kind (docs/book.md §9); the RDKK comes from it. */
export const saprodiTab: TabSpec<SaprodiColumn> = {
  key: 'saprodi',
  name: 'Saprodi',
  aliases: ['RDKK', 'Distribusi Saprodi', 'Farm Inputs'],
  title: t('Distribusi Saprodi', 'Farm Input Distribution'),
  columns: [
    {
      key: 'season',
      header: 'Musim Tanam',
      aliases: ['MT', 'Season'],
      required: true,
      note: t('Musim tanam, mis. MT I 2026', 'Planting season, e.g. MT I 2026'),
      kind: 'text',
      width: 100,
    },
    {
      key: 'memberId',
      header: 'ID Anggota',
      aliases: ['Member ID'],
      required: true,
      note: t('Anggota penerima', 'Receiving member'),
      kind: 'text',
      textFormat: true,
      width: 90,
    },
    {
      key: 'commodity',
      header: 'Komoditas',
      aliases: ['Commodity'],
      required: true,
      note: t('Tanaman, mis. Padi', 'Crop, e.g. rice'),
      kind: 'text',
      width: 100,
    },
    {
      key: 'areaHa',
      header: 'Luas Tanam (ha)',
      aliases: ['Luas Tanam', 'Planted Area (ha)', 'Area (ha)'],
      required: true,
      note: t('Luas yang ditanami, hektar, angka > 0', 'Area planted, hectares, a number > 0'),
      kind: 'number',
      width: 90,
    },
    {
      key: 'kind',
      header: 'Jenis',
      aliases: ['Jenis Saprodi', 'Jenis Pupuk', 'Kind'],
      required: true,
      note: t('Pilih dari daftar', 'Pick from the list'),
      kind: 'list',
      list: 'saprodiKind',
      width: 90,
    },
    {
      key: 'plannedKg',
      header: 'Rencana (kg)',
      aliases: ['Rencana', 'Kebutuhan (kg)', 'Kebutuhan', 'Planned (kg)'],
      required: true,
      note: t('Kebutuhan yang direncanakan, kg, angka > 0', 'Planned need, kg, a number > 0'),
      kind: 'number',
      width: 90,
    },
    {
      key: 'receivedKg',
      header: 'Diterima (kg)',
      aliases: ['Diterima', 'Realisasi (kg)', 'Received (kg)'],
      required: false,
      note: t('Jumlah yang diterima, kg', 'Amount received, kg'),
      kind: 'number',
      width: 90,
    },
    {
      key: 'receivedDate',
      header: 'Tanggal Terima',
      aliases: ['Tgl Terima', 'Date Received'],
      required: false,
      note: t('Tanggal diterima anggota', 'Date the member received it'),
      kind: 'date',
      width: 100,
    },
    {
      key: 'plantingDate',
      header: 'Tanggal Tanam',
      aliases: ['Tgl Tanam', 'Planting Date'],
      required: false,
      note: t('Rencana tanggal tanam', 'Planned planting date'),
      kind: 'date',
      width: 100,
    },
  ],
};

export const inputTabs = [
  settingsTab,
  membersTab,
  cashTab,
  loansTab,
  activitiesTab,
  loanChangesTab,
  attendanceTab,
  planTab,
  saprodiTab,
] as const;

/* ---------------------------------------------------------------- lists */

export type ListKey =
  | 'category'
  | 'role'
  | 'memberStatus'
  | 'gender'
  | 'method'
  | 'frequency'
  | 'activityType'
  | 'weekday'
  | 'language'
  | 'loanChangeKind'
  | 'attendanceMark'
  | 'saprodiKind';

export interface ListValue<V extends string = string> {
  /** Canonical value, as stored in the typed book and offered by dropdowns. */
  readonly value: V;
  readonly label: Bilingual;
  readonly aliases: readonly string[];
}

export type Category =
  | 'Simpanan Pokok'
  | 'Simpanan Wajib'
  | 'Simpanan Sukarela'
  | 'Penarikan Simpanan'
  | 'Iuran'
  | 'Pencairan Pinjaman'
  | 'Angsuran Pinjaman'
  | 'Denda'
  | 'Penjualan Hasil'
  | 'Bantuan/Hibah'
  | 'Pinjaman Pihak Luar'
  | 'Pembelian Saprodi'
  | 'Biaya Operasional'
  | 'Lainnya';

export interface CategoryRule {
  /** Which of `Masuk`/`Keluar` the category may use. */
  readonly direction: 'in' | 'out' | 'either';
  readonly needsMember: boolean;
  readonly needsLoan: boolean;
}

export const categoryRules: Readonly<Record<Category, CategoryRule>> = {
  'Simpanan Pokok': { direction: 'in', needsMember: true, needsLoan: false },
  'Simpanan Wajib': { direction: 'in', needsMember: true, needsLoan: false },
  'Simpanan Sukarela': { direction: 'in', needsMember: true, needsLoan: false },
  'Penarikan Simpanan': { direction: 'out', needsMember: true, needsLoan: false },
  Iuran: { direction: 'in', needsMember: true, needsLoan: false },
  'Pencairan Pinjaman': { direction: 'out', needsMember: true, needsLoan: true },
  'Angsuran Pinjaman': { direction: 'in', needsMember: true, needsLoan: true },
  Denda: { direction: 'in', needsMember: true, needsLoan: false },
  'Penjualan Hasil': { direction: 'in', needsMember: false, needsLoan: false },
  'Bantuan/Hibah': { direction: 'in', needsMember: false, needsLoan: false },
  'Pinjaman Pihak Luar': { direction: 'in', needsMember: false, needsLoan: false },
  'Pembelian Saprodi': { direction: 'out', needsMember: false, needsLoan: false },
  'Biaya Operasional': { direction: 'out', needsMember: false, needsLoan: false },
  Lainnya: { direction: 'either', needsMember: false, needsLoan: false },
};

export type Role = 'Ketua' | 'Sekretaris' | 'Bendahara' | 'Anggota';
export type MemberStatus = 'Aktif' | 'Keluar';
export type Gender = 'L' | 'P';
export type InterestMethod = 'Flat' | 'Menurun' | 'Anuitas';
export type Frequency = 'Bulanan' | 'Mingguan' | 'Musiman';
/** What a `Perubahan Pinjaman` row does to its loan (docs/book.md §7). */
export type LoanChangeKind = 'Jadwal Ulang' | 'Hapus Buku' | 'Hapus Denda';
export type ActivityType =
  | 'Rapat/Diskusi Kelompok'
  | 'Administrasi Kelompok'
  | 'Penyusunan RUK'
  | 'Pelayanan Saprodi'
  | 'Pelatihan'
  | 'Kemitraan & Pemasaran'
  | 'Kredit'
  | 'Pengembangan Usaha Bersama'
  | 'Lainnya';
/** A `Daftar Hadir` cell: hadir, diwakilkan (a household member came), izin, sakit, absent. */
export type AttendanceMark = 'H' | 'W' | 'I' | 'S' | 'A';
export type SaprodiKind = 'Urea' | 'NPK' | 'ZA' | 'SP-36' | 'Organik' | 'Benih' | 'Pestisida' | 'Lainnya';
/** The kinds whose subsidy is limited to `Batas Luas Subsidi` ha per member and season. */
export const SUBSIDISED_KINDS: readonly SaprodiKind[] = ['Urea', 'NPK', 'ZA', 'SP-36', 'Organik'];
/** ISO weekday number as text: '1' = Senin (Monday) … '7' = Minggu (Sunday). */
export type WeekdayValue = '1' | '2' | '3' | '4' | '5' | '6' | '7';

export const lists = {
  category: [
    {
      value: 'Simpanan Pokok',
      label: t('Simpanan Pokok', 'Principal savings'),
      aliases: ['Principal Savings'],
    },
    {
      value: 'Simpanan Wajib',
      label: t('Simpanan Wajib', 'Mandatory savings'),
      aliases: ['Mandatory Savings'],
    },
    {
      value: 'Simpanan Sukarela',
      label: t('Simpanan Sukarela', 'Voluntary savings'),
      aliases: ['Voluntary Savings'],
    },
    {
      value: 'Penarikan Simpanan',
      label: t('Penarikan Simpanan', 'Savings withdrawal'),
      aliases: ['Savings Withdrawal'],
    },
    { value: 'Iuran', label: t('Iuran', 'Dues'), aliases: ['Dues'] },
    {
      value: 'Pencairan Pinjaman',
      label: t('Pencairan Pinjaman', 'Loan disbursement'),
      aliases: ['Loan Disbursement'],
    },
    {
      value: 'Angsuran Pinjaman',
      label: t('Angsuran Pinjaman', 'Loan repayment'),
      aliases: ['Loan Repayment', 'Angsuran'],
    },
    { value: 'Denda', label: t('Denda', 'Fine'), aliases: ['Fine', 'Penalty'] },
    {
      value: 'Penjualan Hasil',
      label: t('Penjualan Hasil', 'Sale of produce'),
      aliases: ['Sale of Produce', 'Sales'],
    },
    { value: 'Bantuan/Hibah', label: t('Bantuan/Hibah', 'Grant'), aliases: ['Bantuan', 'Hibah', 'Grant'] },
    {
      value: 'Pinjaman Pihak Luar',
      label: t('Pinjaman Pihak Luar', 'External loan'),
      aliases: ['External Loan'],
    },
    {
      value: 'Pembelian Saprodi',
      label: t('Pembelian Saprodi', 'Farm input purchase'),
      aliases: ['Farm Inputs', 'Farm Input Purchase', 'Saprodi'],
    },
    {
      value: 'Biaya Operasional',
      label: t('Biaya Operasional', 'Operating cost'),
      aliases: ['Operating Cost', 'Operating Costs'],
    },
    { value: 'Lainnya', label: t('Lainnya', 'Other'), aliases: ['Other', 'Lain-lain'] },
  ] satisfies readonly ListValue<Category>[],
  role: [
    { value: 'Ketua', label: t('Ketua', 'Chair'), aliases: ['Chair', 'Chairperson'] },
    { value: 'Sekretaris', label: t('Sekretaris', 'Secretary'), aliases: ['Secretary'] },
    { value: 'Bendahara', label: t('Bendahara', 'Treasurer'), aliases: ['Treasurer'] },
    { value: 'Anggota', label: t('Anggota', 'Member'), aliases: ['Member'] },
  ] satisfies readonly ListValue<Role>[],
  memberStatus: [
    { value: 'Aktif', label: t('Aktif', 'Active'), aliases: ['Active'] },
    { value: 'Keluar', label: t('Keluar', 'Left'), aliases: ['Left'] },
  ] satisfies readonly ListValue<MemberStatus>[],
  gender: [
    { value: 'L', label: t('Laki-laki', 'Male'), aliases: ['Laki-laki', 'M'] },
    { value: 'P', label: t('Perempuan', 'Female'), aliases: ['Perempuan', 'F'] },
  ] satisfies readonly ListValue<Gender>[],
  method: [
    { value: 'Flat', label: t('Flat', 'Flat'), aliases: [] },
    { value: 'Menurun', label: t('Menurun', 'Declining'), aliases: ['Declining'] },
    { value: 'Anuitas', label: t('Anuitas', 'Annuity'), aliases: ['Annuity'] },
  ] satisfies readonly ListValue<InterestMethod>[],
  frequency: [
    { value: 'Bulanan', label: t('Bulanan', 'Monthly'), aliases: ['Monthly'] },
    { value: 'Mingguan', label: t('Mingguan', 'Weekly'), aliases: ['Weekly'] },
    {
      value: 'Musiman',
      label: t('Musiman (bayar panen)', 'At harvest'),
      aliases: ['At Harvest', 'Yarnen', 'Bayar Panen', 'Harvest'],
    },
  ] satisfies readonly ListValue<Frequency>[],
  activityType: [
    {
      value: 'Rapat/Diskusi Kelompok',
      label: t('Rapat/Diskusi Kelompok', 'Group meeting/discussion'),
      aliases: ['Group Meeting', 'Rapat', 'Rapat Kelompok'],
    },
    {
      value: 'Administrasi Kelompok',
      label: t('Administrasi Kelompok', 'Group administration'),
      aliases: ['Group Administration', 'Administrasi'],
    },
    {
      value: 'Penyusunan RUK',
      label: t('Penyusunan RUK', 'Business plan (RUK)'),
      aliases: ['RUK', 'Business Plan'],
    },
    {
      value: 'Pelayanan Saprodi',
      label: t('Pelayanan Saprodi', 'Farm input service'),
      aliases: ['Farm Inputs', 'Saprodi'],
    },
    { value: 'Pelatihan', label: t('Pelatihan', 'Training'), aliases: ['Training'] },
    {
      value: 'Kemitraan & Pemasaran',
      label: t('Kemitraan & Pemasaran', 'Partnerships & marketing'),
      aliases: ['Kemitraan dan Pemasaran', 'Partnerships & Marketing', 'Partnership and Marketing'],
    },
    { value: 'Kredit', label: t('Kredit', 'Credit'), aliases: ['Credit'] },
    {
      value: 'Pengembangan Usaha Bersama',
      label: t('Pengembangan Usaha Bersama', 'Joint business development'),
      aliases: ['Joint Business', 'Joint Business Development', 'Usaha Bersama'],
    },
    { value: 'Lainnya', label: t('Lainnya', 'Other'), aliases: ['Other', 'Lain-lain'] },
  ] satisfies readonly ListValue<ActivityType>[],
  weekday: [
    { value: '1', label: t('Senin', 'Monday'), aliases: ['Senin', 'Monday'] },
    { value: '2', label: t('Selasa', 'Tuesday'), aliases: ['Selasa', 'Tuesday'] },
    { value: '3', label: t('Rabu', 'Wednesday'), aliases: ['Rabu', 'Wednesday'] },
    { value: '4', label: t('Kamis', 'Thursday'), aliases: ['Kamis', 'Thursday'] },
    { value: '5', label: t("Jum'at", 'Friday'), aliases: ['Jumat', "Jum'at", 'Friday'] },
    { value: '6', label: t('Sabtu', 'Saturday'), aliases: ['Sabtu', 'Saturday'] },
    { value: '7', label: t('Minggu', 'Sunday'), aliases: ['Minggu', 'Ahad', 'Sunday'] },
  ] satisfies readonly ListValue<WeekdayValue>[],
  language: [
    {
      value: 'id',
      label: t('Bahasa Indonesia', 'Indonesian'),
      aliases: ['Indonesia', 'Bahasa Indonesia', 'Indonesian'],
    },
    { value: 'en', label: t('English', 'English'), aliases: ['Inggris', 'English'] },
  ] satisfies readonly ListValue<'id' | 'en'>[],
  loanChangeKind: [
    {
      value: 'Jadwal Ulang',
      label: t('Jadwal Ulang', 'Reschedule'),
      aliases: ['Reschedule', 'Penjadwalan Ulang', 'Restrukturisasi'],
    },
    {
      value: 'Hapus Buku',
      label: t('Hapus Buku', 'Write-off'),
      aliases: ['Write-off', 'Write off', 'Writeoff'],
    },
    {
      value: 'Hapus Denda',
      label: t('Hapus Denda', 'Waive fines'),
      aliases: ['Waive Fines', 'Waive Fine', 'Pemutihan Denda'],
    },
  ] satisfies readonly ListValue<LoanChangeKind>[],
  attendanceMark: [
    // A tick is how many secretaries mark "present" by hand; a dash how they mark "absent".
    { value: 'H', label: t('Hadir', 'Present'), aliases: ['Hadir', 'Present', '✓', '✔', '√', 'v'] },
    {
      value: 'W',
      label: t('Diwakilkan', 'Represented'),
      aliases: ['Diwakilkan', 'Wakil', 'Diwakili', 'Represented'],
    },
    { value: 'I', label: t('Izin', 'Excused'), aliases: ['Izin', 'Ijin', 'Excused'] },
    { value: 'S', label: t('Sakit', 'Sick'), aliases: ['Sakit', 'Sick'] },
    {
      value: 'A',
      label: t('Tidak hadir', 'Absent'),
      aliases: ['Alpa', 'Alfa', 'Absen', 'Tidak Hadir', 'Absent', '-', '✗', 'x'],
    },
  ] satisfies readonly ListValue<AttendanceMark>[],
  saprodiKind: [
    { value: 'Urea', label: t('Urea', 'Urea'), aliases: [] },
    { value: 'NPK', label: t('NPK', 'NPK'), aliases: ['Phonska', 'NPK Phonska'] },
    { value: 'ZA', label: t('ZA', 'ZA'), aliases: [] },
    { value: 'SP-36', label: t('SP-36', 'SP-36'), aliases: ['SP36', 'SP 36'] },
    { value: 'Organik', label: t('Organik', 'Organic'), aliases: ['Pupuk Organik', 'Petroganik', 'Organic'] },
    { value: 'Benih', label: t('Benih', 'Seed'), aliases: ['Bibit', 'Seed', 'Seeds'] },
    { value: 'Pestisida', label: t('Pestisida', 'Pesticide'), aliases: ['Obat', 'Pesticide'] },
    { value: 'Lainnya', label: t('Lainnya', 'Other'), aliases: ['Other', 'Lain-lain'] },
  ] satisfies readonly ListValue<SaprodiKind>[],
} as const;

/** The canonical value a typed list entry means, or undefined when it is not on the list. */
export function matchListValue<K extends ListKey>(
  list: K,
  raw: string,
): (typeof lists)[K][number]['value'] | undefined {
  const wanted = normaliseListValue(raw);
  if (wanted === '') return undefined;
  return listIndex(list).get(wanted) as (typeof lists)[K][number]['value'] | undefined;
}

const listIndexes = new Map<ListKey, ReadonlyMap<string, string>>();

/**
 * Each list's values and aliases by their normalised form, built once: matching a cell is one
 * lookup, not a pass over the list per row. The first entry to claim a form keeps it, in list order.
 */
function listIndex(list: ListKey): ReadonlyMap<string, string> {
  let index = listIndexes.get(list);
  if (!index) {
    const built = new Map<string, string>();
    for (const entry of lists[list] as readonly ListValue[]) {
      for (const form of [entry.value, ...entry.aliases]) {
        const key = normaliseListValue(form);
        if (!built.has(key)) built.set(key, entry.value);
      }
    }
    listIndexes.set(list, built);
    index = built;
  }
  return index;
}
