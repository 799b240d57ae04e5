// `summary` over a book without a tab its money figures are made of (docs/book.md §4): the book keeps
// its row, but its cash, savings or loans are not computed ('–', null in --json), named with why,
// and left out of the totals, never shown as those of a book where nothing was ever paid.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { queryRows } from '../../src/local/export/duckdb';
import { openDuckDb } from './export/testDuckDb';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { demoBytes } from './demoBytes';
import { runCli, type Run } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'bk-summary-tabs-'));
const today = '2026-11-28';

function run(args: readonly string[]): Promise<Run> {
  return runCli(args, dir);
}

/** The demo with `change` made to it, saved as `file`. */
async function demoWith(file: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await demoBytes(today)) as unknown as ArrayBuffer);
  change(wb);
  await wb.xlsx.writeFile(join(dir, file));
}

interface Row {
  file: string;
  cashBalance: number | null;
  savings: number | null;
  openLoans: number | null;
  outstandingPrincipal: number | null;
  arrears: number | null;
  atRisk30: number | null;
  par30: number | null;
  kol5Loans: number | null;
  pastDueLoans: number | null;
  activeMembers: number;
  errors: number;
  notComputed: { figures: string; reason: { id: string; en: string } }[];
}
interface Summary {
  groups: Row[];
  totals: Record<string, unknown> & { notInTotals: { file: string; figures: string[] }[] };
}

beforeAll(async () => {
  writeFileSync(join(dir, 'g1.xlsx'), await demoBytes(today));
  await demoWith('nokas.xlsx', (wb) => wb.removeWorksheet(wb.getWorksheet('Kas')!.id));
  await demoWith('noanggota.xlsx', (wb) => wb.removeWorksheet(wb.getWorksheet('Anggota')!.id));
  // A group without a revolving fund, and a Pinjaman there whose header row is not found.
  await demoWith('nopinjaman.xlsx', (wb) => wb.removeWorksheet(wb.getWorksheet('Pinjaman')!.id));
  await demoWith('pinjamanrusak.xlsx', (wb) => {
    const loans = wb.getWorksheet('Pinjaman')!;
    for (let r = 1; r <= 8; r++) loans.getRow(r).values = [];
  });
  // Kas there, but its header row unreadable: none of its rows read.
  await demoWith('kasrusak.xlsx', (wb) => {
    const kas = wb.getWorksheet('Kas')!;
    for (let r = 1; r <= 8; r++) kas.getRow(r).values = [];
  });
});

