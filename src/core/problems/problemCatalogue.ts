// Every problem the checks can report, in one typed table: its stable code, its severity, the
// arguments its message needs and its message in id and en. Each domain keeps its codes in a file of
// its own; this is where they meet, and `problemAt` is the one way to build a problem.
import { activityProblems } from './activityProblems';
import { attendanceProblems } from './attendanceProblems';
import { cashProblems } from './cashProblems';
import { creditProblems } from './creditProblems';
import { loanChangeProblems } from './loanChangeProblems';
import { loanProblems } from './loanProblems';
import { memberProblems } from './memberProblems';
import { planProblems } from './planProblems';
import type { Fix, Problem, Severity } from './problem';
import type { Figure, PlaceArgs, ProblemKind } from './problemKind';
import type { Bilingual } from '../text';
import { maskPrivate } from '../values/maskPrivate';
import type { Mutable } from '../mutable';
import { saprodiProblems } from './saprodiProblems';
import { savingsProblems } from './savingsProblems';
import { settingsProblems } from './settingsProblems';
import { shuProblems } from './shuProblems';
import { tabProblems } from './tabProblems';
import { valueProblems } from './valueProblems';
import { workbookFileProblems } from './workbookFileProblems';

export const problemCatalogue = {
  ...tabProblems,
  ...valueProblems,
  ...settingsProblems,
  ...memberProblems,
  ...cashProblems,
  ...loanProblems,
  ...activityProblems,
  ...creditProblems,
  ...loanChangeProblems,
  ...savingsProblems,
  ...shuProblems,
  ...workbookFileProblems,
  ...attendanceProblems,
  ...planProblems,
  ...saprodiProblems,
};

export type ProblemCode = keyof typeof problemCatalogue;

/** The arguments the message of `C` needs, besides the column. */
export type ProblemArgsOf<C extends ProblemCode> =
  (typeof problemCatalogue)[C] extends ProblemKind<infer A> ? A : never;

/** The codes whose message can be told from the arguments `A` (e.g. every "not on the list" code). */
export type ProblemCodeTaking<A extends object> = {
  [C in ProblemCode]: [A] extends [ProblemArgsOf<C>] ? C : never;
}[ProblemCode];

/** The arguments after the code: optional when the message needs none besides the column. */
export type ProblemArgsAndExtra<C extends ProblemCode> =
  Record<never, never> extends ProblemArgsOf<C>
    ? [args?: ProblemArgsOf<C>, extra?: Extra]
    : [args: ProblemArgsOf<C>, extra?: Extra];

type Extra = { readonly fix?: Fix; readonly severity?: Severity };

/** A finding with its code and arguments, before it is placed in a tab, row and column. */
export type ProblemNote = {
  [C in ProblemCode]: { readonly code: C; readonly args: ProblemArgsOf<C>; readonly fix?: Fix };
}[ProblemCode];

/** Where a problem is: the tab as the user named it, sheet row and column (1-based), header as written. */
export interface ProblemPlace {
  readonly tab: string;
  readonly row: number;
  readonly column: string;
  readonly col: number;
}

/**
 * A place in the order of its fields; without a column (`''`, 0) it is the whole row, or at row 0
 * the tab. Positional, as the two dozen places the readers build weigh less so in the Apps Script bundle.
 */
export function placeAt(tab: string, row: number, column = '', col = 0): ProblemPlace {
  return { tab, row, column, col };
}

/** How much of a cell a message quotes: a pasted paragraph would bury what the message says. */
export const MAX_QUOTED_VALUE = 80;

/** The cell as a message quotes it: in full, or its start and `…` when it is longer than MAX_QUOTED_VALUE. */
export function quotedValue<V extends Figure>(value: V): V | string {
  // A NIK or a mobile number typed where an ID or another value belongs is quoted masked, as
  // everywhere outside Anggota and the RDKK list: messages reach Pemeriksaan, the journal, the export.
  // A number cell's, shown in each language's grouping, is told by its Indonesian side.
  const masked = maskPrivate(typeof value === 'object' ? value.id : value);
  if (masked !== undefined) return masked;
  // A text of at most MAX_QUOTED_VALUE code units has no more characters: no list of them to make.
  if (typeof value !== 'string' || value.length <= MAX_QUOTED_VALUE) return value;
  const chars = Array.from(value);
  return chars.length > MAX_QUOTED_VALUE ? `${chars.slice(0, MAX_QUOTED_VALUE - 1).join('')}…` : value;
}

