"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// scratch/t.ts
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");

// src/core/text.ts
function text(id, en) {
  return { id, en };
}

// src/core/book/schema.ts
function normaliseTabName(name) {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
function normaliseHeader(header) {
  return header.toLowerCase().replace(/[\s.()[\]{}]+/g, "");
}
function normaliseListValue(value) {
  return value.toLowerCase().replace(/\s+/g, "");
}
var settingsTab = {
  key: "settings",
  name: "Pengaturan",
  aliases: ["Settings", "Setelan"],
  title: text("Pengaturan", "Settings"),
  columns: [
    {
      key: "key",
      header: "Kunci",
      aliases: ["Key"],
      required: true,
      note: text("Nama pengaturan", "Setting name"),
      kind: "text",
      width: 200
    },
    {
      key: "value",
      header: "Nilai",
      aliases: ["Value"],
      required: true,
      note: text("Isi pengaturan", "Setting value"),
      kind: "text",
      width: 280
    }
  ]
};
var settingKeys = [
  {
    key: "groupName",
    name: "Nama Kelompok",
    aliases: ["Group Name", "Kelompok"],
    required: true,
    example: "",
    note: text("Nama kelompok tani (wajib)", "Farmer group name (required)")
  },
  {
    key: "village",
    name: "Desa",
    aliases: ["Village", "Kelurahan", "Desa/Kelurahan"],
    required: false,
    example: "",
    note: text("Desa atau kelurahan", "Village")
  },
  {
    key: "district",
    name: "Kecamatan",
    aliases: ["District"],
    required: false,
    example: "",
    note: text("Kecamatan", "District")
  },
  {
    key: "regency",
    name: "Kabupaten",
    aliases: ["Regency", "Kabupaten/Kota", "Kota"],
    required: false,
    example: "",
    note: text("Kabupaten atau kota", "Regency or city")
  },
  {
    key: "province",
    name: "Provinsi",
    aliases: ["Province"],
    required: false,
    example: "",
    note: text("Provinsi", "Province")
  },
  {
    key: "facilitatorName",
    name: "Nama Pendamping",
    aliases: ["Facilitator", "Facilitator Name", "Pendamping"],
    required: false,
    example: "",
    note: text("Nama pendamping, untuk jurnal", "Facilitator name, for the journal")
  },
  {
    key: "chairName",
    name: "Nama Ketua",
    aliases: ["Chair", "Chair Name", "Ketua"],
    required: false,
    example: "",
    note: text("Nama ketua kelompok, untuk jurnal", "Chair name, for the journal")
  },
  {
    key: "treasurerName",
    name: "Nama Bendahara",
    aliases: ["Treasurer", "Treasurer Name", "Bendahara"],
    required: false,
    example: "",
    note: text("Nama bendahara", "Treasurer name")
  },
  {
    key: "openingBalance",
    name: "Saldo Awal Kas",
    aliases: ["Opening Balance", "Opening Cash Balance", "Saldo Awal"],
    required: false,
    example: "0",
    note: text(
      "Saldo kas sebelum baris pertama Kas (Rupiah, kosong = 0)",
      "Cash balance before the first Kas row (Rupiah, blank = 0)"
    )
  },
  {
    key: "openingDate",
    name: "Tanggal Saldo Awal",
    aliases: ["Opening Balance Date", "Opening Date"],
    required: false,
    example: "",
    note: text(
      "Tanggal saldo awal; baris Kas tidak boleh sebelum tanggal ini",
      "Date of the opening balance; no Kas row may be before it"
    )
  },
  {
    key: "weekStart",
    name: "Awal Minggu",
    aliases: ["Week Start", "First Day of Week"],
    required: false,
    example: "Senin",
    note: text("Hari pertama minggu jurnal (kosong = Senin)", "First day of the journal week (blank = Monday)")
  },
  {
    key: "language",
    name: "Bahasa",
    aliases: ["Language"],
    required: false,
    example: "id",
    note: text("id (Indonesia) atau en (English)", "id (Indonesian) or en (English)")
  },
  {
    key: "kolLimits",
    name: "Batas Kolektibilitas",
    aliases: ["Collectibility Limits", "Kol Limits"],
    required: false,
    example: "90;120;180",
    note: text(
      "Batas hari Kol 2, 3, 4, dipisah titik koma (kosong = 90;120;180)",
      "Day limits of Kol 2, 3, 4, separated by semicolons (blank = 90;120;180)"
    )
  }
];
var membersTab = {
  key: "members",
  name: "Anggota",
  aliases: ["Daftar Anggota", "Buku Anggota", "Members"],
  title: text("Buku Anggota", "Member Register"),
  columns: [
    {
      key: "memberId",
      header: "ID Anggota",
      aliases: ["Member ID"],
      required: true,
      note: text("Kode unik anggota, mis. A001", "Unique member code, e.g. A001"),
      kind: "text",
      textFormat: true,
      width: 90
    },
    {
      key: "name",
      header: "Nama",
      aliases: ["Nama Lengkap", "Name"],
      required: true,
      note: text("Nama lengkap anggota", "Full name"),
      kind: "text",
      width: 180
    },
    {
      key: "nik",
      header: "NIK",
      aliases: [],
      required: false,
      note: text("16 angka, ditulis sebagai teks", "16 digits, stored as text"),
      kind: "text",
      textFormat: true,
      width: 150
    },
    {
      key: "gender",
      header: "Jenis Kelamin",
      aliases: ["L/P", "Jenis Kelamin (L/P)", "Gender"],
      required: false,
      note: text("L atau P", "L (male) or P (female)"),
      kind: "list",
      list: "gender",
      width: 70
    },
    {
      key: "birthDate",
      header: "Tanggal Lahir",
      aliases: ["Date of Birth"],
      required: false,
      note: text("Tanggal lahir", "Date of birth"),
      kind: "date",
      width: 100
    },
    {
      key: "role",
      header: "Jabatan",
      aliases: ["Role"],
      required: false,
      note: text(
        "Ketua, Sekretaris, Bendahara atau Anggota (kosong = Anggota)",
        "Chair, secretary, treasurer or member (blank = member)"
      ),
      kind: "list",
      list: "role",
      width: 100
    },
    {
      key: "householdHead",
      header: "Kepala Keluarga",
      aliases: ["Household Head"],
      required: false,
      note: text("ID Anggota kepala keluarga, atau kosong", "Member ID of the household head, or blank"),
      kind: "text",
      textFormat: true,
      width: 100
    },
    {
      key: "phone",
      header: "No HP",
      aliases: ["No. HP", "No HP (WA)", "No WA", "No Telepon", "Telepon", "Phone"],
      required: false,
      note: text(
        "Nomor HP, mis. 081234567890, ditulis sebagai teks",
        "Mobile number, e.g. 081234567890, stored as text"
      ),
      kind: "text",
      textFormat: true,
      width: 120
    },
    {
      key: "joinDate",
      header: "Tanggal Masuk",
      aliases: ["Join Date"],
      required: true,
      note: text("Tanggal menjadi anggota", "Date the member joined"),
      kind: "date",
      width: 100
    },
    {
      key: "status",
      header: "Status",
      aliases: [],
      required: false,
      note: text("Aktif atau Keluar (kosong = Aktif)", "Active or left (blank = active)"),
      kind: "list",
      list: "memberStatus",
      width: 80
    },
    {
      key: "leaveDate",
      header: "Tanggal Keluar",
      aliases: ["Leave Date"],
      required: false,
      note: text("Wajib bila Status Keluar", "Required when the status is Keluar"),
      kind: "date",
      width: 100
    },
    {
      key: "address",
      header: "Dusun/Alamat",
      aliases: ["Dusun", "Alamat", "Address"],
      required: false,
      note: text("Dusun atau alamat", "Hamlet or address"),
      kind: "text",
      width: 140
    },
    {
      key: "landHa",
      header: "Luas Lahan (ha)",
      aliases: ["Luas Lahan", "Land (ha)", "Land Area (ha)"],
      required: false,
      note: text("Luas lahan dalam hektar, angka \u2265 0", "Land area in hectares, a number \u2265 0"),
      kind: "number",
      width: 90
    },
    {
      key: "commodity",
      header: "Komoditas",
      aliases: ["Commodity"],
      required: false,
      note: text("Komoditas utama", "Main commodity"),
      kind: "text",
      width: 110
    },
    {
      key: "note",
      header: "Catatan",
      aliases: ["Note", "Notes", "Keterangan"],
      required: false,
      note: text("Catatan", "Notes"),
      kind: "text",
      width: 160
    }
  ]
};
var cashTab = {
  key: "cash",
  name: "Kas",
  aliases: ["Buku Kas", "Keuangan", "Cash Book"],
  title: text("Buku Kas", "Cash Book"),
  columns: [
    {
      key: "date",
      header: "Tanggal",
      aliases: ["Tgl", "Date"],
      required: true,
      note: text("Tanggal transaksi, tidak boleh setelah hari ini", "Date of the movement, not after today"),
      kind: "date",
      width: 100
    },
    {
      key: "receiptNo",
      header: "No Bukti",
      aliases: ["No. Bukti", "Receipt No"],
      required: false,
      note: text("Nomor bukti/kuitansi, unik bila diisi", "Receipt number, unique when given"),
      kind: "text",
      textFormat: true,
      width: 90
    },
    {
      key: "description",
      header: "Uraian",
      aliases: ["Keterangan", "Description"],
      required: true,
      note: text("Uraian transaksi", "Description"),
      kind: "text",
      width: 220
    },
    {
      key: "category",
      header: "Kategori",
      aliases: ["Category"],
      required: true,
      note: text("Pilih dari daftar", "Pick from the list"),
      kind: "list",
      list: "category",
      width: 160
    },
    {
      key: "memberId",
      header: "ID Anggota",
      aliases: ["Member ID"],
      required: false,
      note: text(
        "Wajib untuk simpanan, iuran, denda dan pinjaman",
        "Required for savings, dues, fines and loans"
      ),
      kind: "text",
      textFormat: true,
      width: 90
    },
    {
      key: "loanId",
      header: "ID Pinjaman",
      aliases: ["Loan ID"],
      required: false,
      note: text(
        "Wajib untuk pencairan dan angsuran pinjaman",
        "Required for loan disbursements and repayments"
      ),
      kind: "text",
      textFormat: true,
      width: 90
    },
    {
      key: "amountIn",
      header: "Masuk",
      aliases: ["Masuk (Rp)", "Debet", "Penerimaan", "Debit", "In"],
      required: true,
      note: text("Uang masuk, Rupiah bulat", "Money in, whole Rupiah"),
      kind: "rupiah",
      width: 120
    },
    {
      key: "amountOut",
      header: "Keluar",
      aliases: ["Keluar (Rp)", "Kredit", "Pengeluaran", "Out"],
      required: true,
      note: text("Uang keluar, Rupiah bulat", "Money out, whole Rupiah"),
      kind: "rupiah",
      width: 120
    }
  ]
};
var loansTab = {
  key: "loans",
  name: "Pinjaman",
  aliases: ["Buku Pinjaman", "Kredit", "Loans"],
  title: text("Buku Pinjaman", "Loan Register"),
  columns: [
    {
      key: "loanId",
      header: "ID Pinjaman",
      aliases: ["Loan ID"],
      required: true,
      note: text("Kode unik pinjaman, mis. P001", "Unique loan code, e.g. P001"),
      kind: "text",
      textFormat: true,
      width: 90
    },
    {
      key: "memberId",
      header: "ID Anggota",
      aliases: ["Member ID"],
      required: true,
      note: text("Anggota peminjam", "Borrowing member"),
      kind: "text",
      textFormat: true,
      width: 90
    },
    {
      key: "disbursed",
      header: "Tanggal Cair",
      aliases: ["Disbursed", "Tanggal Pencairan"],
      required: true,
      note: text("Tanggal pinjaman dicairkan", "Disbursement date"),
      kind: "date",
      width: 100
    },
    {
      key: "principal",
      header: "Pokok",
      aliases: ["Pokok (Rp)", "Pokok Pinjaman", "Principal"],
      required: true,
      note: text("Pokok pinjaman, Rupiah bulat", "Principal, whole Rupiah"),
      kind: "rupiah",
      width: 120
    },
    {
      key: "ratePercent",
      header: "Jasa % per Bulan",
      aliases: ["Rate % per Month", "Jasa %", "Jasa per Bulan"],
      required: true,
      note: text(
        "Jasa per bulan dalam persen, 0 sampai 10 (mis. 1,5)",
        "Monthly rate in percent, 0 to 10 (e.g. 1.5)"
      ),
      kind: "number",
      width: 90
    },
    {
      key: "method",
      header: "Metode Jasa",
      aliases: ["Method"],
      required: false,
      note: text("Flat, Menurun atau Anuitas (kosong = Flat)", "Flat, declining or annuity (blank = Flat)"),
      kind: "list",
      list: "method",
      width: 100
    },
    {
      key: "installments",
      header: "Jumlah Angsuran",
      aliases: ["Installments"],
      required: true,
      note: text("Banyaknya angsuran, 1 sampai 260", "Number of installments, 1 to 260"),
      kind: "number",
      width: 90
    },
    {
      key: "frequency",
      header: "Frekuensi",
      aliases: ["Frequency"],
      required: false,
      note: text("Bulanan atau Mingguan (kosong = Bulanan)", "Monthly or weekly (blank = monthly)"),
      kind: "list",
      list: "frequency",
      width: 90
    },
    {
      key: "purpose",
      header: "Tujuan",
      aliases: ["Purpose"],
      required: false,
      note: text("Tujuan pinjaman", "Purpose"),
      kind: "text",
      width: 150
    },
    {
      key: "source",
      header: "Sumber Dana",
      aliases: ["Source"],
      required: false,
      note: text("Sumber dana pinjaman", "Source of funds"),
      kind: "text",
      width: 120
    },
    {
      key: "note",
      header: "Catatan",
      aliases: ["Note", "Notes", "Keterangan"],
      required: false,
      note: text("Catatan", "Notes"),
      kind: "text",
      width: 160
    }
  ]
};
var activitiesTab = {
  key: "activities",
  name: "Kegiatan",
  aliases: ["Buku Kegiatan", "Activities"],
  title: text("Buku Kegiatan", "Activity Log"),
  columns: [
    {
      key: "date",
      header: "Tanggal",
      aliases: ["Tgl", "Date"],
      required: true,
      note: text("Tanggal kegiatan, tidak boleh setelah hari ini", "Date, not after today"),
      kind: "date",
      width: 100
    },
    {
      key: "type",
      header: "Jenis Kegiatan",
      aliases: ["Type", "Jenis"],
      required: true,
      note: text("Pilih dari daftar", "Pick from the list"),
      kind: "list",
      list: "activityType",
      width: 180
    },
    {
      key: "description",
      header: "Uraian",
      aliases: ["Description", "Kegiatan"],
      required: true,
      note: text("Apa yang dilakukan", "What was done"),
      kind: "text",
      width: 240
    },
    {
      key: "attendance",
      header: "Jumlah Hadir",
      aliases: ["Attendance", "Hadir"],
      required: false,
      note: text("Banyaknya yang hadir, angka bulat", "Number present, a whole number"),
      kind: "number",
      width: 80
    },
    {
      key: "results",
      header: "Hasil",
      aliases: ["Results"],
      required: false,
      note: text("Hasil yang dicapai", "Results reached"),
      kind: "text",
      width: 200
    },
    {
      key: "nextSteps",
      header: "Rencana Tindak Lanjut",
      aliases: ["Next Steps", "RTL", "Tindak Lanjut"],
      required: false,
      note: text("Rencana berikutnya", "Next steps"),
      kind: "text",
      width: 200
    },
    {
      key: "recordedBy",
      header: "Pencatat",
      aliases: ["Recorded By"],
      required: false,
      note: text("Yang mencatat", "Recorded by"),
      kind: "text",
      width: 110
    }
  ]
};
var inputTabs = [settingsTab, membersTab, cashTab, loansTab, activitiesTab];
var categoryRules = {
  "Simpanan Pokok": { direction: "in", needsMember: true, needsLoan: false },
  "Simpanan Wajib": { direction: "in", needsMember: true, needsLoan: false },
  "Simpanan Sukarela": { direction: "in", needsMember: true, needsLoan: false },
  "Penarikan Simpanan": { direction: "out", needsMember: true, needsLoan: false },
  Iuran: { direction: "in", needsMember: true, needsLoan: false },
  "Pencairan Pinjaman": { direction: "out", needsMember: true, needsLoan: true },
  "Angsuran Pinjaman": { direction: "in", needsMember: true, needsLoan: true },
  Denda: { direction: "in", needsMember: true, needsLoan: false },
  "Penjualan Hasil": { direction: "in", needsMember: false, needsLoan: false },
  "Bantuan/Hibah": { direction: "in", needsMember: false, needsLoan: false },
  "Pinjaman Pihak Luar": { direction: "in", needsMember: false, needsLoan: false },
  "Pembelian Saprodi": { direction: "out", needsMember: false, needsLoan: false },
  "Biaya Operasional": { direction: "out", needsMember: false, needsLoan: false },
  Lainnya: { direction: "either", needsMember: false, needsLoan: false }
};
var lists = {
  category: [
    {
      value: "Simpanan Pokok",
      label: text("Simpanan Pokok", "Principal savings"),
      aliases: ["Principal Savings"]
    },
    {
      value: "Simpanan Wajib",
      label: text("Simpanan Wajib", "Mandatory savings"),
      aliases: ["Mandatory Savings"]
    },
    {
      value: "Simpanan Sukarela",
      label: text("Simpanan Sukarela", "Voluntary savings"),
      aliases: ["Voluntary Savings"]
    },
    {
      value: "Penarikan Simpanan",
      label: text("Penarikan Simpanan", "Savings withdrawal"),
      aliases: ["Savings Withdrawal"]
    },
    { value: "Iuran", label: text("Iuran", "Dues"), aliases: ["Dues"] },
    {
      value: "Pencairan Pinjaman",
      label: text("Pencairan Pinjaman", "Loan disbursement"),
      aliases: ["Loan Disbursement"]
    },
    {
      value: "Angsuran Pinjaman",
      label: text("Angsuran Pinjaman", "Loan repayment"),
      aliases: ["Loan Repayment", "Angsuran"]
    },
    { value: "Denda", label: text("Denda", "Fine"), aliases: ["Fine", "Penalty"] },
    {
      value: "Penjualan Hasil",
      label: text("Penjualan Hasil", "Sale of produce"),
      aliases: ["Sale of Produce", "Sales"]
    },
    { value: "Bantuan/Hibah", label: text("Bantuan/Hibah", "Grant"), aliases: ["Bantuan", "Hibah", "Grant"] },
    {
      value: "Pinjaman Pihak Luar",
      label: text("Pinjaman Pihak Luar", "External loan"),
      aliases: ["External Loan"]
    },
    {
      value: "Pembelian Saprodi",
      label: text("Pembelian Saprodi", "Farm input purchase"),
      aliases: ["Farm Inputs", "Farm Input Purchase", "Saprodi"]
    },
    {
      value: "Biaya Operasional",
      label: text("Biaya Operasional", "Operating cost"),
      aliases: ["Operating Cost", "Operating Costs"]
    },
    { value: "Lainnya", label: text("Lainnya", "Other"), aliases: ["Other", "Lain-lain"] }
  ],
  role: [
    { value: "Ketua", label: text("Ketua", "Chair"), aliases: ["Chair", "Chairperson"] },
    { value: "Sekretaris", label: text("Sekretaris", "Secretary"), aliases: ["Secretary"] },
    { value: "Bendahara", label: text("Bendahara", "Treasurer"), aliases: ["Treasurer"] },
    { value: "Anggota", label: text("Anggota", "Member"), aliases: ["Member"] }
  ],
  memberStatus: [
    { value: "Aktif", label: text("Aktif", "Active"), aliases: ["Active"] },
    { value: "Keluar", label: text("Keluar", "Left"), aliases: ["Left"] }
  ],
  gender: [
    { value: "L", label: text("Laki-laki", "Male"), aliases: ["Laki-laki", "M"] },
    { value: "P", label: text("Perempuan", "Female"), aliases: ["Perempuan", "F"] }
  ],
  method: [
    { value: "Flat", label: text("Flat", "Flat"), aliases: [] },
    { value: "Menurun", label: text("Menurun", "Declining"), aliases: ["Declining"] },
    { value: "Anuitas", label: text("Anuitas", "Annuity"), aliases: ["Annuity"] }
  ],
  frequency: [
    { value: "Bulanan", label: text("Bulanan", "Monthly"), aliases: ["Monthly"] },
    { value: "Mingguan", label: text("Mingguan", "Weekly"), aliases: ["Weekly"] }
  ],
  activityType: [
    {
      value: "Rapat/Diskusi Kelompok",
      label: text("Rapat/Diskusi Kelompok", "Group meeting/discussion"),
      aliases: ["Group Meeting", "Rapat", "Rapat Kelompok"]
    },
    {
      value: "Administrasi Kelompok",
      label: text("Administrasi Kelompok", "Group administration"),
      aliases: ["Group Administration", "Administrasi"]
    },
    {
      value: "Penyusunan RUK",
      label: text("Penyusunan RUK", "Business plan (RUK)"),
      aliases: ["RUK", "Business Plan"]
    },
    {
      value: "Pelayanan Saprodi",
      label: text("Pelayanan Saprodi", "Farm input service"),
      aliases: ["Farm Inputs", "Saprodi"]
    },
    { value: "Pelatihan", label: text("Pelatihan", "Training"), aliases: ["Training"] },
    {
      value: "Kemitraan & Pemasaran",
      label: text("Kemitraan & Pemasaran", "Partnerships & marketing"),
      aliases: ["Kemitraan dan Pemasaran", "Partnerships & Marketing", "Partnership and Marketing"]
    },
    { value: "Kredit", label: text("Kredit", "Credit"), aliases: ["Credit"] },
    {
      value: "Pengembangan Usaha Bersama",
      label: text("Pengembangan Usaha Bersama", "Joint business development"),
      aliases: ["Joint Business", "Joint Business Development", "Usaha Bersama"]
    },
    { value: "Lainnya", label: text("Lainnya", "Other"), aliases: ["Other", "Lain-lain"] }
  ],
  weekday: [
    { value: "1", label: text("Senin", "Monday"), aliases: ["Senin", "Monday"] },
    { value: "2", label: text("Selasa", "Tuesday"), aliases: ["Selasa", "Tuesday"] },
    { value: "3", label: text("Rabu", "Wednesday"), aliases: ["Rabu", "Wednesday"] },
    { value: "4", label: text("Kamis", "Thursday"), aliases: ["Kamis", "Thursday"] },
    { value: "5", label: text("Jum'at", "Friday"), aliases: ["Jumat", "Jum'at", "Friday"] },
    { value: "6", label: text("Sabtu", "Saturday"), aliases: ["Sabtu", "Saturday"] },
    { value: "7", label: text("Minggu", "Sunday"), aliases: ["Minggu", "Ahad", "Sunday"] }
  ],
  language: [
    {
      value: "id",
      label: text("Bahasa Indonesia", "Indonesian"),
      aliases: ["Indonesia", "Bahasa Indonesia", "Indonesian"]
    },
    { value: "en", label: text("English", "English"), aliases: ["Inggris", "English"] }
  ]
};
function matchListValue(list, raw) {
  const wanted = normaliseListValue(raw);
  if (wanted === "") return void 0;
  for (const entry of lists[list]) {
    if (normaliseListValue(entry.value) === wanted) return entry.value;
    if (entry.aliases.some((a) => normaliseListValue(a) === wanted))
      return entry.value;
  }
  return void 0;
}

// src/core/isoDate.ts
var ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
function isLeapYear(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
function daysInMonth(year, month) {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}
function isValidYmd(year, month, day) {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
function isIsoDate(value) {
  if (typeof value !== "string") return false;
  const m = ISO.exec(value);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}
function toYmd(date2) {
  const m = ISO.exec(date2);
  if (!m) throw new Error(`invalid.isoDate: ${date2}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}
function fromYmd(year, month, day) {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function toDayNumber(date2) {
  const { year, month, day } = toYmd(date2);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function fromDayNumber(n) {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return fromYmd(year, month, day);
}
function addDays(date2, days) {
  return fromDayNumber(toDayNumber(date2) + days);
}
function daysBetween(a, b) {
  return toDayNumber(b) - toDayNumber(a);
}
function addMonthsClamped(date2, months) {
  const { year, month, day } = toYmd(date2);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index % 12 + 1;
  return fromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}
var MONTHS_ID = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember"
];
var MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
function monthName(month, lang) {
  return (lang === "en" ? MONTHS_EN : MONTHS_ID)[month - 1] ?? "";
}
function formatLongDate(date2, lang) {
  const { year, month, day } = toYmd(date2);
  return `${day} ${monthName(month, lang)} ${year}`;
}
function formatShortDate(date2) {
  const { year, month, day } = toYmd(date2);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

// src/core/money.ts
var MAX_RUPIAH = 999999999999;
function roundHalfUp(x) {
  const sign = x < 0 ? -1 : 1;
  return sign * Math.floor(Math.abs(x) + 0.5 + 1e-9);
}
function formatRupiah(amount) {
  const sign = amount < 0 ? "-" : "";
  const digits = String(Math.abs(Math.round(amount)));
  return `${sign}Rp ${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;
}
var RUPIAH_FORMAT = '"Rp "#,##0';

// src/core/credit/loanSchedule.ts
function installmentRate(loan) {
  return loan.frequency === "Mingguan" ? loan.monthlyRate * 12 / 52 : loan.monthlyRate;
}
function installmentDue(loan, k) {
  return loan.frequency === "Mingguan" ? addDays(loan.disbursed, 7 * k) : addMonthsClamped(loan.disbursed, k);
}
function jasaOn(balance, loan) {
  const rate = Math.round(loan.monthlyRate * 1e8);
  const [factor, denominator] = loan.frequency === "Mingguan" ? [3, 13e8] : [1, 1e8];
  const numerator = balance * rate * factor;
  if (Number.isSafeInteger(numerator)) {
    const rest = numerator % denominator;
    const whole = (numerator - rest) / denominator;
    return 2 * rest >= denominator ? whole + 1 : whole;
  }
  const n = BigInt(balance) * BigInt(rate) * BigInt(factor);
  const d2 = BigInt(denominator);
  return Number((2n * n + d2) / (2n * d2));
}
function annuityPayment(principal, rate, n) {
  if (rate === 0) return roundHalfUp(principal / n);
  return roundHalfUp(principal * rate / (1 - Math.pow(1 + rate, -n)));
}
function loanSchedule(loan) {
  const n = loan.installments;
  const P = loan.principal;
  const equalPart = Math.floor(P / n);
  const payment = loan.method === "Anuitas" ? annuityPayment(P, installmentRate(loan), n) : 0;
  const flatJasa = jasaOn(P, loan);
  const schedule = [];
  let balance = P;
  for (let k = 1; k <= n; k++) {
    let principal;
    let jasa;
    if (loan.method === "Flat") {
      jasa = flatJasa;
      principal = k === n ? balance : Math.min(equalPart, balance);
    } else if (loan.method === "Menurun") {
      jasa = jasaOn(balance, loan);
      principal = k === n ? balance : Math.min(equalPart, balance);
    } else {
      jasa = jasaOn(balance, loan);
      principal = k === n ? balance : Math.max(0, Math.min(payment - jasa, balance));
    }
    schedule.push({ no: k, due: installmentDue(loan, k), principal, jasa });
    balance -= principal;
  }
  return schedule;
}

// src/local/xlsxWorkbook.ts
var import_promises = require("node:fs/promises");
var import_exceljs = __toESM(require("exceljs"));

// src/core/cell.ts
function isDateCell(cell) {
  return typeof cell === "object" && cell !== null && typeof cell.date === "string";
}
function isEmptyCell(cell) {
  return cell === null || cell === void 0 || typeof cell === "string" && cell.trim() === "";
}
function cellText(cell) {
  if (cell === null || cell === void 0) return "";
  if (isDateCell(cell)) return cell.date;
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return String(cell);
}

// src/core/generatedMarker.ts
var GENERATED_MARKER = "buku-kelompok:generated";

// src/core/sheetGrid.ts
function gridWidth(grid) {
  return grid.rows.reduce((w2, r) => Math.max(w2, r.length), 0);
}

// src/core/workbook.ts
var HostError = class extends Error {
  constructor(code, message, params = {}) {
    super(message);
    this.code = code;
    this.params = params;
    this.name = "HostError";
  }
};

// src/local/xlsxWorkbook.ts
var GENERATED_EDIT_WARNING = "Tab ini dibuat oleh Buku Kelompok: perubahan akan hilang saat dibuat ulang. (Generated by Buku Kelompok: changes are lost when it is regenerated.)";
var MARKER_NOTE = `${GENERATED_MARKER}
Dibuat otomatis oleh Buku Kelompok; perubahan di tab ini akan ditimpa.
Generated by Buku Kelompok; changes to this tab are overwritten.`;
var DATE_FORMAT = "dd/mm/yyyy";
var NUMBER_FORMATS = {
  text: "@",
  rupiah: RUPIAH_FORMAT,
  date: DATE_FORMAT,
  percent: "0.0%",
  integer: "0",
  decimal: "0.00"
};
var SPARE_INPUT_ROWS = 500;
var WorkbookFileError = class extends Error {
  constructor(code, text2) {
    super(text2.en);
    this.code = code;
    this.text = text2;
    this.name = "WorkbookFileError";
  }
};
function richTextOf(value) {
  return value.richText.map((part) => part.text).join("");
}
function dateCellOf(d2) {
  if (Number.isNaN(d2.getTime())) return null;
  const iso = d2.toISOString().slice(0, 10);
  return isIsoDate(iso) ? { date: iso } : null;
}
function normaliseCell(value) {
  if (value === null || value === void 0) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return dateCellOf(value);
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return normaliseCell(richTextOf(value));
    if ("error" in value) return String(value.error);
    if ("formula" in value || "sharedFormula" in value) {
      return normaliseCell(value.result);
    }
    if ("hyperlink" in value || "text" in value) {
      const t = value.text;
      if (typeof t === "string") return normaliseCell(t);
      if (t && typeof t === "object" && "richText" in t)
        return normaliseCell(richTextOf(t));
      return null;
    }
  }
  return null;
}
function toExcelValue(value) {
  if (value === null) return null;
  if (isDateCell(value)) {
    const { year, month, day } = toYmd(value.date);
    return new Date(Date.UTC(year, month - 1, day));
  }
  return value;
}
function columnLetter(col) {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s;
  return s;
}
function quoteSheet(name) {
  return `'${name.replace(/'/g, "''")}'`;
}
function widthInChars(px) {
  return Math.max(2, Math.round(px / 7 * 100) / 100);
}
function wrappedLines(text2, px, bold = false, size = 10) {
  const perLine = Math.max(1, Math.floor((px - 6) / ((bold ? 7 : 6) * size / 10)));
  return text2.split("\n").reduce((n, part) => {
    let lines = 1;
    let used = 0;
    for (const word of part.split(" ").filter((w2) => w2 !== "")) {
      if (used > 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines += 1;
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
    return n + lines;
  }, 0);
}
function wrappedRowHeight(cells, spans) {
  let height;
  cells.forEach((out, c) => {
    if (!out.wrap || out.v === null || isDateCell(out.v)) return;
    const lines = wrappedLines(String(out.v), spans[c] ?? 100, out.bold === true, out.size ?? 10);
    if (lines > 1) height = Math.max(height ?? 0, Math.ceil(lines * (out.size ?? 10) * 1.3 + 3));
  });
  return height;
}
function cellSpans(row, widths, merges) {
  const spans = [...widths];
  for (const m of merges) {
    if (row < m.row || row >= m.row + m.rows) continue;
    spans[m.col - 1] = widths.slice(m.col - 1, m.col - 1 + m.cols).reduce((s, w2) => s + w2, 0);
  }
  return spans;
}
function argb(hex) {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}
var ENCRYPTED_MARK = Buffer.from("EncryptionInfo", "utf16le");
var ZIP_MAGIC = Buffer.from([80, 75, 3, 4]);
var CFB_MAGIC = Buffer.from([208, 207, 17, 224]);
var XlsxWorkbook = class _XlsxWorkbook {
  constructor(excel) {
    this.excel = excel;
  }
  /** An empty workbook, for the demo and for tests. */
  static create() {
    const excel = new import_exceljs.default.Workbook();
    excel.creator = "Buku Kelompok";
    return new _XlsxWorkbook(excel);
  }
  /** Loads a file into memory; the file itself is never written. Throws WorkbookFileError. */
  static async load(path) {
    let bytes;
    try {
      bytes = await (0, import_promises.readFile)(path);
    } catch (e2) {
      const code = e2.code;
      if (code === "ENOENT" || code === "ENOTDIR")
        throw new WorkbookFileError(
          "file.missing",
          text(`File tidak ditemukan: ${path}`, `File not found: ${path}`)
        );
      if (code === "EISDIR")
        throw new WorkbookFileError(
          "file.notWorkbook",
          text(`${path} adalah folder, bukan file .xlsx`, `${path} is a folder, not an .xlsx file`)
        );
      throw new WorkbookFileError(
        "file.unreadable",
        text(
          `File tidak dapat dibaca: ${path} (${code ?? "error"})`,
          `Cannot read ${path} (${code ?? "error"})`
        )
      );
    }
    return _XlsxWorkbook.fromBuffer(bytes, path);
  }
  static async fromBuffer(bytes, label = "file") {
    if (bytes.subarray(0, 4).equals(CFB_MAGIC)) {
      if (bytes.includes(ENCRYPTED_MARK))
        throw new WorkbookFileError(
          "file.encrypted",
          text(
            `${label} dilindungi kata sandi: buka di Excel/LibreOffice, hapus kata sandinya, lalu simpan sebagai .xlsx`,
            `${label} is password-protected: open it in Excel/LibreOffice, remove the password, and save it as .xlsx`
          )
        );
      throw new WorkbookFileError(
        "file.notWorkbook",
        text(
          `${label} berformat .xls lama: simpan ulang sebagai .xlsx`,
          `${label} is an old .xls file: save it again as .xlsx`
        )
      );
    }
    const notWorkbook = new WorkbookFileError(
      "file.notWorkbook",
      text(`${label} bukan file Excel .xlsx`, `${label} is not an Excel .xlsx file`)
    );
    if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw notWorkbook;
    const excel = new import_exceljs.default.Workbook();
    try {
      await excel.xlsx.load(bytes);
    } catch {
      throw notWorkbook;
    }
    return new _XlsxWorkbook(excel);
  }
  tabNames() {
    return this.excel.worksheets.map((ws) => ws.name);
  }
  sheet(name) {
    const ws = this.excel.getWorksheet(name);
    if (!ws) throw new HostError("tab.missing", `No tab named ${name}`, { tab: name });
    return ws;
  }
  /** A1 to the last cell holding a value, as a rectangle (at least A1); merged cells other than the first read empty. */
  readTab(name) {
    const ws = this.sheet(name);
    const cells = [];
    let lastRow = 0;
    let lastCol = 0;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (c, colNumber) => {
        if (c.type === import_exceljs.default.ValueType.Merge) return;
        const value = normaliseCell(c.value);
        if (value === null) return;
        cells.push({ row: rowNumber, col: colNumber, value });
        lastRow = Math.max(lastRow, rowNumber);
        lastCol = Math.max(lastCol, colNumber);
      });
    });
    if (lastRow === 0) return [[null]];
    const grid = Array.from({ length: lastRow }, () => new Array(lastCol).fill(null));
    for (const { row, col, value } of cells) grid[row - 1][col - 1] = value;
    return grid;
  }
  isGenerated(name) {
    const ws = this.excel.getWorksheet(name);
    if (!ws) return false;
    const note = ws.getCell(1, 1).note;
    const noteText = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    return noteText.startsWith(GENERATED_MARKER);
  }
  writeGenerated(grid) {
    const existing = this.excel.worksheets.find((ws2) => ws2.name.toLowerCase() === grid.name.toLowerCase());
    let orderNo;
    if (existing) {
      if (existing.name !== grid.name || !this.isGenerated(grid.name))
        throw new HostError(
          "tab.notGenerated",
          `Tab ${existing.name} exists and was not written by Buku Kelompok`,
          { tab: existing.name }
        );
      orderNo = existing.orderNo;
      this.excel.removeWorksheet(existing.id);
    }
    const ws = this.excel.addWorksheet(grid.name);
    if (orderNo !== void 0) ws.orderNo = orderNo;
    grid.rows.forEach((cells, r) => {
      const top = cells.some((out) => out.wrap);
      cells.forEach((out, c) => this.writeOutCell(ws.getCell(r + 1, c + 1), out, top));
    });
    grid.widths.forEach((px, i2) => {
      ws.getColumn(i2 + 1).width = widthInChars(px);
    });
    const merges = grid.merges ?? [];
    for (const m of merges) {
      for (let r = m.row; r < m.row + m.rows; r += 1) ws.mergeCells(r, m.col, r, m.col + m.cols - 1);
    }
    grid.rows.forEach((cells, r) => {
      const height = wrappedRowHeight(cells, cellSpans(r + 1, grid.widths, merges));
      if (height !== void 0) ws.getRow(r + 1).height = height;
    });
    ws.views = grid.frozenRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: grid.frozenRows, topLeftCell: `A${grid.frozenRows + 1}` }] : [{ state: "normal" }];
    ws.pageSetup = {
      paperSize: 9,
      // A4
      orientation: grid.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: false,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }
    };
    if (grid.frozenRows > 0) ws.pageSetup.printTitlesRow = `1:${grid.frozenRows}`;
    const a1 = ws.getCell(1, 1);
    if (a1.value === null) a1.font = { size: 10 };
    a1.note = MARKER_NOTE;
    this.warnOnEdit(ws, grid);
  }
  /**
   * Warning-only protection, as the Sheets adapter sets it: a workbook's own sheet protection can
   * only forbid, so every written cell gets a rule no entry satisfies, shown as a warning that
   * lets the person go on (Excel: "Continue?"; LibreOffice: OK/Cancel).
   */
  warnOnEdit(ws, grid) {
    const last = `${columnLetter(Math.max(gridWidth(grid), 1))}${Math.max(grid.rows.length, 1)}`;
    ws.dataValidations.add(`A1:${last}`, {
      type: "custom",
      allowBlank: false,
      formulae: ["FALSE()"],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "Buku Kelompok",
      error: GENERATED_EDIT_WARNING
    });
  }
  writeOutCell(target, out, top) {
    if (out.link && out.v !== null && !isDateCell(out.v)) {
      const address = `${columnLetter(out.link.col || 1)}${out.link.row || 1}`;
      target.value = { text: String(out.v), hyperlink: `#${quoteSheet(out.link.tab)}!${address}` };
    } else {
      target.value = toExcelValue(out.v);
    }
    const format = out.format ?? (isDateCell(out.v) ? "date" : void 0);
    if (format) target.numFmt = NUMBER_FORMATS[format];
    const font = { size: out.size ?? 10 };
    if (out.bold) font.bold = true;
    if (out.italic) font.italic = true;
    if (out.link) {
      font.color = { argb: "FF1155CC" };
      font.underline = true;
    }
    target.font = font;
    if (out.wrap || out.align || top) {
      target.alignment = {
        ...out.wrap ? { wrapText: true } : {},
        ...top ? { vertical: "top" } : {},
        ...out.align ? { horizontal: out.align } : {}
      };
    }
    if (out.background) {
      target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(out.background) } };
    }
  }
  writeCell(tab, row, col, value) {
    const target = this.sheet(tab).getCell(row, col);
    target.value = toExcelValue(value);
    if (isDateCell(value)) target.numFmt = DATE_FORMAT;
    else if (typeof value === "string") target.numFmt = "@";
  }
  createInputTab(spec, rows) {
    this.writeInputGrid(spec, spec.name, [spec.columns.map((c) => c.header), ...rows], 1);
  }
  /**
   * Writes an input tab as people keep it: the grid as given (a title may stand above the header),
   * the header bold with a note per column, formats and dropdowns on the columns it recognises.
   */
  writeInputGrid(spec, name, grid, headerRow) {
    if (this.excel.worksheets.some((ws2) => ws2.name.toLowerCase() === name.toLowerCase()))
      throw new HostError("tab.exists", `Tab ${name} already exists`, { tab: name });
    const ws = this.excel.addWorksheet(name);
    const header = grid[headerRow - 1] ?? [];
    const columns = header.map(
      (h) => typeof h === "string" ? spec.columns.find(
        (c) => [c.header, ...c.aliases].some((a) => normaliseHeader(a) === normaliseHeader(h))
      ) : void 0
    );
    const lastRow = Math.max(grid.length, headerRow) + SPARE_INPUT_ROWS;
    columns.forEach((column, i2) => {
      if (!column) return;
      const col = ws.getColumn(i2 + 1);
      col.width = widthInChars(column.width);
      const format = column.kind === "date" ? DATE_FORMAT : column.kind === "rupiah" ? RUPIAH_FORMAT : column.kind === "text" ? "@" : void 0;
      if (column.list) {
        const values = listValues(column);
        ws.dataValidations.add(
          `${columnLetter(i2 + 1)}${headerRow + 1}:${columnLetter(i2 + 1)}${lastRow}`,
          {
            type: "list",
            allowBlank: true,
            formulae: [`"${values.join(",")}"`],
            showErrorMessage: true,
            errorStyle: "warning",
            errorTitle: "Buku Kelompok",
            error: "Pilih dari daftar / Pick from the list"
          }
        );
      }
      if (format) col.numFmt = format;
    });
    grid.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value === null) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value = toExcelValue(value);
        if (isDateCell(value)) target.numFmt = DATE_FORMAT;
        else if (typeof value === "number" && target.numFmt === "@") target.numFmt = "0";
        else if (typeof value === "number" && target.numFmt === DATE_FORMAT) target.numFmt = "General";
      });
    });
    header.forEach((_h, i2) => {
      const target = ws.getCell(headerRow, i2 + 1);
      target.font = { bold: true };
      target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9EAD3" } };
      const column = columns[i2];
      if (column) target.note = `${column.note.id}
(${column.note.en})`;
    });
    for (let r = 1; r < headerRow; r += 1) {
      ws.getRow(r).eachCell((c) => {
        c.font = { bold: true, size: 14 };
      });
    }
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }];
    ws.pageSetup = {
      paperSize: 9,
      // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`
    };
  }
  /**
   * Fixes the document's own dates (created, modified, and each zip entry's time), so the same
   * book writes the same bytes.
   */
  stampDates(date2) {
    const { year, month, day } = toYmd(date2);
    const d2 = new Date(Date.UTC(year, month - 1, day));
    this.excel.created = d2;
    this.excel.modified = d2;
    this.stamp = date2;
  }
  async toBuffer() {
    const bytes = Buffer.from(await this.excel.xlsx.writeBuffer());
    return this.stamp === void 0 ? bytes : stampZipEntries(bytes, this.stamp);
  }
  async save(path) {
    await (0, import_promises.writeFile)(path, await this.toBuffer());
  }
};
function stampZipEntries(zip, date2) {
  const { year, month, day } = toYmd(date2);
  const dosDate = Math.max(1980, year) - 1980 << 9 | month << 5 | day;
  const out = Buffer.from(zip);
  const end = out.lastIndexOf(Buffer.from([80, 75, 5, 6]));
  if (end < 0) return out;
  const entries = out.readUInt16LE(end + 10);
  let p = out.readUInt32LE(end + 16);
  for (let i2 = 0; i2 < entries && out.readUInt32LE(p) === 33639248; i2 += 1) {
    out.writeUInt16LE(0, p + 12);
    out.writeUInt16LE(dosDate, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) === 67324752) {
      out.writeUInt16LE(0, local + 10);
      out.writeUInt16LE(dosDate, local + 12);
    }
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
function listValues(column) {
  return column.list ? LIST_VALUES[column.list] : [];
}
var LIST_VALUES = Object.fromEntries(
  Object.entries(lists).map(([key, values]) => [
    key,
    values.map((v) => v.value)
  ])
);

// test/local/export/smallBooks.ts
var PLACES = [
  { district: "Cikajang", regency: "Garut", province: "Jawa Barat" },
  { district: "Cisurupan", regency: "Garut", province: "Jawa Barat" },
  { district: "Pangalengan", regency: "Bandung", province: "Jawa Barat" },
  { district: "Kertasari", regency: "Bandung", province: "Jawa Barat" },
  { district: "Batu", regency: "Kota Batu", province: "Jawa Timur" }
];
var d = (date2) => ({ date: date2 });
function smallBookTabs(i2, today, extraCash = 0) {
  const place = PLACES[i2 % PLACES.length];
  const start = addDays(today, -360);
  const settings = [
    ["Kunci", "Nilai"],
    ["Nama Kelompok", `Kelompok Tani Sumber ${i2 + 1}`],
    ["Desa", `Desa ${i2 % 9 + 1}`],
    // Every 17th book has no Kecamatan: the office summary must still count it.
    ["Kecamatan", i2 % 17 === 5 ? "" : place.district],
    ["Kabupaten", place.regency],
    ["Provinsi", place.province],
    ["Saldo Awal Kas", 2e7],
    ["Tanggal Saldo Awal", d(start)]
  ];
  const memberCount = 4 + i2 % 6;
  const ids = Array.from({ length: memberCount }, (_, k) => `A${String(k + 1).padStart(2, "0")}`);
  const members2 = [
    ["ID Anggota", "Nama", "NIK", "Jabatan", "Tanggal Masuk", "Status", "Tanggal Keluar"]
  ];
  ids.forEach((id, k) => {
    const role = k === 0 ? "Ketua" : k === 1 ? "Bendahara" : "Anggota";
    const day = String(k % 28 + 1).padStart(2, "0");
    let nik = `320501${day}0380${String(i2 % 1e4).padStart(4, "0")}`;
    if (i2 % 11 === 4 && k === 2) nik = "32050112038";
    const leaves = i2 % 4 === 1 && k === memberCount - 1;
    members2.push([
      id,
      `Anggota ${k + 1}`,
      nik,
      role,
      d(start),
      leaves ? "Keluar" : "Aktif",
      leaves ? d(addDays(today, -30)) : null
    ]);
  });
  const cash = [
    ["Tanggal", "No Bukti", "Uraian", "Kategori", "ID Anggota", "ID Pinjaman", "Masuk", "Keluar"]
  ];
  const addCash = (date2, what, category, member, loan, amountIn, amountOut) => cash.push([d(date2), null, what, category, member, loan, amountIn || null, amountOut || null]);
  for (let month = 0; month < 12; month++) {
    const date2 = addMonthsClamped(start, month);
    if (date2 > today) break;
    ids.forEach((id, k) => {
      if (!(i2 % 4 === 1 && k === memberCount - 1 && date2 > addDays(today, -30)))
        addCash(date2, `Simpanan wajib ${id}`, "Simpanan Wajib", id, null, 1e4, 0);
    });
  }
  for (let e2 = 0; e2 < extraCash; e2++)
    addCash(
      addDays(today, -1),
      `Simpanan sukarela tambahan ${e2 + 1}`,
      "Simpanan Sukarela",
      "A01",
      null,
      25e3,
      0
    );
  const loans = [
    [
      "ID Pinjaman",
      "ID Anggota",
      "Tanggal Cair",
      "Pokok",
      "Jasa % per Bulan",
      "Metode Jasa",
      "Jumlah Angsuran",
      "Frekuensi"
    ]
  ];
  const loanCount = i2 % 10 === 9 ? 0 : 1 + i2 % 3;
  for (let k = 0; k < loanCount; k++) {
    const id = `P${String(k + 1).padStart(3, "0")}`;
    const member = ids[(k + 2) % memberCount];
    const disbursed = addDays(today, -(60 + (i2 * 37 + k * 53) % 240));
    const principal = (5 + (i2 + k) % 16) * 1e5;
    const method = ["Flat", "Menurun", "Anuitas"][(i2 + k) % 3];
    const terms = {
      principal,
      monthlyRate: 0.015,
      method,
      installments: 10,
      frequency: "Bulanan",
      disbursed
    };
    loans.push([id, member, d(disbursed), principal, 1.5, method, 10, "Bulanan"]);
    addCash(disbursed, `Pencairan ${id}`, "Pencairan Pinjaman", member, id, 0, principal);
    const behaviour = (i2 * 3 + k) % 4;
    loanSchedule(terms).forEach((inst, n) => {
      const paidOn = behaviour === 2 ? addDays(inst.due, 7) : inst.due;
      if (paidOn > today || behaviour === 3 || behaviour === 1 && n >= 2) return;
      addCash(
        paidOn,
        `Angsuran ${id} ke-${n + 1}`,
        "Angsuran Pinjaman",
        member,
        id,
        inst.principal + inst.jasa,
        0
      );
    });
  }
  if (i2 % 7 === 3)
    addCash(addDays(today, -10), "Simpanan wajib X99", "Simpanan Wajib", "X99", null, 1e4, 0);
  const body = cash.slice(1).sort(
    (a, b) => String(a[0].date).localeCompare(String(b[0].date))
  );
  const activities = [["Tanggal", "Jenis Kegiatan", "Uraian", "Jumlah Hadir"]];
  for (let a = 0; a < 2 + i2 % 3; a++)
    activities.push([
      d(addDays(today, -(a * 30 + 3))),
      "Rapat/Diskusi Kelompok",
      `Rapat bulanan ${a + 1}`,
      memberCount - a % 2
    ]);
  return [
    { spec: settingsTab, grid: settings },
    { spec: membersTab, grid: members2 },
    { spec: cashTab, grid: [cash[0], ...body] },
    { spec: loansTab, grid: loans },
    { spec: activitiesTab, grid: activities }
  ];
}
function smallBookWorkbook(i2, today, extraCash = 0) {
  const workbook = XlsxWorkbook.create();
  workbook.stampDates(today);
  for (const tab of smallBookTabs(i2, today, extraCash))
    workbook.writeInputGrid(tab.spec, tab.spec.name, tab.grid, 1);
  return workbook;
}

// src/core/book/columnOf.ts
var specs = { cash: cashTab, loans: loansTab, members: membersTab };
function columnOf(book, tab, key) {
  const found = book.columns?.[tab]?.[key];
  if (found) return found;
  const header = specs[tab]?.columns.find((c) => c.key === key)?.header ?? "";
  return { header, col: 0 };
}

// src/core/credit/allocateRepayments.ts
function compareEntries(a, b) {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row;
}
function allocateRepayments(loan, schedule, repayments, asOf) {
  const n = schedule.length;
  const paidPrincipal = new Array(n).fill(0);
  const paidJasa = new Array(n).fill(0);
  const paidOnTime = new Array(n).fill(0);
  const settledOn = new Array(n).fill(void 0);
  for (let i2 = 0; i2 < n; i2++)
    if (schedule[i2].principal + schedule[i2].jasa === 0) settledOn[i2] = loan.disbursed;
  let capacity = schedule.reduce((sum, s) => sum + s.principal + s.jasa, 0);
  let open = 0;
  let repaid = 0;
  let overpaid = 0;
  const beforeDisbursement = [];
  const excess = [];
  for (const entry of repayments) {
    if (entry.date < loan.disbursed) {
      beforeDisbursement.push(entry);
      continue;
    }
    const amount = entry.amountIn;
    const extra = Math.max(0, amount - capacity);
    capacity -= amount - extra;
    if (extra > 0) excess.push({ entry, amount: extra });
    if (entry.date > asOf) continue;
    repaid += amount;
    overpaid += extra;
    let left = amount - extra;
    while (left > 0 && open < n) {
      const s = schedule[open];
      const toJasa = Math.min(left, s.jasa - paidJasa[open]);
      paidJasa[open] += toJasa;
      left -= toJasa;
      const toPrincipal = Math.min(left, s.principal - paidPrincipal[open]);
      paidPrincipal[open] += toPrincipal;
      left -= toPrincipal;
      if (entry.date <= s.due) paidOnTime[open] += toJasa + toPrincipal;
      if (paidJasa[open] === s.jasa && paidPrincipal[open] === s.principal) {
        settledOn[open] ??= entry.date;
        open += 1;
      }
    }
  }
  return { paidPrincipal, paidJasa, settledOn, paidOnTime, repaid, overpaid, beforeDisbursement, excess };
}

// src/core/credit/collectibility.ts
function kolOf(daysPastDue, limits) {
  if (daysPastDue <= 0) return 1;
  if (daysPastDue <= limits[0]) return 2;
  if (daysPastDue <= limits[1]) return 3;
  if (daysPastDue <= limits[2]) return 4;
  return 5;
}
function statusOf(settled, kol) {
  if (settled) return "Lunas";
  if (kol === 1) return "Lancar";
  return kol === 5 ? "Macet" : "Menunggak";
}
var kolNames = {
  1: { id: "Lancar", en: "Current" },
  2: { id: "Dalam Perhatian Khusus", en: "Special mention" },
  3: { id: "Kurang Lancar", en: "Substandard" },
  4: { id: "Diragukan", en: "Doubtful" },
  5: { id: "Macet", en: "Loss" }
};
function kolName(kol) {
  return kolNames[kol];
}
function kolRange(kol, limits) {
  if (kol === 1) return { id: "0 hari tunggakan", en: "0 days past due" };
  if (kol === 5)
    return { id: `lebih dari ${limits[2]} hari tunggakan`, en: `more than ${limits[2]} days past due` };
  const low = kol === 2 ? 1 : limits[kol - 3] + 1;
  const high = limits[kol - 2];
  return { id: `${low}\u2013${high} hari tunggakan`, en: `${low}\u2013${high} days past due` };
}

// src/core/credit/loanBalance.ts
function loanBalance(loan, memberName, schedule, allocation, asOf, kolLimits) {
  const installments = [];
  let due = 0;
  let paid = 0;
  let paidOnTime = 0;
  let arrearsPrincipal = 0;
  let arrearsJasa = 0;
  let principalPaid = 0;
  let oldestOpen;
  for (let i2 = 0; i2 < schedule.length; i2++) {
    const s = schedule[i2];
    const paidPrincipal = allocation.paidPrincipal[i2];
    const paidJasa = allocation.paidJasa[i2];
    const settledOn = allocation.settledOn[i2];
    const state = settledOn ? { no: s.no, due: s.due, principal: s.principal, jasa: s.jasa, paidPrincipal, paidJasa, settledOn } : { no: s.no, due: s.due, principal: s.principal, jasa: s.jasa, paidPrincipal, paidJasa };
    installments.push(state);
    principalPaid += paidPrincipal;
    if (!settledOn && !oldestOpen) oldestOpen = state;
    if (s.due <= asOf) {
      due += s.principal + s.jasa;
      paid += paidPrincipal + paidJasa;
      paidOnTime += allocation.paidOnTime[i2];
      arrearsPrincipal += s.principal - paidPrincipal;
      arrearsJasa += s.jasa - paidJasa;
    }
  }
  const daysPastDue = oldestOpen && oldestOpen.due < asOf ? daysBetween(oldestOpen.due, asOf) : 0;
  const kol = kolOf(daysPastDue, kolLimits);
  const base = {
    loanId: loan.id,
    memberId: loan.memberId,
    memberName,
    disbursed: loan.disbursed,
    principal: loan.principal,
    due,
    paid,
    repaid: allocation.repaid,
    overpaid: allocation.overpaid,
    paidOnTime,
    arrears: arrearsPrincipal + arrearsJasa,
    arrearsPrincipal,
    arrearsJasa,
    outstandingPrincipal: loan.principal - principalPaid,
    daysPastDue,
    kol,
    status: statusOf(oldestOpen === void 0, kol),
    installments
  };
  if (!oldestOpen) return base;
  const owed = oldestOpen.principal + oldestOpen.jasa - oldestOpen.paidPrincipal - oldestOpen.paidJasa;
  return { ...base, nextInstallment: { no: oldestOpen.no, due: oldestOpen.due, amount: owed } };
}

// src/core/credit/portfolio.ts
var kols = [1, 2, 3, 4, 5];
function ratio(numerator, denominator) {
  return denominator === 0 ? null : numerator / denominator;
}
function figure(key, unit, value, label, definition) {
  return { key, unit, value, label, definition };
}
function portfolio(loans, kolLimits) {
  let disbursed = 0;
  let outstandingPrincipal = 0;
  let arrears = 0;
  let due = 0;
  let paid = 0;
  let paidOnTime = 0;
  let atRisk = 0;
  let activeLoans = 0;
  const borrowers = /* @__PURE__ */ new Set();
  const perKol = new Map(
    kols.map((k) => [k, { loans: 0, outstandingPrincipal: 0 }])
  );
  for (const loan of loans) {
    disbursed += loan.principal;
    outstandingPrincipal += loan.outstandingPrincipal;
    arrears += loan.arrears;
    due += loan.due;
    paid += loan.paid;
    paidOnTime += loan.paidOnTime;
    if (loan.daysPastDue > 30) atRisk += loan.outstandingPrincipal;
    if (loan.status === "Lunas") continue;
    activeLoans += 1;
    borrowers.add(loan.memberId);
    const k = perKol.get(loan.kol);
    k.loans += 1;
    k.outstandingPrincipal += loan.outstandingPrincipal;
  }
  const par30 = ratio(atRisk, outstandingPrincipal);
  const collectionRate = ratio(paid, due);
  const onTimeRate = ratio(paidOnTime, due);
  const perKolList = kols.map((kol) => ({ kol, ...perKol.get(kol) }));
  const figures = [
    figure(
      "loans",
      "count",
      loans.length,
      { id: "Jumlah pinjaman", en: "Loans" },
      {
        id: "Banyaknya pinjaman yang cair pada atau sebelum tanggal laporan, termasuk yang sudah lunas.",
        en: "Number of loans disbursed on or before the report date, repaid ones included."
      }
    ),
    figure(
      "activeLoans",
      "count",
      activeLoans,
      { id: "Pinjaman belum lunas", en: "Loans not yet repaid" },
      {
        id: "Banyaknya pinjaman yang angsurannya (pokok + jasa) belum lunas semua pada tanggal laporan.",
        en: "Number of loans whose installments (principal + jasa) are not all settled on the report date."
      }
    ),
    figure(
      "borrowers",
      "count",
      borrowers.size,
      { id: "Anggota peminjam", en: "Borrowers" },
      {
        id: "Banyaknya anggota yang punya paling sedikit satu pinjaman belum lunas.",
        en: "Number of members with at least one loan not yet repaid."
      }
    ),
    figure(
      "disbursed",
      "rupiah",
      disbursed,
      { id: "Total pencairan", en: "Total disbursed" },
      {
        id: "Jumlah pokok semua pinjaman yang cair pada atau sebelum tanggal laporan.",
        en: "Sum of the principal of all loans disbursed on or before the report date."
      }
    ),
    figure(
      "outstandingPrincipal",
      "rupiah",
      outstandingPrincipal,
      { id: "Sisa pokok", en: "Outstanding principal" },
      {
        id: "Pokok dikurangi pokok yang sudah dibayar (termasuk bayar di muka), dijumlah untuk semua pinjaman.",
        en: "Principal minus principal repaid (advance payments included), summed over all loans."
      }
    ),
    figure(
      "arrears",
      "rupiah",
      arrears,
      { id: "Tunggakan", en: "Arrears" },
      {
        id: "Angsuran (pokok + jasa) yang jatuh tempo pada atau sebelum tanggal laporan dikurangi yang sudah dibayar untuknya.",
        en: "Installments (principal + jasa) due on or before the report date minus what was paid toward them."
      }
    ),
    figure(
      "par30",
      "fraction",
      par30,
      { id: "PAR30", en: "PAR30" },
      {
        id: "Sisa pokok pinjaman yang menunggak lebih dari 30 hari \xF7 sisa pokok semua pinjaman, pada tanggal laporan. Menunggak = hari sejak jatuh tempo angsuran tertua yang belum lunas.",
        en: "Outstanding principal of loans more than 30 days past due \xF7 outstanding principal of all loans, on the report date. Days past due count from the due date of the oldest installment not fully paid."
      }
    ),
    figure(
      "collectionRate",
      "fraction",
      collectionRate,
      { id: "Tingkat penagihan", en: "Collection rate" },
      {
        id: "Yang dibayar untuk angsuran yang jatuh tempo sampai tanggal laporan \xF7 jumlah angsuran itu (pokok + jasa). Bayar di muka untuk angsuran yang belum jatuh tempo tidak dihitung.",
        en: "What was paid toward installments due up to the report date \xF7 the sum of those installments (principal + jasa). Advance payments toward installments not yet due are not counted."
      }
    ),
    figure(
      "onTimeRate",
      "fraction",
      onTimeRate,
      { id: "Tingkat tepat waktu", en: "On-time rate" },
      {
        id: "Yang dibayar pada atau sebelum tanggal jatuh tempo masing-masing angsuran \xF7 jumlah angsuran (pokok + jasa) yang jatuh tempo sampai tanggal laporan.",
        en: "What was paid on or before each installment's own due date \xF7 the sum of installments (principal + jasa) due up to the report date."
      }
    )
  ];
  for (const { kol, loans: count, outstandingPrincipal: principal } of perKolList) {
    const name = kolName(kol);
    const range = kolRange(kol, kolLimits);
    figures.push(
      figure(
        `kol${kol}Loans`,
        "count",
        count,
        { id: `Kol ${kol} ${name.id}: pinjaman`, en: `Kol ${kol} ${name.en}: loans` },
        {
          id: `Banyaknya pinjaman belum lunas dengan ${range.id}.`,
          en: `Number of loans not yet repaid with ${range.en}.`
        }
      ),
      figure(
        `kol${kol}Principal`,
        "rupiah",
        principal,
        { id: `Kol ${kol} ${name.id}: sisa pokok`, en: `Kol ${kol} ${name.en}: outstanding principal` },
        {
          id: `Sisa pokok pinjaman belum lunas dengan ${range.id}.`,
          en: `Outstanding principal of loans not yet repaid with ${range.en}.`
        }
      )
    );
  }
  return {
    loans: loans.length,
    activeLoans,
    borrowers: borrowers.size,
    disbursed,
    outstandingPrincipal,
    arrears,
    par30,
    collectionRate,
    onTimeRate,
    perKol: perKolList,
    figures
  };
}

// src/core/credit/creditReport.ts
function repaymentsByLoan(book) {
  const loans = /* @__PURE__ */ new Map();
  for (const loan of book.loans) if (!loans.has(loan.id)) loans.set(loan.id, loan);
  const repayments = /* @__PURE__ */ new Map();
  for (const entry of book.cash) {
    if (entry.category !== "Angsuran Pinjaman" || entry.amountIn <= 0 || entry.loanId === void 0) continue;
    const loan = loans.get(entry.loanId);
    if (!loan || entry.memberId !== loan.memberId) continue;
    const list = repayments.get(loan.id);
    if (list) list.push(entry);
    else repayments.set(loan.id, [entry]);
  }
  for (const list of repayments.values()) {
    for (let i2 = 1; i2 < list.length; i2++) {
      if (compareEntries(list[i2 - 1], list[i2]) > 0) {
        list.sort(compareEntries);
        break;
      }
    }
  }
  return { loans, repayments };
}
function creditReport(book, asOf) {
  const names = /* @__PURE__ */ new Map();
  for (const m of book.members) if (!names.has(m.id)) names.set(m.id, m.name);
  const { loans: firstLoans, repayments } = repaymentsByLoan(book);
  const dateColumn = columnOf(book, "cash", "date");
  const inColumn = columnOf(book, "cash", "amountIn");
  const problems = [];
  const balances = [];
  for (const loan of book.loans) {
    const rows = firstLoans.get(loan.id) === loan ? repayments.get(loan.id) ?? [] : [];
    const schedule = loanSchedule(loan);
    const allocation = allocateRepayments(loan, schedule, rows, asOf);
    for (const entry of allocation.beforeDisbursement) {
      problems.push({
        tab: entry.tab,
        row: entry.row,
        column: dateColumn.header,
        col: dateColumn.col,
        code: "credit.beforeDisbursement",
        severity: "error",
        message: {
          id: `Angsuran pinjaman ${loan.id} bertanggal ${formatShortDate(entry.date)}, sebelum pinjaman cair (${formatShortDate(loan.disbursed)}); angsuran ini tidak dihitung. Perbaiki tanggalnya, atau ID Pinjaman bila angsuran ini untuk pinjaman lain.`,
          en: `Repayment of loan ${loan.id} is dated ${formatShortDate(entry.date)}, before the loan was disbursed (${formatShortDate(loan.disbursed)}); it is not counted. Correct its date, or its Loan ID if it repays another loan.`
        }
      });
    }
    for (const { entry, amount } of allocation.excess) {
      problems.push({
        tab: entry.tab,
        row: entry.row,
        column: inColumn.header,
        col: inColumn.col,
        code: "credit.overpaid",
        severity: "error",
        message: {
          id: `Angsuran ini membuat pinjaman ${loan.id} terbayar ${formatRupiah(amount)} lebih dari seluruh jadwalnya (pokok + jasa). Periksa jumlah di Masuk dan ID Pinjaman; kelebihan yang memang diterima catat dengan kategori lain (mis. Simpanan Sukarela).`,
          en: `This repayment pays loan ${loan.id} ${formatRupiah(amount)} more than its whole schedule (principal + jasa). Check the amount in Masuk and the Loan ID; record a surplus really received under another category (e.g. Simpanan Sukarela).`
        }
      });
    }
    if (loan.disbursed > asOf) continue;
    balances.push(
      loanBalance(loan, names.get(loan.memberId) ?? "", schedule, allocation, asOf, book.settings.kolLimits)
    );
  }
  problems.sort(
    (a, b) => a.tab !== b.tab ? a.tab < b.tab ? -1 : 1 : a.row - b.row || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
  return { asOf, loans: balances, portfolio: portfolio(balances, book.settings.kolLimits), problems };
}

// src/core/problem.ts
var severityOrder = { error: 0, warning: 1, info: 2 };
function problemId(p) {
  return `${p.code}@${p.tab}!R${p.row}C${p.col}`;
}
function compareProblems(a, b) {
  return severityOrder[a.severity] - severityOrder[b.severity] || a.tab.localeCompare(b.tab) || a.row - b.row || a.col - b.col || a.code.localeCompare(b.code);
}

// src/core/savings/memberSavings.ts
var kinds = {
  "Simpanan Pokok": "pokok",
  "Simpanan Wajib": "wajib",
  "Simpanan Sukarela": "sukarela",
  "Penarikan Simpanan": "withdrawn"
};
function memberSavings(book, asOf) {
  const byMember = /* @__PURE__ */ new Map();
  for (const m of book.members) if (!byMember.has(m.id)) byMember.set(m.id, []);
  for (const entry of book.cash) {
    const kind2 = kinds[entry.category];
    if (!kind2 || entry.memberId === void 0 || asOf !== void 0 && entry.date > asOf) continue;
    byMember.get(entry.memberId)?.push({ entry, kind: kind2 });
  }
  const outColumn = columnOf(book, "cash", "amountOut");
  const problems = [];
  const members2 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const m of book.members) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    const rows = byMember.get(m.id) ?? [];
    rows.sort(
      (a, b) => a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.entry.row - b.entry.row
    );
    const sums = { pokok: 0, wajib: 0, sukarela: 0, withdrawn: 0 };
    let balance = 0;
    for (const { entry, kind: kind2 } of rows) {
      if (kind2 === "withdrawn") {
        const amount = entry.amountOut;
        if (amount > balance) {
          problems.push({
            tab: entry.tab,
            row: entry.row,
            column: outColumn.header,
            col: outColumn.col,
            code: "cash.withdrawal.exceedsSavings",
            severity: "error",
            message: {
              id: `Penarikan ${formatRupiah(amount)} oleh ${m.name} (${m.id}) pada ${formatShortDate(entry.date)} melebihi simpanannya saat itu (${formatRupiah(balance)}). Periksa jumlah, tanggal dan ID Anggota, atau catat simpanan yang belum tercatat sebelum baris ini.`,
              en: `Withdrawal of ${formatRupiah(amount)} by ${m.name} (${m.id}) on ${formatShortDate(entry.date)} is more than their savings at that time (${formatRupiah(balance)}). Check the amount, date and Member ID, or record the missing savings before this row.`
            }
          });
        }
        sums.withdrawn += amount;
        balance -= amount;
      } else {
        sums[kind2] += entry.amountIn;
        balance += entry.amountIn;
      }
    }
    members2.push({ memberId: m.id, memberName: m.name, ...sums, balance });
  }
  const totals = members2.reduce(
    (t, s) => ({
      members: t.members + 1,
      pokok: t.pokok + s.pokok,
      wajib: t.wajib + s.wajib,
      sukarela: t.sukarela + s.sukarela,
      withdrawn: t.withdrawn + s.withdrawn,
      balance: t.balance + s.balance
    }),
    { members: 0, pokok: 0, wajib: 0, sukarela: 0, withdrawn: 0, balance: 0 }
  );
  problems.sort((a, b) => a.row - b.row);
  return { ...asOf !== void 0 ? { asOf } : {}, members: members2, totals, problems };
}

