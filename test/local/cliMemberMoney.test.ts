// The command line's `card`, `shu` and `messages` on the demo book (docs/book.md §8): the JSON each
// promises, with the figures of the core, and the refusals in one bilingual line.
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attendanceReport } from '../../src/core/attendance/attendanceReport';
import { creditReport } from '../../src/core/credit/creditReport';
import { reviewBook } from '../../src/core/reviewBook';
import { shareOut } from '../../src/core/shu/shareOut';
import { shuJson, shuText } from '../../src/local/commands/shu';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { bookOf, cash, member } from '../core/bookBuilder';
import { runCli } from './runCli';

const TODAY = '2026-11-28';
const dir = mkdtempSync(join(tmpdir(), 'bk-money-'));
const run = (...args: string[]) => runCli([...args, '--today', TODAY], dir);

beforeAll(async () => {
  expect((await run('demo', '--out', 'demo.xlsx')).code).toBe(0);
}, 60_000);

async function demoBook() {
  return reviewBook(await XlsxWorkbook.load(join(dir, 'demo.xlsx')), TODAY).book;
}

describe('card', () => {
  it('--member --json: the card of the credit engine, the NIK masked', async () => {
    const r = await run('card', 'demo.xlsx', '--member', 'A004', '--json');
    const out = JSON.parse(r.stdout) as {
      asOf: string;
      cards: { member: { id: string; nik: string | null }; loans: { loanId: string; arrears: number }[] }[];
    };
    const book = await demoBook();
    const nik = book.members.find((m) => m.id === 'A004')!.nik!;
    expect(out.asOf).toBe(TODAY);
    expect(out.cards.map((c) => c.member.id)).toEqual(['A004']);
    expect(out.cards[0]!.member.nik).toBe(`${nik.slice(0, 4)}••••••••${nik.slice(-4)}`);
    expect(r.stdout).not.toContain(nik);
    const loans = creditReport(book, TODAY).loans.filter((l) => l.memberId === 'A004');
    expect(out.cards[0]!.loans.map((l) => [l.loanId, l.arrears])).toEqual(
      loans.map((l) => [l.loanId, l.arrears]),
    );
  });

  it("the member's attendance from Daftar Hadir, as the attendance report counts it, in the text and the JSON", async () => {
    const book = await demoBook();
    const figures = attendanceReport(book, TODAY).members.find((m) => m.memberId === 'A004')!;
    const json = JSON.parse((await run('card', 'demo.xlsx', '--member', 'A004', '--json')).stdout) as {
      cards: { attendance: unknown }[];
    };
    expect(json.cards[0]!.attendance).toEqual({ last4: figures.last4, year: figures.year });
    const text = (await run('card', 'demo.xlsx', '--member', 'A004')).stdout.split('\n');
    const pct = (r: number | null) => `${Math.round((r ?? 0) * 100)} %`;
    expect(text[2]).toBe(
      `Kehadiran: ${figures.last4.present}/${figures.last4.active} (${pct(figures.last4.rate)}) pertemuan terakhir; tahun 2026: ${figures.year.present}/${figures.year.active} (${pct(figures.year.rate)})`,
    );
  });

  it('dates in the text as the other commands write them: day/month/year in tables, long in sentences', async () => {
    const text = (await run('card', 'demo.xlsx', '--member', 'A004')).stdout.split('\n');
    const savings = text.filter((l) => /^ {2}\d\d\/\d\d\/20\d\d {2}Simpanan /.test(l));
    const schedule = text.filter((l) => /^ +\d+ {2}\d\d\/\d\d\/20\d\d  +Rp /.test(l));
    expect(savings.length).toBeGreaterThan(0);
    expect(schedule.length).toBeGreaterThan(0);
    expect(schedule.filter((l) => / lunas \d\d\/\d\d\/20\d\d$/.test(l)).length).toBeGreaterThan(0);
    expect(text.join('\n')).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
    expect(text.find((l) => l.startsWith('Pinjaman P001'))).toMatch(/ cair \d{1,2} [A-Z][a-z]+ 20\d\d /);
  });

  it('refuses an unknown member, and --member with --all, in one line each (exit 2)', async () => {
    const unknown = await run('card', 'demo.xlsx', '--member', 'A999');
    expect([unknown.code, unknown.stdout, unknown.stderr]).toEqual([
      2,
      '',
      'Anggota "A999" tidak ada di tab Anggota / No member "A999" in the Anggota tab\n',
    ]);
    // An ID in other letters names the member meant (found by an audit: refused with no hint).
    const lower = await run('card', 'demo.xlsx', '--member', 'a004');
    expect([lower.code, lower.stderr]).toEqual([
      2,
      'Anggota "a004" tidak ada di tab Anggota; maksudnya --member A004? / No member "a004" in the Anggota tab; did you mean --member A004?\n',
    ]);
    const both = await run('card', 'demo.xlsx', '--member', 'A004', '--all');
    expect([both.code, both.stderr]).toEqual([
      2,
      'Pilih satu: --member ID (satu anggota) atau --all (semua anggota aktif) / Choose one: --member ID (one member) or --all (every active member)\n',
    ]);
  });

  it('--all as of a date no member was active refuses as --out and the add-on do (found by an audit: nothing, exit 0)', async () => {
    const refusal =
      'Tidak ada anggota aktif pada 01/01/2000: Kartu Anggota tidak ditulis; tidak ada yang diubah. / No member is active on 01/01/2000: Kartu Anggota was not written; nothing was changed.\n';
    for (const extra of [[], ['--json']]) {
      const none = await run('card', 'demo.xlsx', '--all', '--as-of', '2000-01-01', ...extra);
      expect([none.code, none.stdout, none.stderr]).toEqual([2, '', refusal]);
    }
  });
});

