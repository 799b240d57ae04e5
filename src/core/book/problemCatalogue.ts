// Every problem the checks can report: its stable code, its severity and its message in id and en.
// One table, so that codes stay stable, messages stay in both languages and the list can be shown.
import { formatRupiah, MAX_RUPIAH } from '../money';
import type { Fix, Problem, Severity } from '../problem';
import type { Text } from '../text';

/** Values a message mentions: the cell as the user sees it, the column header, a member ID, … */
export type ProblemArgs = Readonly<Record<string, string | number>>;

export interface ProblemKind {
  readonly severity: Severity;
  readonly message: (a: ProblemArgs) => Text;
}

const kind = (
  severity: Severity,
  id: (a: ProblemArgs) => string,
  en: (a: ProblemArgs) => string,
): ProblemKind => ({ severity, message: (a) => ({ id: id(a), en: en(a) }) });

const e = (id: (a: ProblemArgs) => string, en: (a: ProblemArgs) => string) => kind('error', id, en);
const w = (id: (a: ProblemArgs) => string, en: (a: ProblemArgs) => string) => kind('warning', id, en);
const i = (id: (a: ProblemArgs) => string, en: (a: ProblemArgs) => string) => kind('info', id, en);

/** A required value left blank: `Kolom "Nama" kosong…`. */
const missing = (what: { id: string; en: string }) =>
  e(
    (a) => `Kolom "${a.column}" kosong: ${what.id}.`,
    (a) => `Column "${a.column}" is empty: ${what.en}.`,
  );

