// The shape of the book (docs/book.md §3) as data: tabs, their columns and aliases, list values.
// Every reader, the set-up of a new book, the demo book and the tests use these, never their own copies.
import { madeOnce } from '../madeOnce';
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
  /**
   * Columns the user adds after the last, one at a time, given its dropdown and width ahead, up to
   * the last column a new sheet has (Z): `Daftar Hadir`'s next meetings (docs/book.md §9).
   */
  readonly spareColumns?: ColumnSpec;
}

/** The last column a new sheet has in Sheets (Z): spare columns go up to it, none are added. */
export const NEW_SHEET_COLUMNS = 26;

/**
 * A column in one line, in the order of `ColumnSpec`'s fields; `extra` holds the rarer `textFormat`
 * and `list`. Positional, because forty-odd columns spelt field by field weigh kilobytes in the
 * Apps Script bundle, which parses on every call.
 */
function column<K extends string>(
  key: K,
  header: string,
  aliases: readonly string[],
  required: boolean,
  note: Bilingual,
  kind: ColumnSpec['kind'],
  width: number,
  extra?: { readonly textFormat?: true; readonly list?: ListKey },
): ColumnSpec<K> {
  return { key, header, aliases, required, note, kind, ...extra, width };
}

/** `extra` of a column whose digits are a code (an ID, a NIK, a phone number): formatted as text. */
const AS_TEXT = { textFormat: true } as const;

/** Tab names are compared without case, spaces or punctuation. */
export function normaliseTabName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Headers are compared ignoring case, spaces, dots and brackets (not other punctuation); spaces
 * include the zero-width ones text pasted from the web or a chat brings, which no one can see.
 */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[\s.()[\]{}\u00ad\u200b-\u200d\u2060]+/g, '');
}

/** List values are compared ignoring case and spaces (the zero-width ones too). */
export function normaliseListValue(value: string): string {
  return value.toLowerCase().replace(/[\s\u00ad\u200b-\u200d\u2060]+/g, '');
}

/** The note of a column whose dropdown offers a list. */
const PICK_FROM_LIST = t('Pilih dari daftar', 'Pick from the list');