// src/core/book/problemCatalogue.ts
var kind = (severity, id, en) => ({ severity, message: (a) => ({ id: id(a), en: en(a) }) });
var e = (id, en) => kind("error", id, en);
var w = (id, en) => kind("warning", id, en);
var i = (id, en) => kind("info", id, en);
var missing = (what) => e(
  (a) => `Kolom "${a.column}" kosong: ${what.id}.`,
  (a) => `Column "${a.column}" is empty: ${what.en}.`
);
var problemCatalogue = {
  /* ------------------------------------------------------------ tabs, headers and rows */
  "tab.missing": e(
    (a) => `Tab "${a.tab}" tidak ada. Buat tab itu (menu Siapkan Buku) atau ganti nama tab yang ada menjadi "${a.tab}".`,
    (a) => `The tab "${a.tab}" is missing. Create it (menu Set up book) or rename an existing tab to "${a.tab}".`
  ),
  "tab.ambiguous": w(
    (a) => `Ada lebih dari satu tab untuk "${a.tab}": ${a.names}. Yang dibaca hanya "${a.used}"; hapus atau ganti nama tab lainnya.`,
    (a) => `More than one tab stands for "${a.tab}": ${a.names}. Only "${a.used}" is read; delete or rename the others.`
  ),
  "tab.header.notFound": e(
    (a) => `Baris judul kolom tidak ditemukan di 10 baris pertama tab "${a.tab}": kolom ${a.missing} tidak ada. Tulis judul kolom itu dalam satu baris.`,
    (a) => `No header row in the first 10 rows of the tab "${a.tab}": the column(s) ${a.missing} are missing. Write those headers in one row.`
  ),
  "tab.header.duplicate": w(
    (a) => `Kolom "${a.column}" ada dua kali (juga kolom ke-${a.firstCol}). Yang dibaca hanya yang pertama; hapus atau ganti nama yang ini.`,
    (a) => `The column "${a.column}" appears twice (also column ${a.firstCol}). Only the first is read; delete or rename this one.`
  ),
  "row.summary": i(
    (a) => `Baris ringkasan "${a.value}" dilewati: jumlah dan saldo dihitung sendiri oleh add-on. Saldo awal kas ditulis di Pengaturan (Saldo Awal Kas).`,
    (a) => `Summary row "${a.value}" skipped: the add-on computes totals and balances itself. An opening cash balance goes into Pengaturan (Saldo Awal Kas).`
  ),
  /* ------------------------------------------------------------ values */
  "value.money.fraction": e(
    (a) => `Jumlah uang harus Rupiah bulat, tanpa sen: ${a.value}. Bulatkan ke Rupiah penuh.`,
    (a) => `Money must be whole Rupiah, without cents: ${a.value}. Round it to whole Rupiah.`
  ),
  "value.money.text": w(
    (a) => `Jumlah uang "${a.value}" ditulis sebagai teks. Simpan sebagai angka ${a.number}.`,
    (a) => `The amount "${a.value}" is written as text. Store it as the number ${a.number}.`
  ),
  "value.money.invalid": e(
    (a) => a.hint === "zeroCents" ? `"${a.value}" tidak terbaca sebagai jumlah uang: tulis tanpa ",-" atau ",00". Simpan sebagai angka ${a.number}.` : `"${a.value}" tidak terbaca sebagai jumlah uang. Tulis Rupiah bulat sebagai angka, mis. 1500000 (bukan "1,5 juta" atau "1.500,50").`,
    (a) => a.hint === "zeroCents" ? `"${a.value}" cannot be read as an amount of money: write it without ",-" or ",00". Store it as the number ${a.number}.` : `"${a.value}" cannot be read as an amount of money. Write whole Rupiah as a number, e.g. 1500000 (not "1,5 juta" or "1.500,50").`
  ),
  "value.money.tooLarge": e(
    (a) => `Jumlah uang "${a.value}" terlalu besar: paling banyak ${formatRupiah(MAX_RUPIAH)}. Periksa angka nol yang berlebih.`,
    (a) => `The amount "${a.value}" is too large: at most ${formatRupiah(MAX_RUPIAH)}. Check for extra zeros.`
  ),
  "value.date.text": w(
    (a) => `Tanggal "${a.value}" ditulis sebagai teks. Simpan sebagai tanggal ${a.date}.`,
    (a) => `The date "${a.value}" is written as text. Store it as the date ${a.date}.`
  ),
  "value.date.tooLate": e(
    (a) => `Tanggal ${a.value} terlalu jauh ke depan: tahunnya paling lambat ${a.year}. Periksa tahunnya.`,
    (a) => `The date ${a.value} is too far ahead: its year must be ${a.year} at the latest. Check the year.`
  ),
  "value.date.invalid": e(
    (a) => a.hint === "shortYear" ? `"${a.value}" tidak terbaca sebagai tanggal: tahunnya hanya 2 angka. Tulis tahun lengkap 4 angka, mis. 28/11/2026.` : `"${a.value}" tidak terbaca sebagai tanggal. Tulis tanggal yang ada, mis. 28/11/2026 atau 28 November 2026 (hari-bulan-tahun).`,
    (a) => a.hint === "shortYear" ? `"${a.value}" cannot be read as a date: its year has only 2 digits. Write the full 4-digit year, e.g. 28/11/2026.` : `"${a.value}" cannot be read as a date. Write a real date, e.g. 28/11/2026 or 28 November 2026 (day-month-year).`
  ),
  "value.number.text": w(
    (a) => `Angka "${a.value}" ditulis sebagai teks. Simpan sebagai angka ${a.number}.`,
    (a) => `The number "${a.value}" is written as text. Store it as the number ${a.numberEn ?? a.number}.`
  ),
  "value.number.invalid": e(
    (a) => `"${a.value}" tidak terbaca sebagai angka. Tulis angka saja, mis. 1,5 atau 12.`,
    (a) => `"${a.value}" cannot be read as a number. Write a number only, e.g. 1.5 or 12.`
  ),
  "value.number.notWhole": e(
    (a) => `"${a.value}" harus angka bulat. Tulis angka tanpa koma.`,
    (a) => `"${a.value}" must be a whole number. Write it without decimals.`
  ),
  "value.formulaError": e(
    (a) => `Sel ini berisi galat rumus ${a.value}, bukan nilai. Perbaiki rumusnya, atau hapus rumus itu dan ketik nilainya di kolom "${a.column}".`,
    (a) => `This cell shows the formula error ${a.value}, not a value. Fix the formula, or delete it and type the value in the column "${a.column}".`
  ),
  "value.identifier.date": e(
    (a) => `Kolom "${a.column}" berisi tanggal (${a.value}), bukan ID. Spreadsheet mengubah ketikan seperti 1/2 menjadi tanggal: ubah format kolom ini menjadi teks biasa, lalu ketik ulang ID-nya.`,
    (a) => `The column "${a.column}" holds a date (${a.value}), not an ID. The spreadsheet turned what was typed (such as 1/2) into a date: format this column as plain text, then type the ID again.`
  ),
  "value.notAccepted": e(
    (a) => `Isi "${a.value}" di kolom "${a.column}" tidak diterima. Periksa isinya sesuai catatan judul kolom.`,
    (a) => `The value "${a.value}" in the column "${a.column}" is not accepted. Check it against the column's note.`
  ),
  /* ------------------------------------------------------------ Pengaturan */
  "settings.groupName.missing": e(
    () => `Pengaturan "Nama Kelompok" kosong atau tidak ada. Tambahkan baris "Nama Kelompok" dengan nama kelompok tani.`,
    () => `The setting "Nama Kelompok" (group name) is empty or missing. Add a row "Nama Kelompok" with the group's name.`
  ),
  "settings.key.unknown": i(
    (a) => `Pengaturan "${a.value}" tidak dikenal dan dilewati. Kunci yang dikenal: ${a.allowed}.`,
    (a) => `The setting "${a.value}" is not known and is ignored. Known keys: ${a.allowed}.`
  ),
  "settings.key.duplicate": w(
    (a) => `Pengaturan "${a.value}" ditulis lagi (pertama di baris ${a.firstRow}). Yang dipakai hanya yang pertama; hapus baris ini.`,
    (a) => `The setting "${a.value}" is written again (first in row ${a.firstRow}). Only the first is used; delete this row.`
  ),
  "settings.openingBalance.negative": e(
    (a) => `Saldo Awal Kas tidak boleh minus: ${a.value}. Tulis saldo kas yang sebenarnya (0 bila kosong).`,
    (a) => `The opening cash balance cannot be negative: ${a.value}. Write the real cash balance (0 when none).`
  ),
  "settings.weekStart.unknown": e(
    (a) => `Awal Minggu "${a.value}" bukan nama hari. Tulis Senin, Selasa, \u2026 atau Minggu. Sementara dipakai Senin.`,
    (a) => `Week start "${a.value}" is not a day name. Write Senin (Monday) \u2026 Minggu (Sunday). Monday is used for now.`
  ),
  "settings.language.unknown": e(
    (a) => `Bahasa "${a.value}" tidak dikenal. Tulis id (Indonesia) atau en (English). Sementara dipakai id.`,
    (a) => `Language "${a.value}" is not known. Write id (Indonesian) or en (English). id is used for now.`
  ),
  "settings.kolLimits.invalid": e(
    (a) => `Batas Kolektibilitas "${a.value}" tidak terbaca. Tulis tiga angka hari yang naik, dipisah titik koma, mis. 90;120;180. Sementara dipakai 90;120;180.`,
    (a) => `Collectibility limits "${a.value}" cannot be read. Write three increasing day counts separated by semicolons, e.g. 90;120;180. 90;120;180 is used for now.`
  ),
  /* ------------------------------------------------------------ Anggota */
  "member.id.missing": missing({
    id: "setiap anggota perlu ID Anggota yang unik, mis. A001",
    en: "every member needs a unique member ID, e.g. A001"
  }),
  "member.id.duplicate": e(
    (a) => `ID Anggota "${a.value}" sudah dipakai di baris ${a.firstRow}. Beri anggota ini ID lain; baris ini dilewati.`,
    (a) => `Member ID "${a.value}" is already used in row ${a.firstRow}. Give this member another ID; this row is skipped.`
  ),
  "member.name.missing": missing({ id: "tulis nama lengkap anggota", en: "write the member's full name" }),
  "member.nik.number": w(
    (a) => `NIK ${a.value} disimpan sebagai angka; spreadsheet hanya menyimpan 15 angka penting, jadi angka terakhir bisa hilang. Ubah format sel menjadi teks dan ketik ulang NIK dari KTP.`,
    (a) => `NIK ${a.value} is stored as a number; spreadsheets keep only 15 significant digits, so the last digit may be lost. Format the cell as text and type the NIK again from the ID card.`
  ),
  "member.nik.digits": e(
    (a) => `NIK "${a.value}" hanya boleh berisi angka. Ketik ulang 16 angka NIK dari KTP.`,
    (a) => `NIK "${a.value}" may hold digits only. Type the 16 digits of the NIK again from the ID card.`
  ),
  "member.nik.length": e(
    (a) => `NIK "${a.value}" berisi ${a.length} angka, harus 16. Periksa dan ketik ulang NIK dari KTP.`,
    (a) => `NIK "${a.value}" has ${a.length} digits; it must have 16. Check it and type it again from the ID card.`
  ),
  "member.nik.province": e(
    (a) => `NIK "${a.value}" diawali ${a.code}, yang bukan kode provinsi. Periksa dua angka pertama NIK di KTP.`,
    (a) => `NIK "${a.value}" starts with ${a.code}, which is not a province code. Check the first two digits on the ID card.`
  ),
  "member.nik.date": e(
    (a) => `Angka ke-7 sampai 12 NIK "${a.value}" (${a.part}) bukan tanggal lahir (HHBBTT, HH+40 untuk perempuan). Periksa NIK di KTP.`,
    (a) => `Digits 7 to 12 of NIK "${a.value}" (${a.part}) are not a birth date (DDMMYY, DD+40 for women). Check the NIK on the ID card.`
  ),
  "member.nik.duplicate": e(
    (a) => `NIK "${a.value}" sudah dipakai anggota di baris ${a.firstRow}. Satu orang hanya satu NIK; periksa kedua baris.`,
    (a) => `NIK "${a.value}" is already used by the member in row ${a.firstRow}. Each person has one NIK; check both rows.`
  ),
  "member.nik.genderMismatch": w(
    (a) => `NIK "${a.value}" menunjukkan ${a.nikGender === "P" ? "perempuan" : "laki-laki"}, tetapi Jenis Kelamin ${a.gender}. Periksa Jenis Kelamin (NIK tidak diganti walau tanggalnya salah).`,
    (a) => `NIK "${a.value}" says ${a.nikGender === "P" ? "female" : "male"}, but the gender is ${a.gender}. Check the gender (a NIK is never reissued, even when its date is wrong).`
  ),
  "member.nik.birthDateMismatch": w(
    (a) => `Tanggal lahir dalam NIK "${a.value}" (${a.nikDate}) berbeda dengan Tanggal Lahir ${a.birthDate}. Periksa Tanggal Lahir (NIK tidak diganti walau tanggalnya salah).`,
    (a) => `The birth date in NIK "${a.value}" (${a.nikDate}) differs from the date of birth ${a.birthDate}. Check the date of birth (a NIK is never reissued, even when its date is wrong).`
  ),
  "member.gender.unknown": e(
    (a) => `Jenis Kelamin "${a.value}" tidak dikenal. Tulis L (laki-laki) atau P (perempuan).`,
    (a) => `Gender "${a.value}" is not known. Write L (male) or P (female).`
  ),
  "member.birthDate.notBeforeJoin": e(
    (a) => `Tanggal Lahir ${a.birthDate} tidak sebelum Tanggal Masuk ${a.joinDate}. Periksa kedua tanggal.`,
    (a) => `The date of birth ${a.birthDate} is not before the join date ${a.joinDate}. Check both dates.`
  ),
  "member.role.unknown": e(
    (a) => `Jabatan "${a.value}" tidak dikenal. Tulis Ketua, Sekretaris, Bendahara atau Anggota.`,
    (a) => `Role "${a.value}" is not known. Write Ketua (chair), Sekretaris (secretary), Bendahara (treasurer) or Anggota (member).`
  ),
  "member.role.chairCount": w(
    (a) => Number(a.count) === 0 ? `Tidak ada Ketua di antara anggota aktif. Tulis "Ketua" di kolom Jabatan untuk ketua kelompok.` : `Ada ${a.count} Ketua di antara anggota aktif. Kelompok punya satu Ketua; ubah Jabatan yang lain.`,
    (a) => Number(a.count) === 0 ? `No active member is the chair. Write "Ketua" in the Jabatan (role) column of the group's chair.` : `${a.count} active members are the chair. A group has one chair; change the role of the others.`
  ),
  "member.role.treasurerCount": w(
    (a) => Number(a.count) === 0 ? `Tidak ada Bendahara di antara anggota aktif. Tulis "Bendahara" di kolom Jabatan untuk bendahara kelompok.` : `Ada ${a.count} Bendahara di antara anggota aktif. Kelompok punya satu Bendahara; ubah Jabatan yang lain.`,
    (a) => Number(a.count) === 0 ? `No active member is the treasurer. Write "Bendahara" in the Jabatan (role) column of the group's treasurer.` : `${a.count} active members are the treasurer. A group has one treasurer; change the role of the others.`
  ),
  "member.householdHead.unknown": e(
    (a) => `Kepala Keluarga "${a.value}" bukan ID Anggota yang ada. Tulis ID Anggota kepala keluarga, atau kosongkan.`,
    (a) => `Household head "${a.value}" is not an existing member ID. Write the member ID of the household head, or leave it blank.`
  ),
  "member.phone.invalid": e(
    (a) => `No HP "${a.value}" bukan nomor HP Indonesia. Tulis 08\u2026 (10 sampai 13 angka) atau +628\u2026, sebagai teks.`,
    (a) => `Phone "${a.value}" is not an Indonesian mobile number. Write 08\u2026 (10 to 13 digits) or +628\u2026, as text.`
  ),
  "member.phone.lostZero": w(
    (a) => `No HP ${a.value} kehilangan angka 0 di depan karena disimpan sebagai angka. Simpan sebagai teks "${a.phone}".`,
    (a) => `Phone ${a.value} lost its leading zero because it is stored as a number. Store it as the text "${a.phone}".`
  ),
  "member.joinDate.missing": missing({
    id: "tulis tanggal anggota masuk kelompok",
    en: "write the date the member joined"
  }),
  "member.joinDate.future": e(
    (a) => `Tanggal Masuk ${a.date} sesudah hari ini (${a.today}). Tulis tanggal masuk yang sebenarnya.`,
    (a) => `The join date ${a.date} is after today (${a.today}). Write the real join date.`
  ),
  "member.status.unknown": e(
    (a) => `Status "${a.value}" tidak dikenal. Tulis Aktif atau Keluar.`,
    (a) => `Status "${a.value}" is not known. Write Aktif (active) or Keluar (left).`
  ),
  "member.leaveDate.missing": e(
    (a) => `Status Keluar tetapi Tanggal Keluar kosong. Tulis tanggal anggota keluar di kolom "${a.column}".`,
    (a) => `The status is Keluar (left) but the leave date is empty. Write the date the member left in the column "${a.column}".`
  ),
  "member.leaveDate.beforeJoin": e(
    (a) => `Tanggal Keluar ${a.leaveDate} sebelum Tanggal Masuk ${a.joinDate}. Periksa kedua tanggal.`,
    (a) => `The leave date ${a.leaveDate} is before the join date ${a.joinDate}. Check both dates.`
  ),
  "member.leaveDate.whileActive": w(
    (a) => `Tanggal Keluar ${a.leaveDate} diisi, tetapi Status masih Aktif: anggota ini tetap dihitung aktif. Bila sudah keluar, tulis Keluar di kolom Status; bila belum, kosongkan Tanggal Keluar.`,
    (a) => `The leave date ${a.leaveDate} is filled in, but the status is still Aktif: this member still counts as active. If they left, write Keluar in the Status column; if not, clear the leave date.`
  ),
  "member.landHa.negative": e(
    (a) => `Luas Lahan tidak boleh minus: ${a.value}. Tulis luas dalam hektar, 0 atau lebih.`,
    (a) => `Land area cannot be negative: ${a.value}. Write the area in hectares, 0 or more.`
  ),
  /* ------------------------------------------------------------ Kas */
  "cash.date.missing": missing({ id: "tulis tanggal transaksi", en: "write the date of the movement" }),
  "cash.date.future": e(
    (a) => `Tanggal ${a.date} sesudah hari ini (${a.today}). Catat transaksi pada tanggal terjadinya, bukan rencana.`,
    (a) => `The date ${a.date} is after today (${a.today}). Record a movement on the day it happened, not a plan.`
  ),
  "cash.date.beforeOpening": e(
    (a) => `Tanggal ${a.date} sebelum Tanggal Saldo Awal ${a.openingDate} (Pengaturan). Perbaiki tanggalnya, atau pindahkan Tanggal Saldo Awal dan Saldo Awal Kas lebih awal.`,
    (a) => `The date ${a.date} is before the opening balance date ${a.openingDate} (Pengaturan). Correct the date, or move the opening date and balance earlier.`
  ),
  "cash.receiptNo.duplicate": e(
    (a) => `No Bukti "${a.value}" sudah dipakai di baris ${a.firstRow}. Setiap bukti punya nomor sendiri; perbaiki nomornya.`,
    (a) => `Receipt number "${a.value}" is already used in row ${a.firstRow}. Each receipt has its own number; correct it.`
  ),
  "cash.description.missing": missing({ id: "tulis uraian transaksi", en: "describe the movement" }),
  "cash.category.missing": missing({ id: "pilih kategori dari daftar", en: "pick a category from the list" }),
  "cash.category.unknown": e(
    (a) => `Kategori "${a.value}" tidak ada di daftar. Pilih salah satu: ${a.allowed}.`,
    (a) => `Category "${a.value}" is not on the list. Pick one of: ${a.allowed}.`
  ),
  "cash.member.missing": e(
    (a) => `Kategori ${a.category} perlu ID Anggota. Tulis ID anggota yang bersangkutan di kolom "${a.column}".`,
    (a) => `The category ${a.category} needs a member ID. Write the member's ID in the column "${a.column}".`
  ),
  "cash.member.unknown": e(
    (a) => `ID Anggota "${a.value}" tidak ada di tab Anggota. Perbaiki ID-nya, atau daftarkan anggota itu dulu.`,
    (a) => `Member ID "${a.value}" is not in the Anggota tab. Correct the ID, or register the member first.`
  ),
  "cash.member.inactive": e(
    (a) => `Anggota "${a.value}" tidak aktif pada ${a.date} (masuk ${a.joinDate}${a.leaveDate ? `, keluar ${a.leaveDate}` : ""}). Periksa tanggal transaksi atau data anggota.`,
    (a) => `Member "${a.value}" is not active on ${a.date} (joined ${a.joinDate}${a.leaveDate ? `, left ${a.leaveDate}` : ""}). Check the date of the movement or the member's data.`
  ),
  "cash.loan.missing": e(
    (a) => `Kategori ${a.category} perlu ID Pinjaman. Tulis ID pinjaman dari tab Pinjaman di kolom "${a.column}".`,
    (a) => `The category ${a.category} needs a loan ID. Write the loan's ID from the Pinjaman tab in the column "${a.column}".`
  ),
  "cash.loan.unknown": e(
    (a) => `ID Pinjaman "${a.value}" tidak ada di tab Pinjaman. Perbaiki ID-nya, atau catat pinjaman itu dulu di tab Pinjaman.`,
    (a) => `Loan ID "${a.value}" is not in the Pinjaman tab. Correct the ID, or record the loan in the Pinjaman tab first.`
  ),
  "cash.loan.memberMismatch": e(
    (a) => `Pinjaman "${a.value}" milik anggota ${a.loanMember}, bukan ${a.memberId}. Perbaiki ID Anggota atau ID Pinjaman di baris ini.`,
    (a) => `Loan "${a.value}" belongs to member ${a.loanMember}, not ${a.memberId}. Correct the member ID or the loan ID in this row.`
  ),
  "cash.amount.missing": e(
    () => `Masuk dan Keluar kosong (atau 0). Tulis jumlahnya di salah satu kolom.`,
    () => `Both Masuk (in) and Keluar (out) are empty (or 0). Write the amount in one of them.`
  ),
  "cash.amount.both": e(
    () => `Masuk dan Keluar sama-sama diisi. Satu baris satu gerakan uang: kosongkan salah satu, atau pisahkan menjadi dua baris.`,
    () => `Both Masuk (in) and Keluar (out) are filled. One row is one movement: clear one of them, or split the row in two.`
  ),
  "cash.amount.negative": e(
    (a) => `Jumlah tidak boleh minus: ${a.value}. Tulis uang masuk di kolom Masuk dan uang keluar di kolom Keluar, tanpa tanda minus.`,
    (a) => `An amount cannot be negative: ${a.value}. Write money in under Masuk and money out under Keluar, without a minus sign.`
  ),
  "cash.amount.direction": e(
    (a) => a.direction === "in" ? `Kategori ${a.category} adalah uang masuk, tetapi jumlahnya di kolom "${a.column}". Pindahkan jumlahnya ke kolom Masuk, atau ganti kategorinya.` : `Kategori ${a.category} adalah uang keluar, tetapi jumlahnya di kolom "${a.column}". Pindahkan jumlahnya ke kolom Keluar, atau ganti kategorinya.`,
    (a) => a.direction === "in" ? `The category ${a.category} is money in, but the amount is in the column "${a.column}". Move it to Masuk (in), or change the category.` : `The category ${a.category} is money out, but the amount is in the column "${a.column}". Move it to Keluar (out), or change the category.`
  ),
  "cash.balance.negative": e(
    (a) => `Saldo kas menjadi minus (${a.balance}) setelah baris ini: uang keluar lebih banyak dari yang ada. Periksa jumlah dan tanggal baris ini dan sebelumnya, atau Saldo Awal Kas di Pengaturan.`,
    (a) => `The cash balance falls below zero (${a.balance}) after this row: more money goes out than there is. Check the amounts and dates of this and earlier rows, or the opening balance in Pengaturan.`
  ),
  /* ------------------------------------------------------------ Pinjaman */
  "loan.id.missing": missing({
    id: "setiap pinjaman perlu ID Pinjaman yang unik, mis. P001",
    en: "every loan needs a unique loan ID, e.g. P001"
  }),
  "loan.id.duplicate": e(
    (a) => `ID Pinjaman "${a.value}" sudah dipakai di baris ${a.firstRow}. Beri pinjaman ini ID lain; baris ini dilewati.`,
    (a) => `Loan ID "${a.value}" is already used in row ${a.firstRow}. Give this loan another ID; this row is skipped.`
  ),
  "loan.member.missing": missing({ id: "tulis ID Anggota peminjam", en: "write the borrower's member ID" }),
  "loan.member.unknown": e(
    (a) => `ID Anggota "${a.value}" tidak ada di tab Anggota. Perbaiki ID-nya, atau daftarkan anggota itu dulu.`,
    (a) => `Member ID "${a.value}" is not in the Anggota tab. Correct the ID, or register the member first.`
  ),
  "loan.member.inactive": e(
    (a) => `Anggota "${a.value}" tidak aktif pada Tanggal Cair ${a.date} (masuk ${a.joinDate}${a.leaveDate ? `, keluar ${a.leaveDate}` : ""}). Periksa Tanggal Cair atau data anggota.`,
    (a) => `Member "${a.value}" is not active on the disbursement date ${a.date} (joined ${a.joinDate}${a.leaveDate ? `, left ${a.leaveDate}` : ""}). Check the disbursement date or the member's data.`
  ),
  "loan.disbursed.missing": missing({
    id: "tulis tanggal pinjaman dicairkan",
    en: "write the date the loan was disbursed"
  }),
  "loan.principal.missing": missing({
    id: "tulis pokok pinjaman dalam Rupiah bulat",
    en: "write the principal in whole Rupiah"
  }),
  "loan.principal.notPositive": e(
    (a) => `Pokok pinjaman harus lebih dari 0: ${a.value}. Tulis jumlah yang dipinjamkan.`,
    (a) => `The principal must be more than 0: ${a.value}. Write the amount lent.`
  ),
  "loan.rate.missing": missing({
    id: "tulis jasa per bulan dalam persen, mis. 1,5 (0 bila tanpa jasa)",
    en: "write the monthly rate in percent, e.g. 1.5 (0 when none)"
  }),
  "loan.rate.range": e(
    (a) => `Jasa ${a.value} % per bulan di luar 0 sampai 10. Tulis persen per bulan, mis. 1,5 untuk 1,5 %.`,
    (a) => `A rate of ${a.value} % per month is outside 0 to 10. Write the percent per month, e.g. 1.5 for 1.5 %.`
  ),
  "loan.rate.percentCell": w(
    (a) => `Jasa ${a.value} dibaca sebagai ${a.percent} % per bulan (sel berformat persen menyimpan 1,5 % sebagai 0,015). Bila benar, tulis ${a.percent} di sel berformat angka biasa.`,
    (a) => `The rate ${a.valueEn} is read as ${a.percentEn} % per month (a percent-formatted cell stores 1.5 % as 0.015). If that is right, write ${a.percentEn} in a plain number cell.`
  ),
  "loan.method.unknown": e(
    (a) => `Metode Jasa "${a.value}" tidak dikenal. Tulis Flat, Menurun atau Anuitas (kosong = Flat).`,
    (a) => `Method "${a.value}" is not known. Write Flat, Menurun (declining) or Anuitas (annuity) (blank = Flat).`
  ),
  "loan.installments.missing": missing({
    id: "tulis banyaknya angsuran, 1 sampai 260",
    en: "write the number of installments, 1 to 260"
  }),
  "loan.installments.range": e(
    (a) => `Jumlah Angsuran ${a.value} di luar 1 sampai 260. Tulis banyaknya angsuran sebagai angka bulat.`,
    (a) => `${a.value} installments is outside 1 to 260. Write the number of installments as a whole number.`
  ),
  "loan.frequency.unknown": e(
    (a) => `Frekuensi "${a.value}" tidak dikenal. Tulis Bulanan atau Mingguan (kosong = Bulanan).`,
    (a) => `Frequency "${a.value}" is not known. Write Bulanan (monthly) or Mingguan (weekly) (blank = monthly).`
  ),
  "loan.disbursement.missing": w(
    (a) => `Pinjaman "${a.value}" tidak punya baris Pencairan Pinjaman di tab Kas. Catat pencairannya di Kas: ${a.date}, Keluar ${a.principal}, ID Pinjaman ${a.value}.`,
    (a) => `Loan "${a.value}" has no Pencairan Pinjaman (disbursement) row in the Kas tab. Record it in Kas: ${a.date}, Keluar ${a.principal}, loan ID ${a.value}.`
  ),
  "loan.disbursement.multiple": w(
    (a) => `Pinjaman "${a.value}" punya ${a.count} baris Pencairan Pinjaman di tab Kas (baris ${a.rows}). Satu pinjaman dicairkan sekali; hapus atau perbaiki yang lain.`,
    (a) => `Loan "${a.value}" has ${a.count} Pencairan Pinjaman (disbursement) rows in the Kas tab (rows ${a.rows}). A loan is disbursed once; delete or correct the others.`
  ),
  "loan.disbursement.amount": w(
    (a) => `Pencairan pinjaman "${a.value}" di Kas baris ${a.cashRow} sebesar ${a.amount}, tetapi Pokok ${a.principal}. Samakan keduanya.`,
    (a) => `The disbursement of loan "${a.value}" in Kas row ${a.cashRow} is ${a.amount}, but the principal is ${a.principal}. Make them agree.`
  ),
  "loan.disbursement.date": w(
    (a) => `Pencairan pinjaman "${a.value}" di Kas baris ${a.cashRow} bertanggal ${a.cashDate}, tetapi Tanggal Cair ${a.date}. Samakan keduanya.`,
    (a) => `The disbursement of loan "${a.value}" in Kas row ${a.cashRow} is dated ${a.cashDate}, but the disbursement date is ${a.date}. Make them agree.`
  ),
  /* ------------------------------------------------------------ Kegiatan */
  "activity.date.missing": missing({ id: "tulis tanggal kegiatan", en: "write the date of the activity" }),
  "activity.date.future": e(
    (a) => `Tanggal kegiatan ${a.date} sesudah hari ini (${a.today}). Catat kegiatan yang sudah terjadi; rencana ditulis di Rencana Tindak Lanjut.`,
    (a) => `The activity date ${a.date} is after today (${a.today}). Record activities that took place; plans go under Rencana Tindak Lanjut (next steps).`
  ),
  "activity.type.missing": missing({
    id: "pilih jenis kegiatan dari daftar",
    en: "pick the type of activity from the list"
  }),
  "activity.type.unknown": e(
    (a) => `Jenis Kegiatan "${a.value}" tidak ada di daftar. Pilih salah satu: ${a.allowed}.`,
    (a) => `Activity type "${a.value}" is not on the list. Pick one of: ${a.allowed}.`
  ),
  "activity.description.missing": missing({ id: "tulis apa yang dilakukan", en: "write what was done" }),
  "activity.attendance.negative": e(
    (a) => `Jumlah Hadir tidak boleh minus: ${a.value}. Tulis banyaknya orang yang hadir.`,
    (a) => `Attendance cannot be negative: ${a.value}. Write the number of people present.`
  )
};
var MAX_QUOTED_VALUE = 80;
function quotedValue(value) {
  if (typeof value !== "string") return value;
  const chars = Array.from(value);
  return chars.length > MAX_QUOTED_VALUE ? `${chars.slice(0, MAX_QUOTED_VALUE - 1).join("")}\u2026` : value;
}
var COMPOSED_ARGS = /* @__PURE__ */ new Set(["allowed", "names", "missing", "rows"]);
function quotedArgs(args) {
  const quoted = {};
  for (const [key, value] of Object.entries(args))
    quoted[key] = COMPOSED_ARGS.has(key) ? value : quotedValue(value);
  return quoted;
}
function problemAt(code, place, args = {}, extra = {}) {
  const k = problemCatalogue[code];
  const base = {
    tab: place.tab,
    row: place.row,
    column: place.column,
    col: place.col,
    code,
    severity: extra.severity ?? k.severity,
    message: k.message({ column: place.column, ...quotedArgs(args) })
  };
  return extra.fix ? { ...base, fix: extra.fix } : base;
}

