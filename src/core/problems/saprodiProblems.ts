// Problems of the Saprodi tab and of Batas Luas Subsidi in Pengaturan (docs/book.md §9).
import { e, w, missing, notOnList, type Arg } from './problemKind';
import { memberIdUnknown } from './sharedKinds';

export const saprodiProblems = {
  'saprodi.season.missing': missing({
    id: 'tulis musim tanam, mis. MT I 2026',
    en: 'write the season, e.g. MT I 2026',
  }),
  'saprodi.member.missing': missing({
    id: 'tulis ID Anggota penerima',
    en: "write the receiving member's ID",
  }),
  'saprodi.member.unknown': memberIdUnknown,
  'saprodi.member.inactive': e<{ joinDate: Arg; leaveDate: Arg; season: Arg; value: Arg }>(
    (a) =>
      `Anggota "${a.value}" tidak aktif pada musim ${a.season} (masuk ${a.joinDate}${a.leaveDate ? `, keluar ${a.leaveDate}` : ''}): saprodi hanya untuk anggota aktif. Periksa ID Anggota atau tanggalnya.`,
    (a) =>
      `Member "${a.value}" is not active in the season ${a.season} (joined ${a.joinDate}${a.leaveDate ? `, left ${a.leaveDate}` : ''}): farm inputs are for active members only. Check the member ID or the dates.`,
  ),
  'saprodi.commodity.missing': missing({
    id: 'tulis komoditas, mis. Padi',
    en: 'write the commodity, e.g. rice',
  }),
  'saprodi.area.missing': missing({
    id: 'tulis luas tanam dalam hektar',
    en: 'write the planted area in hectares',
  }),
  'saprodi.area.notPositive': e<{ value: Arg }>(
    (a) => `Luas Tanam harus lebih dari 0: ${a.value}. Tulis luasnya dalam hektar, mis. 0,5.`,
    (a) => `The planted area must be more than 0: ${a.value}. Write it in hectares, e.g. 0.5.`,
  ),
  'saprodi.area.aboveLand': w<{ land: Arg; memberId: Arg; value: Arg }>(
    (a) =>
      `Luas Tanam ${a.value} ha lebih dari Luas Lahan anggota ${a.memberId} (${a.land} ha di tab Anggota). Periksa salah satunya.`,
    (a) =>
      `The planted area ${a.value} ha is more than member ${a.memberId}'s land (${a.land} ha in the Anggota tab). Check one of them.`,
  ),
  'saprodi.area.overSubsidyLimit': w<{ kind: Arg; limit: Arg; memberId: Arg; season: Arg; total: Arg }>(
    (a) =>
      `Luas tanam anggota ${a.memberId} pada ${a.season} seluruhnya ${a.total} ha, lebih dari Batas Luas Subsidi ${a.limit} ha: ${a.kind} bersubsidi hanya untuk ${a.limit} ha. Periksa luasnya atau kurangi rencananya.`,
    (a) =>
      `Member ${a.memberId}'s planted area in ${a.season} is ${a.total} ha in all, over the subsidy limit of ${a.limit} ha: subsidised ${a.kind} covers ${a.limit} ha only. Check the area or reduce the plan.`,
  ),
  'saprodi.kind.missing': missing({
    id: 'pilih jenis saprodi dari daftar',
    en: 'pick the kind of input from the list',
  }),
  'saprodi.kind.unknown': notOnList({ id: 'Jenis', en: 'The kind' }),
  'saprodi.planned.missing': missing({
    id: 'tulis kebutuhan yang direncanakan dalam kg',
    en: 'write the planned need in kg',
  }),
  'saprodi.planned.notPositive': e<{ value: Arg }>(
    (a) => `Rencana harus lebih dari 0 kg: ${a.value}.`,
    (a) => `The plan must be more than 0 kg: ${a.value}.`,
  ),
  'saprodi.received.negative': e<{ value: Arg }>(
    (a) => `Jumlah diterima tidak boleh minus: ${a.value}.`,
    (a) => `The amount received cannot be negative: ${a.value}.`,
  ),
  'saprodi.received.abovePlan': w<{ planned: Arg; value: Arg }>(
    (a) =>
      `Diterima ${a.value} kg, lebih dari Rencana ${a.planned} kg. Periksa jumlahnya; bila memang lebih, perbarui rencananya.`,
    (a) =>
      `Received ${a.value} kg, more than the planned ${a.planned} kg. Check the amount; if it really was more, update the plan.`,
  ),
  'saprodi.received.noDate': w<{ value: Arg }>(
    (a) => `Diterima ${a.value} kg tanpa Tanggal Terima. Tulis tanggal anggota menerimanya.`,
    (a) => `Received ${a.value} kg without a date received. Write the date the member received it.`,
  ),
  'saprodi.receivedDate.noAmount': w<{ date: Arg }>(
    (a) => `Tanggal Terima ${a.date} diisi tanpa jumlah Diterima. Tulis berapa kg yang diterima.`,
    (a) =>
      `A date received (${a.date}) is given without the amount received. Write how many kg were received.`,
  ),
  'saprodi.receivedDate.future': e<{ date: Arg; today: Arg }>(
    (a) => `Tanggal Terima ${a.date} sesudah hari ini (${a.today}). Catat penerimaan yang sudah terjadi.`,
    (a) => `The date received ${a.date} is after today (${a.today}). Record receipts that took place.`,
  ),
  'saprodi.received.afterPlanting': w<{ date: Arg; plantingDate: Arg }>(
    (a) =>
      `Diterima ${a.date}, sesudah Tanggal Tanam ${a.plantingDate}: tidak tepat waktu. Periksa tanggalnya.`,
    (a) => `Received on ${a.date}, after the planting date ${a.plantingDate}: not on time. Check the dates.`,
  ),
  'saprodi.row.duplicate': e<{ firstRow: Arg; kind: Arg; memberId: Arg; season: Arg }>(
    (a) =>
      `Anggota ${a.memberId} sudah punya baris ${a.kind} untuk ${a.season} (baris ${a.firstRow}). Satu baris per anggota, musim dan jenis: gabungkan keduanya; baris ini dilewati.`,
    (a) =>
      `Member ${a.memberId} already has a ${a.kind} row for ${a.season} (row ${a.firstRow}). One row per member, season and kind: merge them; this row is skipped.`,
  ),
  'settings.subsidyAreaLimit.invalid': e<{ value: Arg }>(
    (a) => `Batas Luas Subsidi "${a.value}" harus angka hektar lebih dari 0, mis. 2.`,
    (a) => `Batas Luas Subsidi "${a.value}" must be a number of hectares above 0, e.g. 2.`,
  ),
};
