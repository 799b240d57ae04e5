// How a catalogue entry is declared: a severity and one message per language over typed arguments.
import type { Severity } from './problem';
import type { Bilingual, Lang } from '../text';

/** A value a message quotes: text copied from a cell (quoted short), a count, a row number, … */
export type Arg = string | number;

/**
 * A figure the add-on writes itself, in each language's way (`Rp 1.500.000`, `Rp 1,500,000`): each
 * message's text form takes its own language's side. Text copied from a cell stays an `Arg`, quoted
 * as typed in both.
 */
export type Figure = Arg | Bilingual;

/** What every message may use besides its own arguments: the column header as the user wrote it. */
export interface PlaceArgs {
  readonly column: string;
}

/** One problem code: its weight and its message, whose arguments `A` are fixed by the code. */
export interface ProblemKind<A extends object> {
  readonly severity: Severity;
  readonly message: (a: Readonly<A> & PlaceArgs) => Bilingual;
}

/**
 * A message in one language: text whose `{name}` is replaced by that argument, a `Figure` by its
 * side in that language (`'Tanggal {date} sesudah hari ini ({today}).'`), or a function for a message that picks its words. The text form
 * reads the same as a template literal and weighs less in the Apps Script bundle: no function per
 * message, no `a.` per argument.
 */
type Say<A extends object> = string | ((a: Readonly<A> & PlaceArgs) => string);

const PLACEHOLDER = /\{(\w+)\}/g;

/** A figure's side in `lang`; an `Arg`, as it is. A message that picks its words says a figure by it. */
export const sideOf = (value: Figure, lang: Lang): string =>
  String(typeof value === 'object' ? value[lang] : value);

function say<A extends object>(message: Say<A>, a: Readonly<A> & PlaceArgs, lang: Lang): string {
  return typeof message === 'string'
    ? message.replace(PLACEHOLDER, (_, name: string) => sideOf(a[name as keyof typeof a] as Figure, lang))
    : message(a);
}

const kind = <A extends object>(severity: Severity, id: Say<A>, en: Say<A>): ProblemKind<A> => ({
  severity,
  message: (a) => ({ id: say(id, a, 'id'), en: say(en, a, 'en') }),
});

/** An error; `A` lists the arguments its message needs (`{}` when it needs none but the column). */
export const e = <A extends object = Record<never, never>>(id: Say<A>, en: Say<A>) =>
  kind<A>('error', id, en);
export const w = <A extends object = Record<never, never>>(id: Say<A>, en: Say<A>) =>
  kind<A>('warning', id, en);
export const i = <A extends object = Record<never, never>>(id: Say<A>, en: Say<A>) => kind<A>('info', id, en);

/** A value that is not on its list: `Kategori "Tabungan" tidak ada di daftar. Pilih salah satu: …`. */
export const notOnList = (what: Bilingual) =>
  e<{ value: Figure; allowed: Arg }>(
    `${what.id} "{value}" tidak ada di daftar. Pilih salah satu: {allowed}.`,
    `${what.en} "{value}" is not on the list. Pick one of: {allowed}.`,
  );

/** A required value left blank: `Kolom "Nama" kosong: …`, then what to write, in each language. */
export const missing = (id: string, en: string) =>
  e(`Kolom "{column}" kosong: ${id}.`, `Column "{column}" is empty: ${en}.`);
