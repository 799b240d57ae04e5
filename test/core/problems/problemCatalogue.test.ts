// The catalogue of problem codes: stable dotted codes, messages in both languages, and a test for each.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  MAX_QUOTED_VALUE,
  problemAt,
  problemCatalogue,
  quotedValue,
  type ProblemCode,
} from '../../../src/core/problems/problemCatalogue';
import type { Arg, ProblemKind } from '../../../src/core/problems/problemKind';

const codes = Object.keys(problemCatalogue) as ProblemCode[];

/** Every key a message asks for reads as `{key}`, so a missing argument shows. */
const placeholders = new Proxy({}, { get: (_t, key) => `{${String(key)}}` }) as Record<string, string>;

function sourcesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sourcesUnder(full, suffix) : name.endsWith(suffix) ? [full] : [];
  });
}

describe('problemCatalogue', () => {
  it.each(codes)('%s is a stable dotted code with a message in id and en', (code) => {
    expect(code).toMatch(/^[a-z]+(\.[a-z][a-zA-Z]*)+$/);
    const kind = problemCatalogue[code] as ProblemKind<Record<string, Arg>>;
    const { id, en } = kind.message(placeholders as Record<string, Arg> & { column: string });
    expect(id).toMatch(/\.$/);
    expect(en).toMatch(/\.$/);
    expect(id).not.toEqual(en);
    expect(`${id} ${en}`).not.toMatch(/undefined|NaN|\[object/);
  });

  it('has a test that asserts each code outside this file', () => {
    const sources = sourcesUnder(join(__dirname, '..', '..'), '.test.ts')
      .filter((f) => !f.endsWith('problemCatalogue.test.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(codes.filter((code) => !sources.includes(`'${code}'`))).toEqual([]);
  });

  it('has no entry that the code never reports', () => {
    // A code the catalogue lacks does not compile (problemAt and valueCheckCode are typed by it);
    // this is the other half: every entry is named somewhere outside the catalogue's own files.
    const src = join(__dirname, '..', '..', '..', 'src');
    const uses = sourcesUnder(src, '.ts')
      .filter((f) => !f.includes(`${join('core', 'problems')}`))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(codes.filter((code) => !uses.includes(`'${code}'`))).toEqual([]);
  });

  it('places a problem and lets a code be lighter where the tab says so', () => {
    const place = { tab: 'Pinjaman', row: 0, column: '', col: 0 };
    expect(problemAt('tab.missing', place, { tab: 'Pinjaman' }, { severity: 'warning' })).toEqual({
      ...place,
      code: 'tab.missing',
      severity: 'warning',
      message: {
        id: 'Tab "Pinjaman" tidak ada. Buat tab itu dengan Siapkan Buku (menu add-on, atau perintah buku-kelompok setup) atau ganti nama tab yang ada menjadi "Pinjaman".',
        en: 'The tab "Pinjaman" is missing. Create it with Siapkan Buku (the add-on menu, or the command buku-kelompok setup) or rename an existing tab to "Pinjaman".',
      },
    });
  });

  it('makes a plain object: its fields in order, JSON as ever, its arguments hidden', () => {
    const fix = { value: 5, label: { id: 'Simpan 5', en: 'Save 5' } };
    const p = problemAt(
      'tab.missing',
      { tab: 'Kas', row: 3, column: 'Masuk', col: 7 },
      { tab: 'Kas' },
      { fix },
    );
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
    expect(Object.keys(p)).toEqual(['tab', 'row', 'column', 'col', 'code', 'severity', 'message', 'fix']);
    expect(JSON.parse(JSON.stringify(p))).toEqual({ ...p });
    expect({ ...p }.message.en).toBe(p.message.en);
  });

  it('keeps its hidden arguments inside a problem, not in an array of their own (a district book holds 180,000)', () => {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const n = 100_000;
    const args = { loanId: 'P000001', date: '01/01/2024', disbursed: '05/05/2025' };
    collect();
    const before = process.memoryUsage().heapUsed;
    const kept = new Array<unknown>(n);
    for (let i = 0; i < n; i++)
      kept[i] = problemAt(
        'credit.beforeDisbursement',
        { tab: 'Kas', row: i + 2, column: 'Tanggal', col: 1 },
        args,
      );
    collect();
    const perProblem = (process.memoryUsage().heapUsed - before) / n;
    // The arguments' object is shared here: a problem and its slot in `kept` measured 119 bytes when
    // a literal of six fields gave the hidden arguments an array of their own, 87 with them inside.
    expect(perProblem).toBeLessThan(105);
    expect(kept).toHaveLength(n);
  });
});

describe('quotedValue', () => {
  it('masks a mobile number typed where another value belongs to its first 4 and last 3 digits (docs/book.md §10)', () => {
    expect(quotedValue('081234567890')).toBe('0812•••••890');
    expect(quotedValue('+62 812-3456-7891')).toBe('+62 81•-••••-•891');
    const p = problemAt(
      'attendance.mark.unknown',
      { tab: 'Daftar Hadir', row: 4, column: '05/11/2026', col: 3 },
      { value: '0812 3456 7890' },
    );
    expect(p.message.id).toContain('"0812 •••• •890"');
    expect(p.message.en).toContain('"0812 •••• •890"');
    expect(JSON.stringify(p)).not.toContain('3456');
    // No mobile number's shape: quoted as typed.
    expect(quotedValue('Rp 1.250.000')).toBe('Rp 1.250.000');
    expect(quotedValue('0212345678')).toBe('0212345678');
  });

  it('quotes a value of up to MAX_QUOTED_VALUE characters whole, and cuts a longer one', () => {
    const exact = 'a'.repeat(MAX_QUOTED_VALUE);
    expect(quotedValue(exact)).toBe(exact);
    expect(quotedValue(`${exact}b`)).toBe(`${'a'.repeat(MAX_QUOTED_VALUE - 1)}…`);
    expect(quotedValue(12345)).toBe(12345);
    // Cut between characters, never inside one (an emoji is two UTF-16 units).
    expect(quotedValue('🌾'.repeat(100))).toBe(`${'🌾'.repeat(MAX_QUOTED_VALUE - 1)}…`);
  });

  it('masks a number cell quoted in both languages by its Indonesian side, and fills each side in its message', () => {
    // A NIK typed as a number into Masuk: `3,203,011,505,800,000` in English must not slip past the mask.
    expect(quotedValue({ id: '3.203.011.505.800.000', en: '3,203,011,505,800,000' })).toBe(
      '3203••••••••0000',
    );
    const both = { id: '1.250.000', en: '1,250,000' };
    expect(quotedValue(both)).toBe(both);
    const p = problemAt(
      'plan.cost.negative',
      { tab: 'RUK', row: 2, column: 'Biaya (Rp)', col: 7 },
      {
        value: { id: '-1.250.000', en: '-1,250,000' },
      },
    );
    expect(p.message).toEqual({
      id: 'Biaya tidak boleh minus: -1.250.000.',
      en: 'The cost cannot be negative: -1,250,000.',
    });
  });

  it('masks a NIK typed where an ID belongs, as text or as a number (docs/book.md §10)', () => {
    expect(quotedValue('3205171003650001')).toBe('3205••••••••0001');
    expect(quotedValue(3205171003650001)).toBe('3205••••••••0001');
    // Typed with spaces or dashes, as Anggota reads a NIK (found by an audit: quoted whole).
    expect(quotedValue('3507 0112 0180 0185')).toBe('3507••••••••0185');
    expect(quotedValue('3507-0112-0180-0185')).toBe('3507••••••••0185');
    // Not a NIK's shape: quoted as typed.
    expect(quotedValue('320517100365000')).toBe('320517100365000');
    expect(quotedValue('2026-11-05')).toBe('2026-11-05');
    expect(quotedValue('A3205171003650001')).toBe('A3205171003650001');
    const p = problemAt(
      'cash.member.unknown',
      { tab: 'Kas', row: 7, column: 'ID Anggota', col: 5 },
      { value: '3205171003650001' },
    );
    expect(p.message).toEqual({
      id: 'ID Anggota "3205••••••••0001" tidak ada di tab Anggota. Perbaiki ID-nya, atau daftarkan anggota itu dulu.',
      en: expect.stringContaining('"3205••••••••0001"') as string,
    });
    expect(JSON.stringify(p)).not.toContain('3205171003650001');
  });

  it('masks a NIK typed with en dashes, and a phone typed into a number cell or with brackets (found by an audit: quoted whole)', () => {
    expect(quotedValue('3507–5412–0180–0054')).toBe('3507••••••••0054');
    // 081277000082 typed into a number cell: the sheet shows 81.277.000.082, the zero gone.
    expect(quotedValue('81.277.000.082')).toBe('8127••••082');
    expect(quotedValue(81277000082)).toBe('8127••••082');
    expect(quotedValue('6.281.277.000.083')).toBe('6281••••••083');
    expect(quotedValue('(0812) 77000063')).toBe('0812•••••063');
    expect(quotedValue('0812.7700.0062')).toBe('0812•••••062');
    // An amount is no phone number: nine digits and fewer, or not an operator's digits, quoted as typed.
    expect(quotedValue('850.000.000')).toBe('850.000.000');
    expect(quotedValue('-850.000.000')).toBe('-850.000.000');
    expect(quotedValue('4.500.000.000')).toBe('4.500.000.000');
    const mark = problemAt(
      'attendance.mark.unknown',
      { tab: 'Daftar Hadir', row: 5, column: '05/11/2026', col: 15 },
      { value: '81.277.000.082' },
    );
    expect(mark.message.id).toBe(
      '"8127••••082" bukan kode kehadiran. Tulis H (hadir), W (diwakilkan), I (izin), S (sakit), atau A/kosong (tidak hadir); sel ini dihitung tidak hadir.',
    );
    expect(JSON.stringify(mark)).not.toContain('277.000');
  });
});
