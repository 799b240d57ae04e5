// A problem made for a test of the problem list's helpers: its place, code and severity as given,
// and a message of its own, so that a test can tell apart two problems that compare equal.
import type { Problem } from '../../../src/core/problems/problem';

let made = 0;

export function testProblem(
  code: string,
  tab: string,
  row: number,
  col: number,
  severity: Problem['severity'] = 'error',
): Problem {
  made += 1;
  return { tab, row, column: '', col, code, severity, message: { id: `#${made}`, en: `#${made}` } };
}