describe('summary over a book without the tab its money figures are made of', () => {
  it('--json: the figures made of the missing tab are null, with why; the totals leave them out', async () => {
    const r = await run(['summary', 'g1.xlsx', 'nokas.xlsx', 'noanggota.xlsx', '--json', '--today', today]);
    const out = JSON.parse(r.stdout) as Summary;
    const [g1, nokas, noanggota] = out.groups;
    expect(nokas).toMatchObject({
      cashBalance: null,
      savings: null,
      openLoans: null,
      outstandingPrincipal: null,
      arrears: null,
      atRisk30: null,
      par30: null,
      kol5Loans: null,
      pastDueLoans: null,
      notComputed: [
        { figures: 'cash', reason: { id: 'tanpa tab Kas', en: 'no Kas tab' } },
        { figures: 'savings', reason: { id: 'tanpa tab Kas', en: 'no Kas tab' } },
        { figures: 'loans', reason: { id: 'tanpa tab Kas', en: 'no Kas tab' } },
      ],
    });
    // Its members and problems are still counted.
    expect(nokas!.activeMembers).toBe(g1!.activeMembers);
    expect(nokas!.errors).toBeGreaterThan(0);
    // Without Anggota: savings not computed; cash and loans are.
    expect(noanggota).toMatchObject({
      cashBalance: g1!.cashBalance,
      savings: null,
      outstandingPrincipal: g1!.outstandingPrincipal,
      notComputed: [{ figures: 'savings', reason: { id: 'tanpa tab Anggota', en: 'no Anggota tab' } }],
    });
    // The totals: g1's figures, and noanggota's cash and loans; nothing of nokas.
    expect(out.totals).toMatchObject({
      books: 3,
      cashBalance: 2 * g1!.cashBalance!,
      savings: g1!.savings,
      outstandingPrincipal: 2 * g1!.outstandingPrincipal!,
      arrears: 2 * g1!.arrears!,
      notInTotals: [
        { file: 'nokas.xlsx', figures: ['cash', 'savings', 'loans'] },
        { file: 'noanggota.xlsx', figures: ['savings'] },
      ],
    });
  });

  it('loans: none in a book without Pinjaman (0, no revolving fund); not computed when Pinjaman is there but unread', async () => {
    const r = await run(['summary', 'nopinjaman.xlsx', 'pinjamanrusak.xlsx', '--json', '--today', today]);
    const [none, unread] = (JSON.parse(r.stdout) as Summary).groups;
    expect(none).toMatchObject({ openLoans: 0, outstandingPrincipal: 0, arrears: 0, notComputed: [] });
    expect(none!.cashBalance).not.toBeNull();
    expect(unread).toMatchObject({
      openLoans: null,
      outstandingPrincipal: null,
      notComputed: [{ figures: 'loans' }],
    });
    expect(unread!.notComputed[0]!.reason.id).toContain('Pinjaman');
  });

  it('text: dashes in its row, the reason named under the totals', async () => {
    const r = await run(['summary', 'g1.xlsx', 'nokas.xlsx', '--today', today]);
    const lines = r.stdout.split('\n');
    const row = lines.find((l) => l.startsWith('nokas.xlsx'))!;
    expect(row).not.toContain('Rp');
    expect(row).not.toContain('100,0 %');
    // Desa, Kecamatan, members, then cash, savings and the six loan figures and past-due loans: dashes.
    expect(row).toMatch(/Kelompok Tani Mekar Sari +\S+ +\S+ +\d+ +– +– +– +– +– +– +– +– +\d+ /);
    expect(r.stdout).toContain(
      'Tidak dapat dihitung, ditulis – dan tidak termasuk dalam Jumlah: nokas.xlsx (kas, simpanan, pinjaman: tanpa tab Kas)',
    );
    const en = await run(['summary', 'g1.xlsx', 'nokas.xlsx', '--today', today, '--lang', 'en']);
    expect(en.stdout).toContain(
      'Not computable, shown as – and left out of the Total: nokas.xlsx (cash, savings, loans: no Kas tab)',
    );
  });

  it('a Kas whose header row is not found counts as no Kas: not computed, and said so', async () => {
    const r = await run(['summary', 'kasrusak.xlsx', '--json', '--today', today]);
    const [row] = (JSON.parse(r.stdout) as Summary).groups;
    expect(row).toMatchObject({ cashBalance: null, savings: null, outstandingPrincipal: null, par30: null });
    expect(row!.notComputed[0]).toEqual({
      figures: 'cash',
      reason: { id: 'baris judul tab Kas tidak ditemukan', en: 'the header row of tab Kas not found' },
    });
  });

  it('--out: dashes in the tab Ringkasan Kelompok, the reason in Keterangan, the note under the totals', async () => {
    const out = join(dir, 'ringkasan.xlsx');
    await run(['summary', 'g1.xlsx', 'nokas.xlsx', '--out', out, '--today', today]);
    const tab = (await XlsxWorkbook.load(out)).readTab('Ringkasan Kelompok');
    const row = tab.find((r) => r[1] === 'nokas.xlsx')!;
    // Saldo Kas … Pinjaman Menunggak (G to N): dashes.
    expect(row.slice(6, 14)).toEqual(['–', '–', '–', '–', '–', '–', '–', '–']);
    expect(row.at(-1)).toBe('kas: tanpa tab Kas; simpanan: tanpa tab Kas; pinjaman: tanpa tab Kas');
    const g1 = tab.find((r) => r[1] === 'g1.xlsx')!;
    const total = tab.find((r) => r[1] === 'Jumlah')!;
    expect(total[6]).toBe(g1[6]);
    expect(total[9]).toBe(g1[9]);
    expect(
      tab.some(
        (r) =>
          r[1] ===
          'Tidak dapat dihitung, ditulis – dan tidak termasuk dalam Jumlah: nokas.xlsx (kas, simpanan, pinjaman: tanpa tab Kas)',
      ),
    ).toBe(true);
  });
});

