// Problems of values of single cells: money, dates, numbers, IDs, formula errors (docs/book.md §2).
import { formatRupiah, MAX_RUPIAH } from '../money';
import { e, w, type Arg } from './problemKind';

export const valueProblems = {
  'value.money.fraction': e<{ value: Arg }>(
    (a) => `Jumlah uang harus Rupiah bulat, tanpa sen: ${a.value}. Bulatkan ke Rupiah penuh.`,
    (a) => `Money must be whole Rupiah, without cents: ${a.value}. Round it to whole Rupiah.`,
  ),
  'value.money.text': w<{ value: Arg; number: Arg }>(
    (a) => `Jumlah uang "${a.value}" ditulis sebagai teks. Simpan sebagai angka ${a.number}.`,
    (a) => `The amount "${a.value}" is written as text. Store it as the number ${a.number}.`,
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
  'value.money.tooLarge': e<{ value: Arg }>(
    (a) =>
      `Jumlah uang "${a.value}" terlalu besar: paling banyak ${formatRupiah(MAX_RUPIAH)}. Periksa angka nol yang berlebih.`,
    (a) =>
      `The amount "${a.value}" is too large: at most ${formatRupiah(MAX_RUPIAH)}. Check for extra zeros.`,
  ),
  'value.date.text': w<{ value: Arg; date: Arg }>(
    (a) => `Tanggal "${a.value}" ditulis sebagai teks. Simpan sebagai tanggal ${a.date}.`,
    (a) => `The date "${a.value}" is written as text. Store it as the date ${a.date}.`,
  ),
  'value.date.tooLate': e<{ value: Arg; year: Arg }>(
    (a) => `Tanggal ${a.value} terlalu jauh ke depan: tahunnya paling lambat ${a.year}. Periksa tahunnya.`,
    (a) => `The date ${a.value} is too far ahead: its year must be ${a.year} at the latest. Check the year.`,
  ),
  'value.date.invalid': e<{ value: Arg; hint?: 'shortYear' }>(
    (a) =>
      a.hint === 'shortYear'
        ? `"${a.value}" tidak terbaca sebagai tanggal: tahunnya hanya 2 angka. Tulis tahun lengkap 4 angka, mis. 28/11/2026.`
        : `"${a.value}" tidak terbaca sebagai tanggal. Tulis tanggal yang ada, mis. 28/11/2026 atau 28 November 2026 (hari-bulan-tahun).`,
    (a) =>
      a.hint === 'shortYear'
        ? `"${a.value}" cannot be read as a date: its year has only 2 digits. Write the full 4-digit year, e.g. 28/11/2026.`
        : `"${a.value}" cannot be read as a date. Write a real date, e.g. 28/11/2026 or 28 November 2026 (day-month-year).`,
  ),
  'value.number.text': w<{ value: Arg; number: Arg; numberEn: Arg }>(
    (a) => `Angka "${a.value}" ditulis sebagai teks. Simpan sebagai angka ${a.number}.`,
    (a) => `The number "${a.value}" is written as text. Store it as the number ${a.numberEn ?? a.number}.`,
  ),
  'value.number.invalid': e<{ value: Arg }>(
    (a) => `"${a.value}" tidak terbaca sebagai angka. Tulis angka saja, mis. 1,5 atau 12.`,
    (a) => `"${a.value}" cannot be read as a number. Write a number only, e.g. 1.5 or 12.`,
  ),
  'value.number.notWhole': e<{ value: Arg }>(
    (a) => `"${a.value}" harus angka bulat. Tulis angka tanpa koma.`,
    (a) => `"${a.value}" must be a whole number. Write it without decimals.`,
  ),
  'value.formulaError': e<{ value: Arg }>(
    (a) =>
      `Sel ini berisi galat rumus ${a.value}, bukan nilai. Perbaiki rumusnya, atau hapus rumus itu dan ketik nilainya di kolom "${a.column}".`,
    (a) =>
      `This cell shows the formula error ${a.value}, not a value. Fix the formula, or delete it and type the value in the column "${a.column}".`,
  ),
  'value.identifier.date': e<{ value: Arg }>(
    (a) =>
      `Kolom "${a.column}" berisi tanggal (${a.value}), bukan ID. Spreadsheet mengubah ketikan seperti 1/2 menjadi tanggal: ubah format kolom ini menjadi teks biasa, lalu ketik ulang ID-nya.`,
    (a) =>
      `The column "${a.column}" holds a date (${a.value}), not an ID. The spreadsheet turned what was typed (such as 1/2) into a date: format this column as plain text, then type the ID again.`,
  ),
  'value.notAccepted': e<{ value: Arg }>(
    (a) =>
      `Isi "${a.value}" di kolom "${a.column}" tidak diterima. Periksa isinya sesuai catatan judul kolom.`,
    (a) =>
      `The value "${a.value}" in the column "${a.column}" is not accepted. Check it against the column's note.`,
  ),
};
