// Every generated tab of the demo book, in Indonesian and in English, holds its text and figures in
// their columns as Arial 10 draws them (src/local/wrappedText.ts's `textWidth`, Liberation Sans's
// measured widths): a text that does not wrap fits its column and the empty cells it runs into (a
// text aligned right runs left), and a number or a date fits its own column, as Excel shows `###`
// for one that does not. Excel and LibreOffice size nothing a program writes: a text cut in print
// (`Simpanan Sukarel` on every member's card, `September 202` in RUK) is only seen on paper.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../src/core/api/createApi';
import { inputTabs } from '../../src/core/book/schema';
import { cellText, isDateCell } from '../../src/core/cell';
import { groupSummarySheet } from '../../src/core/generatedTabs/groupSummarySheet';
import { formatRupiah } from '../../src/core/money';
import type { OutCell, SheetGrid } from '../../src/core/sheetGrid';
import { groupSummary, groupSummaryRow } from '../../src/core/summary/groupSummary';
import type { Lang } from '../../src/core/text';
import { demoWorkbook } from '../../src/local/demoWorkbook';
import { LocalHost } from '../../src/local/localHost';
import { openBook } from '../../src/local/openBook';
import { cellSpans, lineRoom, textWidth } from '../../src/local/wrappedText';
import type { XlsxWorkbook } from '../../src/local/xlsxWorkbook';

const TODAY = '2026-11-28';

/** What a number or a date shows in its cell, as its format writes it (Indonesian grouping). */
function shown(c: OutCell): string {
  const v = c.v;
  if (isDateCell(v)) return '28/11/2026';
  const n = v as number;
  if (c.format === 'rupiah') return formatRupiah(n, 'id');
  if (c.format === 'percent') return `${(n * 100).toFixed(1).replace('.', ',')}%`;
  if (c.format === 'decimal') return n.toFixed(2).replace('.', ',');
  return formatRupiah(n, 'id').slice(3);
}

const empty = (c: OutCell | undefined) => c === undefined || c.v === null;

/**
 * The cells of `grid` cut in print: `tab!R5C4 "text" 116 > 98 px` for each text that does not wrap
 * and is wider than its room, and each number or date wider than its column.
 */
export function cutCells(grid: SheetGrid): string[] {
  const merges = grid.merges ?? [];
  const cut: string[] = [];
  grid.rows.forEach((row, r) => {
    const spans = cellSpans(r + 1, grid.widths, merges);
    const merged = (k: number) =>
      merges.some((m) => r + 1 >= m.row && r + 1 < m.row + m.rows && k + 1 === m.col);
    row.forEach((c, k) => {
      if (c.v === null) return;
      if (c.wrap) {
        // Wrapped: a word wider than its column is broken in the middle (`Komodita|s`).
        if (typeof c.v !== 'string') return;
        // A file's name has no space to break at: it may break anywhere.
        for (const word of c.v.split(/\s+/).filter((w) => !/\.xlsx$/i.test(w))) {
          const wide = textWidth(word, c.bold === true, c.size ?? 10);
          if (wide > lineRoom(spans[k] ?? 0))
            cut.push(
              `${grid.name}!R${r + 1}C${k + 1} ${JSON.stringify(word)} ${Math.ceil(wide)} > ${lineRoom(spans[k] ?? 0)} px, broken`,
            );
        }
        return;
      }
      let room = spans[k] ?? 0;
      let text: string;
      if (typeof c.v === 'number' || isDateCell(c.v)) text = shown(c);
      else {
        text = cellText(c.v);
        // A text runs over the empty cells beside it: right, or left when aligned right; centred,
        // as far both ways, so twice the nearer side's room.
        if (!merged(k)) {
          const runs = (step: number) => {
            let more = 0;
            for (let j = k + step; j >= 0 && j < grid.widths.length && empty(row[j]); j += step)
              more += grid.widths[j]!;
            return more;
          };
          if (c.align === 'center') room += 2 * Math.min(runs(-1), runs(1));
          else room += runs(c.align === 'right' ? -1 : 1);
          // Printed more than one page wide, the columns repeated at the left of every page stand
          // beside other columns than on the first: a text in them runs no further than they go.
          const repeated = grid.printTitleColumns ?? 0;
          if (k < repeated)
            room = Math.min(
              room,
              grid.widths.slice(k, repeated).reduce((a, b) => a + b, 0),
            );
        }
      }
      const wide = textWidth(text, c.bold === true, c.size ?? 10);
      if (wide > lineRoom(room))
        cut.push(
          `${grid.name}!R${r + 1}C${k + 1} ${JSON.stringify(text)} ${Math.ceil(wide)} > ${lineRoom(room)} px`,
        );
    });
  });
  return cut;
}