// src/core/book/checkLoanDisbursements.ts
function checkLoanDisbursements(loans, cash, columns) {
  const byLoan = /* @__PURE__ */ new Map();
  for (const entry of cash) {
    if (entry.category !== "Pencairan Pinjaman" || entry.loanId === void 0) continue;
    const rows = byLoan.get(entry.loanId) ?? [];
    rows.push(entry);
    byLoan.set(entry.loanId, rows);
  }
  const place = (loan, key, header) => ({
    tab: loan.tab,
    row: loan.row,
    column: columns[key]?.header ?? header,
    col: columns[key]?.col ?? 0
  });
  const problems = [];
  for (const loan of loans) {
    const rows = byLoan.get(loan.id) ?? [];
    const base = {
      value: loan.id,
      date: formatShortDate(loan.disbursed),
      principal: formatRupiah(loan.principal)
    };
    if (rows.length === 0) {
      problems.push(problemAt("loan.disbursement.missing", place(loan, "loanId", "ID Pinjaman"), base));
    } else if (rows.length > 1) {
      problems.push(
        problemAt("loan.disbursement.multiple", place(loan, "loanId", "ID Pinjaman"), {
          ...base,
          count: rows.length,
          rows: rows.map((e2) => e2.row).join(", ")
        })
      );
    } else {
      const [entry] = rows;
      if (entry.amountOut !== loan.principal) {
        problems.push(
          problemAt("loan.disbursement.amount", place(loan, "principal", "Pokok"), {
            ...base,
            cashRow: entry.row,
            amount: formatRupiah(entry.amountOut > 0 ? entry.amountOut : entry.amountIn)
          })
        );
      }
      if (entry.date !== loan.disbursed) {
        problems.push(
          problemAt("loan.disbursement.date", place(loan, "disbursed", "Tanggal Cair"), {
            ...base,
            cashRow: entry.row,
            cashDate: formatShortDate(entry.date)
          })
        );
      }
    }
  }
  return problems;
}

