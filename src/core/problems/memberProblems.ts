// Problems of the Anggota tab: IDs, names, NIK, gender, roles, households, phones, dates (docs/book.md §3).
import { maskNik } from '../values/maskNik';
import { e, w, missing, type Arg, type Figure } from './problemKind';
import { duplicateId } from './sharedKinds';

export const memberProblems = {
  'member.id.missing': missing(
    'setiap anggota perlu ID Anggota yang unik, mis. A001',
    'every member needs a unique member ID, e.g. A001',
  ),
  'member.id.duplicate': duplicateId(['ID Anggota', 'anggota ini', 'ID'], ['Member ID', 'this member', 'ID']),
  'member.name.missing': missing('tulis nama lengkap anggota', "write the member's full name"),
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
  'member.gender.unknown': e<{ value: Figure }>(
    'Jenis Kelamin "{value}" tidak dikenal. Tulis L (laki-laki) atau P (perempuan).',
    'Gender "{value}" is not known. Write L (male) or P (female).',
  ),
  'member.birthDate.notBeforeJoin': e<{ birthDate: Arg; joinDate: Arg }>(
    'Tanggal Lahir {birthDate} tidak sebelum Tanggal Masuk {joinDate}. Periksa kedua tanggal.',
    'The date of birth {birthDate} is not before the join date {joinDate}. Check both dates.',
  ),
  'member.role.unknown': e<{ value: Figure }>(
    'Jabatan "{value}" tidak dikenal. Tulis Ketua, Sekretaris, Bendahara atau Anggota.',
    'Role "{value}" is not known. Write Ketua (chair), Sekretaris (secretary), Bendahara (treasurer) or Anggota (member).',
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
    'Kepala Keluarga "{value}" bukan ID Anggota yang ada. Tulis ID Anggota kepala keluarga, atau kosongkan.',
    'Household head "{value}" is not an existing member ID. Write the member ID of the household head, or leave it blank.',
  ),
  'member.householdHead.notHead': e<{ value: Arg; head: Arg }>(
    'Kepala Keluarga "{value}" ikut kepala keluarga "{head}": satu keluarga menunjuk satu kepala. Tulis "{head}", atau perbaiki baris "{value}".',
    'Household head "{value}" has a head of their own, "{head}": one household points at one head. Write "{head}", or correct the row of "{value}".',
  ),
  'member.phone.invalid': e<{ value: Arg }>(
    'No HP "{value}" bukan nomor HP Indonesia. Tulis 08… (10 sampai 13 angka) atau +628…, sebagai teks.',
    'Phone "{value}" is not an Indonesian mobile number. Write 08… (10 to 13 digits) or +628…, as text.',
  ),
  'member.phone.lostZero': w<{ value: Arg; phone: Arg }>(
    'No HP {value} kehilangan angka 0 di depan karena disimpan sebagai angka. Simpan sebagai teks "{phone}".',
    'Phone {value} lost its leading zero because it is stored as a number. Store it as the text "{phone}".',
  ),
  'member.joinDate.missing': missing(
    'tulis tanggal anggota masuk kelompok',
    'write the date the member joined',
  ),
  'member.joinDate.future': e<{ date: Arg; today: Arg }>(
    'Tanggal Masuk {date} sesudah hari ini ({today}). Tulis tanggal masuk yang sebenarnya.',
    'The join date {date} is after today ({today}). Write the real join date.',
  ),
  'member.status.unknown': e<{ value: Figure }>(
    'Status "{value}" tidak dikenal. Tulis Aktif atau Keluar.',
    'Status "{value}" is not known. Write Aktif (active) or Keluar (left).',
  ),
  'member.leaveDate.missing': e(
    'Status Keluar tetapi Tanggal Keluar kosong. Tulis tanggal anggota keluar di kolom "{column}".',
    'The status is Keluar (left) but the leave date is empty. Write the date the member left in the column "{column}".',
  ),
  'member.leaveDate.beforeJoin': e<{ leaveDate: Arg; joinDate: Arg }>(
    'Tanggal Keluar {leaveDate} sebelum Tanggal Masuk {joinDate}. Periksa kedua tanggal.',
    'The leave date {leaveDate} is before the join date {joinDate}. Check both dates.',
  ),
  'member.leaveDate.whileActive': w<{ leaveDate: Arg }>(
    'Tanggal Keluar {leaveDate} diisi, tetapi Status masih Aktif: anggota ini tetap dihitung aktif. Bila sudah keluar, tulis Keluar di kolom Status; bila belum, kosongkan Tanggal Keluar.',
    'The leave date {leaveDate} is filled in, but the status is still Aktif: this member still counts as active. If they left, write Keluar in the Status column; if not, clear the leave date.',
  ),
  'member.landHa.negative': e<{ value: Figure }>(
    'Luas Lahan tidak boleh minus: {value}. Tulis luas dalam hektar, 0 atau lebih.',
    'Land area cannot be negative: {value}. Write the area in hectares, 0 or more.',
  ),
};