describe('export of a book without Kas', () => {
  it('its cash, savings and loan balances are NULL, named in groups.not_computed, and out of the office sums', async () => {
    const r = await run(['export', 'g1.xlsx', 'nokas.xlsx', '--out', 'gudang', '--today', today]);
    expect(r.code).toBe(0);
    const db = await openDuckDb(join(dir, 'gudang'));
    try {
      const groups = (
        await queryRows(
          db,
          "SELECT file, cash_balance, savings_balance, loans_computed, not_computed FROM 'groups.parquet' ORDER BY file",
        )
      ).rows;
      expect(groups[1]).toEqual({
        file: 'nokas.xlsx',
        cash_balance: null,
        savings_balance: null,
        loans_computed: false,
        not_computed: 'cash, savings, loans: no Kas tab / kas, simpanan, pinjaman: tanpa tab Kas',
      });
      expect(groups[0]).toMatchObject({ file: 'g1.xlsx', loans_computed: true, not_computed: null });
      const loans = (
        await queryRows(
          db,
          "SELECT COUNT(*) AS n, COUNT(status) AS with_status FROM 'loans.parquet' WHERE file = 'nokas.xlsx'",
        )
      ).rows[0]!;
      expect(Number(loans.n)).toBeGreaterThan(0);
      expect(Number(loans.with_status)).toBe(0);
      const paid = (
        await queryRows(
          db,
          "SELECT COUNT(paid_principal) AS n FROM 'installments.parquet' WHERE file = 'nokas.xlsx'",
        )
      ).rows[0]!;
      expect(Number(paid.n)).toBe(0);
    } finally {
      db.closeSync();
    }
    const office = JSON.parse((await run(['query', 'gudang', '--json'])).stdout) as {
      rows: Record<string, unknown>[];
    };
    const row = (file: string) => office.rows.find((o) => o.file === file)!;
    const kantor = office.rows.find((o) => o.level === 'kantor')!;
    expect(row('nokas.xlsx')).toMatchObject({ cash_balance: null, outstanding_principal: null, par30: null });
    expect(kantor).toMatchObject({
      cash_balance: row('g1.xlsx').cash_balance,
      outstanding_principal: row('g1.xlsx').outstanding_principal,
      par30: row('g1.xlsx').par30,
      books_not_computed: 1,
    });
  });
});

describe('the tab Ringkasan Kelompok counts groups as the text does', () => {
  it('5 books of 4 groups: "4 kelompok (5 buku)", and a note names the books sharing a group', async () => {
    // g1 and a copy of it (one group), and three other groups' books.
    writeFileSync(join(dir, 'salinan.xlsx'), await demoBytes(today));
    for (const [file, name] of [
      ['a.xlsx', 'Kelompok Tani A'],
      ['b.xlsx', 'Kelompok Tani B'],
      ['c.xlsx', 'Kelompok Tani C'],
    ] as const)
      await demoWith(file, (wb) => {
        const settings = wb.getWorksheet('Pengaturan')!;
        settings.eachRow((row) => {
          if (row.getCell(1).value === 'Nama Kelompok') row.getCell(2).value = name;
        });
      });
    const files = ['g1.xlsx', 'salinan.xlsx', 'a.xlsx', 'b.xlsx', 'c.xlsx'];
    const out = join(dir, 'empat.xlsx');
    const r = await run(['summary', ...files, '--out', out, '--today', today]);
    expect(r.stdout).toMatch(/\nJumlah +4 kelompok \(5 buku\) /);
    const tab = (await XlsxWorkbook.load(out)).readTab('Ringkasan Kelompok');
    expect(tab.find((row) => row[1] === 'Jumlah')![2]).toBe('4 kelompok (5 buku)');
    expect(
      tab.some(
        (row) =>
          row[1] ===
          'Catatan: g1.xlsx, salinan.xlsx: buku satu kelompok (Kelompok Tani Mekar Sari); baris Jumlah menjumlahkan semuanya, jadi salinan satu buku terhitung dua kali',
      ),
    ).toBe(true);
    const en = join(dir, 'four.xlsx');
    await run(['summary', ...files, '--out', en, '--today', today, '--lang', 'en']);
    const tabEn = (await XlsxWorkbook.load(en)).readTab('Ringkasan Kelompok');
    expect(tabEn.find((row) => row[1] === 'Total')![2]).toBe('4 groups (5 books)');
  });
});
