// The panel's "members' money" part: the member card (pick a member, search by name or ID), every
// member's card, the SHU of last year and this year, and the ready WhatsApp messages to copy or open.
import type { MemberMessage } from '../src/core/messages/readyMessages';
import { MESSAGES_PER_PAGE } from '../src/core/api/pages';
import type { MessagePage, Overview } from '../src/core/api/types';
import { pick } from '../src/core/text';
import { el } from './dom';
import type { Controller, State } from './panelState';
import { formatDate, formatRupiahIn } from './view/format';
import { lackingNote } from './view/lackingNote';
import { lacksAny, lacksFor, type Lacks } from './view/lacks';
import { searchMembers } from './view/memberSearch';
import { moreButton, restartedNote } from './view/moreButton';
import { fill, strings } from './view/strings';

export function memberMoney(o: Overview, state: State, ctl: Controller): HTMLElement {
  const lang = state.lang;
  const busy = state.busy !== null;
  // Cards and the share-out are made of Anggota and Kas, the messages of Kas: without them the
  // add-on refuses, so the buttons are disabled and say which tab is missing.
  const cards = { lacks: lacksFor(o, 'card'), note: 'lacks-card' };
  const shares = { lacks: lacksFor(o, 'shu'), note: 'lacks-shu' };
  const year = Number(o.asOf.slice(0, 4));
  const shown = searchMembers(o.members.items, state.memberQuery);
  const selected = state.member !== null && shown.some((m) => m.id === state.member) ? state.member : null;
  const list = el(
    'select',
    {
      class: 'member-list',
      attrs: {
        id: 'member-list',
        size: Math.min(6, Math.max(2, shown.length)),
        'aria-label': pick(strings.memberPick, lang),
        'data-key': 'member-list',
        disabled: busy,
      },
      on: { change: (ev) => ctl.pickMember((ev.target as HTMLSelectElement).value) },
    },
    shown.map((m) => {
      const text = `${m.id} · ${m.name}${m.active ? '' : ` (${pick(strings.memberLeft, lang)})`}`;
      // A list box cuts a long name at the panel's edge: the whole of it on hover, and under the list.
      return el('option', { text, attrs: { value: m.id, selected: m.id === selected, title: text } });
    }),
  );
  const picked = el('p', { class: 'member-picked', attrs: { 'data-testid': 'member-picked' } });
  const showPicked = (): void => {
    const option = list.selectedIndex >= 0 ? list.options[list.selectedIndex] : undefined;
    picked.textContent = option && !option.hidden ? option.text : '';
    picked.hidden = picked.textContent === '';
  };
  list.addEventListener('change', showPicked);
  showPicked();
  const search = el('input', {
    class: 'member-search',
    attrs: {
      type: 'search',
      id: 'member-search',
      placeholder: pick(strings.memberSearch, lang),
      'aria-label': pick(strings.memberSearch, lang),
      'aria-controls': 'member-list',
      value: state.memberQuery,
      'data-key': 'member-search',
      autocomplete: 'off',
    },
  });
  // Filtering happens in place, so typing never loses the caret to a redraw.
  search.addEventListener('input', () => {
    ctl.searchMembers(search.value);
    const keep = searchMembers(o.members.items, search.value);
    const ids = new Set(keep.map((m) => m.id));
    for (const option of Array.from(list.options)) option.hidden = !ids.has(option.value);
    if (keep.length === 1 && keep[0]) {
      list.value = keep[0].id;
      ctl.pickMember(keep[0].id);
      card.disabled = busy || lacksAny(cards.lacks);
    } else if (state.member !== null && !ids.has(state.member)) {
      // The member picked is no longer shown: no card is made for someone the list hides.
      list.value = '';
      ctl.pickMember(null);
      card.disabled = true;
    }
    showPicked();
  });
  const button = (
    key: string,
    label: string,
    onClick: () => void,
    needs: { readonly lacks: Lacks; readonly note: string },
    disabled = busy,
    prominent = false,
    describedBy?: string,
  ) =>
    el(
      'button',
      {
        class: `btn ${prominent ? 'primary' : ''} ${state.busy === key ? 'busy' : ''}`,
        attrs: {
          type: 'button',
          disabled: disabled || lacksAny(needs.lacks),
          'data-key': `action-${key}`,
          'data-action': key,
          'aria-busy': state.busy === key ? 'true' : undefined,
          'aria-describedby': lacksAny(needs.lacks) ? needs.note : describedBy,
        },
        on: { click: onClick },
      },
      // The pressed button turns while its call runs, as the actions above do (an audit: nothing moved).
      [state.busy === key ? el('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }) : null, label],
    );
  const noMembers = o.members.total === 0;
  // Why the card button is off before a member is picked, or when Anggota lists none.
  const pickFirst =
    !lacksAny(cards.lacks) && (noMembers || selected === null)
      ? el('p', {
          class: 'lacks-note',
          text: pick(noMembers ? strings.noMembers : strings.pickMemberFirst, lang),
          attrs: { id: 'pick-member-note', 'data-testid': 'pick-member-note' },
        })
      : null;
  const card = button(
    'memberCard',
    pick(strings.memberCard, lang),
    () => ctl.makeCard(),
    cards,
    busy || selected === null,
    true,
    pickFirst ? 'pick-member-note' : undefined,
  );
  return el(
    'section',
    {
      class: 'member-money',
      attrs: { 'aria-label': pick(strings.memberMoney, lang), 'data-testid': 'member-money' },
    },
    [
      el('h2', { text: pick(strings.memberMoney, lang) }),
      el('label', {
        class: 'week-label',
        text: pick(strings.memberPick, lang),
        attrs: { for: 'member-search' },
      }),
      search,
      list,
      picked,
      card,
      pickFirst,
      button(
        'allMemberCards',
        pick(strings.allMemberCards, lang),
        () => ctl.makeAllCards(),
        cards,
        busy || noMembers,
        false,
        noMembers ? 'pick-member-note' : undefined,
      ),
      lackingNote(cards.lacks, lang, cards.note),
      el('div', { class: 'shu-buttons' }, [
        button(
          'shuLastYear',
          fill(pick(strings.computeShu, lang), { year: year - 1 }),
          () => ctl.computeShu(year - 1),
          shares,
        ),
        button(
          'shuThisYear',
          fill(pick(strings.computeShu, lang), { year }),
          () => ctl.computeShu(year),
          shares,
        ),
      ]),
      lackingNote(shares.lacks, lang, shares.note),
      state.messages === null
        ? showMessagesButton(state, ctl, lacksFor(o, 'messages'))
        : messages(state.messages, state, ctl),
    ],
  );
}

function copyButton(key: string, text: string, state: State, ctl: Controller): HTMLElement {
  const copied = state.copied === key;
  return el('button', {
    class: 'btn copy',
    text: pick(copied ? strings.copied : strings.copy, state.lang),
    attrs: { type: 'button', 'data-key': `copy-${key}`, 'data-copy': key },
    on: { click: () => ctl.copy(key, text) },
  });
}

function messageItem(m: MemberMessage, state: State, ctl: Controller): HTMLElement {
  const lang = state.lang;
  return el('li', { class: 'message-item', attrs: { 'data-member': m.memberId } }, [
    el('div', { class: 'message-head' }, [
      el('span', { class: 'member', text: `${m.name} (${m.memberId})` }),
      el('span', { class: 'amount', text: formatRupiahIn(m.total, lang) }),
    ]),
    el('pre', { class: 'message-text', text: m.text }),
    el('div', { class: 'message-actions' }, [
      copyButton(`member-${m.memberId}`, m.text, state, ctl),
      m.waLink
        ? el('a', {
            class: 'btn wa',
            text: pick(strings.sendWa, lang),
            attrs: { href: m.waLink, target: '_blank', rel: 'noopener noreferrer', 'data-wa': m.memberId },
          })
        : el('span', { class: 'no-phone', text: pick(strings.noPhone, lang) }),
    ]),
  ]);
}

/** The messages are prepared on asking: computing them costs a week's journal on every overview. */
function showMessagesButton(state: State, ctl: Controller, lacks: Lacks): HTMLElement {
  return el('div', { class: 'messages', attrs: { 'data-testid': 'messages' } }, [
    el('button', {
      class: `btn ${state.busy === 'getMessages' ? 'busy' : ''}`,
      text: pick(strings.showMessages, state.lang),
      attrs: {
        type: 'button',
        disabled: state.busy !== null || lacksAny(lacks),
        'data-key': 'show-messages',
        'data-action': 'showMessages',
        'aria-describedby': lacksAny(lacks) ? 'lacks-messages' : undefined,
      },
      on: { click: () => ctl.showMessages() },
    }),
    lackingNote(lacks, state.lang, 'lacks-messages'),
  ]);
}

function messages(r: MessagePage, state: State, ctl: Controller): HTMLElement {
  const lang = state.lang;
  const hidden = Math.max(0, r.total - r.items.length);
  return el('div', { class: 'messages', attrs: { 'data-testid': 'messages' } }, [
    el('h3', {
      text: fill(pick(strings.messagesTitle, lang), {
        from: formatDate(r.from, lang),
        to: formatDate(r.to, lang),
      }),
    }),
    restartedNote('messages', r, lang),
    r.items.length === 0
      ? el('p', { class: 'empty', text: pick(strings.noMessages, lang) })
      : el(
          'ul',
          { class: 'message-list' },
          r.items.map((m) => messageItem(m, state, ctl)),
        ),
    hidden > 0
      ? moreButton('more-messages', Math.min(hidden, MESSAGES_PER_PAGE), hidden, state, () =>
          ctl.moreMessages(),
        )
      : null,
    el('h3', { text: pick(strings.weekSummary, lang) }),
    el('pre', { class: 'message-text', text: r.summary.text }),
    el('div', { class: 'message-actions' }, [
      copyButton('summary', r.summary.text, state, ctl),
      el('a', {
        class: 'btn wa',
        text: pick(strings.sendWaGroup, lang),
        attrs: { href: r.summary.waLink, target: '_blank', rel: 'noopener noreferrer', 'data-wa': 'summary' },
      }),
    ]),
  ]);
}
