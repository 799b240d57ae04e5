// Problems of the Daftar Hadir tab: meetings, members and their marks (docs/book.md §9).
import { e, w, i, type Arg, type Figure } from './problemKind';
import { joinedEn, joinedId } from './sharedKinds';

export const attendanceProblems = {
  'attendance.meeting.none': i(
    'Belum ada kolom pertemuan: tambahkan satu kolom per pertemuan, dengan tanggalnya sebagai judul kolom (mis. 12/01/2026).',
    'No meeting column yet: add one column per meeting, headed by its date (e.g. 12/01/2026).',
  ),
  'attendance.meeting.dateInvalid': e<{ value: Figure }>(
    'Judul kolom "{value}" tidak terbaca sebagai tanggal pertemuan, padahal kolomnya berisi kehadiran. Tulis tanggalnya lengkap, mis. 12/01/2026; kolom ini tidak dihitung.',
    'The header "{value}" cannot be read as a meeting date, yet its column holds attendance. Write the full date, e.g. 12/01/2026; this column is not counted.',
  ),
  'attendance.meeting.future': e<{ date: Arg; today: Arg }>(
    'Pertemuan {date} sesudah hari ini ({today}), tetapi kolomnya sudah diisi. Perbaiki tanggalnya; kolom ini tidak dihitung.',
    'The meeting of {date} is after today ({today}), yet its column is filled in. Correct the date; this column is not counted.',
  ),
  'attendance.meeting.upcoming': i<{ date: Arg }>(
    'Pertemuan {date} belum terjadi: kolomnya dihitung mulai hari itu.',
    'The meeting of {date} has not happened yet: its column counts from that day.',
  ),
  'attendance.meeting.unrecorded': i<{ date: Arg }>(
    'Pertemuan {date} belum diisi: kolomnya dihitung setelah tanda pertama ditulis.',
    'The meeting of {date} is not filled in yet: its column counts once its first mark is written.',
  ),
  'attendance.meeting.duplicate': w<{ date: Arg; firstColumn: Arg }>(
    'Tanggal {date} sudah ada di kolom "{firstColumn}". Yang dibaca hanya kolom itu; gabungkan isinya ke sana atau perbaiki tanggalnya.',
    'The date {date} is already the header of the column "{firstColumn}". Only that column is read; merge this one into it or correct its date.',
  ),
  'attendance.meeting.noActivity': w<{ date: Arg }>(
    'Tidak ada baris Kegiatan pada {date} untuk pertemuan ini. Catat pertemuannya di tab Kegiatan (mis. Rapat/Diskusi Kelompok).',
    'No Kegiatan row on {date} for this meeting. Record the meeting in the Kegiatan tab (e.g. Rapat/Diskusi Kelompok).',
  ),
  'attendance.meeting.countMismatch': w<{ activityRow: Arg; date: Arg; present: Arg; recorded: Arg }>(
    'Kegiatan baris {activityRow} mencatat Jumlah Hadir {recorded} pada {date}, tetapi Daftar Hadir mencatat {present} hadir (H + W). Samakan keduanya.',
    'Kegiatan row {activityRow} records {recorded} present on {date}, but Daftar Hadir counts {present} present (H + W). Make them agree.',
  ),
  'attendance.member.missing': e(
    'Baris ini berisi kehadiran tetapi ID Anggota kosong. Tulis ID Anggota-nya; baris ini tidak dihitung.',
    'This row holds attendance but no member ID. Write the member ID; this row is not counted.',
  ),
  'attendance.member.unknown': e<{ value: Arg }>(
    'ID Anggota "{value}" tidak ada di tab Anggota. Perbaiki ID-nya, atau daftarkan anggota itu dulu; baris ini tidak dihitung.',
    'Member ID "{value}" is not in the Anggota tab. Correct the ID, or register the member first; this row is not counted.',
  ),
  'attendance.member.duplicate': e<{ firstRow: Arg; value: Arg }>(
    'Anggota "{value}" sudah ada di baris {firstRow}. Satu baris per anggota: gabungkan kehadirannya ke baris itu; baris ini tidak dihitung.',
    'Member "{value}" already has row {firstRow}. One row per member: merge the attendance into that row; this row is not counted.',
  ),
  'attendance.member.notListed': w<{ name: Arg; value: Arg }>(
    'Anggota {value} ({name}) aktif tetapi tidak ada di Daftar Hadir, jadi dihitung tidak hadir di setiap pertemuan. Tambahkan barisnya.',
    "Member {value} ({name}) is active but has no row in Daftar Hadir, so counts as absent at every meeting. Add the member's row.",
  ),
  'attendance.mark.unknown': e<{ value: Figure }>(
    '"{value}" bukan kode kehadiran. Tulis H (hadir), W (diwakilkan), I (izin), S (sakit), atau A/kosong (tidak hadir); sel ini dihitung tidak hadir.',
    '"{value}" is not an attendance code. Write H (present), W (represented), I (excused), S (sick), or A/blank (absent); this cell counts as absent.',
  ),
  'attendance.mark.inactive': w<{ date: Arg; joinDate: Arg; leaveDate: Arg; mark: Arg; value: Arg }>(
    (a) =>
      `Anggota "${a.value}" belum masuk atau sudah keluar pada ${a.date} (${joinedId(a)}), tetapi selnya berisi "${a.mark}". Kosongkan sel ini; isinya tidak dihitung.`,
    (a) =>
      `Member "${a.value}" had not joined or had left on ${a.date} (${joinedEn(a)}), yet the cell holds "${a.mark}". Leave it blank; it is not counted.`,
  ),
  'attendance.row.summary': i<{ value: Arg }>(
    'Baris ringkasan "{value}" dilewati: jumlah hadir dihitung sendiri oleh add-on.',
    'Summary row "{value}" skipped: the add-on counts attendance itself.',
  ),
};