// src/core/book/memberActivity.ts
function isMemberActiveOn(member, date2) {
  if (date2 < member.joinDate) return false;
  if (member.status === "Keluar" && member.leaveDate !== void 0 && date2 > member.leaveDate) return false;
  return true;
}

// src/core/book/memberLookup.ts
function memberIndex(members2, ids) {
  return { byId: new Map(members2.map((m) => [m.id, m])), ids: new Set(ids) };
}
function checkMemberRef(r, key, memberId, date2, members2, codes) {
  const member = members2.byId.get(memberId);
  if (!member) {
    if (!members2.ids.has(memberId)) r.report(key, codes.unknown, { value: memberId });
    return void 0;
  }
  if (date2 !== void 0 && !isMemberActiveOn(member, date2)) {
    r.report(key, codes.inactive, {
      value: memberId,
      date: formatShortDate(date2),
      joinDate: formatShortDate(member.joinDate),
      leaveDate: member.status === "Keluar" && member.leaveDate ? formatShortDate(member.leaveDate) : ""
    });
  }
  return member;
}

// node_modules/zod/v4/core/util.js
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i2 = startIndex; i2 < x.issues.length; i2++) {
    if (x.issues[i2]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i2 = startIndex; i2 < x.issues.length; i2++) {
    if (x.issues[i2]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a2;
    (_a2 = iss).path ?? (_a2.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i2 = start; i2 < issues.length; i2++) {
    (_a2 = issues[i2]).schema ?? (_a2.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a2 = iss).schema ?? (_a2.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i2 = 0; i2 < units - 1; i2++) {
    if ((str.charCodeAt(i2) & 64512) === 55296 && (str.charCodeAt(i2 + 1) & 64512) === 56320) {
      count--;
      i2++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e2 = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e2, _params?.callee ?? fn);
      throw e2;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e2 = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e2, params?.callee ?? fn);
      throw e2;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e2) {
      error = e2;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}

// src/core/book/zodProblems.ts
function reportZodIssues(issues, candidate, reader, missingCodes) {
  const seen = /* @__PURE__ */ new Set();
  for (const issue2 of issues) {
    const key = String(issue2.path[0]);
    if (seen.has(key) || reader.hasError(key)) continue;
    seen.add(key);
    const wanted = candidate[key] === void 0 ? missingCodes[key] ?? "value.notAccepted" : issue2.message;
    const code = wanted in problemCatalogue ? wanted : "value.notAccepted";
    reader.report(key, code, { value: reader.shown(key) });
  }
}

// src/core/book/parseRow.ts
function parseRow(schema, candidate, reader, missingCodes) {
  const first = safeParse(schema, candidate);
  if (first.success) return first.data;
  reportZodIssues(first.error.issues, candidate, reader, missingCodes);
  const cleaned = { ...candidate };
  for (const issue2 of first.error.issues) delete cleaned[String(issue2.path[0])];
  const second = safeParse(schema, cleaned);
  return second.success ? second.data : void 0;
}

// src/core/book/gridCell.ts
var dateCellSchema = object({ date: string2() });
function gridCell(grid, row, col) {
  const line = grid[row];
  if (!Array.isArray(line)) return null;
  const raw = line[col];
  if (raw === null || raw === void 0) return null;
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  const parsed = dateCellSchema.safeParse(raw);
  return parsed.success ? { date: parsed.data.date } : null;
}
function gridRowLength(grid, row) {
  const line = grid[row];
  return Array.isArray(line) ? line.length : 0;
}

// src/core/book/findHeaderRow.ts
var HEADER_SEARCH_ROWS = 10;
function headerKeys(spec) {
  const keys = /* @__PURE__ */ new Map();
  for (const column of spec.columns) {
    for (const name of [column.header, ...column.aliases]) {
      const n = normaliseHeader(name);
      if (!keys.has(n)) keys.set(n, column.key);
    }
  }
  return keys;
}
function matchRow(grid, rowIndex, keys) {
  const columns = {};
  const duplicates = [];
  const width = gridRowLength(grid, rowIndex);
  for (let c = 0; c < width; c++) {
    const header = cellText(gridCell(grid, rowIndex, c)).trim();
    if (header === "") continue;
    const key = keys.get(normaliseHeader(header));
    if (key === void 0) continue;
    const first = columns[key];
    if (first) duplicates.push({ key, col: c + 1, header, firstCol: first.col });
    else columns[key] = { col: c + 1, header };
  }
  return { row: rowIndex + 1, columns, duplicates };
}
function findHeaderRow(grid, spec) {
  const keys = headerKeys(spec);
  const required2 = spec.columns.filter((c) => c.required).map((c) => c.key);
  const rows = Math.min(HEADER_SEARCH_ROWS, grid.length);
  for (let r = 0; r < rows; r++) {
    const found = matchRow(grid, r, keys);
    if (required2.every((k) => found.columns[k] !== void 0)) return found;
  }
  return void 0;
}
function missingHeaders(grid, spec) {
  const keys = headerKeys(spec);
  const required2 = spec.columns.filter((c) => c.required);
  let best = required2.map((c) => c.header);
  const rows = Math.min(HEADER_SEARCH_ROWS, grid.length);
  for (let r = 0; r < rows; r++) {
    const found = matchRow(grid, r, keys);
    const missing2 = required2.filter((c) => found.columns[c.key] === void 0).map((c) => c.header);
    if (missing2.length < best.length) best = missing2;
  }
  return best;
}

// src/core/book/findTab.ts
function tabCandidates(names, spec) {
  const wanted = [spec.name, ...spec.aliases].map(normaliseTabName);
  const rank = (name) => wanted.indexOf(normaliseTabName(name));
  return names.map((name, order) => ({ name, order, rank: rank(name) })).filter((c) => c.rank >= 0).sort((a, b) => a.rank - b.rank || a.order - b.order).map((c) => c.name);
}
function findTab(names, spec) {
  return tabCandidates(names, spec)[0];
}

// src/core/values/formulaError.ts
var FORMULA_ERROR = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/i;
function formulaErrorOf(cell) {
  if (typeof cell !== "string") return void 0;
  const s = cell.trim();
  return FORMULA_ERROR.test(s) ? s.toUpperCase() : void 0;
}

// src/core/values/shownCell.ts
function shownCell(cell) {
  if (isDateCell(cell) && isIsoDate(cell.date)) return formatShortDate(cell.date);
  return cellText(cell);
}

// src/core/values/valueReading.ts
var emptyReading = { status: "empty" };
function okReading(value, note) {
  return note ? { status: "ok", value, note } : { status: "ok", value };
}
function invalidReading(code, args) {
  return { status: "invalid", note: { code, args } };
}

// src/core/values/readDate.ts
var MAX_BOOK_YEAR = 2100;
var tooLate = (date2, cell) => Number(date2.slice(0, 4)) > MAX_BOOK_YEAR ? invalidReading("value.date.tooLate", { value: shownCell(cell).trim(), year: MAX_BOOK_YEAR }) : void 0;
var MONTHS = {
  januari: 1,
  january: 1,
  februari: 2,
  pebruari: 2,
  february: 2,
  maret: 3,
  march: 3,
  april: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  juli: 7,
  july: 7,
  agustus: 8,
  august: 8,
  september: 9,
  oktober: 10,
  october: 10,
  november: 11,
  nopember: 11,
  desember: 12,
  december: 12,
  jan: 1,
  feb: 2,
  peb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  agu: 8,
  agt: 8,
  ags: 8,
  agst: 8,
  agus: 8,
  agust: 8,
  mrt: 3,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  nop: 11,
  des: 12,
  dec: 12
};
var DMY = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;
var YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
var D_MONTH_Y = /^(\d{1,2})(?:\s+|\s*-\s*)(\p{L}+)\.?(?:\s+|\s*-\s*)(\d{4})$/u;
var SHORT_YEAR = /^\d{1,2}(?:[/-]\d{1,2}[/-]|(?:\s+|\s*-\s*)\p{L}+\.?(?:\s+|\s*-\s*))\d{2}$/u;
function parseDateText(raw) {
  const s = raw.trim();
  let year;
  let month;
  let day;
  let m;
  if (m = DMY.exec(s)) [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  else if (m = YMD.exec(s)) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if (m = D_MONTH_Y.exec(s)) {
    const named = MONTHS[(m[2] ?? "").toLowerCase()];
    if (named === void 0) return void 0;
    [day, month, year] = [Number(m[1]), named, Number(m[3])];
  } else return void 0;
  return isValidYmd(year, month, day) ? fromYmd(year, month, day) : void 0;
}
function readDate(cell) {
  if (isEmptyCell(cell)) return emptyReading;
  if (isDateCell(cell)) {
    if (!isIsoDate(cell.date)) return invalidReading("value.date.invalid", { value: cell.date });
    return tooLate(cell.date, cell) ?? okReading(cell.date);
  }
  if (typeof cell !== "string") return invalidReading("value.date.invalid", { value: cellText(cell) });
  const date2 = parseDateText(cell);
  if (date2 === void 0) {
    const value = cell.trim();
    return invalidReading(
      "value.date.invalid",
      SHORT_YEAR.test(value) ? { value, hint: "shortYear" } : { value }
    );
  }
  const late = tooLate(date2, cell);
  if (late) return late;
  return okReading(date2, {
    code: "value.date.text",
    args: { value: cell.trim(), date: formatShortDate(date2) },
    fix: {
      value: { date: date2 },
      label: {
        id: `Simpan sebagai tanggal ${formatLongDate(date2, "id")}`,
        en: `Store as the date ${formatLongDate(date2, "en")}`
      }
    }
  });
}

// src/core/values/readIdentifier.ts
function readIdentifier(cell) {
  if (isEmptyCell(cell)) return void 0;
  const s = cellText(cell).trim();
  return s === "" ? void 0 : s;
}

// src/core/values/readMoney.ts
var MONEY_TEXT = /^(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)$/i;
var ZERO_CENTS_TEXT = /^(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:,-+|,00|\.-+)$/i;
function storeAsNumber(amount) {
  return {
    value: amount,
    label: {
      id: `Simpan sebagai angka ${amount} (${formatRupiah(amount)})`,
      en: `Store as the number ${amount} (${formatRupiah(amount)})`
    }
  };
}
function readMoney(cell) {
  if (isEmptyCell(cell)) return emptyReading;
  const shown = shownCell(cell);
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || Math.abs(cell) > Number.MAX_SAFE_INTEGER)
      return invalidReading("value.money.invalid", { value: shown });
    if (!Number.isInteger(cell)) return invalidReading("value.money.fraction", { value: shown });
    if (Math.abs(cell) > MAX_RUPIAH) return invalidReading("value.money.tooLarge", { value: shown });
    return okReading(cell === 0 ? 0 : cell);
  }
  if (typeof cell !== "string" || isDateCell(cell))
    return invalidReading("value.money.invalid", { value: shown });
  const m = MONEY_TEXT.exec(cell.trim());
  if (!m) {
    const cents = ZERO_CENTS_TEXT.exec(cell.trim());
    const whole = cents ? Number((cents[1] ?? "").replace(/\./g, "")) : NaN;
    if (!Number.isSafeInteger(whole)) return invalidReading("value.money.invalid", { value: shown.trim() });
    if (whole > MAX_RUPIAH) return invalidReading("value.money.tooLarge", { value: shown.trim() });
    return {
      status: "invalid",
      note: {
        code: "value.money.invalid",
        args: { value: shown.trim(), hint: "zeroCents", number: whole },
        fix: storeAsNumber(whole)
      }
    };
  }
  const amount = Number((m[1] ?? "").replace(/\./g, ""));
  if (!Number.isSafeInteger(amount)) return invalidReading("value.money.invalid", { value: shown.trim() });
  if (amount > MAX_RUPIAH) return invalidReading("value.money.tooLarge", { value: shown.trim() });
  return okReading(amount, {
    code: "value.money.text",
    args: { value: cell.trim(), number: amount },
    fix: storeAsNumber(amount)
  });
}

// src/core/values/readNumber.ts
var DECIMAL_TEXT = /^(\d+)(?:[.,](\d+))?$/;
function numberFix(value, n) {
  return {
    code: "value.number.text",
    args: { value, number: String(n).replace(".", ","), numberEn: String(n) },
    fix: {
      value: n,
      label: { id: `Simpan sebagai angka ${String(n).replace(".", ",")}`, en: `Store as the number ${n}` }
    }
  };
}
function readDecimal(cell, options = {}) {
  if (isEmptyCell(cell)) return emptyReading;
  if (typeof cell === "number") {
    return Number.isFinite(cell) ? okReading(cell === 0 ? 0 : cell) : invalidReading("value.number.invalid", { value: String(cell) });
  }
  if (typeof cell !== "string") return invalidReading("value.number.invalid", { value: shownCell(cell) });
  const shown = cell.trim();
  let s = shown;
  if (options.allowPercentSign) s = s.replace(/\s*%$/, "");
  const negative = s.startsWith("-");
  if (negative) s = s.slice(1).trim();
  const m = DECIMAL_TEXT.exec(s);
  if (!m) return invalidReading("value.number.invalid", { value: shown });
  const n = (negative ? -1 : 1) * Number(`${m[1]}.${m[2] ?? "0"}`);
  if (!Number.isFinite(n)) return invalidReading("value.number.invalid", { value: shown });
  return okReading(n === 0 ? 0 : n, numberFix(shown, n));
}
function readWholeNumber(cell) {
  const r = readDecimal(cell);
  if (r.status !== "ok") return r;
  if (!Number.isInteger(r.value) || !Number.isSafeInteger(r.value)) {
    return invalidReading("value.number.notWhole", { value: cellText(cell).trim() });
  }
  return r;
}

// src/core/book/rowReader.ts
var RowReader = class {
  constructor(open, row) {
    this.open = open;
    this.row = row;
    this.flagged = /* @__PURE__ */ new Set();
    this.formulaErrors = /* @__PURE__ */ new Set();
  }
  get tab() {
    return this.open.tab;
  }
  /** The cell as the sheet holds it; empty when the column is not in the tab. */
  raw(key) {
    const column = this.open.header.columns[key];
    return column ? gridCell(this.open.grid, this.row - 1, column.col - 1) : null;
  }
  /**
   * The cell under a column; empty when the column is not in the tab. A formula's error (`#N/A`,
   * `#REF!`) is reported once as `value.formulaError` and read as empty, so that no reader takes it
   * for a value and no "missing" problem is piled on top of it.
   */
  cell(key) {
    const cell = this.raw(key);
    const error = formulaErrorOf(cell);
    if (error === void 0) return cell;
    if (!this.formulaErrors.has(key)) {
      this.formulaErrors.add(key);
      this.report(key, "value.formulaError", { value: error });
    }
    return null;
  }
  /** The cell as the user sees it, trimmed, for messages. */
  shown(key) {
    return cellText(this.raw(key)).trim();
  }
  /** The column as the user wrote its header; the canonical header (col 0) when the tab lacks it. */
  place(key) {
    if (key === null) return { tab: this.open.tab, row: this.row, column: "", col: 0 };
    const column = this.open.header.columns[key];
    const spec = this.open.spec.columns.find((c) => c.key === key);
    return {
      tab: this.open.tab,
      row: this.row,
      column: column?.header ?? spec?.header ?? key,
      col: column?.col ?? 0
    };
  }
  report(key, code, args = {}, extra = {}) {
    const p = problemAt(code, this.place(key), args, extra);
    if (key !== null && p.severity === "error") this.flagged.add(key);
    this.open.problems.push(p);
  }
  /** Whether an error was already reported on this column of this row (so no second one piles up). */
  hasError(key) {
    return this.flagged.has(key);
  }
  note(key, note) {
    this.report(key, note.code, note.args, note.fix ? { fix: note.fix } : {});
  }
  /** The value of a reading, reporting its note; undefined when empty or unreadable. */
  take(key, reading) {
    if (reading.status === "empty") return void 0;
    if (reading.status === "invalid") {
      this.note(key, reading.note);
      return void 0;
    }
    if (reading.note) this.note(key, reading.note);
    return reading.value;
  }
  /**
   * Free text (Uraian, Nama, Hasil, …). A date cell is kept as the date the user sees, `02/03/2026`,
   * not as `2026-03-02`: a description such as a meeting's date is fine text, shown as typed.
   */
  text(key) {
    const cell = this.cell(key);
    if (isDateCell(cell) && isIsoDate(cell.date)) return formatShortDate(cell.date);
    return readIdentifier(cell);
  }
  /**
   * An ID (ID Anggota, ID Pinjaman, No Bukti). A date cell is an error, not the ID `2026-02-01`: no one
   * writes an ID as a date, the spreadsheet turned what was typed (`1/2`, `2-1`) into one.
   */
  identifier(key) {
    const cell = this.cell(key);
    if (isDateCell(cell)) {
      this.report(key, "value.identifier.date", {
        value: isIsoDate(cell.date) ? formatShortDate(cell.date) : cell.date
      });
      return void 0;
    }
    return readIdentifier(cell);
  }
  date(key) {
    return this.take(key, readDate(this.cell(key)));
  }
  money(key) {
    return this.take(key, readMoney(this.cell(key)));
  }
  decimal(key, options = {}) {
    return this.take(key, readDecimal(this.cell(key), options));
  }
  wholeNumber(key) {
    return this.take(key, readWholeNumber(this.cell(key)));
  }
  /** A list value through its canonical name or aliases; anything else is `code`. */
  list(key, list, code) {
    const raw = this.text(key);
    if (raw === void 0) return void 0;
    const value = matchListValue(list, raw);
    if (value === void 0) {
      const allowed = lists[list].map((v) => v.value).join(", ");
      this.report(key, code, { value: raw, allowed });
    }
    return value;
  }
};

// src/core/book/tabRows.ts
function openTab(source, spec, problems, options = {}) {
  const candidates = tabCandidates(source.tabNames(), spec);
  const tab = candidates[0];
  if (tab === void 0) {
    problems.push(
      problemAt(
        "tab.missing",
        { tab: spec.name, row: 0, column: "", col: 0 },
        { tab: spec.name },
        {
          severity: options.missingSeverity ?? "error"
        }
      )
    );
    return void 0;
  }
  if (candidates.length > 1) {
    problems.push(
      problemAt(
        "tab.ambiguous",
        { tab, row: 0, column: "", col: 0 },
        { tab: spec.name, names: candidates.map((n) => `"${n}"`).join(", "), used: tab }
      )
    );
  }
  const grid = source.readTab(tab);
  const header = findHeaderRow(grid, spec);
  if (!header) {
    const missing2 = missingHeaders(grid, spec).map((h) => `"${h}"`).join(", ");
    problems.push(problemAt("tab.header.notFound", { tab, row: 0, column: "", col: 0 }, { tab, missing: missing2 }));
    return void 0;
  }
  for (const d2 of header.duplicates) {
    problems.push(
      problemAt(
        "tab.header.duplicate",
        { tab, row: header.row, column: d2.header, col: d2.col },
        { firstCol: d2.firstCol }
      )
    );
  }
  return { tab, spec, grid, header, problems };
}
var SUMMARY = /^(jumlah|total|saldo)(?![\p{L}\p{N}])/iu;
function dataRows(open, options = {}) {
  const { grid, header } = open;
  const cols = Object.values(header.columns).flatMap(
    (c) => c ? [c.col - 1] : []
  );
  const rows = [];
  for (let r = header.row; r < grid.length; r++) {
    if (cols.every((c) => isEmptyCell(gridCell(grid, r, c)))) continue;
    if (options.dateKey !== void 0) {
      const dateCol = header.columns[options.dateKey];
      if (!dateCol || isEmptyCell(gridCell(grid, r, dateCol.col - 1))) {
        const first = firstNonEmpty(grid, r);
        const shown = cellText(first).trim();
        if (typeof first === "string" && SUMMARY.test(shown)) {
          open.problems.push(
            problemAt("row.summary", { tab: open.tab, row: r + 1, column: "", col: 0 }, { value: shown })
          );
          continue;
        }
      }
    }
    rows.push(new RowReader(open, r + 1));
  }
  return rows;
}
function firstNonEmpty(grid, r) {
  const width = gridRowLength(grid, r);
  for (let c = 0; c < width; c++) {
    const cell = gridCell(grid, r, c);
    if (!isEmptyCell(cell)) return cell;
  }
  return null;
}
function headerColumns(open) {
  const columns = {};
  for (const key of Object.keys(open.header.columns)) {
    const c = open.header.columns[key];
    if (c) columns[key] = { header: c.header, col: c.col };
  }
  return columns;
}

// src/core/book/readActivities.ts
var activityRow = object({
  date: string2(),
  type: string2(),
  description: string2().check(_minLength(1)),
  attendance: optional(number2().check(int(), _gte(0, "activity.attendance.negative")))
});
function readActivities(source, problems, ctx) {
  const open = openTab(source, activitiesTab, problems, { missingSeverity: "warning" });
  if (!open) return { activities: [], columns: {} };
  const activities = [];
  for (const r of dataRows(open, { dateKey: "date" })) {
    const date2 = r.date("date");
    const type = r.list("type", "activityType", "activity.type.unknown");
    const description = r.text("description");
    const attendance = r.wholeNumber("attendance");
    if (date2 !== void 0 && date2 > ctx.today) {
      r.report("date", "activity.date.future", {
        date: formatShortDate(date2),
        today: formatShortDate(ctx.today)
      });
    }
    const parsed = parseRow(activityRow, { date: date2, type, description, attendance }, r, {
      date: "activity.date.missing",
      type: "activity.type.missing",
      description: "activity.description.missing"
    });
    if (!parsed || type === void 0) continue;
    const results = r.text("results");
    const nextSteps = r.text("nextSteps");
    const recordedBy = r.text("recordedBy");
    activities.push({
      tab: open.tab,
      row: r.row,
      date: parsed.date,
      type,
      description: parsed.description,
      ...parsed.attendance !== void 0 && { attendance: parsed.attendance },
      ...results !== void 0 && { results },
      ...nextSteps !== void 0 && { nextSteps },
      ...recordedBy !== void 0 && { recordedBy }
    });
  }
  return { activities, tab: open.tab, columns: headerColumns(open) };
}

// src/core/cash/cashBalance.ts
function cashInDateOrder(cash) {
  return [...cash].sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row);
}
function runningCashBalance(book) {
  const opening = book.settings.openingBalance;
  let balance = opening;
  let firstNegative;
  const entries = cashInDateOrder(book.cash).map((entry) => {
    balance += entry.amountIn - entry.amountOut;
    const step = { entry, balance };
    if (balance < 0 && firstNegative === void 0) firstNegative = step;
    return step;
  });
  return firstNegative ? { opening, entries, closing: balance, firstNegative } : { opening, entries, closing: balance };
}

// src/core/book/readCash.ts
var cashRow = object({
  date: string2(),
  description: string2().check(_minLength(1)),
  category: string2()
});
function readCash(source, problems, ctx) {
  const open = openTab(source, cashTab, problems);
  if (!open) return { cash: [], columns: {} };
  const cash = [];
  const receiptRows = /* @__PURE__ */ new Map();
  for (const r of dataRows(open, { dateKey: "date" })) {
    const date2 = r.date("date");
    const receiptNo = r.identifier("receiptNo");
    const description = r.text("description");
    const category = r.list("category", "category", "cash.category.unknown");
    const memberId = r.identifier("memberId");
    const loanId = r.identifier("loanId");
    let amountIn = r.money("amountIn");
    let amountOut = r.money("amountOut");
    if (date2 !== void 0 && date2 > ctx.today) {
      r.report("date", "cash.date.future", {
        date: formatShortDate(date2),
        today: formatShortDate(ctx.today)
      });
    } else if (date2 !== void 0 && ctx.settings.openingDate !== void 0 && date2 < ctx.settings.openingDate) {
      r.report("date", "cash.date.beforeOpening", {
        date: formatShortDate(date2),
        openingDate: formatShortDate(ctx.settings.openingDate)
      });
    }
    if (receiptNo !== void 0) {
      const first = receiptRows.get(receiptNo);
      if (first !== void 0)
        r.report("receiptNo", "cash.receiptNo.duplicate", { value: receiptNo, firstRow: first });
      else receiptRows.set(receiptNo, r.row);
    }
    const rule = category !== void 0 ? categoryRules[category] : void 0;
    if (memberId !== void 0) {
      checkMemberRef(r, "memberId", memberId, date2, ctx.members, {
        unknown: "cash.member.unknown",
        inactive: "cash.member.inactive"
      });
    } else if (rule?.needsMember && !r.hasError("memberId")) {
      r.report("memberId", "cash.member.missing", { category: category ?? "" });
    }
    if (loanId !== void 0) {
      if (!ctx.loans.has(loanId)) r.report("loanId", "cash.loan.unknown", { value: loanId });
      else {
        const loanMember = ctx.loans.get(loanId);
        if (memberId !== void 0 && loanMember !== void 0 && loanMember !== memberId) {
          r.report("loanId", "cash.loan.memberMismatch", { value: loanId, loanMember, memberId });
        }
      }
    } else if (rule?.needsLoan && !r.hasError("loanId")) {
      r.report("loanId", "cash.loan.missing", { category: category ?? "" });
    }
    for (const key of ["amountIn", "amountOut"]) {
      const amount = key === "amountIn" ? amountIn : amountOut;
      if (amount !== void 0 && amount < 0) {
        r.report(key, "cash.amount.negative", { value: formatRupiah(amount) });
      }
    }
    const amountsRead = !r.hasError("amountIn") && !r.hasError("amountOut");
    amountIn = amountIn ?? 0;
    amountOut = amountOut ?? 0;
    if (amountsRead) {
      if (amountIn === 0 && amountOut === 0) r.report("amountIn", "cash.amount.missing");
      else if (amountIn > 0 && amountOut > 0) r.report("amountOut", "cash.amount.both");
      else if (rule && rule.direction !== "either") {
        const wrong = rule.direction === "in" ? "amountOut" : "amountIn";
        if ((wrong === "amountOut" ? amountOut : amountIn) > 0) {
          r.report(wrong, "cash.amount.direction", { category: category ?? "", direction: rule.direction });
        }
      }
    }
    const parsed = parseRow(cashRow, { date: date2, description, category }, r, {
      date: "cash.date.missing",
      description: "cash.description.missing",
      category: "cash.category.missing"
    });
    const oneAmount = amountIn > 0 !== amountOut > 0;
    if (!parsed || category === void 0 || !amountsRead || !oneAmount) continue;
    cash.push({
      tab: open.tab,
      row: r.row,
      date: parsed.date,
      ...receiptNo !== void 0 && { receiptNo },
      description: parsed.description,
      category,
      ...memberId !== void 0 && { memberId },
      ...loanId !== void 0 && { loanId },
      amountIn,
      amountOut
    });
  }
  const columns = headerColumns(open);
  const negative = runningCashBalance({ settings: ctx.settings, cash }).firstNegative;
  if (negative) {
    const out = columns.amountOut ?? { header: "Keluar", col: 0 };
    problems.push(
      problemAt(
        "cash.balance.negative",
        { tab: open.tab, row: negative.entry.row, column: out.header, col: out.col },
        { balance: formatRupiah(negative.balance) }
      )
    );
  }
  return { cash, tab: open.tab, columns };
}

// src/core/book/readLoans.ts
var loanRow = object({
  loanId: string2().check(_minLength(1)),
  memberId: string2().check(_minLength(1)),
  disbursed: string2(),
  principal: number2().check(int(), _positive("loan.principal.notPositive")),
  ratePercent: number2().check(_gte(0, "loan.rate.range"), _lte(10, "loan.rate.range")),
  installments: number2().check(
    int("loan.installments.range"),
    _gte(1, "loan.installments.range"),
    _lte(260, "loan.installments.range")
  )
});
var PERCENT_CELL_LIMIT = 0.1;
function readLoans(source, problems, members2) {
  const open = openTab(source, loansTab, problems, { missingSeverity: "warning" });
  if (!open) return { loans: [], columns: {}, refs: /* @__PURE__ */ new Map() };
  const loans = [];
  const idRows = /* @__PURE__ */ new Map();
  const refs = /* @__PURE__ */ new Map();
  for (const r of dataRows(open, { dateKey: "disbursed" })) {
    const id = r.identifier("loanId");
    const memberId = r.identifier("memberId");
    const disbursed = r.date("disbursed");
    const principal = r.money("principal");
    const rateCell = r.cell("ratePercent");
    let ratePercent = r.decimal("ratePercent", { allowPercentSign: true });
    if (typeof rateCell === "number" && ratePercent !== void 0 && ratePercent > 0 && ratePercent < PERCENT_CELL_LIMIT) {
      ratePercent = Math.round(ratePercent * 100 * 1e9) / 1e9;
      r.report("ratePercent", "loan.rate.percentCell", {
        value: String(rateCell).replace(".", ","),
        percent: String(ratePercent).replace(".", ","),
        valueEn: String(rateCell),
        percentEn: String(ratePercent)
      });
    }
    const method = r.list("method", "method", "loan.method.unknown") ?? "Flat";
    const installments = r.wholeNumber("installments");
    const frequency = r.list("frequency", "frequency", "loan.frequency.unknown") ?? "Bulanan";
    if (id !== void 0) {
      const first = idRows.get(id);
      if (first !== void 0) {
        r.report("loanId", "loan.id.duplicate", { value: id, firstRow: first });
        continue;
      }
      idRows.set(id, r.row);
      refs.set(id, memberId);
    }
    if (memberId !== void 0) {
      checkMemberRef(r, "memberId", memberId, disbursed, members2, {
        unknown: "loan.member.unknown",
        inactive: "loan.member.inactive"
      });
    }
    const parsed = parseRow(
      loanRow,
      { loanId: id, memberId, disbursed, principal, ratePercent, installments },
      r,
      {
        loanId: "loan.id.missing",
        memberId: "loan.member.missing",
        disbursed: "loan.disbursed.missing",
        principal: "loan.principal.missing",
        ratePercent: "loan.rate.missing",
        installments: "loan.installments.missing"
      }
    );
    if (!parsed || r.hasError("method") || r.hasError("frequency")) continue;
    const purpose = r.text("purpose");
    const fund = r.text("source");
    const note = r.text("note");
    loans.push({
      tab: open.tab,
      row: r.row,
      id: parsed.loanId,
      memberId: parsed.memberId,
      disbursed: parsed.disbursed,
      principal: parsed.principal,
      // `1,5` % in the sheet is 0.015 here; rounding drops binary noise such as 0.015000000000000001.
      monthlyRate: Math.round(parsed.ratePercent / 100 * 1e12) / 1e12,
      method,
      installments: parsed.installments,
      frequency,
      ...purpose !== void 0 && { purpose },
      ...fund !== void 0 && { source: fund },
      ...note !== void 0 && { note }
    });
  }
  return { loans, tab: open.tab, columns: headerColumns(open), refs };
}

// src/core/values/readNik.ts
var PROVINCE_CODES = /* @__PURE__ */ new Set([
  11,
  12,
  13,
  14,
  15,
  16,
  17,
  18,
  19,
  21,
  31,
  32,
  33,
  34,
  35,
  36,
  51,
  52,
  53,
  61,
  62,
  63,
  64,
  65,
  71,
  72,
  73,
  74,
  75,
  76,
  81,
  82,
  91,
  92,
  93,
  94,
  95,
  96
]);
function nikBirth(nik) {
  const dd = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const female = dd > 40;
  const day = female ? dd - 40 : dd;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2e3 + yy, month)) return void 0;
  return { day, month, yy, female };
}
function readNik(cell) {
  if (isEmptyCell(cell)) return { notes: [] };
  const notes = [];
  let nik;
  if (typeof cell === "number") {
    nik = Number.isSafeInteger(cell) || Number.isInteger(cell) && cell < 1e21 ? String(cell) : cellText(cell);
    notes.push({ code: "member.nik.number", args: { value: nik } });
  } else {
    nik = cellText(cell).replace(/\s+/g, "");
  }
  if (!/^\d+$/.test(nik)) {
    notes.push({ code: "member.nik.digits", args: { value: nik } });
    return { nik, notes };
  }
  if (nik.length !== 16) {
    notes.push({ code: "member.nik.length", args: { value: nik, length: nik.length } });
    return { nik, notes };
  }
  const province = Number(nik.slice(0, 2));
  if (!PROVINCE_CODES.has(province))
    notes.push({ code: "member.nik.province", args: { value: nik, code: nik.slice(0, 2) } });
  const birth = nikBirth(nik);
  if (!birth) notes.push({ code: "member.nik.date", args: { value: nik, part: nik.slice(6, 12) } });
  return birth ? { nik, birth, notes } : { nik, notes };
}

