// A NIK is shown whole only in Anggota (docs/book.md §10): every problem message, Pemeriksaan, the
// journal and the sidebar's overview show its first 4 and last 4 digits.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../../src/core/api/createApi';
import { membersTab, activitiesTab, cashTab, loansTab, settingsTab } from '../../../src/core/book/schema';
import type { Grid } from '../../../src/core/cell';
import { reviewBook } from '../../../src/core/reviewBook';
import { maskNik } from '../../../src/core/values/maskNik';
import { main } from '../../../src/local/cli';
import { LocalHost } from '../../../src/local/localHost';
import { XlsxWorkbook } from '../../../src/local/xlsxWorkbook';
import { baseMembers, membersGrid, sampleTabs, tabSource, TODAY } from '../book/fixtures';

/** One member per NIK rule, each NIK unique, so that a leak names the code that leaked it. */
const niks = {
  length: '320301150580001',
  digits: '3203O11505800017',
  province: '9903011505800018',
  date: '3203019905800019',
  duplicate: '3203011505800001', // the chair's own NIK again
  gender: '3203015505800020', // a woman's NIK on a man
  birthDate: '3203011606810021', // 16/06/81 against 15/05/1980
};

function bookTabs(): Record<string, Grid> {
  const extra = Object.entries(niks).map(([rule, nik], i) => ({
    ...baseMembers[0],
    memberId: `N${i}`,
    name: `Anggota ${rule}`,
    role: 'Anggota',
    nik,
  }));
  return sampleTabs({ Anggota: membersGrid([...baseMembers, ...extra]) });
}

const cellsOf = (grid: readonly (readonly unknown[])[]): string =>
  grid
    .map((row) =>
      row.map((c) => (typeof c === 'object' && c !== null ? JSON.stringify(c) : String(c))).join('|'),
    )
    .join('\n');

function leaks(text: string): string[] {
  return Object.values(niks).filter((nik) => text.includes(nik));
}

describe('maskNik', () => {
  it('keeps the first 4 and last 4 digits of a NIK', () => {
    expect(maskNik('3507123456780185')).toBe('3507••••••••0185');
    expect(maskNik(3507123456780185)).toBe('3507••••••••0185');
    expect(maskNik('320301150580001')).toBe('3203•••••••0001');
  });
  it('keeps back the middle of a value too short to be a NIK', () => {
    expect(maskNik('12345678')).toBe('1••••••8');
    expect(maskNik('')).toBe('');
  });
  it('counts characters, not UTF-16 code units, in a value with characters outside the BMP', () => {
    expect(maskNik('🌾🌾123456789')).toBe('🌾🌾12•••6789');
    expect(maskNik('🌾2345678')).toBe('🌾••••••8');
  });
});

