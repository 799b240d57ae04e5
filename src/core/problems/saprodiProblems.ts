// Problems of the Saprodi tab and of Batas Luas Subsidi in Pengaturan (docs/book.md §9).
import { e, w, missing, notOnList, type Arg, type Figure } from './problemKind';
import { memberIdUnknown, joinedEn, joinedId } from './sharedKinds';

export const saprodiProblems = {
  'saprodi.season.missing': missing('tulis musim tanam, mis. MT I 2026', 'write the season, e.g. MT I 2026'),
  'saprodi.member.missing': missing('tulis ID Anggota penerima', "write the receiving member's ID"),
  'saprodi.member.unknown': memberIdUnknown,
  'saprodi.member.inactive': e<{ joinDate: Arg; leaveDate: Arg; season: Arg; value: Arg }>(
    (a) =>
      `Anggota "${a.value}" tidak aktif pada musim ${a.season} (${joinedId(a)}): saprodi hanya untuk anggota aktif. Periksa ID Anggota atau tanggalnya.`,
    (a) =>
      `Member "${a.value}" is not active in the season ${a.season} (${joinedEn(a)}): farm inputs are for active members only. Check the member ID or the dates.`,
  ),
  'saprodi.commodity.missing': missing('tulis komoditas, mis. Padi', 'write the commodity, e.g. rice'),
  'saprodi.area.missing': missing('tulis luas tanam dalam hektar', 'write the planted area in hectares'),
  'saprodi.area.notPositive': e<{ value: Figure }>(
    'Luas Tanam harus lebih dari 0: {value}. Tulis luasnya dalam hektar, mis. 0,5.',
    'The planted area must be more than 0: {value}. Write it in hectares, e.g. 0.5.',
  ),
  // Areas in each language's decimal sign: `2,4 ha`, `2.4 ha` (Figures).
  'saprodi.area.aboveLand': w<{ land: Figure; memberId: Arg; value: Figure }>(
    'Luas Tanam {value} ha lebih dari Luas Lahan anggota {memberId} ({land} ha di tab Anggota). Periksa salah satunya.',
    "The planted area {value} ha is more than member {memberId}'s land ({land} ha in the Anggota tab). Check one of them.",
  ),
  'saprodi.area.overSubsidyLimit': w<{ kind: Arg; limit: Figure; memberId: Arg; season: Arg; total: Figure }>(
    'Luas tanam anggota {memberId} pada {season} seluruhnya {total} ha, lebih dari Batas Luas Subsidi {limit} ha: {kind} bersubsidi hanya untuk {limit} ha. Periksa luasnya atau kurangi rencananya.',
    "Member {memberId}'s planted area in {season} is {total} ha in all, over the subsidy limit of {limit} ha: subsidised {kind} covers {limit} ha only. Check the area or reduce the plan.",
  ),
  'saprodi.kind.missing': missing('pilih jenis saprodi dari daftar', 'pick the kind of input from the list'),
  'saprodi.kind.unknown': notOnList({ id: 'Jenis', en: 'The kind' }),
  'saprodi.planned.missing': missing(
    'tulis kebutuhan yang direncanakan dalam kg',
    'write the planned need in kg',
  ),
  'saprodi.planned.notPositive': e<{ value: Figure }>(
    'Rencana harus lebih dari 0 kg: {value}.',
    'The plan must be more than 0 kg: {value}.',
  ),
  'saprodi.received.negative': e<{ value: Figure }>(
    'Jumlah diterima tidak boleh minus: {value}.',
    'The amount received cannot be negative: {value}.',
  ),
  'saprodi.received.abovePlan': w<{ planned: Figure; value: Figure }>(
    'Diterima {value} kg, lebih dari Rencana {planned} kg. Periksa jumlahnya; bila memang lebih, perbarui rencananya.',
    'Received {value} kg, more than the planned {planned} kg. Check the amount; if it really was more, update the plan.',
  ),
  'saprodi.received.noDate': w<{ value: Figure }>(
    'Diterima {value} kg tanpa Tanggal Terima. Tulis tanggal anggota menerimanya.',
    'Received {value} kg without a date received. Write the date the member received it.',
  ),
  'saprodi.receivedDate.noAmount': w<{ date: Arg }>(
    'Tanggal Terima {date} diisi tanpa jumlah Diterima (kosong atau 0). Tulis berapa kg yang diterima, atau kosongkan tanggalnya.',
    'A date received ({date}) is given without an amount received (blank or 0). Write how many kg were received, or clear the date.',
  ),
  'saprodi.receivedDate.future': e<{ date: Arg; today: Arg }>(
    'Tanggal Terima {date} sesudah hari ini ({today}). Catat penerimaan yang sudah terjadi.',
    'The date received {date} is after today ({today}). Record receipts that took place.',
  ),
  'saprodi.received.afterPlanting': w<{ date: Arg; plantingDate: Arg }>(
    'Diterima {date}, sesudah Tanggal Tanam {plantingDate}: tidak tepat waktu. Periksa tanggalnya.',
    'Received on {date}, after the planting date {plantingDate}: not on time. Check the dates.',
  ),
  'saprodi.row.duplicate': e<{ firstRow: Arg; kind: Arg; memberId: Arg; season: Arg }>(
    'Anggota {memberId} sudah punya baris {kind} untuk {season} (baris {firstRow}). Satu baris per anggota, musim dan jenis: gabungkan keduanya; baris ini dilewati.',
    'Member {memberId} already has a {kind} row for {season} (row {firstRow}). One row per member, season and kind: merge them; this row is skipped.',
  ),
  'settings.subsidyAreaLimit.invalid': e<{ value: Figure }>(
    'Batas Luas Subsidi "{value}" harus angka hektar lebih dari 0, mis. 2. Sementara dipakai 2.',
    'Batas Luas Subsidi "{value}" must be a number of hectares above 0, e.g. 2. 2 is used for now.',
  ),
};