// src/core/values/readPhone.ts
var MOBILE_08 = /^08[1-35-9]\d{7,10}$/;
function normalisePhone(raw) {
  const s = raw.replace(/[\s-]+/g, "");
  let local;
  if (/^\+628\d*$/.test(s)) local = `0${s.slice(3)}`;
  else if (/^628\d*$/.test(s)) local = `0${s.slice(2)}`;
  else local = s;
  return MOBILE_08.test(local) ? local : void 0;
}
function readPhone(cell) {
  if (isEmptyCell(cell)) return emptyReading;
  if (typeof cell === "number") {
    const digits = Number.isSafeInteger(cell) && cell > 0 ? String(cell) : "";
    if (digits.startsWith("8")) {
      const phone3 = normalisePhone(`0${digits}`);
      if (phone3 !== void 0) {
        return okReading(phone3, {
          code: "member.phone.lostZero",
          args: { value: digits, phone: phone3 },
          fix: {
            value: phone3,
            label: { id: `Simpan sebagai teks ${phone3}`, en: `Store as the text ${phone3}` }
          }
        });
      }
    }
    const phone2 = normalisePhone(digits);
    return phone2 !== void 0 ? okReading(phone2) : invalidReading("member.phone.invalid", { value: shownCell(cell) });
  }
  if (typeof cell !== "string") return invalidReading("member.phone.invalid", { value: shownCell(cell) });
  const phone = normalisePhone(cell);
  return phone !== void 0 ? okReading(phone) : invalidReading("member.phone.invalid", { value: cell.trim() });
}