describe('a NIK outside Anggota', () => {
  it('is masked in every problem message, and each NIK rule still fires', () => {
    const { problems } = reviewBook(tabSource(bookTabs()), TODAY);
    const nikProblems = problems.filter((p) => p.code.startsWith('member.nik.'));
    expect(new Set(nikProblems.map((p) => p.code))).toEqual(
      new Set([
        'member.nik.length',
        'member.nik.digits',
        'member.nik.province',
        'member.nik.date',
        'member.nik.duplicate',
        'member.nik.genderMismatch',
        'member.nik.birthDateMismatch',
      ]),
    );
    expect(leaks(JSON.stringify(problems))).toEqual([]);
    const duplicate = nikProblems.find((p) => p.code === 'member.nik.duplicate');
    expect(duplicate?.message).toEqual({
      id: 'NIK "3203••••••••0001" sudah dipakai anggota di baris 2. Satu orang hanya satu NIK; periksa kedua baris.',
      en: 'NIK "3203••••••••0001" is already used by the member in row 2. Each person has one NIK; check both rows.',
    });
  });

  it('is masked in Pemeriksaan, the journal and the overview, and stays whole in Anggota', () => {
    const wb = XlsxWorkbook.create();
    const tabs = bookTabs();
    for (const spec of [settingsTab, membersTab, cashTab, loansTab, activitiesTab]) {
      const grid = tabs[spec.name];
      if (grid) wb.writeInputGrid(spec, spec.name, grid, 1);
    }
    const api = createApi(new LocalHost(wb, { today: TODAY, clock: () => new Date(0) }));
    const overview = api.getOverview();
    expect(overview.ok).toBe(true);
    expect(leaks(JSON.stringify(overview))).toEqual([]);
    expect(api.runChecks().ok).toBe(true);
    expect(api.generateJournal('2026-W48').ok).toBe(true);
    const generated = wb.tabNames().filter((n) => n === 'Pemeriksaan' || n.startsWith('Jurnal'));
    expect(generated).toHaveLength(2);
    for (const name of generated)
      expect({ name, leaks: leaks(cellsOf(wb.readTab(name))) }).toEqual({ name, leaks: [] });
    expect(leaks(cellsOf(wb.readTab('Anggota'))).sort()).toEqual(Object.values(niks).sort());
  });

  it('is masked in what the command line prints: check and card, as text and as --json', async () => {
    const wb = XlsxWorkbook.create();
    const tabs = bookTabs();
    for (const spec of [settingsTab, membersTab, cashTab, loansTab, activitiesTab]) {
      const grid = tabs[spec.name];
      if (grid) wb.writeInputGrid(spec, spec.name, grid, 1);
    }
    const file = join(mkdtempSync(join(tmpdir(), 'bk-nik-')), 'buku.xlsx');
    await wb.save(file);
    const printed: string[] = [];
    const run = (...argv: string[]) =>
      main([...argv, '--today', TODAY], {
        out: (l) => printed.push(l),
        err: (l) => printed.push(l),
        clock: () => new Date(0),
      });
    for (const json of [[], ['--json']]) {
      printed.length = 0;
      expect(await run('check', file, ...json)).toBe(1);
      const said = printed.join('\n');
      // Each NIK rule is reported, by its masked NIK where the message quotes one.
      expect(said).toContain(maskNik(niks.duplicate));
      expect({ json, leaks: leaks(said) }).toEqual({ json, leaks: [] });
      printed.length = 0;
      await run('card', file, '--member', 'N4', ...json);
      expect({ json, card: leaks(printed.join('\n')) }).toEqual({ json, card: [] });
      expect(printed.join('\n')).toContain(maskNik(niks.duplicate));
      // A NIK typed as the member asked for is refused quoting it masked (an audit: echoed whole).
      printed.length = 0;
      expect(await run('card', file, '--member', '3205 1710 0365 0001', ...json)).toBe(2);
      expect(printed.join('\n')).toContain('Anggota "3205••••••••0001" tidak ada di tab Anggota');
      expect(printed.join('\n')).not.toMatch(/1710|0365/);
    }
  });
});

describe('a row without an ID, and phone numbers (§10)', () => {
  const NIK = '3203011505800099';
  const PHONE = '081299998888';
  const LOST_ZERO = 85712340011;

  function api(rows: Parameters<typeof membersGrid>[0]) {
    const wb = XlsxWorkbook.create();
    const tabs = sampleTabs({ Anggota: membersGrid(rows) });
    for (const spec of [settingsTab, membersTab, cashTab, loansTab, activitiesTab]) {
      const grid = tabs[spec.name];
      if (grid) wb.writeInputGrid(spec, spec.name, grid, 1);
    }
    return createApi(new LocalHost(wb, { today: TODAY, clock: () => new Date(0) }));
  }

  it('a fix on a member row with no ID carries neither its NIK nor its phone to the sidebar', () => {
    const overview = api([
      ...baseMembers,
      {
        ...baseMembers[0],
        memberId: null,
        name: 'Tanpa ID',
        role: 'Anggota',
        nik: NIK,
        phone: PHONE,
        joinDate: '01/03/2020',
      },
    ]).getOverview();
    if (!overview.ok) throw new Error(overview.error.code);
    const fixed = overview.data.problems.items.filter((p) => p.tab === 'Anggota' && p.row === 5 && p.fix);
    expect(fixed.map((p) => p.code)).toContain('value.date.text');
    const json = JSON.stringify(overview);
    expect([json.includes(NIK), json.includes(PHONE)]).toEqual([false, false]);
  });

  it('a phone that lost its zero is masked in the message and the fix label; only the value the fix writes is whole', () => {
    const overview = api([
      ...baseMembers,
      { ...baseMembers[0], memberId: 'A009', role: 'Anggota', nik: NIK, phone: LOST_ZERO },
    ]).getOverview();
    if (!overview.ok) throw new Error(overview.error.code);
    const p = overview.data.problems.items.find((x) => x.code === 'member.phone.lostZero');
    expect(p?.message.id).toBe(
      'No HP 8571••••011 kehilangan angka 0 di depan karena disimpan sebagai angka. Simpan sebagai teks "0857•••••011".',
    );
    expect(p?.fix?.label.id).toBe('Simpan sebagai teks 0857•••••011');
    expect(p?.fix?.value).toBe('085712340011');
    const { value: _written, was: _read, ...shown } = p!.fix!;
    expect(JSON.stringify([p!.message, shown])).not.toMatch(/8571234|85712340011/);
  });
});
