// The tables `buku-kelompok export` writes (one Parquet file each): every column's name, type and
// meaning, in file order. The one place the warehouse's shape is decided; docs/warehouse.md is
// held equal to it by a test.

/** DuckDB's type names; `bigQueryType` gives what `bq load` makes of each. */
export type WarehouseType = 'VARCHAR' | 'DATE' | 'BIGINT' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

export interface WarehouseColumn {
  readonly name: string;
  readonly type: WarehouseType;
  /** Whether the column may hold NULL. */
  readonly nullable: boolean;
  /** For an analyst: what the value is, in English (the book's own terms in Indonesian). */
  readonly meaning: string;
}

export interface WarehouseTable {
  readonly name: string;
  readonly meaning: string;
  readonly columns: readonly WarehouseColumn[];
  /** The order rows are written in, so that the same books give the same file. */
  readonly orderBy: readonly string[];
  /**
   * Whether a row's values move with `--as-of` (balances, statuses, `active`): such a table is
   * recomputed for every book when only the date changed; the others keep their rows.
   */
  readonly asOf: boolean;
}

/**
 * Bumped when a column is added, removed or changes type (a folder of an older version is then
 * refused), or when what a column holds changes (every book given is then read again): 6 gives a
 * written-off loan status Hapus Buku and no Kol; 7 adds `loans.recoveries_jasa`, and leaves a `ruk`
 * row's status and what was done NULL when `Kegiatan` was not read (its spending when `Kas` was not).
 */
export const WAREHOUSE_VERSION = 7;

export function bigQueryType(type: WarehouseType): string {
  const types: Record<WarehouseType, string> = {
    VARCHAR: 'STRING',
    DATE: 'DATE',
    BIGINT: 'INT64',
    INTEGER: 'INT64',
    DOUBLE: 'FLOAT64',
    BOOLEAN: 'BOOL',
  };
  return types[type];
}

const col = (name: string, type: WarehouseType, nullable: boolean, meaning: string): WarehouseColumn => ({
  name,
  type,
  nullable,
  meaning,
});

/** Every row names its book: which file, which group. */
const bookColumns = (readable: 'always' | 'maybe'): WarehouseColumn[] => [
  col('file', 'VARCHAR', false, "The book's file name (without its folder); unique within an export."),
  col(
    'group_key',
    'VARCHAR',
    readable === 'maybe',
    'A stable key of the group: 16 hex digits of the SHA-256 of Provinsi, Kabupaten, Kecamatan, Desa and Nama Kelompok (case and spacing ignored); it survives renaming the file (a renamed book exported again replaces the old file’s rows). NULL for a file that could not be read.',
  ),
  col(
    'group_name',
    'VARCHAR',
    true,
    '`Nama Kelompok` of `Pengaturan`; NULL when the book has none or could not be read.',
  ),
];

const sheetRow = col(
  'sheet_row',
  'INTEGER',
  false,
  'The row in the book’s tab, as the user sees it (1-based).',
);

