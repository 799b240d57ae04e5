// Checks a row's values against its zod schema (zod/mini): issues become problems, and the row is kept when its
// required values survive (an optional value that breaks a rule is dropped, the row is not).
import * as z from 'zod/mini';
import type { ProblemCodeTaking } from '../problems/problemCatalogue';
import type { Figure } from '../problems/problemKind';
import type { RowReader } from './rowReader';
import { reportZodIssues } from './zodProblems';

export function parseRow<K extends string, S extends z.ZodMiniType>(
  schema: S,
  candidate: Readonly<Partial<Record<K, unknown>>>,
  reader: RowReader<K>,
  /** The problem of each required column left blank. */
  missingCodes: Readonly<Partial<Record<K, ProblemCodeTaking<{ value: Figure }>>>>,
): z.output<S> | undefined {
  const first = z.safeParse(schema, candidate);
  if (first.success) return first.data;
  reportZodIssues(first.error.issues, candidate, reader, missingCodes);
  const cleaned: Partial<Record<K, unknown>> = { ...candidate };
  for (const issue of first.error.issues) delete cleaned[String(issue.path[0]) as K];
  const second = z.safeParse(schema, cleaned);
  return second.success ? second.data : undefined;
}
