// What reading one cell gives: nothing (empty), a value (perhaps with a note and a fix), or a problem.
import type { ProblemArgsOf, ProblemCode, ProblemNote } from '../problems/problemCatalogue';

/** A finding about one cell, before it is placed in a tab, row and column. */
export type ValueNote = ProblemNote;

export type ValueReading<T> =
  | { readonly status: 'empty' }
  | { readonly status: 'ok'; readonly value: T; readonly note?: ValueNote }
  | { readonly status: 'invalid'; readonly note: ValueNote };

export const emptyReading = { status: 'empty' } as const;

export function okReading<T>(value: T, note?: ValueNote): ValueReading<T> {
  return note ? { status: 'ok', value, note } : { status: 'ok', value };
}

export function invalidReading<T, C extends ProblemCode>(code: C, args: ProblemArgsOf<C>): ValueReading<T> {
  return { status: 'invalid', note: { code, args } as ProblemNote };
}