// src/core/book/readMembers.ts
var memberRow = object({
  memberId: string2().check(_minLength(1)),
  name: string2().check(_minLength(1)),
  joinDate: string2(),
  landHa: optional(number2().check(_gte(0, "member.landHa.negative")))
});
var pad2 = (n) => String(n).padStart(2, "0");
function readMembers(source, problems, ctx) {
  const open = openTab(source, membersTab, problems);
  if (!open) return { members: [], ids: /* @__PURE__ */ new Set(), columns: {} };
  const members2 = [];
  const idRows = /* @__PURE__ */ new Map();
  const nikRows = /* @__PURE__ */ new Map();
  const heads = [];
  for (const r of dataRows(open, { dateKey: "joinDate" })) {
    const id = r.identifier("memberId");
    const name = r.text("name");
    const nikReading = readNik(r.cell("nik"));
    for (const note of nikReading.notes) r.note("nik", note);
    const nik = nikReading.nik;
    const gender = r.list("gender", "gender", "member.gender.unknown");
    const birthDate = r.date("birthDate");
    const role = r.list("role", "role", "member.role.unknown") ?? "Anggota";
    const householdHead = r.identifier("householdHead");
    const phone = r.take("phone", readPhone(r.cell("phone")));
    const joinDate = r.date("joinDate");
    const status = r.list("status", "memberStatus", "member.status.unknown") ?? "Aktif";
    const leaveDate = r.date("leaveDate");
    const landHa = r.decimal("landHa");
    if (joinDate !== void 0 && joinDate > ctx.today) {
      r.report("joinDate", "member.joinDate.future", {
        date: formatShortDate(joinDate),
        today: formatShortDate(ctx.today)
      });
    }
    if (birthDate !== void 0 && joinDate !== void 0 && birthDate >= joinDate) {
      r.report("birthDate", "member.birthDate.notBeforeJoin", {
        birthDate: formatShortDate(birthDate),
        joinDate: formatShortDate(joinDate)
      });
    }
    if (status === "Keluar" && leaveDate === void 0 && !r.hasError("leaveDate")) {
      r.report("leaveDate", "member.leaveDate.missing");
    }
    if (status === "Aktif" && leaveDate !== void 0 && !r.hasError("status")) {
      r.report("leaveDate", "member.leaveDate.whileActive", { leaveDate: formatShortDate(leaveDate) });
    }
    if (leaveDate !== void 0 && joinDate !== void 0 && leaveDate < joinDate) {
      r.report("leaveDate", "member.leaveDate.beforeJoin", {
        leaveDate: formatShortDate(leaveDate),
        joinDate: formatShortDate(joinDate)
      });
    }
    const birth = nikReading.birth;
    if (birth && nik !== void 0) {
      const nikGender = birth.female ? "P" : "L";
      if (gender !== void 0 && gender !== nikGender) {
        r.report("nik", "member.nik.genderMismatch", { value: nik, nikGender, gender });
      }
      if (birthDate !== void 0) {
        const b = toYmd(birthDate);
        if (b.day !== birth.day || b.month !== birth.month || b.year % 100 !== birth.yy) {
          r.report("nik", "member.nik.birthDateMismatch", {
            value: nik,
            nikDate: `${pad2(birth.day)}/${pad2(birth.month)}/${pad2(birth.yy)}`,
            birthDate: formatShortDate(birthDate)
          });
        }
      }
    }
    if (nik !== void 0 && nikReading.notes.every((n) => n.code === "member.nik.number")) {
      const first = nikRows.get(nik);
      if (first !== void 0) r.report("nik", "member.nik.duplicate", { value: nik, firstRow: first });
      else nikRows.set(nik, r.row);
    }
    if (id !== void 0) {
      const first = idRows.get(id);
      if (first !== void 0) {
        r.report("memberId", "member.id.duplicate", { value: id, firstRow: first });
        continue;
      }
      idRows.set(id, r.row);
    }
    const parsed = parseRow(memberRow, { memberId: id, name, joinDate, landHa }, r, {
      memberId: "member.id.missing",
      name: "member.name.missing",
      joinDate: "member.joinDate.missing"
    });
    if (!parsed) continue;
    if (householdHead !== void 0) heads.push({ head: householdHead, reader: r });
    members2.push({
      tab: open.tab,
      row: r.row,
      id: parsed.memberId,
      name: parsed.name,
      ...nik !== void 0 && { nik },
      ...gender !== void 0 && { gender },
      ...birthDate !== void 0 && { birthDate },
      role,
      ...householdHead !== void 0 && { householdHead },
      ...phone !== void 0 && { phone },
      joinDate: parsed.joinDate,
      status,
      ...leaveDate !== void 0 && { leaveDate },
      ...optionalText("address", r.text("address")),
      ...parsed.landHa !== void 0 && { landHa: parsed.landHa },
      ...optionalText("commodity", r.text("commodity")),
      ...optionalText("note", r.text("note"))
    });
  }
  const ids = new Set(idRows.keys());
  for (const { head, reader } of heads) {
    if (!ids.has(head)) reader.report("householdHead", "member.householdHead.unknown", { value: head });
  }
  checkOfficers(members2, open.tab, open.header.columns.role, problems);
  return { members: members2, tab: open.tab, ids: new Set(idRows.keys()), columns: headerColumns(open) };
}
function optionalText(field, value) {
  return value === void 0 ? {} : { [field]: value };
}
function checkOfficers(members2, tab, roleColumn, problems) {
  const column = roleColumn?.header ?? "Jabatan";
  const col = roleColumn?.col ?? 0;
  for (const [role, code] of [
    ["Ketua", "member.role.chairCount"],
    ["Bendahara", "member.role.treasurerCount"]
  ]) {
    const holders = members2.filter((m) => m.status === "Aktif" && m.role === role);
    if (holders.length === 0) problems.push(problemAt(code, { tab, row: 0, column, col }, { count: 0 }));
    for (const extra of holders.slice(1)) {
      problems.push(problemAt(code, { tab, row: extra.row, column, col }, { count: holders.length }));
    }
  }
}