/** Every tab the add-on generates from the demo book, its tabs' language `lang`; `edit` first. */
async function generatedTabs(lang: Lang, edit?: (workbook: XlsxWorkbook) => void): Promise<SheetGrid[]> {
  const workbook: XlsxWorkbook = demoWorkbook(TODAY);
  edit?.(workbook);
  if (lang === 'en') {
    const r = workbook.readTab('Pengaturan').findIndex((row) => row[0] === 'Bahasa');
    workbook.writeCell('Pengaturan', r + 1, 2, 'en');
  }
  const grids: SheetGrid[] = [];
  const write = workbook.writeGenerated.bind(workbook);
  workbook.writeGenerated = (grid: SheetGrid) => {
    grids.push(grid);
    write(grid);
  };
  const api = createApi(new LocalHost(workbook, { today: TODAY }));
  for (const res of [
    api.setupBook(),
    api.runChecks(),
    api.computeBalances(),
    api.generateJournal('2026-W48'),
    api.generateAllMemberCards(),
    api.computeShu(2026),
    api.generatePlan(),
    api.generateSaprodi(),
  ])
    if (!res.ok) throw new Error(res.error.message.en);
  // Ringkasan Kelompok, as `summary --out` writes it for this one book.
  const file = join(mkdtempSync(join(tmpdir(), 'bk-print-fit-')), 'demo.xlsx');
  await workbook.save(file);
  // Named as a person in the books' folder types it.
  const row = groupSummaryRow('kt-mekar-sari-cikandang.xlsx', await openBook(file, TODAY), TODAY);
  grids.push(groupSummarySheet(groupSummary([row], TODAY, TODAY), lang, '2026-11-28 10:00'));
  return grids;
}

