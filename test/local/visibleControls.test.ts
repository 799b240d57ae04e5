// A book's text on the terminal: control characters and bidi overrides shown as escapes in text
// output, --json left as it is.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoWorkbook } from '../../src/local/demoWorkbook';
import { visibleControls } from '../../src/local/visibleControls';
import { cli } from './runCli';

const EVIL = 'Tani\u001b[2J\u001b]0;owned\u0007\u0000\u202eKiri\u2066';
const SHOWN = 'Tani\\u001b[2J\\u001b]0;owned\\u0007\\u0000\\u202eKiri\\u2066';
/** EVIL as other programs write it into the file (XML cannot hold the controls themselves). */
const EVIL_IN_XML = 'Tani_x001B_[2J_x001B_]0;owned_x0007__x0000_\u202eKiri\u2066';

test('visibleControls: C0 (not tab or newline), DEL, C1, bidi marks, overrides and isolates', () => {
  expect(visibleControls(EVIL)).toBe(SHOWN);
  expect(visibleControls('a\rb')).toBe('a\\u000db');
  expect(visibleControls('a\tb\nc \u007f\u0085\u061c\u200e\u200f\u2028')).toBe(
    'a\tb\nc \\u007f\\u0085\\u061c\\u200e\\u200f\\u2028',
  );
  expect(visibleControls('Rp 1.500.000 · Sukamaju – é ñ 中')).toBe('Rp 1.500.000 · Sukamaju – é ñ 中');
});

test('visibleControls: every character of the Basic Multilingual Plane, alone and in a line', () => {
  const hidden = (c: number) =>
    (c <= 0x1f && c !== 0x09 && c !== 0x0a) ||
    (c >= 0x7f && c <= 0x9f) ||
    [0x061c, 0x200e, 0x200f, 0x2028, 0x2029].includes(c) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069);
  const wrong: number[] = [];
  for (let c = 0; c <= 0xffff; c += 1) {
    const ch = String.fromCharCode(c);
    const shown = hidden(c) ? `\\u${c.toString(16).padStart(4, '0')}` : ch;
    if (visibleControls(`a${ch}b`) !== `a${shown}b`) wrong.push(c);
  }
  expect(wrong).toEqual([]);
});

describe('cell text reaching the terminal', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'bk-controls-')), 'buku.xlsx');

  beforeAll(async () => {
    const wb = demoWorkbook('2026-11-28');
    const settings = wb.readTab('Pengaturan');
    const row = settings.findIndex((r) => r[0] === 'Nama Kelompok');
    expect(row).toBeGreaterThanOrEqual(0);
    wb.writeCell('Pengaturan', row + 1, 2, EVIL_IN_XML);
    const members = wb.readTab('Anggota');
    const name = members.findIndex((r) => r[0] === 'A004');
    wb.writeCell('Anggota', name + 1, 2, EVIL_IN_XML);
    await wb.save(file);
  });

  test('text output shows them as escapes', async () => {
    const check = await cli('check', file, '--today', '2026-11-28');
    expect(check.out.split('\n')[0]).toBe(`${file} — ${SHOWN}`);
    const balances = await cli('balances', file, '--today', '2026-11-28');
    expect(balances.out).toContain(`A004 ${SHOWN}`);
    for (const r of [check, balances])
      for (const raw of ['\u0000', '\u0007', '\u001b', '\u202e', '\u2066']) expect(r.out).not.toContain(raw);
  });

  test('--json is left as it is: the exact text', async () => {
    const r = await cli('journal', file, '--json', '--today', '2026-11-28');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { header: { groupName: string } }).header.groupName).toBe(EVIL);
    expect(r.out).toContain('\u202e'); // JSON escapes C0 itself; the rest is printed as it is
  });
});