export const settingsTab: TabSpec<'key' | 'value'> = {
  key: 'settings',
  name: 'Pengaturan',
  aliases: ['Settings', 'Setelan'],
  title: t('Pengaturan', 'Settings'),
  columns: [
    column('key', 'Kunci', ['Key'], true, t('Nama pengaturan', 'Setting name'), 'text', 200),
    column('value', 'Nilai', ['Value'], true, t('Isi pengaturan', 'Setting value'), 'text', 280),
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

/** A key of `Pengaturan` in one line, in the order of `SettingSpec`'s fields (see `column`). */
function setting(
  key: SettingKey,
  name: string,
  aliases: readonly string[],
  required: boolean,
  example: string,
  note: Bilingual,
): SettingSpec {
  return { key, name, aliases, required, example, note };
}

export const settingKeys: readonly SettingSpec[] = [
  setting(
    'groupName',
    'Nama Kelompok',
    ['Group Name', 'Kelompok'],
    true,
    '',
    t('Nama kelompok tani (wajib)', 'Farmer group name (required)'),
  ),
  setting(
    'village',
    'Desa',
    ['Village', 'Kelurahan', 'Desa/Kelurahan'],
    false,
    '',
    t('Desa atau kelurahan', 'Village'),
  ),
  setting('district', 'Kecamatan', ['District'], false, '', t('Kecamatan', 'District')),
  setting(
    'regency',
    'Kabupaten',
    ['Regency', 'Kabupaten/Kota', 'Kota'],
    false,
    '',
    t('Kabupaten atau kota', 'Regency or city'),
  ),
  setting('province', 'Provinsi', ['Province'], false, '', t('Provinsi', 'Province')),
  setting(
    'facilitatorName',
    'Nama Pendamping',
    ['Facilitator', 'Facilitator Name', 'Pendamping'],
    false,
    '',
    t('Nama pendamping, untuk jurnal', 'Facilitator name, for the journal'),
  ),
  setting(
    'chairName',
    'Nama Ketua',
    ['Chair', 'Chair Name', 'Ketua'],
    false,
    '',
    t('Nama ketua kelompok, untuk jurnal', 'Chair name, for the journal'),
  ),
  setting(
    'treasurerName',
    'Nama Bendahara',
    ['Treasurer', 'Treasurer Name', 'Bendahara'],
    false,
    '',
    t('Nama bendahara', 'Treasurer name'),
  ),
  setting(
    'openingBalance',
    'Saldo Awal Kas',
    ['Opening Balance', 'Opening Cash Balance', 'Saldo Awal'],
    false,
    '0',
    t(
      'Saldo kas sebelum baris pertama Kas (Rupiah, kosong = 0)',
      'Cash balance before the first Kas row (Rupiah, blank = 0)',
    ),
  ),
  setting(
    'openingDate',
    'Tanggal Saldo Awal',
    ['Opening Balance Date', 'Opening Date'],
    false,
    '',
    t(
      'Tanggal saldo awal; baris Kas tidak boleh sebelum tanggal ini',
      'Date of the opening balance; no Kas row may be before it',
    ),
  ),
  setting(
    'weekStart',
    'Awal Minggu',
    ['Week Start', 'First Day of Week'],
    false,
    'Senin',
    t('Hari pertama minggu jurnal (kosong = Senin)', 'First day of the journal week (blank = Monday)'),
  ),
  setting(
    'language',
    'Bahasa',
    ['Language'],
    false,
    'id',
    t('id (Indonesia) atau en (English)', 'id (Indonesian) or en (English)'),
  ),
  setting(
    'kolLimits',
    'Batas Kolektibilitas',
    ['Collectibility Limits', 'Kol Limits'],
    false,
    '90;120;180',
    t(
      'Batas hari Kol 2, 3, 4, dipisah titik koma (kosong = 90;120;180)',
      'Day limits of Kol 2, 3, 4, separated by semicolons (blank = 90;120;180)',
    ),
  ),
  setting(
    'shuIncome',
    'Pendapatan SHU',
    ['SHU Income'],
    false,
    'Denda',
    t(
      'Kategori Kas yang dihitung pendapatan SHU selain jasa pinjaman, dipisah titik koma (kosong = Denda)',
      'Kas categories counted as SHU income besides loan jasa, separated by semicolons (blank = Denda)',
    ),
  ),
  setting(
    'shuCosts',
    'Biaya SHU',
    ['SHU Costs'],
    false,
    'Biaya Operasional',
    t(
      'Kategori Kas yang dihitung biaya SHU, dipisah titik koma (kosong = Biaya Operasional)',
      'Kas categories counted as SHU costs, separated by semicolons (blank = Biaya Operasional)',
    ),
  ),
  setting(
    'shuParts',
    'Pembagian SHU',
    ['SHU Split', 'SHU Parts'],
    false,
    'Cadangan 25; Jasa Simpanan 30; Jasa Pinjaman 25; Pengurus 10; Sosial 10',
    t(
      'Bagian SHU dengan persennya, jumlah 100; sisa Rupiah masuk Cadangan',
      'SHU parts with their percentages, adding up to 100; the Rupiah left go to Cadangan',
    ),
  ),
  setting(
    'lateFine',
    'Denda Keterlambatan',
    ['Late Fine', 'Denda', 'Denda Terlambat'],
    false,
    '0',
    t(
      'Denda per angsuran terlambat (Rupiah, kosong atau 0 = tanpa denda)',
      'Fine per late installment (Rupiah, blank or 0 = no fines)',
    ),
  ),
  setting(
    'fineGraceDays',
    'Masa Tenggang Denda',
    ['Fine Grace Days', 'Grace Days', 'Masa Tenggang'],
    false,
    '3',
    t(
      'Hari setelah jatuh tempo sebelum denda dikenakan (kosong = 3)',
      'Days after the due date before a fine is charged (blank = 3)',
    ),
  ),
  setting(
    'subsidyAreaLimit',
    'Batas Luas Subsidi',
    ['Subsidy Area Limit'],
    false,
    '2',
    t(
      'Luas tanam (ha) per anggota per musim yang boleh menerima pupuk bersubsidi (kosong = 2)',
      'Planted area (ha) per member per season that may receive subsidised fertiliser (blank = 2)',
    ),
  ),
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
    column(
      'memberId',
      'ID Anggota',
      ['Member ID'],
      true,
      t('Kode unik anggota, mis. A001', 'Unique member code, e.g. A001'),
      'text',
      90,
      AS_TEXT,
    ),
    column(
      'name',
      'Nama',
      ['Nama Lengkap', 'Name'],
      true,
      t('Nama lengkap anggota', 'Full name'),
      'text',
      180,
    ),
    column(
      'nik',
      'NIK',
      [],
      false,
      t('16 angka, ditulis sebagai teks', '16 digits, stored as text'),
      'text',
      150,
      AS_TEXT,
    ),
    column(
      'gender',
      'Jenis Kelamin',
      ['L/P', 'Jenis Kelamin (L/P)', 'Gender'],
      false,
      t('L atau P', 'L (male) or P (female)'),
      'list',
      100,
      { list: 'gender' },
    ),
    column(
      'birthDate',
      'Tanggal Lahir',
      ['Date of Birth'],
      false,
      t('Tanggal lahir', 'Date of birth'),
      'date',
      100,
    ),
    column(
      'role',
      'Jabatan',
      ['Role'],
      false,
      t(
        'Ketua, Sekretaris, Bendahara atau Anggota (kosong = Anggota)',
        'Chair, secretary, treasurer or member (blank = member)',
      ),
      'list',
      100,
      { list: 'role' },
    ),
    column(
      'householdHead',
      'Kepala Keluarga',
      ['Household Head'],
      false,
      t('ID Anggota kepala keluarga, atau kosong', 'Member ID of the household head, or blank'),
      'text',
      115,
      AS_TEXT,
    ),
    column(
      'phone',
      'No HP',
      ['No. HP', 'No HP (WA)', 'No WA', 'No Telepon', 'Telepon', 'Phone'],
      false,
      t(
        'Nomor HP, mis. 081234567890, ditulis sebagai teks',
        'Mobile number, e.g. 081234567890, stored as text',
      ),
      'text',
      120,
      AS_TEXT,
    ),
    column(
      'joinDate',
      'Tanggal Masuk',
      ['Join Date'],
      true,
      t('Tanggal menjadi anggota', 'Date the member joined'),
      'date',
      105,
    ),
    column(
      'status',
      'Status',
      [],
      false,
      t('Aktif atau Keluar (kosong = Aktif)', 'Active or left (blank = active)'),
      'list',
      80,
      { list: 'memberStatus' },
    ),
    column(
      'leaveDate',
      'Tanggal Keluar',
      ['Leave Date'],
      false,
      t('Wajib bila Status Keluar', 'Required when the status is Keluar'),
      'date',
      105,
    ),
    column(
      'address',
      'Dusun/Alamat',
      ['Dusun', 'Alamat', 'Address'],
      false,
      t('Dusun atau alamat', 'Hamlet or address'),
      'text',
      140,
    ),
    column(
      'landHa',
      'Luas Lahan (ha)',
      ['Luas Lahan', 'Land (ha)', 'Land Area (ha)'],
      false,
      t('Luas lahan dalam hektar, angka ≥ 0', 'Land area in hectares, a number ≥ 0'),
      'number',
      110,
    ),
    column(
      'commodity',
      'Komoditas',
      ['Commodity'],
      false,
      t('Komoditas utama', 'Main commodity'),
      'text',
      110,
    ),
    column('note', 'Catatan', ['Note', 'Notes', 'Keterangan'], false, t('Catatan', 'Notes'), 'text', 160),
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
    column(
      'date',
      'Tanggal',
      ['Tgl', 'Date'],
      true,
      t('Tanggal transaksi, tidak boleh setelah hari ini', 'Date of the movement, not after today'),
      'date',
      100,
    ),
    column(
      'receiptNo',
      'No Bukti',
      ['No. Bukti', 'Receipt No'],
      false,
      t('Nomor bukti/kuitansi, unik bila diisi', 'Receipt number, unique when given'),
      'text',
      90,
      AS_TEXT,
    ),
    column(
      'description',
      'Uraian',
      ['Keterangan', 'Description'],
      true,
      t('Uraian transaksi', 'Description'),
      'text',
      220,
    ),
    column('category', 'Kategori', ['Category'], true, PICK_FROM_LIST, 'list', 160, { list: 'category' }),
    column(
      'memberId',
      'ID Anggota',
      ['Member ID'],
      false,
      t('Wajib untuk simpanan, iuran, denda dan pinjaman', 'Required for savings, dues, fines and loans'),
      'text',
      90,
      AS_TEXT,
    ),
    column(
      'loanId',
      'ID Pinjaman',
      ['Loan ID'],
      false,
      t('Wajib untuk pencairan dan angsuran pinjaman', 'Required for loan disbursements and repayments'),
      'text',
      90,
      AS_TEXT,
    ),
    column(
      'amountIn',
      'Masuk',
      ['Masuk (Rp)', 'Debet', 'Penerimaan', 'Debit', 'In'],
      true,
      t('Uang masuk, Rupiah bulat', 'Money in, whole Rupiah'),
      'rupiah',
      120,
    ),
    column(
      'amountOut',
      'Keluar',
      ['Keluar (Rp)', 'Kredit', 'Pengeluaran', 'Out'],
      true,
      t('Uang keluar, Rupiah bulat', 'Money out, whole Rupiah'),
      'rupiah',
      120,
    ),
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
    column(
      'loanId',
      'ID Pinjaman',
      ['Loan ID'],
      true,
      t('Kode unik pinjaman, mis. P001', 'Unique loan code, e.g. P001'),
      'text',
      90,
      AS_TEXT,
    ),
    column(
      'memberId',
      'ID Anggota',
      ['Member ID'],
      true,
      t('Anggota peminjam', 'Borrowing member'),
      'text',
      90,
      AS_TEXT,
    ),
    column(
      'disbursed',
      'Tanggal Cair',
      ['Disbursed', 'Tanggal Pencairan'],
      true,
      t('Tanggal pinjaman dicairkan', 'Disbursement date'),
      'date',
      100,
    ),
    column(
      'principal',
      'Pokok',
      ['Pokok (Rp)', 'Pokok Pinjaman', 'Principal'],
      true,
      t('Pokok pinjaman, Rupiah bulat', 'Principal, whole Rupiah'),
      'rupiah',
      120,
    ),
    column(
      'ratePercent',
      'Jasa % per Bulan',
      ['Rate % per Month', 'Jasa %', 'Jasa per Bulan'],
      true,
      t('Jasa per bulan dalam persen, 0 sampai 10 (mis. 1,5)', 'Monthly rate in percent, 0 to 10 (e.g. 1.5)'),
      'number',
      120,
    ),
    column(
      'method',
      'Metode Jasa',
      ['Method'],
      false,
      t('Flat, Menurun atau Anuitas (kosong = Flat)', 'Flat, declining or annuity (blank = Flat)'),
      'list',
      100,
      { list: 'method' },
    ),
    column(
      'installments',
      'Jumlah Angsuran',
      ['Installments'],
      true,
      t('Banyaknya angsuran, 1 sampai 260', 'Number of installments, 1 to 260'),
      'number',
      120,
    ),
    column(
      'frequency',
      'Frekuensi',
      ['Frequency'],
      false,
      t(
        'Bulanan, Mingguan atau Musiman (sekali bayar saat panen; Jumlah Angsuran = bulan, 1-12) (kosong = Bulanan)',
        'Monthly, weekly or at harvest (paid once; Installments = months, 1-12) (blank = monthly)',
      ),
      'list',
      90,
      { list: 'frequency' },
    ),
    column('purpose', 'Tujuan', ['Purpose'], false, t('Tujuan pinjaman', 'Purpose'), 'text', 150),
    column(
      'source',
      'Sumber Dana',
      ['Source'],
      false,
      t('Sumber dana pinjaman', 'Source of funds'),
      'text',
      120,
    ),
    column('note', 'Catatan', ['Note', 'Notes', 'Keterangan'], false, t('Catatan', 'Notes'), 'text', 160),
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
    column(
      'date',
      'Tanggal',
      ['Tgl', 'Date'],
      true,
      t('Tanggal kegiatan, tidak boleh setelah hari ini', 'Date, not after today'),
      'date',
      100,
    ),
    column('type', 'Jenis Kegiatan', ['Type', 'Jenis'], true, PICK_FROM_LIST, 'list', 180, {
      list: 'activityType',
    }),
    column(
      'description',
      'Uraian',
      ['Description', 'Kegiatan'],
      true,
      t('Apa yang dilakukan', 'What was done'),
      'text',
      240,
    ),
    column(
      'attendance',
      'Jumlah Hadir',
      ['Attendance', 'Hadir'],
      false,
      t('Banyaknya yang hadir, angka bulat', 'Number present, a whole number'),
      'number',
      95,
    ),
    column('results', 'Hasil', ['Results'], false, t('Hasil yang dicapai', 'Results reached'), 'text', 200),
    column(
      'nextSteps',
      'Rencana Tindak Lanjut',
      ['Next Steps', 'RTL', 'Tindak Lanjut'],
      false,
      t('Rencana berikutnya', 'Next steps'),
      'text',
      200,
    ),
    column('recordedBy', 'Pencatat', ['Recorded By'], false, t('Yang mencatat', 'Recorded by'), 'text', 110),
    planCodeColumn(
      t('Kode baris RUK yang dilaksanakan (boleh kosong)', 'Code of the RUK row carried out (may be blank)'),
    ),
    column(
      'volume',
      'Volume',
      ['Volume Terlaksana', 'Quantity Done'],
      false,
      t(
        'Jumlah yang dikerjakan, dalam satuan RUK (mis. 2 untuk 2 ha), angka ≥ 0',
        "Quantity done, in the RUK row's unit (e.g. 2 for 2 ha), a number ≥ 0",
      ),
      'number',
      70,
    ),
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
    column(
      'loanId',
      'ID Pinjaman',
      ['Loan ID'],
      true,
      t('ID pinjaman dari tab Pinjaman', 'Loan ID from the Pinjaman tab'),
      'text',
      90,
      AS_TEXT,
    ),
    column(
      'date',
      'Tanggal',
      ['Tgl', 'Date'],
      true,
      t(
        'Tanggal keputusan, sejak Tanggal Cair, tidak setelah hari ini; satu perubahan per pinjaman per tanggal (Hapus Denda boleh di sampingnya)',
        'Date of the decision, from the disbursement date, not after today; one change per loan per date (a Hapus Denda may stand beside it)',
      ),
      'date',
      100,
    ),
    column(
      'kind',
      'Jenis',
      ['Kind', 'Jenis Perubahan'],
      true,
      t(
        'Jadwal Ulang (jadwal baru untuk sisa pokok), Hapus Buku (pinjaman macet dihapus), Hapus Denda (denda yang belum dibayar dihapus)',
        'Reschedule (a new schedule for the remaining principal), write-off (an uncollectable loan), waive fines (unpaid fines)',
      ),
      'list',
      110,
      { list: 'loanChangeKind' },
    ),
    column(
      'installments',
      'Jumlah Angsuran Baru',
      ['New Installments'],
      false,
      t(
        'Wajib untuk Jadwal Ulang: banyaknya angsuran baru, 1 sampai 260 (Musiman: bulan, 1-12)',
        'Required for a reschedule: number of new installments, 1 to 260 (at harvest: months, 1-12)',
      ),
      'number',
      155,
    ),
    column(
      'ratePercent',
      'Jasa % per Bulan Baru',
      ['New Rate % per Month', 'Jasa % Baru'],
      false,
      t(
        'Jasa baru per bulan dalam persen, 0 sampai 10 (kosong = tetap)',
        'New monthly rate in percent, 0 to 10 (blank = unchanged)',
      ),
      'number',
      155,
    ),
    column(
      'method',
      'Metode Jasa Baru',
      ['New Method'],
      false,
      t('Flat, Menurun atau Anuitas (kosong = tetap)', 'Flat, declining or annuity (blank = unchanged)'),
      'list',
      125,
      { list: 'method' },
    ),
    column(
      'frequency',
      'Frekuensi Baru',
      ['New Frequency'],
      false,
      t(
        'Bulanan, Mingguan atau Musiman (kosong = tetap)',
        'Monthly, weekly or at harvest (blank = unchanged)',
      ),
      'list',
      105,
      { list: 'frequency' },
    ),
    column(
      'reason',
      'Keterangan',
      ['Reason', 'Alasan', 'Catatan'],
      false,
      t(
        'Alasan perubahan, mis. keputusan rapat (wajib diisi untuk Hapus Buku)',
        'Reason, e.g. the meeting decision (expected for a write-off)',
      ),
      'text',
      220,
    ),
  ],
};

/** `Kode RUK`: an optional column of `Kegiatan` and `Kas` naming the plan row it belongs to (docs/book.md §9). */
function planCodeColumn(note: Bilingual): ColumnSpec<'planCode'> {
  return column(
    'planCode',
    'Kode RUK',
    ['Kode Rencana', 'RUK Code', 'Plan Code'],
    false,
    note,
    'text',
    80,
    AS_TEXT,
  );
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
    column(
      'memberId',
      'ID Anggota',
      ['Member ID', 'Kode Anggota', 'No Anggota'],
      true,
      t('ID Anggota dari tab Anggota', 'Member ID from the Anggota tab'),
      'text',
      90,
      AS_TEXT,
    ),
    column(
      'name',
      'Nama',
      ['Nama Anggota', 'Nama Lengkap', 'Name'],
      false,
      t('Nama anggota (hanya untuk dibaca)', "Member's name (for reading only)"),
      'text',
      180,
    ),
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
    column(
      'code',
      'Kode',
      ['Kode RUK', 'Code'],
      true,
      t('Kode unik baris rencana, mis. R01', 'Unique code of the plan row, e.g. R01'),
      'text',
      70,
      AS_TEXT,
    ),
    column(
      'activity',
      'Kegiatan',
      ['Uraian Kegiatan', 'Activity'],
      true,
      t('Kegiatan yang direncanakan', 'Planned activity'),
      'text',
      220,
    ),
    column('type', 'Jenis Kegiatan', ['Jenis', 'Type'], true, PICK_FROM_LIST, 'list', 170, {
      list: 'activityType',
    }),
    column(
      'month',
      'Bulan',
      ['Bulan Pelaksanaan', 'Month'],
      true,
      t(
        'Bulan pelaksanaan: tanggal mana saja di bulan itu, atau mis. Maret 2026',
        'Month planned: any date in that month, or e.g. Maret 2026',
      ),
      'date',
      100,
    ),
    column(
      'target',
      'Target',
      ['Volume', 'Target Volume'],
      false,
      t('Banyaknya yang direncanakan, angka ≥ 0', 'Planned quantity, a number ≥ 0'),
      'number',
      70,
    ),
    column(
      'unit',
      'Satuan',
      ['Unit'],
      false,
      t('Satuan target, mis. ha, kali, orang', 'Unit of the target, e.g. ha, times, people'),
      'text',
      70,
    ),
    column(
      'cost',
      'Biaya (Rp)',
      ['Biaya', 'Anggaran', 'Anggaran (Rp)', 'Cost'],
      false,
      t('Biaya yang direncanakan, Rupiah bulat', 'Planned cost, whole Rupiah'),
      'rupiah',
      120,
    ),
    column(
      'fundSource',
      'Sumber Dana',
      ['Source of Funds', 'Source'],
      false,
      t('Sumber dana, mis. swadaya, bantuan', 'Source of funds, e.g. own funds, grant'),
      'text',
      120,
    ),
    column(
      'responsible',
      'Penanggung Jawab',
      ['PJ', 'Responsible'],
      false,
      t('Yang bertanggung jawab', 'Person responsible'),
      'text',
      135,
    ),
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
    column(
      'season',
      'Musim Tanam',
      ['MT', 'Season'],
      true,
      t('Musim tanam, mis. MT I 2026', 'Planting season, e.g. MT I 2026'),
      'text',
      100,
    ),
    column(
      'memberId',
      'ID Anggota',
      ['Member ID'],
      true,
      t('Anggota penerima', 'Receiving member'),
      'text',
      90,
      AS_TEXT,
    ),
    column(
      'commodity',
      'Komoditas',
      ['Commodity'],
      true,
      t('Tanaman, mis. Padi', 'Crop, e.g. rice'),
      'text',
      100,
    ),
    column(
      'areaHa',
      'Luas Tanam (ha)',
      ['Luas Tanam', 'Planted Area (ha)', 'Area (ha)'],
      true,
      t('Luas yang ditanami, hektar, angka > 0', 'Area planted, hectares, a number > 0'),
      'number',
      115,
    ),
    column('kind', 'Jenis', ['Jenis Saprodi', 'Jenis Pupuk', 'Kind'], true, PICK_FROM_LIST, 'list', 90, {
      list: 'saprodiKind',
    }),
    column(
      'plannedKg',
      'Rencana (kg)',
      ['Rencana', 'Kebutuhan (kg)', 'Kebutuhan', 'Planned (kg)'],
      true,
      t('Kebutuhan yang direncanakan, kg, angka > 0', 'Planned need, kg, a number > 0'),
      'number',
      90,
    ),
    column(
      'receivedKg',
      'Diterima (kg)',
      ['Diterima', 'Realisasi (kg)', 'Received (kg)'],
      false,
      t('Jumlah yang diterima, kg', 'Amount received, kg'),
      'number',
      95,
    ),
    column(
      'receivedDate',
      'Tanggal Terima',
      ['Tgl Terima', 'Date Received'],
      false,
      t('Tanggal diterima anggota', 'Date the member received it'),
      'date',
      105,
    ),
    column(
      'plantingDate',
      'Tanggal Tanam',
      ['Tgl Tanam', 'Planting Date'],
      false,
      t('Rencana tanggal tanam', 'Planned planting date'),
      'date',
      105,
    ),
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

/** A list value in one line: its English label, aliases, and its Indonesian label when it is not the value itself. */
function listValue<V extends string>(
  value: V,
  en: string,
  aliases: readonly string[],
  id: string = value,
): ListValue<V> {
  return { value, label: t(id, en), aliases };
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

function rule(direction: CategoryRule['direction'], needsMember: boolean, needsLoan: boolean): CategoryRule {
  return { direction, needsMember, needsLoan };
}

export const categoryRules: Readonly<Record<Category, CategoryRule>> = {
  'Simpanan Pokok': rule('in', true, false),
  'Simpanan Wajib': rule('in', true, false),
  'Simpanan Sukarela': rule('in', true, false),
  'Penarikan Simpanan': rule('out', true, false),
  Iuran: rule('in', true, false),
  'Pencairan Pinjaman': rule('out', true, true),
  'Angsuran Pinjaman': rule('in', true, true),
  Denda: rule('in', true, false),
  'Penjualan Hasil': rule('in', false, false),
  'Bantuan/Hibah': rule('in', false, false),
  'Pinjaman Pihak Luar': rule('in', false, false),
  'Pembelian Saprodi': rule('out', false, false),
  'Biaya Operasional': rule('out', false, false),
  Lainnya: rule('either', false, false),
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
    listValue('Simpanan Pokok', 'Principal savings', ['Principal Savings']),
    listValue('Simpanan Wajib', 'Mandatory savings', ['Mandatory Savings']),
    listValue('Simpanan Sukarela', 'Voluntary savings', ['Voluntary Savings']),
    listValue('Penarikan Simpanan', 'Savings withdrawal', ['Savings Withdrawal']),
    listValue('Iuran', 'Dues', ['Dues']),
    listValue('Pencairan Pinjaman', 'Loan disbursement', ['Loan Disbursement']),
    listValue('Angsuran Pinjaman', 'Loan repayment', ['Loan Repayment', 'Angsuran']),
    listValue('Denda', 'Fine', ['Fine', 'Penalty']),
    listValue('Penjualan Hasil', 'Sale of produce', ['Sale of Produce', 'Sales']),
    listValue('Bantuan/Hibah', 'Grant', ['Bantuan', 'Hibah', 'Grant']),
    listValue('Pinjaman Pihak Luar', 'External loan', ['External Loan']),
    listValue('Pembelian Saprodi', 'Farm input purchase', ['Farm Inputs', 'Farm Input Purchase', 'Saprodi']),
    listValue('Biaya Operasional', 'Operating cost', ['Operating Cost', 'Operating Costs']),
    listValue('Lainnya', 'Other', ['Other', 'Lain-lain']),
  ] satisfies readonly ListValue<Category>[],
  role: [
    listValue('Ketua', 'Chair', ['Chair', 'Chairperson']),
    listValue('Sekretaris', 'Secretary', ['Secretary']),
    listValue('Bendahara', 'Treasurer', ['Treasurer']),
    listValue('Anggota', 'Member', ['Member']),
  ] satisfies readonly ListValue<Role>[],
  memberStatus: [
    listValue('Aktif', 'Active', ['Active']),
    listValue('Keluar', 'Left', ['Left']),
  ] satisfies readonly ListValue<MemberStatus>[],
  gender: [
    listValue('L', 'Male', ['Laki-laki', 'M'], 'Laki-laki'),
    listValue('P', 'Female', ['Perempuan', 'F'], 'Perempuan'),
  ] satisfies readonly ListValue<Gender>[],
  method: [
    listValue('Flat', 'Flat', []),
    listValue('Menurun', 'Declining', ['Declining']),
    listValue('Anuitas', 'Annuity', ['Annuity']),
  ] satisfies readonly ListValue<InterestMethod>[],
  frequency: [
    listValue('Bulanan', 'Monthly', ['Monthly']),
    listValue('Mingguan', 'Weekly', ['Weekly']),
    listValue(
      'Musiman',
      'At harvest',
      ['At Harvest', 'Yarnen', 'Bayar Panen', 'Harvest'],
      'Musiman (bayar panen)',
    ),
  ] satisfies readonly ListValue<Frequency>[],
  activityType: [
    listValue('Rapat/Diskusi Kelompok', 'Group meeting/discussion', [
      'Group Meeting',
      'Rapat',
      'Rapat Kelompok',
    ]),
    listValue('Administrasi Kelompok', 'Group administration', ['Group Administration', 'Administrasi']),
    listValue('Penyusunan RUK', 'Business plan (RUK)', ['RUK', 'Business Plan']),
    listValue('Pelayanan Saprodi', 'Farm input service', ['Farm Inputs', 'Saprodi']),
    listValue('Pelatihan', 'Training', ['Training']),
    listValue('Kemitraan & Pemasaran', 'Partnerships & marketing', [
      'Kemitraan dan Pemasaran',
      'Partnerships & Marketing',
      'Partnership and Marketing',
    ]),
    listValue('Kredit', 'Credit', ['Credit']),
    listValue('Pengembangan Usaha Bersama', 'Joint business development', [
      'Joint Business',
      'Joint Business Development',
      'Usaha Bersama',
    ]),
    listValue('Lainnya', 'Other', ['Other', 'Lain-lain']),
  ] satisfies readonly ListValue<ActivityType>[],
  weekday: [
    listValue('1', 'Monday', ['Senin', 'Monday'], 'Senin'),
    listValue('2', 'Tuesday', ['Selasa', 'Tuesday'], 'Selasa'),
    listValue('3', 'Wednesday', ['Rabu', 'Wednesday'], 'Rabu'),
    listValue('4', 'Thursday', ['Kamis', 'Thursday'], 'Kamis'),
    listValue('5', 'Friday', ['Jumat', "Jum'at", 'Friday'], "Jum'at"),
    listValue('6', 'Saturday', ['Sabtu', 'Saturday'], 'Sabtu'),
    listValue('7', 'Sunday', ['Minggu', 'Ahad', 'Sunday'], 'Minggu'),
  ] satisfies readonly ListValue<WeekdayValue>[],
  language: [
    listValue('id', 'Indonesian', ['Indonesia', 'Bahasa Indonesia', 'Indonesian'], 'Bahasa Indonesia'),
    listValue('en', 'English', ['Inggris', 'English'], 'English'),
  ] satisfies readonly ListValue<'id' | 'en'>[],
  loanChangeKind: [
    listValue('Jadwal Ulang', 'Reschedule', ['Reschedule', 'Penjadwalan Ulang', 'Restrukturisasi']),
    listValue('Hapus Buku', 'Write-off', ['Write-off', 'Write off', 'Writeoff']),
    listValue('Hapus Denda', 'Waive fines', ['Waive Fines', 'Waive Fine', 'Pemutihan Denda']),
  ] satisfies readonly ListValue<LoanChangeKind>[],
  attendanceMark: [
    // A tick is how many secretaries mark "present" by hand; a dash how they mark "absent".
    listValue('H', 'Present', ['Hadir', 'Present', '✓', '✔', '√', 'v'], 'Hadir'),
    listValue('W', 'Represented', ['Diwakilkan', 'Wakil', 'Diwakili', 'Represented'], 'Diwakilkan'),
    listValue('I', 'Excused', ['Izin', 'Ijin', 'Excused'], 'Izin'),
    listValue('S', 'Sick', ['Sakit', 'Sick'], 'Sakit'),
    listValue(
      'A',
      'Absent',
      ['Alpa', 'Alfa', 'Absen', 'Tidak Hadir', 'Absent', '-', '✗', 'x'],
      'Tidak hadir',
    ),
  ] satisfies readonly ListValue<AttendanceMark>[],
  saprodiKind: [
    listValue('Urea', 'Urea', []),
    listValue('NPK', 'NPK', ['Phonska', 'NPK Phonska']),
    listValue('ZA', 'ZA', []),
    listValue('SP-36', 'SP-36', ['SP36', 'SP 36']),
    listValue('Organik', 'Organic', ['Pupuk Organik', 'Petroganik', 'Organic']),
    listValue('Benih', 'Seed', ['Bibit', 'Seed', 'Seeds']),
    listValue('Pestisida', 'Pesticide', ['Obat', 'Pesticide']),
    listValue('Lainnya', 'Other', ['Other', 'Lain-lain']),
  ] satisfies readonly ListValue<SaprodiKind>[],
} as const;

/** The canonical value a typed list entry means, or undefined when it is not on the list. */
export function matchListValue<K extends ListKey>(
  list: K,
  raw: string,
): (typeof lists)[K][number]['value'] | undefined {
  // A column holds a handful of distinct texts in 100,000 rows: each is matched once.
  const seen = (listMatches[list] ??= new Map());
  if (!seen.has(raw)) {
    const wanted = normaliseListValue(raw);
    if (seen.size > 10_000) seen.clear();
    seen.set(raw, wanted === '' ? undefined : listIndex(list).get(wanted));
  }
  return seen.get(raw) as (typeof lists)[K][number]['value'] | undefined;
}

const listMatches: Partial<Record<ListKey, Map<string, string | undefined>>> = {};

/**
 * Each list's values and aliases by their normalised form, built once: matching a cell is one
 * lookup, not a pass over the list per row. The first entry to claim a form keeps it, in list order.
 */
const listIndex = madeOnce((list: ListKey): ReadonlyMap<string, string> => {
  const built = new Map<string, string>();
  for (const entry of lists[list] as readonly ListValue[]) {
    for (const form of [entry.value, ...entry.aliases]) {
      const key = normaliseListValue(form);
      if (!built.has(key)) built.set(key, entry.value);
    }
  }
  return built;
});
