// Problems of the Kegiatan tab (docs/book.md §3).
import { e, missing, type Arg, type Figure } from './problemKind';
import { activityTypeMissing, activityTypeUnknown } from './sharedKinds';

export const activityProblems = {
  'activity.date.missing': missing('tulis tanggal kegiatan', 'write the date of the activity'),
  'activity.date.future': e<{ date: Arg; today: Arg }>(
    'Tanggal kegiatan {date} sesudah hari ini ({today}). Catat kegiatan yang sudah terjadi; rencana ditulis di Rencana Tindak Lanjut.',
    'The activity date {date} is after today ({today}). Record activities that took place; plans go under Rencana Tindak Lanjut (next steps).',
  ),
  'activity.type.missing': activityTypeMissing,
  'activity.type.unknown': activityTypeUnknown,
  'activity.description.missing': missing('tulis apa yang dilakukan', 'write what was done'),
  'activity.attendance.tooLarge': e<{ value: Figure }>(
    'Jumlah Hadir {value} terlalu besar untuk satu kegiatan (paling banyak 100.000 orang). Periksa angka nol yang berlebih; baris ini dihitung tanpa jumlah hadir.',
    'Attendance {value} is too large for one activity (at most 100,000 people). Check for extra zeros; this row is counted without its attendance.',
  ),
  'activity.attendance.negative': e<{ value: Figure }>(
    'Jumlah Hadir tidak boleh minus: {value}. Tulis banyaknya orang yang hadir.',
    'Attendance cannot be negative: {value}. Write the number of people present.',
  ),
};
