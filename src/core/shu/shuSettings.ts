// The share-out's settings (docs/book.md §8): `Pendapatan SHU`, `Biaya SHU` and `Pembagian SHU`,
// read from their Pengaturan text, with the defaults a blank value means.
import {
  matchListValue,
  normaliseListValue,
  settingKeys,
  type Category,
  type SettingKey,
} from '../book/schema';
import type { Figure } from '../problems/problemKind';
import { decimalText, pick, type Lang } from '../text';

/** Which part a `Pembagian SHU` entry is: the reserve takes the Rupiah left, two go to members. */
export type ShuPartRole = 'reserve' | 'savings' | 'loans' | 'other';

export interface ShuPart {
  /** The name as written, e.g. `Pengurus`; the three known parts take their canonical name. */
  readonly name: string;
  readonly role: ShuPartRole;
  /** Hundredths of a percent (`12,5` % is 1250): exact arithmetic for the split. */
  readonly basisPoints: number;
}

export interface ShuSettings {
  readonly incomeCategories: readonly Category[];
  readonly costCategories: readonly Category[];
  readonly parts: readonly ShuPart[];
}

/** What a blank SHU key means: the example `Siapkan Buku` writes under it (schema.ts), one text for both. */
const example = (key: SettingKey): string => settingKeys.find((k) => k.key === key)?.example ?? '';
export const DEFAULT_SHU_INCOME = example('shuIncome');
export const DEFAULT_SHU_COSTS = example('shuCosts');
export const DEFAULT_SHU_PARTS = example('shuParts');

/**
 * Members' own money and loan principal are neither income nor cost of the group; the jasa of
 * repayments is already counted from the credit engine, so `Angsuran Pinjaman` would count it twice.
 */
export const SHU_EXCLUDED_CATEGORIES: readonly Category[] = [
  'Simpanan Pokok',
  'Simpanan Wajib',
  'Simpanan Sukarela',
  'Penarikan Simpanan',
  'Pencairan Pinjaman',
  'Angsuran Pinjaman',
];

const knownParts: readonly { name: string; role: Exclude<ShuPartRole, 'other'>; aliases: string[] }[] = [
  { name: 'Cadangan', role: 'reserve', aliases: ['Dana Cadangan', 'Reserve'] },
  { name: 'Jasa Simpanan', role: 'savings', aliases: ['Jasa Modal', 'Savings'] },
  { name: 'Jasa Pinjaman', role: 'loans', aliases: ['Jasa Usaha', 'Loans'] },
];

/** Words that mean "no category at all" in a category list. */
const NONE = ['-', 'tidakada', 'none', 'kosong'];

export type ShuReading<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly code:
        | 'settings.shuCategory.unknown'
        | 'settings.shuCategory.notAllowed'
        | 'settings.shuCategory.both'
        | 'settings.shuParts.entry'
        | 'settings.shuParts.duplicate'
        | 'settings.shuParts.noReserve'
        | 'settings.shuParts.sum';
      readonly args: Readonly<Record<string, Figure>>;
    };

/** `Denda; Penjualan Hasil`: categories of `Kas`, separated by `;` (or `,`); `-` for none. */
export function parseShuCategories(raw: string): ShuReading<Category[]> {
  if (NONE.includes(normaliseListValue(raw))) return { ok: true, value: [] };
  const categories: Category[] = [];
  for (const piece of raw.split(/[;,]/)) {
    const name = piece.trim();
    if (name === '') continue;
    const category = matchListValue('category', name);
    if (category === undefined)
      return { ok: false, code: 'settings.shuCategory.unknown', args: { value: name } };
    if (SHU_EXCLUDED_CATEGORIES.includes(category))
      return { ok: false, code: 'settings.shuCategory.notAllowed', args: { value: name } };
    if (!categories.includes(category)) categories.push(category);
  }
  return { ok: true, value: categories };
}

/** `Cadangan 25; Jasa Simpanan 30; …`: names with percentages (up to two decimals) adding up to 100. */
export function parseShuParts(raw: string): ShuReading<ShuPart[]> {
  const parts: ShuPart[] = [];
  for (const piece of raw.split(';')) {
    const entry = piece.trim();
    if (entry === '') continue;
    const match = /^(.*?[^\s:=])\s*[:=]?\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/u.exec(entry);
    if (!match) return { ok: false, code: 'settings.shuParts.entry', args: { value: entry } };
    const written = match[1]!.trim();
    const basisPoints = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
    if (basisPoints <= 0 || basisPoints > 10_000)
      return { ok: false, code: 'settings.shuParts.entry', args: { value: entry } };
    const known = knownParts.find((k) =>
      [k.name, ...k.aliases].some((n) => normaliseListValue(n) === normaliseListValue(written)),
    );
    const name = known?.name ?? written;
    if (parts.some((p) => normaliseListValue(p.name) === normaliseListValue(name)))
      return { ok: false, code: 'settings.shuParts.duplicate', args: { value: written } };
    parts.push({ name, role: known?.role ?? 'other', basisPoints });
  }
  if (!parts.some((p) => p.role === 'reserve'))
    return { ok: false, code: 'settings.shuParts.noReserve', args: { value: raw.trim() } };
  const sum = parts.reduce((s, p) => s + p.basisPoints, 0);
  if (sum !== 10_000)
    return {
      ok: false,
      code: 'settings.shuParts.sum',
      args: { value: raw.trim(), sum: decimalText(sum / 100) },
    };
  return { ok: true, value: parts };
}

/** 1250 → `12,5` (Indonesian decimal comma), `12.5` in English; 3000 → `30`. */
export const formatPercent = (basisPoints: number, lang: Lang = 'id'): string =>
  pick(decimalText(basisPoints / 100), lang);

function unwrapDefault<T>(reading: ShuReading<T>): T {
  if (!reading.ok) throw new Error(`default SHU setting does not parse: ${reading.code}`);
  return reading.value;
}

export const defaultShuSettings: ShuSettings = {
  incomeCategories: unwrapDefault(parseShuCategories(DEFAULT_SHU_INCOME)),
  costCategories: unwrapDefault(parseShuCategories(DEFAULT_SHU_COSTS)),
  parts: unwrapDefault(parseShuParts(DEFAULT_SHU_PARTS)),
};
