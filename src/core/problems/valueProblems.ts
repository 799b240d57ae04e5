// Problems of values of single cells: money, dates, numbers, IDs, formula errors (docs/book.md §2).
import { e, sideOf, w, type Arg, type Figure } from './problemKind';

export const valueProblems = {
  'value.money.fraction': e<{ value: Figure }>(
    'Jumlah uang harus Rupiah bulat, tanpa sen: {value}. Bulatkan ke Rupiah penuh.',
    'Money must be whole Rupiah, without cents: {value}. Round it to whole Rupiah.',
  ),
  'value.money.text': w<{ value: Arg; number: Arg }>(
    'Jumlah uang "{value}" ditulis sebagai teks. Simpan sebagai angka {number}.',
    'The amount "{value}" is written as text. Store it as the number {number}.',
  ),
  'value.money.invalid': e<{ value: Arg; hint?: 'zeroCents'; number?: Arg }>(
    (a) =>
      a.hint === 'zeroCents'
        ? `"${a.value}" tidak terbaca sebagai jumlah uang: tulis tanpa ",-" atau ",00". Simpan sebagai angka ${a.number}.`
        : `"${a.value}" tidak terbaca sebagai jumlah uang. Tulis Rupiah bulat sebagai angka, mis. 1500000 (bukan "1,5 juta" atau "1.500,50").`,
    (a) =>
      a.hint === 'zeroCents'
        ? `"${a.value}" cannot be read as an amount of money: write it without ",-" or ",00". Store it as the number ${a.number}.`
        : `"${a.value}" cannot be read as an amount of money. Write whole Rupiah as a number, e.g. 1500000 (not "1,5 juta" or "1.500,50").`,
  ),
  // At most MAX_RUPIAH, in each language's grouping (a test holds them equal to formatRupiah's).
  'value.money.tooLarge': e<{ value: Figure }>(
    'Jumlah uang "{value}" terlalu besar: paling banyak Rp 999.999.999.999. Periksa angka nol yang berlebih.',
    'The amount "{value}" is too large: at most Rp 999,999,999,999. Check for extra zeros.',
  ),
  'value.date.text': w<{ value: Arg; date: Arg }>(
    'Tanggal "{value}" ditulis sebagai teks. Simpan sebagai tanggal {date}.',
    'The date "{value}" is written as text. Store it as the date {date}.',
  ),
  'value.date.tooLate': e<{ value: Arg; year: Arg }>(
    'Tanggal {value} terlalu jauh ke depan: tahunnya paling lambat {year}. Periksa tahunnya.',
    'The date {value} is too far ahead: its year must be {year} at the latest. Check the year.',
  ),
  // A number cell is quoted in each language's way (`45.000`, `45,000`): the value is a Figure.
  'value.date.invalid': e<{ value: Figure; hint?: 'shortYear' | 'serial'; date?: Arg }>(
    (a, v = sideOf(a.value, 'id')) =>
      a.hint === 'shortYear'
        ? `"${v}" tidak terbaca sebagai tanggal: tahunnya hanya 2 angka. Tulis tahun lengkap 4 angka, mis. 28/11/2026.`
        : a.hint
          ? `"${v}" tidak terbaca sebagai tanggal: sel ini berisi angka, mungkin tanggal ${a.date} yang kehilangan format tanggalnya. Simpan sebagai tanggal, atau tulis tanggal yang benar.`
          : `"${v}" tidak terbaca sebagai tanggal. Tulis tanggal yang ada, mis. 28/11/2026 atau 28 November 2026 (hari-bulan-tahun).`,
    (a, v = sideOf(a.value, 'en')) =>
      a.hint === 'shortYear'
        ? `"${v}" cannot be read as a date: its year has only 2 digits. Write the full 4-digit year, e.g. 28/11/2026.`
        : a.hint
          ? `"${v}" cannot be read as a date: the cell holds a number, perhaps the date ${a.date} that lost its date format. Store it as a date, or write the right date.`
          : `"${v}" cannot be read as a date. Write a real date, e.g. 28/11/2026 or 28 November 2026 (day-month-year).`,
  ),
  'value.number.text': w<{ value: Arg; number: Figure }>(
    'Angka "{value}" ditulis sebagai teks. Simpan sebagai angka {number}.',
    'The number "{value}" is written as text. Store it as the number {number}.',
  ),
  'value.number.invalid': e<{ value: Arg }>(
    '"{value}" tidak terbaca sebagai angka. Tulis angka saja, mis. 1,5 atau 12.',
    '"{value}" cannot be read as a number. Write a number only, e.g. 1.5 or 12.',
  ),
  'value.private': e<{ value: Arg }>(
    '"{value}" tampak seperti NIK atau nomor HP, bukan isi kolom "{column}". Tulis isi yang benar; NIK dan No HP dicatat di tab Anggota.',
    '"{value}" looks like a NIK or a phone number, not a value for the column "{column}". Write the right value; NIKs and phone numbers belong in the Anggota tab.',
  ),
  'value.number.notWhole': e<{ value: Figure }>(
    '"{value}" harus angka bulat. Tulis angka tanpa koma.',
    '"{value}" must be a whole number. Write it without decimals.',
  ),
  'value.number.tooLarge': e<{ value: Figure }>(
    'Angka "{value}" terlalu besar: periksa nol yang berlebih.',
    'The number "{value}" is too large: check for extra zeros.',
  ),
  'value.formulaError': e<{ value: Arg }>(
    'Sel ini berisi galat rumus {value}, bukan nilai. Perbaiki rumusnya, atau hapus rumus itu dan ketik nilainya di kolom "{column}".',
    'This cell shows the formula error {value}, not a value. Fix the formula, or delete it and type the value in the column "{column}".',
  ),
  'value.identifier.date': e<{ value: Arg }>(
    'Kolom "{column}" berisi tanggal ({value}), bukan ID. Spreadsheet mengubah ketikan seperti 1/2 menjadi tanggal: ubah format kolom ini menjadi teks biasa, lalu ketik ulang ID-nya.',
    'The column "{column}" holds a date ({value}), not an ID. The spreadsheet turned what was typed (such as 1/2) into a date: format this column as plain text, then type the ID again.',
  ),
  'value.notAccepted': e<{ value: Figure }>(
    'Isi "{value}" di kolom "{column}" tidak diterima. Periksa isinya sesuai catatan judul kolom.',
    'The value "{value}" in the column "{column}" is not accepted. Check it against the column\'s note.',
  ),
};
