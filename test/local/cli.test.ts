// The command line as a person runs it: its exit codes, its readable output and its --json shapes
// (in this process through main(); the bin and a closed pipe through dist/cli.js in a child process).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { membersTab } from '../../src/core/book/schema';
import { demoBook } from '../../src/core/demo/demoBook';
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { runCli, type Run } from './runCli';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const bin = join(__dirname, '..', '..', 'bin', 'buku-kelompok.js');
const dir = mkdtempSync(join(tmpdir(), 'bk-cli-'));
const today = '2026-11-28';
const demo = join(dir, 'demo.xlsx');

function run(args: readonly string[], cwd = dir): Promise<Run> {
  return runCli(args, cwd);
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** One line, in both languages, and no stack trace. */
function expectOneClearLine(r: Run): void {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(' / ');
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(async () => {
  expect((await run(['demo', '--out', demo, '--today', today])).code).toBe(0);
  const other = XlsxWorkbook.create();
  other.createInputTab(membersTab, [
    ['A001', 'Dadang', null, null, null, null, null, null, { date: '2020-01-01' }],
    ['A001', 'Asep', null, null, null, null, null, null, { date: '2020-01-01' }],
  ]);
  await other.save(join(dir, 'errors.xlsx'));
  const noTabs = XlsxWorkbook.create();
  noTabs.createInputTab({ ...membersTab, name: 'Sheet1', aliases: [] }, []);
  await noTabs.save(join(dir, 'sheet1.xlsx'));
  writeFileSync(join(dir, 'notes.xlsx'), 'ini bukan workbook\n');
});

describe('buku-kelompok', () => {
  it('runs from the package bin too', async () => {
    const r = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('buku-kelompok check FILE');
  });

  it('refuses unusable arguments with one line and exit 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expectOneClearLine(await run(['check']));
    expectOneClearLine(await run(['check', demo, '--today', '28/11/2026']));
    expectOneClearLine(await run(['check', demo, '--lang', 'fr']));
    expectOneClearLine(await run(['check', demo, '--bogus']));
    expectOneClearLine(await run(['balances', demo, '--as-of', '2026-02-30']));
    expectOneClearLine(await run(['balances', demo, demo]));
  });

  it('stops quietly when its reader stops early', async () => {
    // Twenty books: it is still writing when `head` has gone (twenty files, the same file named
    // twenty times being read once).
    const copies = Array.from({ length: 20 }, (_, i) => join(dir, `salinan-${i}.xlsx`));
    for (const copy of copies) copyFileSync(demo, copy);
    const files = copies.map((f) => `"${f}"`).join(' ');
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${cli}" check ${files} --today ${today} | head -1`],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stdout.trim()).toBe(`${copies[0]} — Kelompok Tani Mekar Sari`);
    expect(r.stderr).toBe('');
  });

  it('says in one line why a file is not a book', async () => {
    for (const [file, says] of [
      ['missing.xlsx', 'File tidak ditemukan'],
      ['notes.xlsx', 'bukan file Excel'],
      ['sheet1.xlsx', 'tidak berisi tab buku'],
    ] as const) {
      const r = await run(['check', file]);
      expectOneClearLine(r);
      expect(r.stderr).toContain(says);
    }
  });

  it('writes the same demo file for the same today, byte for byte', async () => {
    const again = join(dir, 'same.xlsx');
    expect((await run(['demo', '--out', again, '--today', today])).code).toBe(0);
    expect(sha(again)).toBe(sha(demo));
    const other = join(dir, 'other.xlsx');
    expect((await run(['demo', '--out', other, '--today', '2026-11-29'])).code).toBe(0);
    expect(sha(other)).not.toBe(sha(demo));
  });

  it('writes the same demo book for the same today', async () => {
    const again = join(dir, 'again.xlsx');
    expect((await run(['demo', '--out', again, '--today', today])).stdout.trim()).toBe(
      `Dibuat ${again}: buku contoh / Created ${again}: the demo book`,
    );
    const cells = async (file: string) => {
      const wb = await XlsxWorkbook.load(file);
      return JSON.stringify(wb.tabNames().map((n) => wb.readTab(n)));
    };
    expect(await cells(again)).toBe(await cells(demo));
  });

  it('check --json: the documented shape, keys in order, one entry per file', async () => {
    const r = await run(['check', demo, join(dir, 'errors.xlsx'), '--json', '--today', today]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      books: { file: string; problems: Record<string, unknown>[]; counts: Record<string, number> }[];
    };
    expect(Object.keys(out)).toEqual(['books']);
    expect(out.books.map((b) => b.file)).toEqual([demo, join(dir, 'errors.xlsx')]);
    for (const b of out.books) {
      expect(Object.keys(b)).toEqual(['file', 'problems', 'counts']);
      expect(Object.keys(b.counts)).toEqual(['error', 'warning', 'info']);
      for (const p of b.problems) {
        expect(Object.keys(p)).toEqual(['tab', 'row', 'column', 'code', 'severity', 'message']);
        expect(Object.keys(p.message as object)).toEqual(['id', 'en']);
      }
      const counted = { error: 0, warning: 0, info: 0 } as Record<string, number>;
      for (const p of b.problems) counted[p.severity as string] = (counted[p.severity as string] ?? 0) + 1;
      expect(b.counts).toEqual(counted);
    }
    const errors = out.books[1];
    expect(errors?.problems).toContainEqual(
      expect.objectContaining({
        tab: 'Anggota',
        row: 3,
        column: 'ID Anggota',
        code: 'member.id.duplicate',
        severity: 'error',
      }),
    );
  });

  it('check: readable, grouped by tab with errors first and counts; exit 1 only with errors', async () => {
    const ok = await run(['check', demo, '--today', today]);
    const demoJson = JSON.parse((await run(['check', demo, '--json', '--today', today])).stdout) as {
      books: { counts: { error: number } }[];
    };
    expect(ok.code).toBe(demoJson.books[0]?.counts.error ? 1 : 0);
    expect(ok.stdout).toContain('Kelompok Tani Mekar Sari');
    expect(ok.stdout).toMatch(/\d+ kesalahan, \d+ peringatan, \d+ catatan/);
    expect(ok.stdout).toMatch(/^Anggota \(\d+ peringatan\)$/m);
    const bad = await run(['check', join(dir, 'errors.xlsx'), '--today', today, '--lang', 'en']);
    expect(bad.code).toBe(1);
    const lines = bad.stdout.split('\n');
    const tabLine = lines.findIndex((l) => l.startsWith('Anggota ('));
    expect(lines[tabLine]).toMatch(/^Anggota \(1 error/);
    expect(lines[tabLine + 1]).toMatch(/^ {2}\[error\] row 3, ID Anggota: /);
  });

  it('check: an unreadable file among good ones still reports the good ones, and exits 2', async () => {
    const r = await run(['check', demo, 'missing.xlsx', '--json', '--today', today]);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { books: Record<string, unknown>[] };
    expect(out.books[1]).toEqual({
      file: 'missing.xlsx',
      error: {
        code: 'file.missing',
        message: expect.objectContaining({ id: expect.any(String), en: expect.any(String) }),
      },
    });
    // The README documents this shape beside the readable one.
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain(
      '`--json` prints `{"books":[{"file","problems","counts"} | {"file","error":{"code","message":{"id","en"}}}]}` for `check`',
    );
  });

  it('balances --json: the documented shape', async () => {
    const r = await run(['balances', demo, '--json', '--today', today]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { asOf: string; loans: Record<string, unknown>[]; portfolio: object };
    expect(Object.keys(out)).toEqual(['asOf', 'loans', 'portfolio']);
    expect(out.asOf).toBe(today);
    expect(Object.keys(out.portfolio)).toEqual([
      'loans',
      'borrowers',
      'disbursed',
      'outstandingPrincipal',
      'arrears',
      'par30',
      'collectionRate',
      'onTimeRate',
      'writtenOffLoans',
      'writtenOffPrincipal',
      'recoveries',
      'finesOwed',
      'restructuredLoans',
      'restructuredPrincipal',
    ]);
    for (const loan of out.loans)
      expect(Object.keys(loan)).toEqual([
        'loanId',
        'memberId',
        'principal',
        'due',
        'paid',
        'arrears',
        'arrearsPrincipal',
        'arrearsJasa',
        'outstandingPrincipal',
        'daysPastDue',
        'kol',
        'status',
        'kolByDays',
        'kolHeld',
        'finesCharged',
        'finesPaid',
        'finesWaived',
        'finesOwed',
        'next',
        'oldestUnpaidDue',
        'changes',
        'writtenOff',
        'recoveries',
        'recoveriesJasa',
      ]);
    const asOf = JSON.parse(
      (await run(['balances', demo, '--json', '--as-of', '2026-10-01', '--today', today])).stdout,
    ) as {
      asOf: string;
    };
    expect(asOf.asOf).toBe('2026-10-01');
  });

  it('balances --out writes a copy with the generated tabs and never touches the input', async () => {
    const before = sha(demo);
    const out = join(dir, 'hasil.xlsx');
    const r = await run(['balances', demo, '--out', out, '--today', today]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Saldo pinjaman per 28 November 2026');
    // Fines per loan, charged, paid and owed (docs/book.md §7): P002 paid its fines, P012 owes them.
    expect(r.stdout).toContain('P002 denda: dikenakan Rp 20.000 · dibayar Rp 20.000 · belum dibayar Rp 0');
    expect(r.stdout).toContain(
      'P012 denda: dikenakan Rp 60.000 · dibayar Rp 0 · dihapus Rp 60.000 · belum dibayar Rp 0',
    );
    expect(r.stdout).toMatch(/Pinjaman +Anggota .* Kol +Denda belum dibayar +Angsuran berikut +Status/);
    // One name per figure: the rates as Saldo Pinjaman names them (docs/book.md §5).
    expect(r.stdout).toMatch(
      /\nPAR30 [\d,]+ % · Tingkat Penagihan [\d,]+ % · Tingkat Tepat Waktu [\d,]+ %\n/,
    );
    expect(r.stdout).not.toMatch(/tingkat pengembalian/i);
    // Loans repaid count among the loans, not among the borrowers: each count says which it is.
    expect(r.stdout).toMatch(
      /\nPortofolio: \d+ pinjaman \(\d+ belum lunas\), \d+ anggota peminjam; total pencairan Rp [\d.]+;/,
    );
    expect(r.stdout).toContain(
      `Catatan: buku ini masih punya 2 kesalahan, 6 peringatan; lihat: buku-kelompok check ${demo}`,
    );
    expect(sha(demo)).toBe(before);
    const wb = await XlsxWorkbook.load(out);
    expect(wb.tabNames()).toEqual(expect.arrayContaining(['Anggota', 'Saldo Pinjaman', 'Simpanan']));
    expect(wb.isGenerated('Saldo Pinjaman')).toBe(true);
    expect(wb.isGenerated('Simpanan')).toBe(true);
    // Run again over its own output: the generated tabs are replaced, not refused.
    expect((await run(['balances', out, '--out', join(dir, 'hasil2.xlsx'), '--today', today])).code).toBe(0);
  });

  it('never writes over a tab of the same name that it did not make', async () => {
    const wb = await XlsxWorkbook.load(demo);
    wb.createInputTab({ ...membersTab, name: 'Simpanan', aliases: [] }, [['catatan pribadi']]);
    const mine = join(dir, 'own-simpanan.xlsx');
    await wb.save(mine);
    const out = join(dir, 'own-simpanan-out.xlsx');
    const r = await run(['balances', mine, '--out', out, '--today', today]);
    expectOneClearLine(r);
    expect(r.stderr).toContain('Tab "Simpanan" sudah ada tetapi tidak dibuat oleh Buku Kelompok');
    expect(existsSync(out)).toBe(false);
  });

  it('says in one line when it cannot write its output', async () => {
    const r = await run(['balances', demo, '--out', join(dir, 'notes.xlsx', 'hasil.xlsx'), '--today', today]);
    expectOneClearLine(r);
    expect(r.stderr).toContain('File tidak dapat ditulis');
  });

  it('--out may not be the input file, however it is written', async () => {
    for (const out of [demo, join(dir, '.', 'demo.xlsx'), 'demo.xlsx']) {
      const before = sha(demo);
      const r = await run(['balances', demo, '--out', out, '--today', today]);
      expectOneClearLine(r);
      expect(r.stderr).toContain('--out');
      expect(sha(demo)).toBe(before);
    }
  });

  it('journal: readable by default, the model with --json, the tab with --out', async () => {
    const r = await run(['journal', demo, '--today', today]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Jurnal Mingguan Pendamping 2026-W48 — 23–29 November 2026');
    const model = JSON.parse(
      (await run(['journal', demo, '--json', '--week', '2026-W47', '--today', today])).stdout,
    ) as {
      week: { value: string; start: string; end: string };
    };
    expect(Object.keys(model)).toEqual([
      'title',
      'week',
      'generatedAt',
      'lang',
      'header',
      'empty',
      'emptyNote',
      'activities',
      'cash',
      'credit',
      'members',
      'dataQuality',
      'plans',
      'notRead',
      'attendance',
      'planToDo',
      'saprodiReceived',
      'signatures',
    ]);
    expect(model.week).toMatchObject({ value: '2026-W47', start: '2026-11-16', end: '2026-11-22' });
    // A week before the demo's Tanggal Saldo Awal: no balance, and why (docs/book.md §6).
    const before = (await run(['journal', demo, '--week', '2024-W10', '--today', today])).stdout.split('\n');
    const cash = before.findIndex((l) => l.startsWith('Kas: '));
    expect(before.slice(cash, cash + 2)).toEqual([
      'Kas: saldo awal –, masuk Rp 0, keluar Rp 0, saldo akhir –',
      '  Minggu ini sebelum Tanggal Saldo Awal (Pengaturan): kas kelompok belum tercatat.',
    ]);
    const bad = await run(['journal', demo, '--week', '2025-W53', '--today', today]);
    expectOneClearLine(bad);
    expect(bad.stderr).toContain('2025-W53');
    const out = join(dir, 'jurnal.xlsx');
    expect((await run(['journal', demo, '--out', out, '--today', today])).code).toBe(0);
    const wb = await XlsxWorkbook.load(out);
    expect(wb.isGenerated('Jurnal 2026-W48')).toBe(true);
    expectOneClearLine(await run(['journal', demo, '--out', demo, '--today', today]));
  });

  it('start and demo refuse a file they were given, naming it, and write nothing (exit 2)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'bk-start-'));
    const start = await run(['start', 'buku.xlsx', '--today', today], cwd);
    expect([start.code, start.stdout, start.stderr]).toEqual([
      2,
      '',
      'Argumen berlebih (buku.xlsx): buku-kelompok start [--demo FILE.xlsx] [--out FILE.xlsx] [--force] [--today yyyy-mm-dd] [--lang id|en] / Unexpected arguments (buku.xlsx): buku-kelompok start [--demo FILE.xlsx] [--out FILE.xlsx] [--force] [--today yyyy-mm-dd] [--lang id|en]\n',
    ]);
    expect(existsSync(join(cwd, 'demo'))).toBe(false);
    const demoExtra = await run(['demo', 'lagi', '--today', today], cwd);
    expect([
      demoExtra.code,
      demoExtra.stderr.startsWith('Argumen berlebih (lagi): buku-kelompok demo '),
    ]).toEqual([2, true]);
  });

  it('start: a demo saved by another program since is refused with the --force that reaches it through npm (found by an audit)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'bk-start-'));
    expect((await run(['start', '--today', today], cwd)).code).toBe(0);
    // Saved in Excel or LibreOffice: the seal is gone.
    const demo = join(cwd, 'demo', 'buku-kelompok-demo.xlsx');
    const other = new ExcelJS.Workbook();
    await other.xlsx.readFile(demo);
    await other.xlsx.writeFile(demo);
    const again = await run(['start', '--today', today], cwd);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      'atau tambahkan --force untuk menimpanya (lewat npm: npm start -- --force)',
    );
    expect(again.stderr).toContain('or add --force to replace it (through npm: npm start -- --force)');
    expect((await run(['start', '--today', today, '--force'], cwd)).code).toBe(0);
  });

  it('start: writes the demo and the results, and says where', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'bk-start-'));
    const r = await run(['start', '--today', today], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(join(cwd, 'demo', 'buku-kelompok-demo.xlsx'))).toBe(true);
    expect(r.stdout).toContain('out/buku-kelompok-demo-hasil.xlsx');
    expect(r.stdout).toContain(`Buku Kelompok — ${demoBook(today).groupName}`);
    expect(r.stdout).toContain('Pemeriksaan: 2 kesalahan, 6 peringatan, 1 catatan');
    expect(r.stdout).toContain('English: npm start -- --lang en');
    // Loans needing attention: past due, then rescheduled (Kol held) and written off, with fines owed.
    expect(r.stdout).toContain(
      '  P011 Iwan Ridwan: 0 hari menunggak, Rp 0 (Kol 2) · Jadwal Ulang 01/11/2026 · Kol ditahan (menurut hari tunggakan: Kol 1) · denda belum dibayar Rp 10.000',
    );
    expect(r.stdout).toContain(
      '  P012 Oom Komariah: 0 hari menunggak, Rp 0 · Hapus Buku 01/11/2026 · denda dihapus Rp 60.000 · pemulihan Rp 150.000',
    );
    // This week is not over on Saturday: its collection runs from tomorrow (docs/book.md §6).
    expect(r.stdout).toMatch(
      /\nJurnal 2026-W48 \(23–29 November 2026\): .*, \d+ pinjaman ditagih 29 November 2026 – 6 Desember 2026\n/,
    );
    const en = await run(['start', '--today', today, '--lang', 'en'], cwd);
    expect(en.stdout).toContain('Checks: 2 errors, 6 warnings, 1 note');
    expect(en.stdout).toMatch(
      /\nJournal 2026-W48 .*, \d+ loans to collect from 29 November 2026 to 6 December 2026\n/,
    );
    expect(r.stdout).toContain(
      'Dibuat demo/buku-kelompok-demo.xlsx: buku contoh dengan 30 anggota, 1.137 baris kas, 17 pinjaman, 22 kegiatan (folder demo dibuat)',
    );
    expect(r.stdout).toContain(
      'Dibuat out/buku-kelompok-demo-hasil.xlsx: salinan buku dengan tab Pemeriksaan, Saldo Pinjaman, Simpanan, Jurnal 2026-W48, SHU 2026, Kartu Anggota, RUK 2026, Saprodi MT II 2026 (folder out dibuat)',
    );
    // A year of the book: this year's share-out so far (the demo covers every month of it). Its
    // jasa holds the 5.538 of P012's recovery of 150.000 (no. 3's 2.769 and no. 4's, docs/book.md §7).
    expect(r.stdout).toContain(
      'SHU 2026 (sementara, sampai 28 November 2026): pendapatan Rp 2.621.129, biaya Rp 2.110.000, SHU Rp 511.129; bagian anggota Jasa Simpanan Rp 153.338, Jasa Pinjaman Rp 127.782',
    );
    // The facilitator's other duties in the demo: a year of meetings, a RUK in every status, the
    // last of two seasons (one row handed out under a member who left, one member's inputs not yet
    // received though planted, one short, and one Organik still to come before its planting in eight
    // days: not yet due, left out of the share).
    expect(r.stdout).toContain(
      [
        'Kehadiran 4 pertemuan terakhir 73,0 % (84 dari 115); 2 anggota perlu dikunjungi',
        'RUK 2026: 7 baris, 4 terlaksana, 1 terlambat, 1 tidak terlaksana, 1 belum; tepat waktu 4 dari 6',
        'Saprodi MT II 2026: 27 baris, tepat orang, jumlah dan waktu 22 dari 26 (84,6 %), 1 belum waktunya; RDKK 13 anggota',
      ].join('\n'),
    );
    expect(en.stdout).toContain(
      'Saprodi MT II 2026: 27 rows, right on person, amount and time 22 of 26 (84.6%), 1 not yet due; RDKK of 13 members',
    );
    expect(en.stdout).toContain('RUK 2026: 7 rows, 4 done, 1 late, 1 not done, 1 not yet; on time 4 of 6');
    // The second run replaces both: the tool wrote them.
    // Counts grouped as Rupiah are, in the language shown.
    expect(en.stdout).toContain(
      'Replaced demo/buku-kelompok-demo.xlsx: the demo book with 30 members, 1,137 cash rows, 17 loans, 22 activities',
    );
    expect(en.stdout).toContain(
      'Replaced out/buku-kelompok-demo-hasil.xlsx: a copy of the book with the tabs Pemeriksaan, Saldo Pinjaman, Simpanan, Jurnal 2026-W48, SHU 2026, Kartu Anggota, RUK 2026, Saprodi MT II 2026',
    );
    const wb = await XlsxWorkbook.load(join(cwd, 'out', 'buku-kelompok-demo-hasil.xlsx'));
    const generated = [
      'Pemeriksaan',
      'Saldo Pinjaman',
      'Simpanan',
      'Jurnal 2026-W48',
      'SHU 2026',
      'Kartu Anggota',
      'RUK 2026',
      'Saprodi MT II 2026',
    ];
    expect(wb.tabNames()).toEqual(expect.arrayContaining(generated));
    for (const tab of generated) expect(wb.isGenerated(tab)).toBe(true);
  });
});
