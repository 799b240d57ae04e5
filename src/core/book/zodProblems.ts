// Turns the issues of a row's zod schema into problems: a missing required value, or a rule the value breaks.
import type * as z from 'zod/mini';
import { isProblemCode, type ProblemCodeTaking } from '../problems/problemCatalogue';
import type { Figure } from '../problems/problemKind';
import type { RowReader } from './rowReader';

/**
 * Each issue is placed in the column its path names. An absent value becomes its column's `…missing` code;
 * otherwise the issue's message is the problem code (row schemas write codes, not prose). A column
 * that already has an error for this row (an unreadable value) gets no second one.
 */
export function reportZodIssues<K extends string>(
  issues: readonly z.core.$ZodIssue[],
  candidate: Readonly<Partial<Record<K, unknown>>>,
  reader: RowReader<K>,
  missingCodes: Readonly<Partial<Record<K, ProblemCodeTaking<{ value: Figure }>>>>,
): void {
  const seen = new Set<K>();
  for (const issue of issues) {
    const key = String(issue.path[0]) as K;
    if (seen.has(key) || reader.hasError(key)) continue;
    seen.add(key);
    const wanted = candidate[key] === undefined ? (missingCodes[key] ?? 'value.notAccepted') : issue.message;
    // Schemas only name catalogue codes; a stray issue still becomes a readable problem, never a throw.
    // Row schemas name only codes told from the cell's value (held by test/core/problems).
    const code = isProblemCode(wanted)
      ? (wanted as ProblemCodeTaking<{ value: Figure }>)
      : 'value.notAccepted';
    reader.report(key, code, { value: reader.shown(key) });
  }
}
