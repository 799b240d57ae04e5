// Problems of the Anggota tab: IDs, names, NIK, gender, roles, households, phones, dates (docs/book.md §3).
import { maskNik } from '../values/maskNik';
import { e, w, missing, type Arg } from './problemKind';

export const memberProblems = {
  'member.id.missing': missing({
    id: 'setiap anggota perlu ID Anggota yang unik, mis. A001',
    en: 'every member needs a unique member ID, e.g. A001',
  }),
  'member.id.duplicate': e<{ value: Arg; firstRow: Arg }>(
    (a) =>
      `ID Anggota "${a.value}" sudah dipakai di baris ${a.firstRow}. Beri anggota ini ID lain; baris ini dilewati.`,
    (a) =>
      `Member ID "${a.value}" is already used in row ${a.firstRow}. Give this member another ID; this row is skipped.`,
  ),
  'member.name.missing': missing({ id: 'tulis nama lengkap anggota', en: "write the member's full name" }),
  'member.nik.number': w<{ value: Arg }>(
    (a) =>
      `NIK ${maskNik(a.value)} disimpan sebagai angka; spreadsheet hanya menyimpan 15 angka penting, jadi angka terakhir bisa hilang. Ubah format sel menjadi teks dan ketik ulang NIK dari KTP.`,
    (a) =>
      `NIK ${maskNik(a.value)} is stored as a number; spreadsheets keep only 15 significant digits, so the last digit may be lost. Format the cell as text and type the NIK again from the ID card.`,
  ),
  'member.nik.digits': e<{ value: Arg }>(
    (a) => `NIK "${maskNik(a.value)}" hanya boleh berisi angka. Ketik ulang 16 angka NIK dari KTP.`,
    (a) =>
      `NIK "${maskNik(a.value)}" may hold digits only. Type the 16 digits of the NIK again from the ID card.`,
  ),
  'member.nik.length': e<{ value: Arg; length: Arg }>(
    (a) =>
      `NIK "${maskNik(a.value)}" berisi ${a.length} angka, harus 16. Periksa dan ketik ulang NIK dari KTP.`,
    (a) =>
      `NIK "${maskNik(a.value)}" has ${a.length} digits; it must have 16. Check it and type it again from the ID card.`,
  ),
  'member.nik.province': e<{ value: Arg; code: Arg }>(
    (a) =>
      `NIK "${maskNik(a.value)}" diawali ${a.code}, yang bukan kode provinsi. Periksa dua angka pertama NIK di KTP.`,
    (a) =>
      `NIK "${maskNik(a.value)}" starts with ${a.code}, which is not a province code. Check the first two digits on the ID card.`,
  ),
  'member.nik.date': e<{ value: Arg }>(
    (a) =>
      `Angka ke-7 sampai 12 NIK "${maskNik(a.value)}" bukan tanggal lahir (HHBBTT, HH+40 untuk perempuan). Periksa NIK di KTP.`,
    (a) =>
      `Digits 7 to 12 of NIK "${maskNik(a.value)}" are not a birth date (DDMMYY, DD+40 for women). Check the NIK on the ID card.`,
  ),
  'member.nik.duplicate': e<{ value: Arg; firstRow: Arg }>(
    (a) =>
      `NIK "${maskNik(a.value)}" sudah dipakai anggota di baris ${a.firstRow}. Satu orang hanya satu NIK; periksa kedua baris.`,
    (a) =>
      `NIK "${maskNik(a.value)}" is already used by the member in row ${a.firstRow}. Each person has one NIK; check both rows.`,
  ),
  'member.nik.genderMismatch': w<{ value: Arg; nikGender: Arg; gender: Arg }>(
    (a) =>
      `NIK "${maskNik(a.value)}" menunjukkan ${a.nikGender === 'P' ? 'perempuan' : 'laki-laki'}, tetapi Jenis Kelamin ${a.gender}. Periksa Jenis Kelamin (NIK tidak diganti walau tanggalnya salah).`,
    (a) =>
      `NIK "${maskNik(a.value)}" says ${a.nikGender === 'P' ? 'female' : 'male'}, but the gender is ${a.gender}. Check the gender (a NIK is never reissued, even when its date is wrong).`,
  ),
  'member.nik.birthDateMismatch': w<{ value: Arg; nikDate: Arg; birthDate: Arg }>(
    (a) =>
      `Tanggal lahir dalam NIK "${maskNik(a.value)}" (${a.nikDate}) berbeda dengan Tanggal Lahir ${a.birthDate}. Periksa Tanggal Lahir (NIK tidak diganti walau tanggalnya salah).`,
    (a) =>
      `The birth date in NIK "${maskNik(a.value)}" (${a.nikDate}) differs from the date of birth ${a.birthDate}. Check the date of birth (a NIK is never reissued, even when its date is wrong).`,
  ),
  'member.gender.unknown': e<{ value: Arg }>(
    (a) => `Jenis Kelamin "${a.value}" tidak dikenal. Tulis L (laki-laki) atau P (perempuan).`,
    (a) => `Gender "${a.value}" is not known. Write L (male) or P (female).`,
  ),
  'member.birthDate.notBeforeJoin': e<{ birthDate: Arg; joinDate: Arg }>(
    (a) => `Tanggal Lahir ${a.birthDate} tidak sebelum Tanggal Masuk ${a.joinDate}. Periksa kedua tanggal.`,
    (a) => `The date of birth ${a.birthDate} is not before the join date ${a.joinDate}. Check both dates.`,
  ),
  'member.role.unknown': e<{ value: Arg }>(
    (a) => `Jabatan "${a.value}" tidak dikenal. Tulis Ketua, Sekretaris, Bendahara atau Anggota.`,
    (a) =>
      `Role "${a.value}" is not known. Write Ketua (chair), Sekretaris (secretary), Bendahara (treasurer) or Anggota (member).`,
  ),
  'member.role.chairCount': w<{ count: Arg }>(
    (a) =>
      Number(a.count) === 0
        ? `Tidak ada Ketua di antara anggota aktif. Tulis "Ketua" di kolom Jabatan untuk ketua kelompok.`
        : `Ada ${a.count} Ketua di antara anggota aktif. Kelompok punya satu Ketua; ubah Jabatan yang lain.`,
    (a) =>
      Number(a.count) === 0
        ? `No active member is the chair. Write "Ketua" in the Jabatan (role) column of the group's chair.`
        : `${a.count} active members are the chair. A group has one chair; change the role of the others.`,
  ),
  'member.role.treasurerCount': w<{ count: Arg }>(
    (a) =>
      Number(a.count) === 0
        ? `Tidak ada Bendahara di antara anggota aktif. Tulis "Bendahara" di kolom Jabatan untuk bendahara kelompok.`
        : `Ada ${a.count} Bendahara di antara anggota aktif. Kelompok punya satu Bendahara; ubah Jabatan yang lain.`,
    (a) =>
      Number(a.count) === 0
        ? `No active member is the treasurer. Write "Bendahara" in the Jabatan (role) column of the group's treasurer.`
        : `${a.count} active members are the treasurer. A group has one treasurer; change the role of the others.`,
  ),
  'member.householdHead.unknown': e<{ value: Arg }>(
    (a) =>
      `Kepala Keluarga "${a.value}" bukan ID Anggota yang ada. Tulis ID Anggota kepala keluarga, atau kosongkan.`,
    (a) =>
      `Household head "${a.value}" is not an existing member ID. Write the member ID of the household head, or leave it blank.`,
  ),
  'member.phone.invalid': e<{ value: Arg }>(
    (a) =>
      `No HP "${a.value}" bukan nomor HP Indonesia. Tulis 08… (10 sampai 13 angka) atau +628…, sebagai teks.`,
    (a) =>
      `Phone "${a.value}" is not an Indonesian mobile number. Write 08… (10 to 13 digits) or +628…, as text.`,
  ),
  'member.phone.lostZero': w<{ value: Arg; phone: Arg }>(
    (a) =>
      `No HP ${a.value} kehilangan angka 0 di depan karena disimpan sebagai angka. Simpan sebagai teks "${a.phone}".`,
    (a) =>
      `Phone ${a.value} lost its leading zero because it is stored as a number. Store it as the text "${a.phone}".`,
  ),
  'member.joinDate.missing': missing({
    id: 'tulis tanggal anggota masuk kelompok',
    en: 'write the date the member joined',
  }),
  'member.joinDate.future': e<{ date: Arg; today: Arg }>(
    (a) => `Tanggal Masuk ${a.date} sesudah hari ini (${a.today}). Tulis tanggal masuk yang sebenarnya.`,
    (a) => `The join date ${a.date} is after today (${a.today}). Write the real join date.`,
  ),
  'member.status.unknown': e<{ value: Arg }>(
    (a) => `Status "${a.value}" tidak dikenal. Tulis Aktif atau Keluar.`,
    (a) => `Status "${a.value}" is not known. Write Aktif (active) or Keluar (left).`,
  ),
  'member.leaveDate.missing': e(
    (a) => `Status Keluar tetapi Tanggal Keluar kosong. Tulis tanggal anggota keluar di kolom "${a.column}".`,
    (a) =>
      `The status is Keluar (left) but the leave date is empty. Write the date the member left in the column "${a.column}".`,
  ),
  'member.leaveDate.beforeJoin': e<{ leaveDate: Arg; joinDate: Arg }>(
    (a) => `Tanggal Keluar ${a.leaveDate} sebelum Tanggal Masuk ${a.joinDate}. Periksa kedua tanggal.`,
    (a) => `The leave date ${a.leaveDate} is before the join date ${a.joinDate}. Check both dates.`,
  ),
  'member.leaveDate.whileActive': w<{ leaveDate: Arg }>(
    (a) =>
      `Tanggal Keluar ${a.leaveDate} diisi, tetapi Status masih Aktif: anggota ini tetap dihitung aktif. Bila sudah keluar, tulis Keluar di kolom Status; bila belum, kosongkan Tanggal Keluar.`,
    (a) =>
      `The leave date ${a.leaveDate} is filled in, but the status is still Aktif: this member still counts as active. If they left, write Keluar in the Status column; if not, clear the leave date.`,
  ),
  'member.landHa.negative': e<{ value: Arg }>(
    (a) => `Luas Lahan tidak boleh minus: ${a.value}. Tulis luas dalam hektar, 0 atau lebih.`,
    (a) => `Land area cannot be negative: ${a.value}. Write the area in hectares, 0 or more.`,
  ),
};