export const problemCatalogue = {
  /* ------------------------------------------------------------ tabs, headers and rows */
  'tab.missing': e(
    (a) =>
      `Tab "${a.tab}" tidak ada. Buat tab itu (menu Siapkan Buku) atau ganti nama tab yang ada menjadi "${a.tab}".`,
    (a) =>
      `The tab "${a.tab}" is missing. Create it (menu Set up book) or rename an existing tab to "${a.tab}".`,
  ),
  'tab.ambiguous': w(
    (a) =>
      `Ada lebih dari satu tab untuk "${a.tab}": ${a.names}. Yang dibaca hanya "${a.used}"; hapus atau ganti nama tab lainnya.`,
    (a) =>
      `More than one tab stands for "${a.tab}": ${a.names}. Only "${a.used}" is read; delete or rename the others.`,
  ),
  'tab.header.notFound': e(
    (a) =>
      `Baris judul kolom tidak ditemukan di 10 baris pertama tab "${a.tab}": kolom ${a.missing} tidak ada. Tulis judul kolom itu dalam satu baris.`,
    (a) =>
      `No header row in the first 10 rows of the tab "${a.tab}": the column(s) ${a.missing} are missing. Write those headers in one row.`,
  ),
  'tab.header.duplicate': w(
    (a) =>
      `Kolom "${a.column}" ada dua kali (juga kolom ke-${a.firstCol}). Yang dibaca hanya yang pertama; hapus atau ganti nama yang ini.`,
    (a) =>
      `The column "${a.column}" appears twice (also column ${a.firstCol}). Only the first is read; delete or rename this one.`,
  ),
  'row.summary': i(
    (a) =>
      `Baris ringkasan "${a.value}" dilewati: jumlah dan saldo dihitung sendiri oleh add-on. Saldo awal kas ditulis di Pengaturan (Saldo Awal Kas).`,
    (a) =>
      `Summary row "${a.value}" skipped: the add-on computes totals and balances itself. An opening cash balance goes into Pengaturan (Saldo Awal Kas).`,
  ),

  /* ------------------------------------------------------------ values */
  'value.money.fraction': e(
    (a) => `Jumlah uang harus Rupiah bulat, tanpa sen: ${a.value}. Bulatkan ke Rupiah penuh.`,
    (a) => `Money must be whole Rupiah, without cents: ${a.value}. Round it to whole Rupiah.`,
  ),
  'value.money.text': w(
    (a) => `Jumlah uang "${a.value}" ditulis sebagai teks. Simpan sebagai angka ${a.number}.`,
    (a) => `The amount "${a.value}" is written as text. Store it as the number ${a.number}.`,
  ),
  'value.money.invalid': e(
    (a) =>
      a.hint === 'zeroCents'
        ? `"${a.value}" tidak terbaca sebagai jumlah uang: tulis tanpa ",-" atau ",00". Simpan sebagai angka ${a.number}.`
        : `"${a.value}" tidak terbaca sebagai jumlah uang. Tulis Rupiah bulat sebagai angka, mis. 1500000 (bukan "1,5 juta" atau "1.500,50").`,
    (a) =>
      a.hint === 'zeroCents'
        ? `"${a.value}" cannot be read as an amount of money: write it without ",-" or ",00". Store it as the number ${a.number}.`
        : `"${a.value}" cannot be read as an amount of money. Write whole Rupiah as a number, e.g. 1500000 (not "1,5 juta" or "1.500,50").`,
  ),
  'value.money.tooLarge': e(
    (a) =>
      `Jumlah uang "${a.value}" terlalu besar: paling banyak ${formatRupiah(MAX_RUPIAH)}. Periksa angka nol yang berlebih.`,
    (a) =>
      `The amount "${a.value}" is too large: at most ${formatRupiah(MAX_RUPIAH)}. Check for extra zeros.`,
  ),
  'value.date.text': w(
    (a) => `Tanggal "${a.value}" ditulis sebagai teks. Simpan sebagai tanggal ${a.date}.`,
    (a) => `The date "${a.value}" is written as text. Store it as the date ${a.date}.`,
  ),
  'value.date.tooLate': e(
    (a) => `Tanggal ${a.value} terlalu jauh ke depan: tahunnya paling lambat ${a.year}. Periksa tahunnya.`,
    (a) => `The date ${a.value} is too far ahead: its year must be ${a.year} at the latest. Check the year.`,
  ),
  'value.date.invalid': e(
    (a) =>
      a.hint === 'shortYear'
        ? `"${a.value}" tidak terbaca sebagai tanggal: tahunnya hanya 2 angka. Tulis tahun lengkap 4 angka, mis. 28/11/2026.`
        : `"${a.value}" tidak terbaca sebagai tanggal. Tulis tanggal yang ada, mis. 28/11/2026 atau 28 November 2026 (hari-bulan-tahun).`,
    (a) =>
      a.hint === 'shortYear'
        ? `"${a.value}" cannot be read as a date: its year has only 2 digits. Write the full 4-digit year, e.g. 28/11/2026.`
        : `"${a.value}" cannot be read as a date. Write a real date, e.g. 28/11/2026 or 28 November 2026 (day-month-year).`,
  ),
  'value.number.text': w(
    (a) => `Angka "${a.value}" ditulis sebagai teks. Simpan sebagai angka ${a.number}.`,
    (a) => `The number "${a.value}" is written as text. Store it as the number ${a.numberEn ?? a.number}.`,
  ),
  'value.number.invalid': e(
    (a) => `"${a.value}" tidak terbaca sebagai angka. Tulis angka saja, mis. 1,5 atau 12.`,
    (a) => `"${a.value}" cannot be read as a number. Write a number only, e.g. 1.5 or 12.`,
  ),
  'value.number.notWhole': e(
    (a) => `"${a.value}" harus angka bulat. Tulis angka tanpa koma.`,
    (a) => `"${a.value}" must be a whole number. Write it without decimals.`,
  ),

  'value.formulaError': e(
    (a) =>
      `Sel ini berisi galat rumus ${a.value}, bukan nilai. Perbaiki rumusnya, atau hapus rumus itu dan ketik nilainya di kolom "${a.column}".`,
    (a) =>
      `This cell shows the formula error ${a.value}, not a value. Fix the formula, or delete it and type the value in the column "${a.column}".`,
  ),
  'value.identifier.date': e(
    (a) =>
      `Kolom "${a.column}" berisi tanggal (${a.value}), bukan ID. Spreadsheet mengubah ketikan seperti 1/2 menjadi tanggal: ubah format kolom ini menjadi teks biasa, lalu ketik ulang ID-nya.`,
    (a) =>
      `The column "${a.column}" holds a date (${a.value}), not an ID. The spreadsheet turned what was typed (such as 1/2) into a date: format this column as plain text, then type the ID again.`,
  ),

  'value.notAccepted': e(
    (a) =>
      `Isi "${a.value}" di kolom "${a.column}" tidak diterima. Periksa isinya sesuai catatan judul kolom.`,
    (a) =>
      `The value "${a.value}" in the column "${a.column}" is not accepted. Check it against the column's note.`,
  ),

  /* ------------------------------------------------------------ Pengaturan */
  'settings.groupName.missing': e(
    () =>
      `Pengaturan "Nama Kelompok" kosong atau tidak ada. Tambahkan baris "Nama Kelompok" dengan nama kelompok tani.`,
    () =>
      `The setting "Nama Kelompok" (group name) is empty or missing. Add a row "Nama Kelompok" with the group's name.`,
  ),
  'settings.key.unknown': i(
    (a) => `Pengaturan "${a.value}" tidak dikenal dan dilewati. Kunci yang dikenal: ${a.allowed}.`,
    (a) => `The setting "${a.value}" is not known and is ignored. Known keys: ${a.allowed}.`,
  ),
  'settings.key.duplicate': w(
    (a) =>
      `Pengaturan "${a.value}" ditulis lagi (pertama di baris ${a.firstRow}). Yang dipakai hanya yang pertama; hapus baris ini.`,
    (a) =>
      `The setting "${a.value}" is written again (first in row ${a.firstRow}). Only the first is used; delete this row.`,
  ),
  'settings.openingBalance.negative': e(
    (a) => `Saldo Awal Kas tidak boleh minus: ${a.value}. Tulis saldo kas yang sebenarnya (0 bila kosong).`,
    (a) =>
      `The opening cash balance cannot be negative: ${a.value}. Write the real cash balance (0 when none).`,
  ),
  'settings.weekStart.unknown': e(
    (a) =>
      `Awal Minggu "${a.value}" bukan nama hari. Tulis Senin, Selasa, … atau Minggu. Sementara dipakai Senin.`,
    (a) =>
      `Week start "${a.value}" is not a day name. Write Senin (Monday) … Minggu (Sunday). Monday is used for now.`,
  ),
  'settings.language.unknown': e(
    (a) => `Bahasa "${a.value}" tidak dikenal. Tulis id (Indonesia) atau en (English). Sementara dipakai id.`,
    (a) => `Language "${a.value}" is not known. Write id (Indonesian) or en (English). id is used for now.`,
  ),
  'settings.kolLimits.invalid': e(
    (a) =>
      `Batas Kolektibilitas "${a.value}" tidak terbaca. Tulis tiga angka hari yang naik, dipisah titik koma, mis. 90;120;180. Sementara dipakai 90;120;180.`,
    (a) =>
      `Collectibility limits "${a.value}" cannot be read. Write three increasing day counts separated by semicolons, e.g. 90;120;180. 90;120;180 is used for now.`,
  ),
  'settings.shuCategory.unknown': e(
    (a) =>
      `Kategori "${a.value}" di ${a.setting} bukan kategori Kas. Tulis kategori Kas dipisah titik koma, mis. ${a.example}. Sementara dipakai ${a.example}.`,
    (a) =>
      `"${a.value}" in ${a.setting} is not a Kas category. Write Kas categories separated by semicolons, e.g. ${a.example}. ${a.example} is used for now.`,
  ),
  'settings.shuCategory.notAllowed': e(
    (a) =>
      `Kategori "${a.value}" tidak boleh di ${a.setting}: simpanan anggota dan pokok pinjaman bukan pendapatan atau biaya kelompok, dan jasa pinjaman sudah dihitung dari angsuran. Hapus kategori itu. Sementara dipakai ${a.example}.`,
    (a) =>
      `The category "${a.value}" may not be in ${a.setting}: members' savings and loan principal are neither income nor cost of the group, and loan jasa is already counted from repayments. Remove it. ${a.example} is used for now.`,
  ),
  'settings.shuCategory.both': e(
    (a) =>
      `Kategori "${a.value}" ada di Pendapatan SHU dan di Biaya SHU. Tulis di salah satu saja. Sementara kategori itu dihitung sebagai pendapatan saja.`,
    (a) =>
      `The category "${a.value}" is in both Pendapatan SHU (income) and Biaya SHU (costs). Keep it in one. For now it is counted as income only.`,
  ),
  'settings.shuParts.entry': e(
    (a) =>
      `Bagian "${a.value}" di Pembagian SHU tidak terbaca. Tulis nama lalu persen (lebih dari 0, paling banyak 100), dipisah titik koma, mis. Cadangan 25; Jasa Simpanan 30. Sementara dipakai pembagian baku.`,
    (a) =>
      `The part "${a.value}" in Pembagian SHU cannot be read. Write a name and a percentage (above 0, at most 100), separated by semicolons, e.g. Cadangan 25; Jasa Simpanan 30. The default split is used for now.`,
  ),
  'settings.shuParts.duplicate': e(
    (a) =>
      `Bagian "${a.value}" ditulis dua kali di Pembagian SHU. Gabungkan persennya. Sementara dipakai pembagian baku.`,
    (a) =>
      `The part "${a.value}" is written twice in Pembagian SHU. Add its percentages together. The default split is used for now.`,
  ),
  'settings.shuParts.noReserve': e(
    () =>
      `Pembagian SHU tidak punya bagian Cadangan, tempat sisa Rupiah pembulatan. Tambahkan "Cadangan" dengan persennya. Sementara dipakai pembagian baku.`,
    () =>
      `Pembagian SHU has no Cadangan (reserve) part, which takes the Rupiah left by rounding. Add "Cadangan" with its percentage. The default split is used for now.`,
  ),
  'settings.shuParts.sum': e(
    (a) =>
      `Persen di Pembagian SHU berjumlah ${a.sum}, bukan 100. Ubah persennya sampai jumlahnya 100. Sementara dipakai pembagian baku.`,
    (a) =>
      `The percentages in Pembagian SHU add up to ${a.sum}, not 100. Change them until they add up to 100. The default split is used for now.`,
  ),

  /* ------------------------------------------------------------ Anggota */
  'member.id.missing': missing({
    id: 'setiap anggota perlu ID Anggota yang unik, mis. A001',
    en: 'every member needs a unique member ID, e.g. A001',
  }),
  'member.id.duplicate': e(
    (a) =>
      `ID Anggota "${a.value}" sudah dipakai di baris ${a.firstRow}. Beri anggota ini ID lain; baris ini dilewati.`,
    (a) =>
      `Member ID "${a.value}" is already used in row ${a.firstRow}. Give this member another ID; this row is skipped.`,
  ),
  'member.name.missing': missing({ id: 'tulis nama lengkap anggota', en: "write the member's full name" }),
  'member.nik.number': w(
    (a) =>
      `NIK ${a.value} disimpan sebagai angka; spreadsheet hanya menyimpan 15 angka penting, jadi angka terakhir bisa hilang. Ubah format sel menjadi teks dan ketik ulang NIK dari KTP.`,
    (a) =>
      `NIK ${a.value} is stored as a number; spreadsheets keep only 15 significant digits, so the last digit may be lost. Format the cell as text and type the NIK again from the ID card.`,
  ),
  'member.nik.digits': e(
    (a) => `NIK "${a.value}" hanya boleh berisi angka. Ketik ulang 16 angka NIK dari KTP.`,
    (a) => `NIK "${a.value}" may hold digits only. Type the 16 digits of the NIK again from the ID card.`,
  ),
  'member.nik.length': e(
    (a) => `NIK "${a.value}" berisi ${a.length} angka, harus 16. Periksa dan ketik ulang NIK dari KTP.`,
    (a) =>
      `NIK "${a.value}" has ${a.length} digits; it must have 16. Check it and type it again from the ID card.`,
  ),
  'member.nik.province': e(
    (a) =>
      `NIK "${a.value}" diawali ${a.code}, yang bukan kode provinsi. Periksa dua angka pertama NIK di KTP.`,
    (a) =>
      `NIK "${a.value}" starts with ${a.code}, which is not a province code. Check the first two digits on the ID card.`,
  ),
  'member.nik.date': e(
    (a) =>
      `Angka ke-7 sampai 12 NIK "${a.value}" (${a.part}) bukan tanggal lahir (HHBBTT, HH+40 untuk perempuan). Periksa NIK di KTP.`,
    (a) =>
      `Digits 7 to 12 of NIK "${a.value}" (${a.part}) are not a birth date (DDMMYY, DD+40 for women). Check the NIK on the ID card.`,
  ),
  'member.nik.duplicate': e(
    (a) =>
      `NIK "${a.value}" sudah dipakai anggota di baris ${a.firstRow}. Satu orang hanya satu NIK; periksa kedua baris.`,
    (a) =>
      `NIK "${a.value}" is already used by the member in row ${a.firstRow}. Each person has one NIK; check both rows.`,
  ),
  'member.nik.genderMismatch': w(
    (a) =>
      `NIK "${a.value}" menunjukkan ${a.nikGender === 'P' ? 'perempuan' : 'laki-laki'}, tetapi Jenis Kelamin ${a.gender}. Periksa Jenis Kelamin (NIK tidak diganti walau tanggalnya salah).`,
    (a) =>
      `NIK "${a.value}" says ${a.nikGender === 'P' ? 'female' : 'male'}, but the gender is ${a.gender}. Check the gender (a NIK is never reissued, even when its date is wrong).`,
  ),
  'member.nik.birthDateMismatch': w(
    (a) =>
      `Tanggal lahir dalam NIK "${a.value}" (${a.nikDate}) berbeda dengan Tanggal Lahir ${a.birthDate}. Periksa Tanggal Lahir (NIK tidak diganti walau tanggalnya salah).`,
    (a) =>
      `The birth date in NIK "${a.value}" (${a.nikDate}) differs from the date of birth ${a.birthDate}. Check the date of birth (a NIK is never reissued, even when its date is wrong).`,
  ),
  'member.gender.unknown': e(
    (a) => `Jenis Kelamin "${a.value}" tidak dikenal. Tulis L (laki-laki) atau P (perempuan).`,
    (a) => `Gender "${a.value}" is not known. Write L (male) or P (female).`,
  ),
  'member.birthDate.notBeforeJoin': e(
    (a) => `Tanggal Lahir ${a.birthDate} tidak sebelum Tanggal Masuk ${a.joinDate}. Periksa kedua tanggal.`,
    (a) => `The date of birth ${a.birthDate} is not before the join date ${a.joinDate}. Check both dates.`,
  ),
  'member.role.unknown': e(
    (a) => `Jabatan "${a.value}" tidak dikenal. Tulis Ketua, Sekretaris, Bendahara atau Anggota.`,
    (a) =>
      `Role "${a.value}" is not known. Write Ketua (chair), Sekretaris (secretary), Bendahara (treasurer) or Anggota (member).`,
  ),
  'member.role.chairCount': w(
    (a) =>
      Number(a.count) === 0
        ? `Tidak ada Ketua di antara anggota aktif. Tulis "Ketua" di kolom Jabatan untuk ketua kelompok.`
        : `Ada ${a.count} Ketua di antara anggota aktif. Kelompok punya satu Ketua; ubah Jabatan yang lain.`,
    (a) =>
      Number(a.count) === 0
        ? `No active member is the chair. Write "Ketua" in the Jabatan (role) column of the group's chair.`
        : `${a.count} active members are the chair. A group has one chair; change the role of the others.`,
  ),
  'member.role.treasurerCount': w(
    (a) =>
      Number(a.count) === 0
        ? `Tidak ada Bendahara di antara anggota aktif. Tulis "Bendahara" di kolom Jabatan untuk bendahara kelompok.`
        : `Ada ${a.count} Bendahara di antara anggota aktif. Kelompok punya satu Bendahara; ubah Jabatan yang lain.`,
    (a) =>
      Number(a.count) === 0
        ? `No active member is the treasurer. Write "Bendahara" in the Jabatan (role) column of the group's treasurer.`
        : `${a.count} active members are the treasurer. A group has one treasurer; change the role of the others.`,
  ),
  'member.householdHead.unknown': e(
    (a) =>
      `Kepala Keluarga "${a.value}" bukan ID Anggota yang ada. Tulis ID Anggota kepala keluarga, atau kosongkan.`,
    (a) =>
      `Household head "${a.value}" is not an existing member ID. Write the member ID of the household head, or leave it blank.`,
  ),
  'member.phone.invalid': e(
    (a) =>
      `No HP "${a.value}" bukan nomor HP Indonesia. Tulis 08… (10 sampai 13 angka) atau +628…, sebagai teks.`,
    (a) =>
      `Phone "${a.value}" is not an Indonesian mobile number. Write 08… (10 to 13 digits) or +628…, as text.`,
  ),
  'member.phone.lostZero': w(
    (a) =>
      `No HP ${a.value} kehilangan angka 0 di depan karena disimpan sebagai angka. Simpan sebagai teks "${a.phone}".`,
    (a) =>
      `Phone ${a.value} lost its leading zero because it is stored as a number. Store it as the text "${a.phone}".`,
  ),
  'member.joinDate.missing': missing({
    id: 'tulis tanggal anggota masuk kelompok',
    en: 'write the date the member joined',
  }),
  'member.joinDate.future': e(
    (a) => `Tanggal Masuk ${a.date} sesudah hari ini (${a.today}). Tulis tanggal masuk yang sebenarnya.`,
    (a) => `The join date ${a.date} is after today (${a.today}). Write the real join date.`,
  ),
  'member.status.unknown': e(
    (a) => `Status "${a.value}" tidak dikenal. Tulis Aktif atau Keluar.`,
    (a) => `Status "${a.value}" is not known. Write Aktif (active) or Keluar (left).`,
  ),
  'member.leaveDate.missing': e(
    (a) => `Status Keluar tetapi Tanggal Keluar kosong. Tulis tanggal anggota keluar di kolom "${a.column}".`,
    (a) =>
      `The status is Keluar (left) but the leave date is empty. Write the date the member left in the column "${a.column}".`,
  ),
  'member.leaveDate.beforeJoin': e(
    (a) => `Tanggal Keluar ${a.leaveDate} sebelum Tanggal Masuk ${a.joinDate}. Periksa kedua tanggal.`,
    (a) => `The leave date ${a.leaveDate} is before the join date ${a.joinDate}. Check both dates.`,
  ),
  'member.leaveDate.whileActive': w(
    (a) =>
      `Tanggal Keluar ${a.leaveDate} diisi, tetapi Status masih Aktif: anggota ini tetap dihitung aktif. Bila sudah keluar, tulis Keluar di kolom Status; bila belum, kosongkan Tanggal Keluar.`,
    (a) =>
      `The leave date ${a.leaveDate} is filled in, but the status is still Aktif: this member still counts as active. If they left, write Keluar in the Status column; if not, clear the leave date.`,
  ),
  'member.landHa.negative': e(
    (a) => `Luas Lahan tidak boleh minus: ${a.value}. Tulis luas dalam hektar, 0 atau lebih.`,
    (a) => `Land area cannot be negative: ${a.value}. Write the area in hectares, 0 or more.`,
  ),

  /* ------------------------------------------------------------ Kas */
  'cash.date.missing': missing({ id: 'tulis tanggal transaksi', en: 'write the date of the movement' }),
  'cash.date.future': e(
    (a) =>
      `Tanggal ${a.date} sesudah hari ini (${a.today}). Catat transaksi pada tanggal terjadinya, bukan rencana.`,
    (a) =>
      `The date ${a.date} is after today (${a.today}). Record a movement on the day it happened, not a plan.`,
  ),
  'cash.date.beforeOpening': e(
    (a) =>
      `Tanggal ${a.date} sebelum Tanggal Saldo Awal ${a.openingDate} (Pengaturan). Perbaiki tanggalnya, atau pindahkan Tanggal Saldo Awal dan Saldo Awal Kas lebih awal.`,
    (a) =>
      `The date ${a.date} is before the opening balance date ${a.openingDate} (Pengaturan). Correct the date, or move the opening date and balance earlier.`,
  ),
  'cash.receiptNo.duplicate': e(
    (a) =>
      `No Bukti "${a.value}" sudah dipakai di baris ${a.firstRow}. Setiap bukti punya nomor sendiri; perbaiki nomornya.`,
    (a) =>
      `Receipt number "${a.value}" is already used in row ${a.firstRow}. Each receipt has its own number; correct it.`,
  ),
  'cash.description.missing': missing({ id: 'tulis uraian transaksi', en: 'describe the movement' }),
  'cash.category.missing': missing({ id: 'pilih kategori dari daftar', en: 'pick a category from the list' }),
  'cash.category.unknown': e(
    (a) => `Kategori "${a.value}" tidak ada di daftar. Pilih salah satu: ${a.allowed}.`,
    (a) => `Category "${a.value}" is not on the list. Pick one of: ${a.allowed}.`,
  ),
  'cash.member.missing': e(
    (a) =>
      `Kategori ${a.category} perlu ID Anggota. Tulis ID anggota yang bersangkutan di kolom "${a.column}".`,
    (a) => `The category ${a.category} needs a member ID. Write the member's ID in the column "${a.column}".`,
  ),
  'cash.member.unknown': e(
    (a) =>
      `ID Anggota "${a.value}" tidak ada di tab Anggota. Perbaiki ID-nya, atau daftarkan anggota itu dulu.`,
    (a) => `Member ID "${a.value}" is not in the Anggota tab. Correct the ID, or register the member first.`,
  ),
  'cash.member.inactive': e(
    (a) =>
      `Anggota "${a.value}" tidak aktif pada ${a.date} (masuk ${a.joinDate}${a.leaveDate ? `, keluar ${a.leaveDate}` : ''}). Periksa tanggal transaksi atau data anggota.`,
    (a) =>
      `Member "${a.value}" is not active on ${a.date} (joined ${a.joinDate}${a.leaveDate ? `, left ${a.leaveDate}` : ''}). Check the date of the movement or the member's data.`,
  ),
  'cash.loan.missing': e(
    (a) =>
      `Kategori ${a.category} perlu ID Pinjaman. Tulis ID pinjaman dari tab Pinjaman di kolom "${a.column}".`,
    (a) =>
      `The category ${a.category} needs a loan ID. Write the loan's ID from the Pinjaman tab in the column "${a.column}".`,
  ),
  'cash.loan.unknown': e(
    (a) =>
      `ID Pinjaman "${a.value}" tidak ada di tab Pinjaman. Perbaiki ID-nya, atau catat pinjaman itu dulu di tab Pinjaman.`,
    (a) =>
      `Loan ID "${a.value}" is not in the Pinjaman tab. Correct the ID, or record the loan in the Pinjaman tab first.`,
  ),
  'cash.loan.memberMismatch': e(
    (a) =>
      `Pinjaman "${a.value}" milik anggota ${a.loanMember}, bukan ${a.memberId}. Perbaiki ID Anggota atau ID Pinjaman di baris ini.`,
    (a) =>
      `Loan "${a.value}" belongs to member ${a.loanMember}, not ${a.memberId}. Correct the member ID or the loan ID in this row.`,
  ),
  'cash.amount.missing': e(
    () => `Masuk dan Keluar kosong (atau 0). Tulis jumlahnya di salah satu kolom.`,
    () => `Both Masuk (in) and Keluar (out) are empty (or 0). Write the amount in one of them.`,
  ),
  'cash.amount.both': e(
    () =>
      `Masuk dan Keluar sama-sama diisi. Satu baris satu gerakan uang: kosongkan salah satu, atau pisahkan menjadi dua baris.`,
    () =>
      `Both Masuk (in) and Keluar (out) are filled. One row is one movement: clear one of them, or split the row in two.`,
  ),
  'cash.amount.negative': e(
    (a) =>
      `Jumlah tidak boleh minus: ${a.value}. Tulis uang masuk di kolom Masuk dan uang keluar di kolom Keluar, tanpa tanda minus.`,
    (a) =>
      `An amount cannot be negative: ${a.value}. Write money in under Masuk and money out under Keluar, without a minus sign.`,
  ),
  'cash.amount.direction': e(
    (a) =>
      a.direction === 'in'
        ? `Kategori ${a.category} adalah uang masuk, tetapi jumlahnya di kolom "${a.column}". Pindahkan jumlahnya ke kolom Masuk, atau ganti kategorinya.`
        : `Kategori ${a.category} adalah uang keluar, tetapi jumlahnya di kolom "${a.column}". Pindahkan jumlahnya ke kolom Keluar, atau ganti kategorinya.`,
    (a) =>
      a.direction === 'in'
        ? `The category ${a.category} is money in, but the amount is in the column "${a.column}". Move it to Masuk (in), or change the category.`
        : `The category ${a.category} is money out, but the amount is in the column "${a.column}". Move it to Keluar (out), or change the category.`,
  ),
  'cash.balance.negative': e(
    (a) =>
      `Saldo kas menjadi minus (${a.balance}) setelah baris ini: uang keluar lebih banyak dari yang ada. Periksa jumlah dan tanggal baris ini dan sebelumnya, atau Saldo Awal Kas di Pengaturan.`,
    (a) =>
      `The cash balance falls below zero (${a.balance}) after this row: more money goes out than there is. Check the amounts and dates of this and earlier rows, or the opening balance in Pengaturan.`,
  ),

  /* ------------------------------------------------------------ Pinjaman */
  'loan.id.missing': missing({
    id: 'setiap pinjaman perlu ID Pinjaman yang unik, mis. P001',
    en: 'every loan needs a unique loan ID, e.g. P001',
  }),
  'loan.id.duplicate': e(
    (a) =>
      `ID Pinjaman "${a.value}" sudah dipakai di baris ${a.firstRow}. Beri pinjaman ini ID lain; baris ini dilewati.`,
    (a) =>
      `Loan ID "${a.value}" is already used in row ${a.firstRow}. Give this loan another ID; this row is skipped.`,
  ),
  'loan.member.missing': missing({ id: 'tulis ID Anggota peminjam', en: "write the borrower's member ID" }),
  'loan.member.unknown': e(
    (a) =>
      `ID Anggota "${a.value}" tidak ada di tab Anggota. Perbaiki ID-nya, atau daftarkan anggota itu dulu.`,
    (a) => `Member ID "${a.value}" is not in the Anggota tab. Correct the ID, or register the member first.`,
  ),
  'loan.member.inactive': e(
    (a) =>
      `Anggota "${a.value}" tidak aktif pada Tanggal Cair ${a.date} (masuk ${a.joinDate}${a.leaveDate ? `, keluar ${a.leaveDate}` : ''}). Periksa Tanggal Cair atau data anggota.`,
    (a) =>
      `Member "${a.value}" is not active on the disbursement date ${a.date} (joined ${a.joinDate}${a.leaveDate ? `, left ${a.leaveDate}` : ''}). Check the disbursement date or the member's data.`,
  ),
  'loan.disbursed.missing': missing({
    id: 'tulis tanggal pinjaman dicairkan',
    en: 'write the date the loan was disbursed',
  }),
  'loan.principal.missing': missing({
    id: 'tulis pokok pinjaman dalam Rupiah bulat',
    en: 'write the principal in whole Rupiah',
  }),
  'loan.principal.notPositive': e(
    (a) => `Pokok pinjaman harus lebih dari 0: ${a.value}. Tulis jumlah yang dipinjamkan.`,
    (a) => `The principal must be more than 0: ${a.value}. Write the amount lent.`,
  ),
  'loan.rate.missing': missing({
    id: 'tulis jasa per bulan dalam persen, mis. 1,5 (0 bila tanpa jasa)',
    en: 'write the monthly rate in percent, e.g. 1.5 (0 when none)',
  }),
  'loan.rate.range': e(
    (a) => `Jasa ${a.value} % per bulan di luar 0 sampai 10. Tulis persen per bulan, mis. 1,5 untuk 1,5 %.`,
    (a) =>
      `A rate of ${a.value} % per month is outside 0 to 10. Write the percent per month, e.g. 1.5 for 1.5 %.`,
  ),
  'loan.rate.percentCell': w(
    (a) =>
      `Jasa ${a.value} dibaca sebagai ${a.percent} % per bulan (sel berformat persen menyimpan 1,5 % sebagai 0,015). Bila benar, tulis ${a.percent} di sel berformat angka biasa.`,
    (a) =>
      `The rate ${a.valueEn} is read as ${a.percentEn} % per month (a percent-formatted cell stores 1.5 % as 0.015). If that is right, write ${a.percentEn} in a plain number cell.`,
  ),
  'loan.method.unknown': e(
    (a) => `Metode Jasa "${a.value}" tidak dikenal. Tulis Flat, Menurun atau Anuitas (kosong = Flat).`,
    (a) =>
      `Method "${a.value}" is not known. Write Flat, Menurun (declining) or Anuitas (annuity) (blank = Flat).`,
  ),
  'loan.installments.missing': missing({
    id: 'tulis banyaknya angsuran, 1 sampai 260',
    en: 'write the number of installments, 1 to 260',
  }),
  'loan.installments.range': e(
    (a) => `Jumlah Angsuran ${a.value} di luar 1 sampai 260. Tulis banyaknya angsuran sebagai angka bulat.`,
    (a) => `${a.value} installments is outside 1 to 260. Write the number of installments as a whole number.`,
  ),
  'loan.frequency.unknown': e(
    (a) => `Frekuensi "${a.value}" tidak dikenal. Tulis Bulanan atau Mingguan (kosong = Bulanan).`,
    (a) =>
      `Frequency "${a.value}" is not known. Write Bulanan (monthly) or Mingguan (weekly) (blank = monthly).`,
  ),
  'loan.disbursement.missing': w(
    (a) =>
      `Pinjaman "${a.value}" tidak punya baris Pencairan Pinjaman di tab Kas. Catat pencairannya di Kas: ${a.date}, Keluar ${a.principal}, ID Pinjaman ${a.value}.`,
    (a) =>
      `Loan "${a.value}" has no Pencairan Pinjaman (disbursement) row in the Kas tab. Record it in Kas: ${a.date}, Keluar ${a.principal}, loan ID ${a.value}.`,
  ),
  'loan.disbursement.multiple': w(
    (a) =>
      `Pinjaman "${a.value}" punya ${a.count} baris Pencairan Pinjaman di tab Kas (baris ${a.rows}). Satu pinjaman dicairkan sekali; hapus atau perbaiki yang lain.`,
    (a) =>
      `Loan "${a.value}" has ${a.count} Pencairan Pinjaman (disbursement) rows in the Kas tab (rows ${a.rows}). A loan is disbursed once; delete or correct the others.`,
  ),
  'loan.disbursement.amount': w(
    (a) =>
      `Pencairan pinjaman "${a.value}" di Kas baris ${a.cashRow} sebesar ${a.amount}, tetapi Pokok ${a.principal}. Samakan keduanya.`,
    (a) =>
      `The disbursement of loan "${a.value}" in Kas row ${a.cashRow} is ${a.amount}, but the principal is ${a.principal}. Make them agree.`,
  ),
  'loan.disbursement.date': w(
    (a) =>
      `Pencairan pinjaman "${a.value}" di Kas baris ${a.cashRow} bertanggal ${a.cashDate}, tetapi Tanggal Cair ${a.date}. Samakan keduanya.`,
    (a) =>
      `The disbursement of loan "${a.value}" in Kas row ${a.cashRow} is dated ${a.cashDate}, but the disbursement date is ${a.date}. Make them agree.`,
  ),

  /* ------------------------------------------------------------ Kegiatan */
  'activity.date.missing': missing({ id: 'tulis tanggal kegiatan', en: 'write the date of the activity' }),
  'activity.date.future': e(
    (a) =>
      `Tanggal kegiatan ${a.date} sesudah hari ini (${a.today}). Catat kegiatan yang sudah terjadi; rencana ditulis di Rencana Tindak Lanjut.`,
    (a) =>
      `The activity date ${a.date} is after today (${a.today}). Record activities that took place; plans go under Rencana Tindak Lanjut (next steps).`,
  ),
  'activity.type.missing': missing({
    id: 'pilih jenis kegiatan dari daftar',
    en: 'pick the type of activity from the list',
  }),
  'activity.type.unknown': e(
    (a) => `Jenis Kegiatan "${a.value}" tidak ada di daftar. Pilih salah satu: ${a.allowed}.`,
    (a) => `Activity type "${a.value}" is not on the list. Pick one of: ${a.allowed}.`,
  ),
  'activity.description.missing': missing({ id: 'tulis apa yang dilakukan', en: 'write what was done' }),
  'activity.attendance.negative': e(
    (a) => `Jumlah Hadir tidak boleh minus: ${a.value}. Tulis banyaknya orang yang hadir.`,
    (a) => `Attendance cannot be negative: ${a.value}. Write the number of people present.`,
  ),
} satisfies Record<string, ProblemKind>;

