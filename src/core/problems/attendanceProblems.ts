// Problems of the Daftar Hadir tab: meetings, members and their marks (docs/book.md §9).
import { e, w, i, type Arg } from './problemKind';

export const attendanceProblems = {
  'attendance.meeting.none': i(
    () =>
      'Belum ada kolom pertemuan: tambahkan satu kolom per pertemuan, dengan tanggalnya sebagai judul kolom (mis. 12/01/2026).',
    () => 'No meeting column yet: add one column per meeting, headed by its date (e.g. 12/01/2026).',
  ),
  'attendance.meeting.dateInvalid': e<{ value: Arg }>(
    (a) =>
      `Judul kolom "${a.value}" tidak terbaca sebagai tanggal pertemuan, padahal kolomnya berisi kehadiran. Tulis tanggalnya lengkap, mis. 12/01/2026; kolom ini tidak dihitung.`,
    (a) =>
      `The header "${a.value}" cannot be read as a meeting date, yet its column holds attendance. Write the full date, e.g. 12/01/2026; this column is not counted.`,
  ),
  'attendance.meeting.future': e<{ date: Arg; today: Arg }>(
    (a) =>
      `Pertemuan ${a.date} sesudah hari ini (${a.today}), tetapi kolomnya sudah diisi. Perbaiki tanggalnya; kolom ini tidak dihitung.`,
    (a) =>
      `The meeting of ${a.date} is after today (${a.today}), yet its column is filled in. Correct the date; this column is not counted.`,
  ),
  'attendance.meeting.upcoming': i<{ date: Arg }>(
    (a) => `Pertemuan ${a.date} belum terjadi: kolomnya dihitung mulai hari itu.`,
    (a) => `The meeting of ${a.date} has not happened yet: its column counts from that day.`,
  ),
  'attendance.meeting.duplicate': w<{ date: Arg; firstColumn: Arg }>(
    (a) =>
      `Tanggal ${a.date} sudah ada di kolom "${a.firstColumn}". Yang dibaca hanya kolom itu; gabungkan isinya ke sana atau perbaiki tanggalnya.`,
    (a) =>
      `The date ${a.date} is already the header of the column "${a.firstColumn}". Only that column is read; merge this one into it or correct its date.`,
  ),
  'attendance.meeting.noActivity': w<{ date: Arg }>(
    (a) =>
      `Tidak ada baris Kegiatan pada ${a.date} untuk pertemuan ini. Catat pertemuannya di tab Kegiatan (mis. Rapat/Diskusi Kelompok).`,
    (a) =>
      `No Kegiatan row on ${a.date} for this meeting. Record the meeting in the Kegiatan tab (e.g. Rapat/Diskusi Kelompok).`,
  ),
  'attendance.meeting.countMismatch': w<{ activityRow: Arg; date: Arg; present: Arg; recorded: Arg }>(
    (a) =>
      `Kegiatan baris ${a.activityRow} mencatat Jumlah Hadir ${a.recorded} pada ${a.date}, tetapi Daftar Hadir mencatat ${a.present} hadir (H + W). Samakan keduanya.`,
    (a) =>
      `Kegiatan row ${a.activityRow} records ${a.recorded} present on ${a.date}, but Daftar Hadir counts ${a.present} present (H + W). Make them agree.`,
  ),
  'attendance.member.missing': e(
    () =>
      'Baris ini berisi kehadiran tetapi ID Anggota kosong. Tulis ID Anggota-nya; baris ini tidak dihitung.',
    () => 'This row holds attendance but no member ID. Write the member ID; this row is not counted.',
  ),
  'attendance.member.unknown': e<{ value: Arg }>(
    (a) =>
      `ID Anggota "${a.value}" tidak ada di tab Anggota. Perbaiki ID-nya, atau daftarkan anggota itu dulu; baris ini tidak dihitung.`,
    (a) =>
      `Member ID "${a.value}" is not in the Anggota tab. Correct the ID, or register the member first; this row is not counted.`,
  ),
  'attendance.member.duplicate': e<{ firstRow: Arg; value: Arg }>(
    (a) =>
      `Anggota "${a.value}" sudah ada di baris ${a.firstRow}. Satu baris per anggota: gabungkan kehadirannya ke baris itu; baris ini tidak dihitung.`,
    (a) =>
      `Member "${a.value}" already has row ${a.firstRow}. One row per member: merge the attendance into that row; this row is not counted.`,
  ),
  'attendance.member.notListed': w<{ name: Arg; value: Arg }>(
    (a) =>
      `Anggota ${a.value} (${a.name}) aktif tetapi tidak ada di Daftar Hadir, jadi dihitung tidak hadir di setiap pertemuan. Tambahkan barisnya.`,
    (a) =>
      `Member ${a.value} (${a.name}) is active but has no row in Daftar Hadir, so counts as absent at every meeting. Add the member's row.`,
  ),
  'attendance.mark.unknown': e<{ value: Arg }>(
    (a) =>
      `"${a.value}" bukan kode kehadiran. Tulis H (hadir), W (diwakilkan), I (izin), S (sakit), atau A/kosong (tidak hadir); sel ini dihitung tidak hadir.`,
    (a) =>
      `"${a.value}" is not an attendance code. Write H (present), W (represented), I (excused), S (sick), or A/blank (absent); this cell counts as absent.`,
  ),
  'attendance.mark.inactive': w<{ date: Arg; joinDate: Arg; leaveDate: Arg; mark: Arg; value: Arg }>(
    (a) =>
      `Anggota "${a.value}" belum masuk atau sudah keluar pada ${a.date} (masuk ${a.joinDate}${a.leaveDate ? `, keluar ${a.leaveDate}` : ''}), tetapi selnya berisi "${a.mark}". Kosongkan sel ini; isinya tidak dihitung.`,
    (a) =>
      `Member "${a.value}" had not joined or had left on ${a.date} (joined ${a.joinDate}${a.leaveDate ? `, left ${a.leaveDate}` : ''}), yet the cell holds "${a.mark}". Leave it blank; it is not counted.`,
  ),
  'attendance.row.summary': i<{ value: Arg }>(
    (a) => `Baris ringkasan "${a.value}" dilewati: jumlah hadir dihitung sendiri oleh add-on.`,
    (a) => `Summary row "${a.value}" skipped: the add-on counts attendance itself.`,
  ),
};
