// The line under an action the book cannot give yet: the tabs it is made from that are missing.
import { pick, type Lang } from '../../src/core/text';
import { el } from '../dom';
import { fill, strings } from './strings';

/**
 * Under an action the book cannot give yet: the tabs it is made from that are missing (the add-on
 * would refuse it, naming them), so no one clicks to be told.
 */
export function lackingNote(lacking: readonly string[], lang: Lang, id: string): HTMLElement | null {
  if (lacking.length === 0) return null;
  return el('p', {
    class: 'lacking',
    text: fill(pick(strings.lackingTabs, lang), { tabs: lacking.join(', ') }),
    attrs: { id, 'data-testid': id },
  });
}
