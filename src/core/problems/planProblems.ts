// Problems of the RUK tab, and of the Kode RUK and Volume that Kegiatan and Kas rows carry (docs/book.md §9).
import { e, w, missing, type Arg, type Figure } from './problemKind';
import { activityTypeMissing, activityTypeUnknown, duplicateId, planCodeUnknown } from './sharedKinds';

export const planProblems = {
  'activity.planCode.unknown': planCodeUnknown,
  'activity.volume.negative': e<{ value: Figure }>(
    'Volume tidak boleh minus: {value}. Tulis banyaknya yang dikerjakan.',
    'Volume cannot be negative: {value}. Write the quantity done.',
  ),
  'activity.volume.withoutPlan': w<{ value: Arg }>(
    'Volume {value} diisi tanpa Kode RUK, jadi tidak dihitung ke rencana mana pun. Tulis Kode RUK-nya.',
    'Volume {value} is given without a RUK code, so it counts toward no plan row. Write the RUK code.',
  ),
  'cash.planCode.unknown': planCodeUnknown,

  'plan.code.missing': missing(
    'setiap baris rencana perlu Kode yang unik, mis. R01',
    'every plan row needs a unique code, e.g. R01',
  ),
  'plan.code.duplicate': duplicateId(['Kode', 'baris ini', 'kode'], ['The code', 'this row', 'code']),
  'plan.activity.missing': missing('tulis kegiatan yang direncanakan', 'write the planned activity'),
  'plan.type.missing': activityTypeMissing,
  'plan.type.unknown': activityTypeUnknown,
  'plan.month.missing': missing(
    'tulis bulan pelaksanaan, mis. Maret 2026',
    'write the month planned, e.g. Maret 2026',
  ),
  'plan.month.invalid': e<{ value: Figure }>(
    '"{value}" tidak terbaca sebagai bulan. Tulis mis. Maret 2026, 03/2026, atau tanggal mana saja di bulan itu.',
    '"{value}" cannot be read as a month. Write e.g. Maret 2026, 03/2026, or any date in that month.',
  ),
  'plan.target.negative': e<{ value: Figure }>(
    'Target tidak boleh minus: {value}.',
    'The target cannot be negative: {value}.',
  ),
  'plan.cost.negative': e<{ value: Figure }>(
    'Biaya tidak boleh minus: {value}.',
    'The cost cannot be negative: {value}.',
  ),
};
