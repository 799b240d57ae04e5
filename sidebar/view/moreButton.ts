// "Show 40 more (1,234 not shown)": the button that fetches the next page of a long list, and the
// line that says when the list was loaded again from its start instead (the book changed meanwhile).
import type { Page } from '../../src/core/api/types';
import { pick, type Lang } from '../../src/core/text';
import { el } from '../dom';
import type { State } from '../panelState';
import { formatCount } from './format';
import { fill, strings } from './strings';

export function moreButton(
  key: string,
  n: number,
  left: number,
  state: State,
  onClick: () => void,
): HTMLElement {
  const lang = state.lang;
  return el('button', {
    class: 'btn more',
    text: fill(pick(strings.showMore, lang), { n: formatCount(n, lang), left: formatCount(left, lang) }),
    attrs: { type: 'button', 'data-key': key, 'data-testid': key, disabled: state.busy !== null },
    on: { click: onClick },
  });
}

/** Above a list the server sent again from its start (`Page.restarted`): why it is shorter now. */
export function restartedNote(key: string, page: Page<unknown>, lang: Lang): HTMLElement | null {
  return page.restarted
    ? el('p', {
        class: 'notice warning',
        text: pick(strings.listRestarted, lang),
        attrs: { role: 'status', 'data-testid': `${key}-restarted` },
      })
    : null;
}
