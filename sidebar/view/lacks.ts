// What an action lacks of the book: the tabs its report is made from (src/core/book/reportTabs.ts)
// that are missing, or there with no header row found. Either way the add-on would refuse it.
import type { Overview } from '../../src/core/api/types';
import { lackingFor, type Report } from '../../src/core/book/reportTabs';

export interface Lacks {
  readonly missing: readonly string[];
  readonly unread: readonly string[];
}

export const LACKS_NOTHING: Lacks = { missing: [], unread: [] };

export function lacksFor(o: Pick<Overview, 'missingTabs' | 'unreadTabs'>, report: Report): Lacks {
  return { missing: lackingFor(o.missingTabs, report), unread: lackingFor(o.unreadTabs, report, true) };
}

export function lacksAny(l: Lacks): boolean {
  return l.missing.length > 0 || l.unread.length > 0;
}
