// Problems of the Kegiatan tab (docs/book.md §3).
import { e, missing, notOnList, type Arg } from './problemKind';

export const activityProblems = {
  'activity.date.missing': missing({ id: 'tulis tanggal kegiatan', en: 'write the date of the activity' }),
  'activity.date.future': e<{ date: Arg; today: Arg }>(
    (a) =>
      `Tanggal kegiatan ${a.date} sesudah hari ini (${a.today}). Catat kegiatan yang sudah terjadi; rencana ditulis di Rencana Tindak Lanjut.`,
    (a) =>
      `The activity date ${a.date} is after today (${a.today}). Record activities that took place; plans go under Rencana Tindak Lanjut (next steps).`,
  ),
  'activity.type.missing': missing({
    id: 'pilih jenis kegiatan dari daftar',
    en: 'pick the type of activity from the list',
  }),
  'activity.type.unknown': notOnList({ id: 'Jenis Kegiatan', en: 'Activity type' }),
  'activity.description.missing': missing({ id: 'tulis apa yang dilakukan', en: 'write what was done' }),
  'activity.attendance.negative': e<{ value: Arg }>(
    (a) => `Jumlah Hadir tidak boleh minus: ${a.value}. Tulis banyaknya orang yang hadir.`,
    (a) => `Attendance cannot be negative: ${a.value}. Write the number of people present.`,
  ),
};