describe('what a generated tab prints fits its columns', () => {
  const made = new Map<Lang, Promise<SheetGrid[]>>();
  const tabsIn = (lang: Lang) => made.get(lang) ?? made.set(lang, generatedTabs(lang)).get(lang)!;

  it.each(['id', 'en'] as const)('every tab of the demo book, its language %s', async (lang) => {
    const grids = await tabsIn(lang);
    expect(grids.map((g) => g.name)).toEqual([
      'Pemeriksaan',
      'Saldo Pinjaman',
      'Simpanan',
      'Jurnal 2026-W48',
      'Kartu Anggota',
      'SHU 2026',
      'RUK 2026',
      'Saprodi MT II 2026',
      'Ringkasan Kelompok',
    ]);
    expect(grids.flatMap(cutCells)).toEqual([]);
  });

  it.each(['id', 'en'] as const)(
    "a member's, the group's and its officers' long names, and long texts typed, are never cut, its language %s",
    async (lang) => {
      // Full names as a group types them: the demo's are short. Every member's name made 24-33
      // characters long, and the group's, its place's and its officers'; every activity, plan,
      // commodity, address and note typed longer; RUK's unit `pertemuan` (meeting).
      const longer = (
        workbook: XlsxWorkbook,
        tab: string,
        header: string,
        edit: (text: string) => string,
      ) => {
        const grid = workbook.readTab(tab);
        const top = grid.findIndex((row) => row.includes(header));
        if (top < 0) throw new Error(`no ${header} in ${tab}`);
        const col = grid[top]!.indexOf(header);
        grid.forEach((row, r) => {
          const text = row[col];
          if (r > top && typeof text === 'string' && text !== '')
            workbook.writeCell(tab, r + 1, col + 1, edit(text));
        });
      };
      const grids = await generatedTabs(lang, (workbook) => {
        longer(workbook, 'Anggota', 'Nama', (name) => `${name} Kusumawardhani`);
        for (const [tab, header] of [
          ['Anggota', 'Komoditas'],
          ['Anggota', 'Dusun/Alamat'],
          ['Kegiatan', 'Uraian'],
          ['Kegiatan', 'Rencana Tindak Lanjut'],
          ['RUK', 'Kegiatan'],
          ['RUK', 'Penanggung Jawab'],
          ['Saprodi', 'Komoditas'],
          ['Perubahan Pinjaman', 'Keterangan'],
        ] as const)
          longer(workbook, tab, header, (text) => `${text} dan keterangan tambahan yang panjang`);
        longer(workbook, 'RUK', 'Satuan', () => 'pertemuan');
        const settings = workbook.readTab('Pengaturan');
        for (const [key, value] of [
          ['Nama Kelompok', 'Kelompok Tani Sumber Rejeki Makmur Sejahtera Bersama'],
          ['Desa', 'Sukamaju Kidul Wetan'],
          ['Kecamatan', 'Cikajang Tengah'],
          ['Kabupaten', 'Timor Tengah Selatan'],
          ['Provinsi', 'Nusa Tenggara Timur'],
          ['Nama Pendamping', 'Raden Ajeng Siti Nurhasanah Kusumawardhani'],
          ['Nama Ketua', 'Haji Muhammad Abdurrahman Syamsuddin'],
          ['Nama Bendahara', 'Dewi Sartika Purnamasari Wulandari'],
        ]) {
          const r = settings.findIndex((row) => row[0] === key);
          if (r < 0) throw new Error(`no ${key} in Pengaturan`);
          workbook.writeCell('Pengaturan', r + 1, 2, value);
        }
      });
      expect(grids.flatMap(cutCells)).toEqual([]);
      // The journal's place, longer than B to F hold, goes on in a second row, after a comma.
      const journal = grids.find((g) => g.name === 'Jurnal 2026-W48')!;
      expect(journal.rows.slice(2, 4).map((r) => r.slice(0, 2).map((c) => c.v))).toEqual(
        lang === 'id'
          ? [
              ['Lokasi', 'Desa Sukamaju Kidul Wetan, Kec. Cikajang Tengah, Kab. Timor Tengah Selatan,'],
              [null, 'Nusa Tenggara Timur'],
            ]
          : [
              [
                'Location',
                'Village Sukamaju Kidul Wetan, District Cikajang Tengah, Regency Timor Tengah Selatan,',
              ],
              [null, 'Nusa Tenggara Timur'],
            ],
      );
    },
  );

  it("every input tab's header shows whole in its column, in bold Arial 10 as Sheets draws it", () => {
    // A header's neighbour is never empty: one wider than its column is cut on screen and on paper
    // (`Jumlah Angsuran Baru` in 140 px). A .xlsx draws it in bold Calibri 11, about 7 % narrower
    // (Carlito measured in Chromium: `Jumlah Angsuran Baru` 135.9 px against Arial's 146.6).
    const cut = inputTabs.flatMap((tab) =>
      tab.columns
        .filter((c) => textWidth(c.header, true) > lineRoom(c.width))
        .map(
          (c) => `${tab.name}!${c.header} ${Math.ceil(textWidth(c.header, true))} > ${lineRoom(c.width)} px`,
        ),
    );
    expect(cut).toEqual([]);
  });

  it("every Rupiah cell of a group's tab holds Rp 99.999.999, bold where it is bold", async () => {
    // A group's cash, a loan or a member's savings run to tens of millions; an office's Ringkasan
    // to billions (its columns hold Rp 99.999.999.999). The demo's own figures are smaller.
    const tooNarrow = new Set<string>();
    for (const grid of await tabsIn('id')) {
      const biggest = grid.name === 'Ringkasan Kelompok' ? 'Rp 99.999.999.999' : 'Rp 99.999.999';
      grid.rows.forEach((row, r) => {
        const spans = cellSpans(r + 1, grid.widths, grid.merges ?? []);
        row.forEach((c, k) => {
          if (c.format !== 'rupiah') return;
          const wide = textWidth(biggest, c.bold === true);
          if (wide > lineRoom(spans[k]!))
            tooNarrow.add(
              `${grid.name} C${k + 1}${c.bold ? ' bold' : ''}: ${Math.ceil(wide)} > ${lineRoom(spans[k]!)} px`,
            );
        });
      });
    }
    expect([...tooNarrow]).toEqual([]);
  });

  it('finds a text cut against the cell beside it, a number too wide for its column, and no text that runs on', () => {
    const grid: SheetGrid = {
      name: 'Kartu Anggota',
      widths: [104, 84, 84],
      frozenRows: 0,
      orientation: 'portrait',
      rows: [
        // Cut at 104 px by the amount beside it, as every member's card printed it.
        [{ v: 'Simpanan Sukarela' }, { v: 190000, format: 'rupiah' }],
        // Runs on over the empty B and C: whole.
        [{ v: 'Simpanan Sukarela' }],
        // Wrapped: its row is made taller instead.
        [{ v: 'Simpanan Sukarela', wrap: true }, { v: 1 }],
        // Rp 12.500.000 is 88 px: `###` in 84 px.
        [{ v: null }, { v: 12_500_000, format: 'rupiah' }],
        // Aligned right, it runs left over the empty A.
        [{ v: null }, { v: 'Tanggal Masuk', align: 'right' }, { v: 'x' }],
        // Centred, it runs as far both ways: over the empty A and C, whole.
        [{ v: null }, { v: '(Asep Saepul Rohman)', align: 'center' }],
        // With A taken, not at all: cut at its own 84 px.
        [{ v: 'x' }, { v: '(Asep Saepul Rohman)', align: 'center' }],
      ],
    };
    expect(cutCells(grid)).toEqual([
      'Kartu Anggota!R1C1 "Simpanan Sukarela" 117 > 98 px',
      'Kartu Anggota!R4C2 "Rp 12.500.000" 88 > 78 px',
      'Kartu Anggota!R7C2 "(Asep Saepul Rohman)" 139 > 78 px',
    ]);
  });
});