// src/core/book/types.ts
var defaultSettings = {
  groupName: "",
  openingBalance: 0,
  weekStart: 1,
  language: "id",
  kolLimits: [90, 120, 180]
};

// src/core/book/readSettings.ts
function matchSettingKey(raw) {
  const wanted = normaliseHeader(raw.replace(/:\s*$/, ""));
  if (wanted === "") return void 0;
  return settingKeys.find((s) => [s.name, ...s.aliases].some((n) => normaliseHeader(n) === wanted))?.key;
}
function parseKolLimits(raw) {
  const parts = raw.split(";").map((p) => p.trim());
  if (parts.length !== 3 || !parts.every((p) => /^\d{1,5}$/.test(p))) return void 0;
  const [a, b, c] = parts.map(Number);
  return a >= 1 && a < b && b < c ? [a, b, c] : void 0;
}
function readSettings(source, problems) {
  const open = openTab(source, settingsTab, problems);
  if (!open) {
    return { settings: defaultSettings, places: {} };
  }
  const rows = {};
  const places = {};
  const firstRow = {};
  const known = settingKeys.map((s) => s.name).join(", ");
  for (const r of dataRows(open)) {
    const rawKey = readIdentifier(r.cell("key"));
    if (rawKey === void 0) continue;
    const key = matchSettingKey(rawKey);
    if (key === void 0) {
      r.report("key", "settings.key.unknown", { value: rawKey, allowed: known });
      continue;
    }
    const first = firstRow[key];
    if (first !== void 0) {
      r.report("key", "settings.key.duplicate", { value: rawKey, firstRow: first });
      continue;
    }
    firstRow[key] = r.row;
    places[key] = r.place("value");
    rows[key] = r;
  }
  const reader = (key) => rows[key];
  const textOf = (key) => {
    const r = reader(key);
    return r ? readIdentifier(r.cell("value")) : void 0;
  };
  let settings = { ...defaultSettings };
  const optionalText2 = (key) => {
    const v = textOf(key);
    if (v !== void 0) settings = { ...settings, [key]: v };
  };
  const groupName = textOf("groupName");
  if (groupName === void 0 && !rows.groupName?.hasError("value")) {
    const place = places.groupName ?? {
      tab: open.tab,
      row: 0,
      column: open.header.columns.key?.header ?? "Kunci",
      col: 0
    };
    problems.push(problemAt("settings.groupName.missing", place));
  } else if (groupName !== void 0) settings = { ...settings, groupName };
  for (const key of [
    "village",
    "district",
    "regency",
    "province",
    "facilitatorName",
    "chairName",
    "treasurerName"
  ])
    optionalText2(key);
  const balanceRow = reader("openingBalance");
  if (balanceRow) {
    const amount = balanceRow.take("value", readMoney(balanceRow.cell("value")));
    if (amount !== void 0 && amount < 0)
      balanceRow.report("value", "settings.openingBalance.negative", { value: amount });
    else if (amount !== void 0) settings = { ...settings, openingBalance: amount };
  }
  const dateRow = reader("openingDate");
  if (dateRow) {
    const date2 = dateRow.take("value", readDate(dateRow.cell("value")));
    if (date2 !== void 0) settings = { ...settings, openingDate: date2 };
  }
  const weekRow = reader("weekStart");
  if (weekRow) {
    const cell = weekRow.cell("value");
    const raw = cellText(cell).trim();
    const day = typeof cell === "number" && Number.isInteger(cell) && cell >= 1 && cell <= 7 ? cell : !isDateCell(cell) && raw !== "" ? Number(matchListValue("weekday", raw) ?? NaN) : NaN;
    if (raw !== "" && Number.isNaN(day))
      weekRow.report("value", "settings.weekStart.unknown", { value: raw });
    else if (!Number.isNaN(day)) settings = { ...settings, weekStart: day };
  }
  const langRow = reader("language");
  if (langRow) {
    const raw = textOf("language");
    if (raw !== void 0) {
      const lang = matchListValue("language", raw);
      if (lang === void 0) langRow.report("value", "settings.language.unknown", { value: raw });
      else settings = { ...settings, language: lang };
    }
  }
  const kolRow = reader("kolLimits");
  if (kolRow) {
    const raw = textOf("kolLimits");
    if (raw !== void 0) {
      const limits = typeof kolRow.cell("value") === "string" ? parseKolLimits(raw) : void 0;
      if (limits === void 0) kolRow.report("value", "settings.kolLimits.invalid", { value: raw });
      else settings = { ...settings, kolLimits: limits };
    }
  }
  return { settings, tab: open.tab, places };
}

