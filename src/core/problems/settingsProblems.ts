// Problems of the Pengaturan tab (docs/book.md §3).
import { e, w, i, type Arg, type Figure } from './problemKind';

export const settingsProblems = {
  'settings.groupName.missing': e(
    'Pengaturan "Nama Kelompok" kosong atau tidak ada. Tambahkan baris "Nama Kelompok" dengan nama kelompok tani.',
    'The setting "Nama Kelompok" (group name) is empty or missing. Add a row "Nama Kelompok" with the group\'s name.',
  ),
  'settings.key.unknown': i<{ value: Arg; allowed: Arg }>(
    'Pengaturan "{value}" tidak dikenal dan dilewati. Kunci yang dikenal: {allowed}.',
    'The setting "{value}" is not known and is ignored. Known keys: {allowed}.',
  ),
  'settings.key.duplicate': w<{ value: Arg; firstRow: Arg }>(
    'Pengaturan "{value}" ditulis lagi (pertama di baris {firstRow}). Yang dipakai hanya yang pertama; hapus baris ini.',
    'The setting "{value}" is written again (first in row {firstRow}). Only the first is used; delete this row.',
  ),
  'settings.openingBalance.negative': e<{ value: Figure }>(
    'Saldo Awal Kas tidak boleh minus: {value}. Tulis saldo kas yang sebenarnya (0 bila kosong).',
    'The opening cash balance cannot be negative: {value}. Write the real cash balance (0 when none).',
  ),
  'settings.weekStart.unknown': e<{ value: Figure }>(
    'Awal Minggu "{value}" bukan nama hari. Tulis Senin, Selasa, … atau Minggu. Sementara dipakai Senin.',
    'Week start "{value}" is not a day name. Write Senin (Monday) … Minggu (Sunday). Monday is used for now.',
  ),
  'settings.language.unknown': e<{ value: Arg }>(
    'Bahasa "{value}" tidak dikenal. Tulis id (Indonesia) atau en (English). Sementara dipakai id.',
    'Language "{value}" is not known. Write id (Indonesian) or en (English). id is used for now.',
  ),
  'settings.lateFine.negative': e<{ value: Figure }>(
    'Denda Keterlambatan tidak boleh minus: {value}. Tulis denda per angsuran terlambat (0 = tanpa denda). Sementara tanpa denda.',
    'The late fine cannot be negative: {value}. Write the fine per late installment (0 = no fines). No fines are charged for now.',
  ),
  'settings.fineGraceDays.invalid': e<{ value: Figure }>(
    'Masa Tenggang Denda "{value}" harus angka hari bulat 0 sampai 365, mis. 7. Sementara dipakai 3.',
    'Fine grace days "{value}" must be a whole number of days, 0 to 365, e.g. 7. 3 is used for now.',
  ),
  'settings.kolLimits.invalid': e<{ value: Arg }>(
    'Batas Kolektibilitas "{value}" tidak terbaca. Tulis tiga angka hari yang naik, dipisah titik koma, mis. 90;120;180. Sementara dipakai 90;120;180.',
    'Collectibility limits "{value}" cannot be read. Write three increasing day counts separated by semicolons, e.g. 90;120;180. 90;120;180 is used for now.',
  ),
};
