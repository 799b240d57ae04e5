// The line under an action the book cannot give yet: the tabs it is made from that are missing, or
// whose header row was not found.
import { pick, type Lang } from '../../src/core/text';
import { el } from '../dom';
import { lacksAny, type Lacks } from './lacks';
import { fill, strings } from './strings';

/**
 * Under an action the book cannot give yet (the add-on would refuse it, naming the tab), so no one
 * clicks to be told. Not "run Siapkan Buku": a cash tab kept under another name wants renaming, not
 * an empty Kas beside it (the notice at the top says both).
 */
export function lackingNote(l: Lacks, lang: Lang, id: string): HTMLElement | null {
  if (!lacksAny(l)) return null;
  const say = (template: keyof typeof strings, tabs: readonly string[]) =>
    tabs.length > 0 ? fill(pick(strings[template], lang), { tabs: tabs.join(', ') }) : '';
  return el('p', {
    class: 'lacks-note',
    text: [say('lackingTabs', l.missing), say('unreadLacking', l.unread)].filter(Boolean).join(' '),
    attrs: { id, 'data-testid': id },
  });
}