/** Arguments the add-on composes itself (lists of allowed values, tab names, rows): quoted whole. */
const COMPOSED_ARGS = new Set(['allowed', 'names', 'missing', 'rows']);

/**
 * A message's arguments: the problem's column, then every argument, each copied from a cell (the
 * value, a member or loan ID, a tab name…) quoted short.
 */
function quotedArgs(args: object, column: string): Record<string, Figure> & PlaceArgs {
  const quoted: Record<string, Figure> & PlaceArgs = { column };
  for (const key of Object.keys(args)) {
    const value = (args as Record<string, Figure>)[key]!;
    quoted[key] = COMPOSED_ARGS.has(key) ? value : quotedValue(value);
  }
  return quoted;
}

/** Builds the problem of a catalogue code at a place; `severity` only where a code's weight depends on the tab. */
export function problemAt<C extends ProblemCode>(
  code: C,
  place: ProblemPlace,
  ...rest: ProblemArgsAndExtra<C>
): Problem {
  const [args = {}, extra = {}] = rest;
  return problemOfNote({ code, args } as ProblemNote, place, extra);
}

/** Where a problem keeps its message's arguments: not enumerable, so no part of its data or JSON. */
const ARGS = Symbol('args');

/**
 * A problem's message, told from its code and arguments whenever it is read, never kept: a district
 * book has 180,000 problems, and their kept texts (two sentences each) took about 95 MB.
 */
function toldMessage(this: Problem & { readonly [ARGS]: object }): Bilingual {
  // The table is typed per code; looked up by a code of the union, its entry takes any arguments.
  const k = problemCatalogue[this.code as ProblemCode] as ProblemKind<Record<string, Figure>>;
  const c = this.column;
  const m = k.message(quotedArgs(this[ARGS], c));
  // On a row, a column named but at column 0 is one the header row lacks: nothing can be written
  // in it before it is added, whatever the message asks.
  return this.row && c && !this.col
    ? {
        id: `${m.id} Kolom "${c}" belum ada: tambahkan di baris judul.`,
        en: `${m.en} Column "${c}" is missing: add it to the header row.`,
      }
    : m;
}

const messageProperty: PropertyDescriptor = { get: toldMessage, enumerable: true };

/**
 * A problem made with `new`, so that V8 keeps its hidden arguments inside the object: an object
 * literal of six fields has no room left, and they took an array of their own (about 40 bytes a
 * problem; a district book holds 180,000 problems, the journal's twice as many). Its prototype is
 * Object's: to every reader it is a plain object, as before.
 */
const ProblemRow = function (this: Mutable<Problem>, place: ProblemPlace, code: string, severity: Severity) {
  this.tab = place.tab;
  this.row = place.row;
  this.column = place.column;
  this.col = place.col;
  this.code = code;
  this.severity = severity;
} as unknown as new (place: ProblemPlace, code: string, severity: Severity) => Mutable<Problem>;
ProblemRow.prototype = Object.prototype;

/** The problem of a note found while reading a cell, placed at its cell. */
export function problemOfNote(note: ProblemNote, place: ProblemPlace, extra: Extra = {}): Problem {
  const fix = extra.fix ?? note.fix;
  const problem = new ProblemRow(place, note.code, extra.severity ?? problemCatalogue[note.code].severity);
  // An own, enumerable property (read, copied and written to JSON as ever), in its place before `fix`.
  Object.defineProperty(problem, 'message', messageProperty);
  Object.defineProperty(problem, ARGS, { value: note.args });
  if (fix) problem.fix = fix;
  return problem;
}

/** Whether a string is a code of the catalogue (for codes that arrive as data, e.g. from zod). */
export function isProblemCode(code: string): code is ProblemCode {
  return Object.prototype.hasOwnProperty.call(problemCatalogue, code);
}

/**
 * A code named where its type cannot follow it (the message of a zod check): typed here, so a code
 * the catalogue lacks does not compile. Its message is told from the cell's value alone.
 */
export function valueCheckCode(code: ProblemCodeTaking<{ value: Figure }>): string {
  return code;
}
