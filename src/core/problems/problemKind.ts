// How a catalogue entry is declared: a severity and one message per language over typed arguments.
import type { Severity } from './problem';
import type { Bilingual } from '../text';

/** A value a message quotes: text copied from a cell (quoted short), a count, a row number, … */
export type Arg = string | number;

/** What every message may use besides its own arguments: the column header as the user wrote it. */
export interface PlaceArgs {
  readonly column: string;
}

/** One problem code: its weight and its message, whose arguments `A` are fixed by the code. */
export interface ProblemKind<A extends object> {
  readonly severity: Severity;
  readonly message: (a: Readonly<A> & PlaceArgs) => Bilingual;
}

type Say<A extends object> = (a: Readonly<A> & PlaceArgs) => string;

const kind = <A extends object>(severity: Severity, id: Say<A>, en: Say<A>): ProblemKind<A> => ({
  severity,
  message: (a) => ({ id: id(a), en: en(a) }),
});

/** An error; `A` lists the arguments its message needs (`{}` when it needs none but the column). */
export const e = <A extends object = Record<never, never>>(id: Say<A>, en: Say<A>) =>
  kind<A>('error', id, en);
export const w = <A extends object = Record<never, never>>(id: Say<A>, en: Say<A>) =>
  kind<A>('warning', id, en);
export const i = <A extends object = Record<never, never>>(id: Say<A>, en: Say<A>) => kind<A>('info', id, en);

/** A value that is not on its list: `Kategori "Tabungan" tidak ada di daftar. Pilih salah satu: …`. */
export const notOnList = (what: Bilingual) =>
  e<{ value: Arg; allowed: Arg }>(
    (a) => `${what.id} "${a.value}" tidak ada di daftar. Pilih salah satu: ${a.allowed}.`,
    (a) => `${what.en} "${a.value}" is not on the list. Pick one of: ${a.allowed}.`,
  );

/** A required value left blank: `Kolom "Nama" kosong: …`. */
export const missing = (what: { readonly id: string; readonly en: string }) =>
  e(
    (a) => `Kolom "${a.column}" kosong: ${what.id}.`,
    (a) => `Column "${a.column}" is empty: ${what.en}.`,
  );