export const warehouseTables: readonly WarehouseTable[] = [
  {
    name: 'books',
    meaning:
      'One row per file exported: what was read, its fingerprint and the options it was exported with. The export reads a file again only when one of these changed.',
    columns: [
      ...bookColumns('maybe'),
      col('fingerprint', 'VARCHAR', false, 'SHA-256 of the file’s bytes, in hex.'),
      col('bytes', 'BIGINT', false, 'The file’s size.'),
      col(
        'readable',
        'BOOLEAN',
        false,
        'Whether it could be read as a book (else its reason is in `problems`).',
      ),
      col('as_of', 'DATE', false, 'The date balances are computed as of (`--as-of`).'),
      col('today', 'DATE', false, 'The date problems are checked as of (`--today`).'),
      col('nik_masked', 'BOOLEAN', false, 'Whether NIKs were masked (false only with `--with-nik`).'),
      col('warehouse_version', 'INTEGER', false, 'The version of these tables’ shape and meaning.'),
    ],
    orderBy: ['file'],
    asOf: true,
  },
  {
    name: 'groups',
    meaning: 'One row per book read: the group, where it is, and its cash and savings as of the date.',
    columns: [
      ...bookColumns('always'),
      col('village', 'VARCHAR', true, '`Desa`.'),
      col('district', 'VARCHAR', true, '`Kecamatan`.'),
      col('regency', 'VARCHAR', true, '`Kabupaten`.'),
      col('province', 'VARCHAR', true, '`Provinsi`.'),
      col('facilitator_name', 'VARCHAR', true, '`Nama Pendamping`.'),
      col('chair_name', 'VARCHAR', true, '`Nama Ketua`.'),
      col('treasurer_name', 'VARCHAR', true, '`Nama Bendahara`.'),
      col('as_of', 'DATE', false, 'The date the balances are as of.'),
      col('opening_balance', 'BIGINT', false, '`Saldo Awal Kas`, whole Rupiah (0 when blank).'),
      col('opening_date', 'DATE', true, '`Tanggal Saldo Awal`.'),
      col(
        'cash_balance',
        'BIGINT',
        true,
        'Cash as of `as_of`: the opening balance and every `Kas` row dated on or before it, whole Rupiah. NULL when not computed (`not_computed`): without a `Kas` read, or as of a date before `Tanggal Saldo Awal`, when the book holds no cash yet.',
      ),
      col(
        'savings_balance',
        'BIGINT',
        true,
        'All members’ savings as of `as_of` (pokok + wajib + sukarela − withdrawn), whole Rupiah. NULL when not computed (`not_computed`).',
      ),
      col('last_activity', 'DATE', true, 'The latest `Kegiatan` date, whatever `as_of`.'),
      col('last_cash', 'DATE', true, 'The latest `Kas` date, whatever `as_of`.'),
      col(
        'loans_computed',
        'BOOLEAN',
        false,
        'Whether the book’s loan balances were computed: false without `Kas`, or with the header row of `Kas` or `Pinjaman` not found, and then the balances of its `loans` and the payments of its `installments` are NULL (a book without `Pinjaman`, a group without a revolving fund, has no loans and is computed).',
      ),
      col(
        'not_computed',
        'VARCHAR',
        true,
        'The money figures of this book not computed, and why, as `summary` says it: e.g. `cash, savings, loans: no Kas tab / kas, simpanan, pinjaman: tanpa tab Kas`; NULL when all were.',
      ),
    ],
    orderBy: ['file'],
    asOf: true,
  },
  {
    name: 'members',
    meaning:
      'One row per `Anggota` row read. Phone numbers and notes are not exported; the NIK is masked unless `--with-nik`.',
    columns: [
      ...bookColumns('always'),
      sheetRow,
      col('member_id', 'VARCHAR', false, '`ID Anggota`.'),
      col('name', 'VARCHAR', false, '`Nama`.'),
      col(
        'nik',
        'VARCHAR',
        true,
        '`NIK`: its first 4 and last 4 digits (`3507••••••••0185`), in full only with `--with-nik`.',
      ),
      col('gender', 'VARCHAR', true, '`Jenis Kelamin`: `L` or `P`.'),
      col('birth_date', 'DATE', true, '`Tanggal Lahir`.'),
      col('role', 'VARCHAR', false, '`Jabatan`: Ketua, Sekretaris, Bendahara, Anggota.'),
      col('household_head', 'VARCHAR', true, '`Kepala Keluarga`: the member ID of the household’s head.'),
      col('join_date', 'DATE', false, '`Tanggal Masuk`.'),
      col('status', 'VARCHAR', false, '`Status`: Aktif or Keluar.'),
      col('leave_date', 'DATE', true, '`Tanggal Keluar`.'),
      col('active', 'BOOLEAN', false, 'Active on the export’s `as_of` (joined, not yet left).'),
      col('address', 'VARCHAR', true, '`Dusun/Alamat`.'),
      col('land_ha', 'DOUBLE', true, '`Luas Lahan (ha)`, hectares.'),
      col('commodity', 'VARCHAR', true, '`Komoditas`.'),
    ],
    orderBy: ['file', 'sheet_row'],
    asOf: true,
  },
  {
    name: 'cash',
    meaning: 'One row per `Kas` row read: every movement of money.',
    columns: [
      ...bookColumns('always'),
      sheetRow,
      col('date', 'DATE', false, '`Tanggal`.'),
      col('receipt_no', 'VARCHAR', true, '`No Bukti`.'),
      col('description', 'VARCHAR', false, '`Uraian`.'),
      col('category', 'VARCHAR', false, '`Kategori`, its canonical name (e.g. `Angsuran Pinjaman`).'),
      col('member_id', 'VARCHAR', true, '`ID Anggota`.'),
      col('loan_id', 'VARCHAR', true, '`ID Pinjaman`.'),
      col('amount_in', 'BIGINT', false, '`Masuk`, whole Rupiah (0 when the row is money out).'),
      col('amount_out', 'BIGINT', false, '`Keluar`, whole Rupiah (0 when the row is money in).'),
      col('plan_code', 'VARCHAR', true, '`Kode RUK`: the `ruk` row this money went to.'),
    ],
    orderBy: ['file', 'sheet_row'],
    asOf: false,
  },
  {
    name: 'loans',
    meaning:
      'One row per `Pinjaman` row read: its terms, and its balance as of `as_of` (docs/book.md section 5). A loan disbursed after `as_of` has NULL balances.',
    columns: [
      ...bookColumns('always'),
      sheetRow,
      col('loan_id', 'VARCHAR', false, '`ID Pinjaman`.'),
      col('member_id', 'VARCHAR', false, '`ID Anggota`.'),
      col('disbursed', 'DATE', false, '`Tanggal Cair`.'),
      col('principal', 'BIGINT', false, '`Pokok`, whole Rupiah.'),
      col('monthly_rate', 'DOUBLE', false, '`Jasa % per Bulan` as a fraction: 1,5 % is 0.015.'),
      col('method', 'VARCHAR', false, '`Metode Jasa`: Flat, Menurun, Anuitas.'),
      col(
        'installments',
        'INTEGER',
        false,
        '`Jumlah Angsuran`; of a Musiman loan, its term in months (one installment).',
      ),
      col(
        'frequency',
        'VARCHAR',
        false,
        '`Frekuensi`: Bulanan, Mingguan or Musiman (one installment at harvest, docs/book.md section 7).',
      ),
      col('purpose', 'VARCHAR', true, '`Tujuan`.'),
      col('source', 'VARCHAR', true, '`Sumber Dana`.'),
      col('as_of', 'DATE', false, 'The date the balance is as of.'),
      col(
        'status',
        'VARCHAR',
        true,
        'Lunas, Lancar, Menunggak or Macet (docs/book.md section 5; by the held Kol after a `Jadwal Ulang`, section 7), or Hapus Buku once written off (its date in `written_off_on`), as Saldo Pinjaman shows it.',
      ),
      col(
        'kol',
        'INTEGER',
        true,
        'The loan’s Kol as Saldo Pinjaman shows it: collectibility 1 (Lancar) to 5 (Macet) from days past due, or the Kol held since a `Jadwal Ulang` when that is worse (docs/book.md section 7); NULL once written off.',
      ),
      col(
        'days_past_due',
        'INTEGER',
        true,
        'Days from the due date of the oldest installment not fully settled to `as_of`; 0 when none is late.',
      ),
      col('due', 'BIGINT', true, 'Principal + jasa of the installments due on or before `as_of`.'),
      col('paid', 'BIGINT', true, 'Paid toward those installments.'),
      col('arrears', 'BIGINT', true, '`due` − `paid` (tunggakan).'),
      col('arrears_principal', 'BIGINT', true, 'The principal part of `arrears`.'),
      col('arrears_jasa', 'BIGINT', true, 'The jasa (interest) part of `arrears`.'),
      col('outstanding_principal', 'BIGINT', true, '`Pokok` − principal repaid (sisa pokok).'),
      col(
        'repaid',
        'BIGINT',
        true,
        "Everything repaid by `as_of`, paid in advance included, but for what came back within the schedule after a write-off, which is in `recoveries`: `repaid` + `recoveries` is every `Angsuran Pinjaman` row of the loan (Saldo Pinjaman's `Total Angsuran Diterima`).",
      ),
      col(
        'next_due',
        'DATE',
        true,
        'The next installment (`Angsuran Berikut`, docs/book.md section 5): the due date of the first installment not fully settled that falls due after `as_of`; one already due is in `arrears`. NULL when none, or once written off.',
      ),
      col('next_amount', 'BIGINT', true, 'What is still owed on that installment.'),
      col(
        'fines_owed',
        'BIGINT',
        true,
        'Late fines charged by `as_of` less those paid and waived (docs/book.md section 7); not part of `arrears`.',
      ),
      col(
        'rescheduled_on',
        'DATE',
        true,
        'The last `Jadwal Ulang` of `Perubahan Pinjaman` applied by `as_of`.',
      ),
      col(
        'written_off_on',
        'DATE',
        true,
        'The `Hapus Buku` date, when written off by `as_of`: the loan has then left the portfolio (no outstanding principal, arrears, Kol or days past due; not open).',
      ),
      col('written_off_principal', 'BIGINT', true, 'The outstanding principal written off.'),
      col('recoveries', 'BIGINT', true, 'Repaid after the write-off, by `as_of`.'),
      col(
        'recoveries_jasa',
        'BIGINT',
        true,
        'Of `recoveries`, the jasa part: jasa received, counted in the SHU’s income with the `paid_jasa` of `installments`.',
      ),
    ],
    orderBy: ['file', 'sheet_row'],
    asOf: true,
  },
  {
    name: 'installments',
    meaning:
      'One row per installment of each loan’s schedule, with what was paid toward it by `as_of` (repayments settle the oldest first, jasa before principal).',
    columns: [
      ...bookColumns('always'),
      col(
        'loan_sheet_row',
        'INTEGER',
        false,
        'The `Pinjaman` row of the loan (tells apart two loans given one ID).',
      ),
      col('loan_id', 'VARCHAR', false, '`ID Pinjaman`.'),
      col('member_id', 'VARCHAR', false, '`ID Anggota`.'),
      col('installment_no', 'INTEGER', false, '1 to `Jumlah Angsuran`.'),
      col('due_date', 'DATE', false, 'When it falls due.'),
      col('principal', 'BIGINT', false, 'Its principal part, whole Rupiah.'),
      col('jasa', 'BIGINT', false, 'Its jasa (interest) part, whole Rupiah.'),
      col(
        'paid_principal',
        'BIGINT',
        true,
        'Principal paid toward it by `as_of`; NULL when the loans were not computed (`groups.loans_computed`).',
      ),
      col(
        'paid_jasa',
        'BIGINT',
        true,
        'Jasa paid toward it by `as_of`; NULL when the loans were not computed (`groups.loans_computed`).',
      ),
      col(
        'settled_on',
        'DATE',
        true,
        'The date it became fully settled; NULL while it is not. One a `Jadwal Ulang` closed is settled on that date, `closed_on`, at what was paid on it: not a date it was paid in full.',
      ),
      col(
        'closed_on',
        'DATE',
        true,
        'Set on an installment a `Jadwal Ulang` closed on that date (its principal and jasa are then what was paid on it).',
      ),
      col(
        'rescheduled_on',
        'DATE',
        true,
        'Set on the installments of a schedule a `Jadwal Ulang` made on that date (numbered from 1 again).',
      ),
    ],
    orderBy: ['file', 'loan_sheet_row', 'rescheduled_on', 'installment_no'],
    asOf: true,
  },
  {
    name: 'activities',
    meaning: 'One row per `Kegiatan` row read: what the facilitator and the group did.',
    columns: [
      ...bookColumns('always'),
      sheetRow,
      col('date', 'DATE', false, '`Tanggal`.'),
      col('type', 'VARCHAR', false, '`Jenis Kegiatan`, one of the nine canonical types.'),
      col('description', 'VARCHAR', false, '`Uraian`.'),
      col('attendance', 'INTEGER', true, '`Jumlah Hadir`.'),
      col('results', 'VARCHAR', true, '`Hasil`.'),
      col('next_steps', 'VARCHAR', true, '`Rencana Tindak Lanjut`.'),
      col('recorded_by', 'VARCHAR', true, '`Pencatat`.'),
      col('plan_code', 'VARCHAR', true, '`Kode RUK`: the `ruk` row this activity carried out.'),
      col('volume', 'DOUBLE', true, '`Volume`: how much of it was done, in the plan row’s unit.'),
    ],
    orderBy: ['file', 'sheet_row'],
    asOf: false,
  },
  {
    name: 'attendance',
    meaning:
      'One row per meeting of `Daftar Hadir` (dated on or before `today`) and member of `Anggota` (active that day or not). A member with no row is absent at every meeting while active; a row naming no member, or repeating one, is an error in `problems` and not here (docs/book.md section 9). A meeting’s rate is its rows `present` and `active` ÷ its rows `active`.',
    columns: [
      ...bookColumns('always'),
      col('meeting_date', 'DATE', false, 'The meeting: the date heading its column.'),
      col('meeting_column', 'INTEGER', false, 'The meeting’s column in `Daftar Hadir` (1-based; A is 1).'),
      col('sheet_row', 'INTEGER', true, 'The member’s row in `Daftar Hadir`; NULL when the member has none.'),
      col('member_id', 'VARCHAR', false, '`ID Anggota`.'),
      col(
        'mark',
        'VARCHAR',
        true,
        'H hadir (present), W diwakilkan (a household member came), I izin, S sakit, A absent; NULL for a blank cell or no row.',
      ),
      col('present', 'BOOLEAN', false, 'Marked H or W.'),
      col(
        'active',
        'BOOLEAN',
        false,
        'The member (first `Anggota` row of the ID) had joined and not yet left on the meeting’s date.',
      ),
    ],
    orderBy: ['file', 'meeting_date', 'meeting_column', 'member_id', 'sheet_row'],
    asOf: false,
  },
  {
    name: 'ruk',
    meaning:
      'One row per `RUK` row read (the group’s business plan), with what was done toward it as of `as_of`: `Kegiatan` and `Kas` rows naming its code (docs/book.md section 9).',
    columns: [
      ...bookColumns('always'),
      sheetRow,
      col('code', 'VARCHAR', false, '`Kode`.'),
      col('activity', 'VARCHAR', false, '`Kegiatan`.'),
      col('type', 'VARCHAR', false, '`Jenis Kegiatan`, one of the nine canonical types.'),
      col('month', 'DATE', false, '`Bulan`: the first day of the month planned.'),
      col('target', 'DOUBLE', true, '`Target`.'),
      col('unit', 'VARCHAR', true, '`Satuan`.'),
      col('cost', 'BIGINT', true, '`Biaya (Rp)`, whole Rupiah.'),
      col('fund_source', 'VARCHAR', true, '`Sumber Dana`.'),
      col('responsible', 'VARCHAR', true, '`Penanggung Jawab`.'),
      col('as_of', 'DATE', false, 'The date the status is as of.'),
      col(
        'status',
        'VARCHAR',
        true,
        'Terlaksana (done in or before its month), Terlambat (done later), Belum (not done, month not over), Tidak Terlaksana (not done, month over). NULL, with `due`, `activities` and `volume_done`, when the book’s `Kegiatan` was not read (missing, or its header row not found): what was done cannot be told.',
      ),
      col(
        'due',
        'BOOLEAN',
        true,
        'Counts in RUK on time’s denominator: its month is over by `as_of`, or it is already Terlaksana (RUK on time = Terlaksana rows ÷ due rows).',
      ),
      col('done_date', 'DATE', true, 'The first `Kegiatan` naming the code, on or before `as_of`.'),
      col('activities', 'INTEGER', true, '`Kegiatan` rows naming the code, on or before `as_of`.'),
      col('volume_done', 'DOUBLE', true, 'Sum of their `Volume`.'),
      col(
        'spent',
        'BIGINT',
        true,
        '`Keluar` of the `Kas` rows naming the code, on or before `as_of`, whole Rupiah; NULL when the book’s `Kas` was not read.',
      ),
    ],
    orderBy: ['file', 'sheet_row'],
    asOf: true,
  },
  {
    name: 'saprodi',
    meaning:
      'One row per `Saprodi` row read: one member’s need and receipt of one kind of farm input in one season, and whether it reached the right person, in the right amount, at the right time (docs/book.md section 9).',
    columns: [
      ...bookColumns('always'),
      sheetRow,
      col('season', 'VARCHAR', false, '`Musim Tanam`, as written (`MT I 2026`).'),
      col('member_id', 'VARCHAR', false, '`ID Anggota`.'),
      col(
        'nik',
        'VARCHAR',
        true,
        'The member’s `NIK` from `Anggota` (the RDKK’s key): its first 4 and last 4 digits unless `--with-nik`; NULL when none.',
      ),
      col('commodity', 'VARCHAR', false, '`Komoditas`.'),
      col('area_ha', 'DOUBLE', false, '`Luas Tanam (ha)`.'),
      col('kind', 'VARCHAR', false, '`Jenis`: Urea, NPK, ZA, SP-36, Organik, Benih, Pestisida, Lainnya.'),
      col('planned_kg', 'DOUBLE', false, '`Rencana (kg)`.'),
      col('received_kg', 'DOUBLE', true, '`Diterima (kg)`.'),
      col('received_date', 'DATE', true, '`Tanggal Terima`.'),
      col('planting_date', 'DATE', true, '`Tanggal Tanam`.'),
      col('right_person', 'BOOLEAN', false, 'The receiver is a member of `Anggota` active in the season.'),
      col('right_amount', 'BOOLEAN', false, '`Diterima (kg)` equals `Rencana (kg)`.'),
      col(
        'right_time',
        'BOOLEAN',
        true,
        'Received on or before `Tanggal Tanam`; false when nothing was received; NULL when received without a planting date.',
      ),
      col(
        'all_right',
        'BOOLEAN',
        false,
        'Right on all three counts (a row whose `right_time` is NULL is not).',
      ),
      col(
        'not_yet_due',
        'BOOLEAN',
        false,
        'Belum waktunya (not yet due) as of the export’s `as_of`: not received in full (`Diterima (kg)` below `Rencana (kg)`, or blank) and `Tanggal Tanam` after `as_of`. The `saprodi` report leaves such a row out of right amount, right time and right on all three until its planting date has passed (docs/book.md section 9).',
      ),
    ],
    orderBy: ['file', 'sheet_row'],
    asOf: true,
  },
  {
    name: 'problems',
    meaning:
      'Every problem of every book as of `today` (what `check` lists), and one row per file that could not be read.',
    columns: [
      ...bookColumns('maybe'),
      col('severity', 'VARCHAR', false, 'error, warning or info.'),
      col(
        'code',
        'VARCHAR',
        false,
        'The stable code, e.g. `member.nik.length`, or the reason a file could not be read.',
      ),
      col('tab', 'VARCHAR', true, 'The tab as the user named it; NULL for a file that could not be read.'),
      col(
        'sheet_row',
        'INTEGER',
        true,
        'The row, 1-based; 0 for the whole tab; NULL for an unreadable file.',
      ),
      col('column_name', 'VARCHAR', true, 'The column header as the user wrote it; NULL when none.'),
      col(
        'message_id',
        'VARCHAR',
        false,
        'The message in Indonesian (a NIK in it shows its first 4 and last 4 digits only, even with `--with-nik`).',
      ),
      col('message_en', 'VARCHAR', false, 'The message in English.'),
    ],
    orderBy: ['file', 'severity', 'tab', 'sheet_row', 'column_name', 'code', 'message_en'],
    asOf: false,
  },
];

export type WarehouseValue = string | number | boolean | null;
/** A row as the exporter builds it: a value for every column of its table, by name. */
export type WarehouseRow = Readonly<Record<string, WarehouseValue>>;
export type WarehouseTableName =
  | 'books'
  | 'groups'
  | 'members'
  | 'cash'
  | 'loans'
  | 'installments'
  | 'activities'
  | 'attendance'
  | 'ruk'
  | 'saprodi'
  | 'problems';

export function warehouseTable(name: WarehouseTableName): WarehouseTable {
  const table = warehouseTables.find((t) => t.name === name);
  if (!table) throw new Error(`no warehouse table ${name}`);
  return table;
}