export type ProblemCode = keyof typeof problemCatalogue;

/** Where a problem is: the tab as the user named it, sheet row and column (1-based), header as written. */
export interface ProblemPlace {
  readonly tab: string;
  readonly row: number;
  readonly column: string;
  readonly col: number;
}

/** How much of a cell a message quotes: a pasted paragraph would bury what the message says. */
export const MAX_QUOTED_VALUE = 80;

/** The cell as a message quotes it: in full, or its start and `…` when it is longer than MAX_QUOTED_VALUE. */
export function quotedValue(value: string | number): string | number {
  if (typeof value !== 'string') return value;
  const chars = Array.from(value);
  return chars.length > MAX_QUOTED_VALUE ? `${chars.slice(0, MAX_QUOTED_VALUE - 1).join('')}…` : value;
}

/** Arguments the add-on composes itself (lists of allowed values, tab names, rows): quoted whole. */
const COMPOSED_ARGS = new Set(['allowed', 'names', 'missing', 'rows']);

/** Every argument copied from a cell (the value, a member or loan ID, a tab name…) is quoted short. */
function quotedArgs(args: ProblemArgs): ProblemArgs {
  const quoted: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(args))
    quoted[key] = COMPOSED_ARGS.has(key) ? value : quotedValue(value);
  return quoted;
}

/** Builds the problem of a catalogue code at a place; `severity` only where a code's weight depends on the tab. */
export function problemAt(
  code: ProblemCode,
  place: ProblemPlace,
  args: ProblemArgs = {},
  extra: { readonly fix?: Fix; readonly severity?: Severity } = {},
): Problem {
  const k: ProblemKind = problemCatalogue[code];
  const base: Problem = {
    tab: place.tab,
    row: place.row,
    column: place.column,
    col: place.col,
    code,
    severity: extra.severity ?? k.severity,
    message: k.message({ column: place.column, ...quotedArgs(args) }),
  };
  return extra.fix ? { ...base, fix: extra.fix } : base;
}