// src/core/book/readBook.ts
function readBook(source, ctx) {
  const problems = [];
  const settings = readSettings(source, problems);
  const members2 = readMembers(source, problems, ctx);
  const index = memberIndex(members2.members, members2.ids);
  const loans = readLoans(source, problems, index);
  const cash = readCash(source, problems, {
    today: ctx.today,
    settings: settings.settings,
    members: index,
    loans: loans.refs
  });
  const activities = readActivities(source, problems, ctx);
  problems.push(...checkLoanDisbursements(loans.loans, cash.cash, loans.columns));
  const tabNames = {};
  if (settings.tab !== void 0) tabNames.settings = settings.tab;
  if (members2.tab !== void 0) tabNames.members = members2.tab;
  if (loans.tab !== void 0) tabNames.loans = loans.tab;
  if (cash.tab !== void 0) tabNames.cash = cash.tab;
  if (activities.tab !== void 0) tabNames.activities = activities.tab;
  const book = {
    settings: settings.settings,
    members: members2.members,
    cash: cash.cash,
    loans: loans.loans,
    activities: activities.activities,
    tabNames,
    columns: {
      members: members2.columns,
      loans: loans.columns,
      cash: cash.columns,
      activities: activities.columns
    }
  };
  return { book, problems };
}

// src/core/book/checkBook.ts
function checkBook(source, today) {
  const { book, problems } = readBook(source, { today });
  const credit = creditReport(book, today);
  const savings = memberSavings(book, today);
  const found = [...problems, ...credit.problems, ...savings.problems];
  const seen = /* @__PURE__ */ new Set();
  const unique = found.filter((p) => {
    const id = problemId(p);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return { book, problems: unique.sort(compareProblems), credit, savings };
}

// src/local/openBook.ts
var CliError = class extends Error {
  constructor(code, text2) {
    super(text2.en);
    this.code = code;
    this.text = text2;
    this.name = "CliError";
  }
};
async function openBook(file, today) {
  let workbook;
  try {
    workbook = await XlsxWorkbook.load(file);
  } catch (e2) {
    if (e2 instanceof WorkbookFileError) throw new CliError(e2.code, e2.text);
    throw e2;
  }
  const names = workbook.tabNames();
  if (!inputTabs.some((spec) => findTab(names, spec) !== void 0)) {
    const expected = inputTabs.map((t) => t.name).join(", ");
    throw new CliError(
      "book.noTabs",
      text(
        `${file} tidak berisi tab buku yang dikenal (${expected})`,
        `${file} has none of the book's tabs (${expected})`
      )
    );
  }
  return { file, workbook, ...checkBook(workbook, today) };
}

// scratch/t.ts
async function main() {
  const dir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "bk-t-"));
  const today = "2026-11-28";
  let t = performance.now();
  let cpu = process.cpuUsage();
  for (let i2 = 0; i2 < 20; i2++) await smallBookWorkbook(i2, today).save((0, import_node_path.join)(dir, `${i2}.xlsx`));
  console.log("write20", (performance.now() - t).toFixed(0), (process.cpuUsage(cpu).user / 1e3).toFixed(0));
  t = performance.now();
  cpu = process.cpuUsage();
  for (let i2 = 0; i2 < 20; i2++) await XlsxWorkbook.load((0, import_node_path.join)(dir, `${i2}.xlsx`));
  console.log("load20", (performance.now() - t).toFixed(0), (process.cpuUsage(cpu).user / 1e3).toFixed(0));
  t = performance.now();
  cpu = process.cpuUsage();
  for (let i2 = 0; i2 < 20; i2++) await openBook((0, import_node_path.join)(dir, `${i2}.xlsx`), today);
  console.log("open20", (performance.now() - t).toFixed(0), (process.cpuUsage(cpu).user / 1e3).toFixed(0));
}
main();
