// Catalogue entries that several codes share word for word: the same finding on different tabs.
import { w, e, missing, notOnList, type Arg } from './problemKind';

/** An `ID Anggota` that no row of `Anggota` has (Kas, Pinjaman, Saprodi). */
export const memberIdUnknown = e<{ value: Arg }>(
  'ID Anggota "{value}" tidak ada di tab Anggota. Perbaiki ID-nya, atau daftarkan anggota itu dulu.',
  'Member ID "{value}" is not in the Anggota tab. Correct the ID, or register the member first.',
);

/**
 * An identifier a row above already holds (an `ID Anggota`, an `ID Pinjaman`, a RUK `Kode`): the row
 * is skipped. `id` and `en`: what is named, whom to give another, and what (`ID`, `kode`).
 */
export const duplicateId = (id: readonly string[], en: readonly string[]) =>
  e<{ value: Arg; firstRow: Arg }>(
    `${id[0]} "{value}" sudah dipakai di baris {firstRow}. Beri ${id[1]} ${id[2]} lain; baris ini dilewati.`,
    `${en[0]} "{value}" is already used in row {firstRow}. Give ${en[1]} another ${en[2]}; this row is skipped.`,
  );

/** A member's time in the group, for the messages of a member not active on a date. */
export const joinedId = (a: { joinDate: Arg; leaveDate: Arg }) =>
  `masuk ${a.joinDate}${a.leaveDate ? `, keluar ${a.leaveDate}` : ''}`;
export const joinedEn = (a: { joinDate: Arg; leaveDate: Arg }) =>
  `joined ${a.joinDate}${a.leaveDate ? `, left ${a.leaveDate}` : ''}`;

/** A `Kode RUK` that no row of `RUK` has (Kegiatan, Kas). */
export const planCodeUnknown = w<{ value: Arg }>(
  'Kode RUK "{value}" tidak ada di tab RUK. Perbaiki kodenya, atau tambahkan baris rencana itu di RUK.',
  'RUK code "{value}" is not in the RUK tab. Correct the code, or add that plan row to RUK.',
);

/** `Jenis Kegiatan` left blank or not on its list (Kegiatan, RUK). */
export const activityTypeMissing = missing(
  'pilih jenis kegiatan dari daftar',
  'pick the type of activity from the list',
);
export const activityTypeUnknown = notOnList({ id: 'Jenis Kegiatan', en: 'Activity type' });
