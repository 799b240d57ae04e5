// TEMPORARY stand-in for createApi(host) over the .xlsx adapter until they land on main: an in-memory
// book with a JSON file, used only by the end-to-end test. Replace with the real adapters.
import { writeFileSync } from 'node:fs';
import type { ActionResult, ApiResponse, Overview, ProblemView, SidebarApi } from '../../src/core/api/types';
import type { Cell, Grid } from '../../src/core/cell';
import { problemId } from '../../src/core/problem';
import type { Lang } from '../../src/core/text';
import type { Workbook } from '../../src/core/workbook';
import type { CellAddress } from '../../src/local/bookSnapshot';
import type { PreviewBook } from '../../src/local/previewServer';

export const XSS = '<img src=x onerror=alert(1)>';

export function standInBook(file: string): PreviewBook {
  const tabs = new Map<string, Cell[][]>([
    [
      'Pengaturan',
      [
        ['Kunci', 'Nilai'],
        ['Nama Kelompok', 'Tani Makmur'],
      ],
    ],
    [
      'Anggota',
      [
        ['ID Anggota', 'Nama', 'Status'],
        ['A01', 'Siti', 'Aktif'],
        ['A02', XSS, 'Aktif'],
      ],
    ],
    [
      'Kas',
      [
        ['Tanggal', 'Uraian', 'Kategori', 'ID Anggota', 'Masuk', 'Keluar'],
        [{ date: '2026-11-02' }, 'Simpanan', 'Simpanan Wajib', 'A01', '1.500.000', null],
      ],
    ],
  ]);
  const generated = new Set<string>();
  let selected: CellAddress | null = null;
  let lang: Lang = 'id';
  const workbook: Workbook = {
    tabNames: () => [...tabs.keys()],
    readTab: (n) => (tabs.get(n) ?? []) as Grid,
    isGenerated: (n) => generated.has(n),
    writeGenerated: (g) => {
      tabs.set(
        g.name,
        g.rows.map((r) => r.map((c) => c.v)),
      );
      generated.add(g.name);
    },
    writeCell: (t, r, c, v) => {
      const grid = tabs.get(t) ?? [];
      grid[r - 1][c - 1] = v;
    },
    createInputTab: (spec) => {
      tabs.set(spec.name, [spec.columns.map((c) => c.header)]);
    },
  };
  const problems = (): ProblemView[] => {
    const list: ProblemView[] = [];
    const kas = tabs.get('Kas') ?? [];
    if (typeof kas[1]?.[4] === 'string') {
      const p = {
        tab: 'Kas',
        row: 2,
        column: 'Masuk',
        col: 5,
        code: 'value.money.text',
        severity: 'warning' as const,
        message: { id: 'Jumlah ditulis sebagai teks.', en: 'Amount written as text.' },
        fix: { value: 1500000, label: { id: 'Simpan sebagai angka 1500000', en: 'Store as number 1500000' } },
      };
      list.push({ ...p, id: problemId(p) });
    }
    const p2 = {
      tab: 'Anggota',
      row: 3,
      column: 'NIK',
      col: 4,
      code: 'member.nik.missing',
      severity: 'error' as const,
      message: { id: `NIK ${XSS} kosong.`, en: `NIK of ${XSS} missing.` },
    };
    list.push({ ...p2, id: problemId(p2) });
    return list;
  };
  const overview = (): Overview => ({
    groupName: 'Kelompok Tani Makmur',
    asOf: '2026-11-28',
    lang,
    cards: [
      {
        key: 'activeMembers',
        label: { id: 'Anggota aktif', en: 'Active members' },
        value: 2,
        unit: 'count',
        definition: { id: 'Anggota berstatus Aktif.', en: 'Members with status Active.' },
      },
      {
        key: 'cashBalance',
        label: { id: 'Saldo kas', en: 'Cash balance' },
        value: 1500000,
        unit: 'rupiah',
        definition: { id: 'Saldo kas.', en: 'Cash.' },
      },
      {
        key: 'totalSavings',
        label: { id: 'Total simpanan', en: 'Total savings' },
        value: 1500000,
        unit: 'rupiah',
        definition: { id: 'Simpanan.', en: 'Savings.' },
      },
      {
        key: 'outstandingPrincipal',
        label: { id: 'Sisa pokok pinjaman', en: 'Outstanding principal' },
        value: 918000,
        unit: 'rupiah',
        definition: { id: 'Sisa pokok.', en: 'Principal.' },
      },
      {
        key: 'arrears',
        label: { id: 'Tunggakan', en: 'Arrears' },
        value: 136000,
        unit: 'rupiah',
        definition: { id: 'Tunggakan.', en: 'Arrears.' },
      },
      {
        key: 'par30',
        label: { id: 'PAR30', en: 'PAR30' },
        value: 1,
        unit: 'fraction',
        definition: {
          id: 'Sisa pokok pinjaman yang menunggak lebih dari 30 hari ÷ seluruh sisa pokok.',
          en: 'Outstanding principal of loans over 30 days past due ÷ all outstanding principal.',
        },
      },
      {
        key: 'errors',
        label: { id: 'Kesalahan', en: 'Errors' },
        value: problems().filter((p) => p.severity === 'error').length,
        unit: 'count',
        definition: { id: 'Kesalahan.', en: 'Errors.' },
      },
      {
        key: 'warnings',
        label: { id: 'Peringatan', en: 'Warnings' },
        value: problems().filter((p) => p.severity === 'warning').length,
        unit: 'count',
        definition: { id: 'Peringatan.', en: 'Warnings.' },
      },
    ],
    problems: problems(),
    loansAtRisk: [
      {
        loanId: 'P01',
        memberId: 'A02',
        memberName: XSS,
        daysPastDue: 46,
        arrears: 136000,
        outstandingPrincipal: 918000,
        kol: 2,
      },
    ],
    weeks: [
      { value: '2026-W48', label: { id: '23–29 November 2026', en: '23–29 November 2026' } },
      { value: '2026-W47', label: { id: '16–22 November 2026', en: '16–22 November 2026' } },
    ],
    missingTabs: tabs.has('Kegiatan') ? [] : ['Kegiatan', 'Pinjaman'],
  });
  const action = (message: string, written: string[]): ApiResponse<ActionResult> => {
    for (const t of written)
      workbook.writeGenerated({
        name: t,
        rows: [[{ v: message }]],
        widths: [],
        frozenRows: 0,
        orientation: 'portrait',
      });
    return { ok: true, data: { message: { id: message, en: message }, tabs: written, overview: overview() } };
  };
  const api: SidebarApi = {
    getOverview: () => ({ ok: true, data: overview() }),
    runChecks: () => action('Tab Pemeriksaan ditulis.', ['Pemeriksaan']),
    computeBalances: () => action('Saldo Pinjaman dan Simpanan ditulis.', ['Saldo Pinjaman', 'Simpanan']),
    generateJournal: (w) => action(`Jurnal ${w} ditulis.`, [`Jurnal ${w}`]),
    setupBook: () => {
      tabs.set('Kegiatan', [['Tanggal', 'Jenis Kegiatan', 'Uraian']]);
      tabs.set('Pinjaman', [['ID Pinjaman', 'ID Anggota']]);
      return action('Tab dibuat: Kegiatan, Pinjaman.', []);
    },
    goToCell: (tab, row, col) => {
      selected = { tab, row, col };
      return { ok: true, data: null };
    },
    applyFix: (id) => {
      const p = problems().find((x) => x.id === id);
      if (!p?.fix)
        return { ok: false, error: { code: 'fix.gone', message: { id: 'Tidak ada.', en: 'Gone.' } } };
      workbook.writeCell(p.tab, p.row, p.col, p.fix.value);
      return action('Sel diperbaiki.', []);
    },
    setLanguage: (l) => {
      lang = l;
      return { ok: true, data: overview() };
    },
  };
  return {
    title: 'stand-in.xlsx',
    api,
    workbook,
    selection: () => selected,
    save: async () => writeFileSync(file, JSON.stringify(Object.fromEntries(tabs))),
  };
}