describe('shu', () => {
  it('--json has the shape the issue fixes, with the core share-out figures, adding up exactly', async () => {
    const r = await run('shu', 'demo.xlsx', '--year', '2026', '--json');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      'year',
      'asOf',
      'provisional',
      'income',
      'costs',
      'shu',
      'parts',
      'toReserve',
      'members',
    ]);
    const share = shareOut(await demoBook(), 2026, TODAY);
    expect(out.year).toBe(2026);
    // 2026 is not over on 28 November: a program reading --json sees the figures are provisional.
    expect([out.asOf, out.provisional, out.toReserve]).toEqual([TODAY, true, []]);
    expect(out.income).toEqual({
      jasa: share.income.jasa,
      byCategory: Object.fromEntries(share.income.byCategory.map((c) => [c.category, c.amount])),
    });
    expect(out.costs).toEqual({
      byCategory: Object.fromEntries(share.costs.byCategory.map((c) => [c.category, c.amount])),
    });
    expect(out.shu).toBe(share.shu);
    expect(out.shu).toBeGreaterThan(0);
    expect(
      out.parts.map((p: { amount: number }) => p.amount).reduce((a: number, b: number) => a + b, 0),
    ).toBe(out.shu);
    const part = (name: string) => out.parts.find((p: { name: string }) => p.name === name).amount;
    type Row = { fromSavings: number; fromLoans: number; total: number };
    const sum = (f: (m: Row) => number) => out.members.reduce((s: number, m: Row) => s + f(m), 0);
    expect(sum((m) => m.fromSavings)).toBe(part('Jasa Simpanan'));
    expect(sum((m) => m.fromLoans)).toBe(part('Jasa Pinjaman'));
    expect(out.members.every((m: Row) => m.total === m.fromSavings + m.fromLoans && m.total >= 0)).toBe(true);
    expect(Object.keys(out.members[0])).toEqual([
      'memberId',
      'name',
      'averageSavings',
      'jasaPaid',
      'fromSavings',
      'fromLoans',
      'total',
    ]);
    expect(out.parts[0]).toEqual({ name: 'Cadangan', percent: 25, amount: share.parts[0]!.amount });
  });

  it('a year over is not provisional; a members part nobody could take is said to go to Cadangan, in text and --json', () => {
    const share = shareOut(
      bookOf({
        members: [member('A1', 'Siti')],
        cash: [
          cash('2025-01-05', 'Simpanan Wajib', { in: 10_000 }, { memberId: 'A1' }),
          cash('2025-02-01', 'Denda', { in: 1_000 }, { memberId: 'A1' }),
        ],
      }),
      2025,
      TODAY,
    );
    expect(shuJson(share)).toMatchObject({ asOf: '2025-12-31', provisional: false, toReserve: ['loans'] });
    const id = shuText(share, 'id');
    expect(id[0]).toBe('SHU 2025');
    expect(id[5]).toBe(
      'Tidak ada anggota membayar jasa pinjaman tahun ini: bagian Jasa Pinjaman masuk Cadangan.',
    );
    expect(shuText(share, 'en')[5]).toBe(
      'No member paid loan jasa this year: the Jasa Pinjaman part goes to Cadangan.',
    );
    expect(id[6]).toBe('');
  });

  it('refuses a year that is not four digits from 2000 to this year (exit 2)', async () => {
    const r = await run('shu', 'demo.xlsx', '--year', '10000');
    expect([r.code, r.stderr]).toEqual([
      2,
      '--year harus tahun empat angka 2000 sampai 2026, mis. 2026 (bukan "10000") / --year must be a four-digit year 2000 to 2026, e.g. 2026 (not "10000")\n',
    ]);
  });

  it('refuses a year not begun as of --today, with or without --out, writing nothing (exit 2)', async () => {
    const refusal =
      '--year 2030 belum dimulai (hari ini 2026-11-28): tulis tahun 2000 sampai 2026 / --year 2030 has not begun yet (today is 2026-11-28): give a year from 2000 to 2026\n';
    for (const args of [[], ['--json'], ['--out', 'shu-2030.xlsx']]) {
      const r = await run('shu', 'demo.xlsx', '--year', '2030', ...args);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', refusal]);
    }
    expect(existsSync(join(dir, 'shu-2030.xlsx'))).toBe(false);
    // The year begins on 1 January: as of that day it is the year's provisional share-out.
    const begun = await runCli(['shu', 'demo.xlsx', '--year', '2027', '--today', '2027-01-01'], dir);
    expect([begun.code, begun.stdout.split('\n')[0]]).toEqual([
      0,
      'SHU 2027 (sementara, sampai 1 Januari 2027)',
    ]);
  });
});

