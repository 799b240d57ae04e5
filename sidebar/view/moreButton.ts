// "Show 40 more (1,234 not shown)": the button that fetches the next page of a long list.
import { pick } from '../../src/core/text';
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