describe('messages', () => {
  it('heads the text with the week’s dates in the language asked for', async () => {
    const english = await run('messages', 'demo.xlsx', '--week', '2026-W49', '--lang', 'en');
    expect(english.stdout.split('\n')[0]).toBe(
      'Messages for week 2026-W49 (30 November – 6 December 2026); collection 29 November 2026 – 13 December 2026',
    );
    const indonesian = await run('messages', 'demo.xlsx', '--week', '2026-W49');
    expect(indonesian.stdout.split('\n')[0]).toBe(
      'Pesan minggu 2026-W49 (30 November – 6 Desember 2026); penagihan 29 November 2026 – 13 Desember 2026',
    );
  });

  it('--json: the week’s dates in Indonesian (as the texts sent) and in English beside them', async () => {
    const r = await run('messages', 'demo.xlsx', '--week', '2026-W49', '--json');
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out).slice(0, 4)).toEqual(['week', 'weekLabel', 'weekLabelEn', 'from']);
    expect([out.weekLabel, out.weekLabelEn]).toEqual([
      '30 November – 6 Desember 2026',
      '30 November – 6 December 2026',
    ]);
  });

  it('--json: each link carries its text exactly; Rupiah and dates as people write them; no NIK', async () => {
    const r = await run('messages', 'demo.xlsx', '--week', '2026-W48', '--json');
    const out = JSON.parse(r.stdout) as {
      week: string;
      from: string;
      to: string;
      members: {
        memberId: string;
        loanIds: string[];
        text: string;
        waLink: string | null;
        phone: string | null;
      }[];
      summary: { text: string; waLink: string };
    };
    expect([out.week, out.from, out.to]).toEqual(['2026-W48', '2026-11-29', '2026-12-06']);
    expect(out.members.length).toBeGreaterThan(0);
    for (const m of out.members) {
      if (m.phone)
        expect(m.waLink).toBe(`https://wa.me/62${m.phone.slice(1)}?text=${encodeURIComponent(m.text)}`);
      else expect(m.waLink).toBeNull();
      expect(new URL(m.waLink ?? 'https://wa.me/?text=').searchParams.get('text')).toBe(
        m.waLink ? m.text : '',
      );
      // Every amount `Rp 1.500.000`, every date `5 Desember 2026`.
      for (const amount of m.text.match(/Rp [\d.,]+\d/g) ?? [])
        expect(amount).toMatch(/^Rp \d{1,3}(\.\d{3})*$/);
      for (const date of m.text.match(/jatuh tempo [^,.]+/g) ?? [])
        expect(date).toMatch(
          // One date, or the first and the last of the installments falling due in the window.
          /^jatuh tempo \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}( (dan|s\.d\.) \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4})?$/,
        );
      // Short: the greeting, a line per loan, the total, the treasurer.
      expect(m.text.split('\n')).toHaveLength(m.loanIds.length + 3);
    }
    expect(out.summary.waLink).toBe(`https://wa.me/?text=${encodeURIComponent(out.summary.text)}`);
    const niks = (await demoBook()).members.flatMap((m) => (m.nik ? [m.nik] : []));
    expect(niks.length).toBeGreaterThan(0);
    for (const nik of niks) expect(r.stdout).not.toContain(nik);
  });

  it('a loan lent to an ID not in Anggota: its lines name the ID, never a blank name', async () => {
    // The demo's P004 (Mamat Rahmat, A004, in arrears) lent instead to A099, whom Anggota lacks.
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(join(dir, 'demo.xlsx'));
    const loans = excel.getWorksheet('Pinjaman')!;
    loans.eachRow((row) => {
      if (row.getCell(1).value === 'P004') row.getCell(2).value = 'A099';
    });
    await excel.xlsx.writeFile(join(dir, 'unknown.xlsx'));
    const messages = await run('messages', 'unknown.xlsx');
    expect(messages.stdout).toMatch(/^— A099: Rp [\d.]+$/m);
    expect(messages.stdout).toContain('Yth. Bapak/Ibu A099, dari Kelompok Tani Mekar Sari:');
    const journal = await run('journal', 'unknown.xlsx');
    expect(journal.stdout).toMatch(/^ {2}P004 A099: Rp /m);
  });
});
