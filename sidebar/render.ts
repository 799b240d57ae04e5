// Draws the whole panel from the state: header, cards, actions, problems, loans needing attention
// (each with its status, changes, held Kol and fines) and the portfolio's fines and write-off figures.
import { LOANS_PER_PAGE, PROBLEMS_PER_PAGE } from '../src/core/api/pages';
import type { Card, LoanAtRisk, Overview, ProblemView } from '../src/core/api/types';
import { FIGURES_TAB, figuresUnknown, shownOverview } from '../src/core/api/viewNeeds';
import { kolHeldLabel, loanStatusText } from '../src/core/credit/loanNotes';
import { pick, type Lang } from '../src/core/text';
import type { Controller, State } from './panelState';
import { el } from './dom';
import { memberMoney } from './memberMoney';
import { moreButton, restartedNote } from './view/moreButton';
import { actionButtons } from './view/actionButtons';
import { lackingNote } from './view/lackingNote';
import {
  cellReference,
  formatCardValue,
  formatCountOf,
  formatDate,
  formatRupiahIn,
  valueSize,
} from './view/format';
import { groupPage } from './view/problemGroups';
import { fill, strings } from './view/strings';

export function render(root: HTMLElement, state: State, ctl: Controller): void {
  const lang = state.lang;
  document.documentElement.lang = lang;
  // Without Kas, the money figures and the loans are shown as not computable (src/core/api/viewNeeds.ts).
  const o = state.overview && shownOverview(state.overview);
  const body: (Node | null)[] = [header(state, ctl)];
  if (!o) {
    body.push(
      state.loadError
        ? el('div', { class: 'notice error', attrs: { role: 'alert' } }, [
            el('p', { text: pick(state.loadError.message, lang) }),
            el('button', {
              class: 'btn primary',
              text: pick(strings.retry, lang),
              attrs: { type: 'button', 'data-key': 'retry' },
              on: { click: () => ctl.reload() },
            }),
          ])
        : el('p', { class: 'loading', text: pick(strings.loading, lang), attrs: { role: 'status' } }),
    );
  } else {
    if (o.missingTabs.length > 0 || o.unreadTabs.length > 0) {
      const why = figuresWhy(o);
      body.push(
        el('div', { class: 'notice warning', attrs: { 'data-testid': 'missing-tabs' } }, [
          o.missingTabs.length > 0
            ? el('p', { text: `${pick(strings.missingTabs, lang)} ${o.missingTabs.join(', ')}` })
            : null,
          o.unreadTabs.length > 0
            ? el('p', { text: `${pick(strings.unreadTabs, lang)} ${o.unreadTabs.join(', ')}` })
            : null,
          why ? el('p', { text: pick(why, lang) }) : null,
        ]),
      );
    }
    body.push(
      cards(o, state, ctl),
      actions(o, state, ctl),
      problems(o, state, ctl),
      loans(o, state, ctl),
      memberMoney(o, state, ctl),
      // Last, and kept at the panel's foot while it scrolls: a result or failure of a button far
      // down (Perbaiki, the cards, SHU) shows where the user is (an audit: it was 750 px above).
      statusRegion(state, root.querySelector<HTMLElement>('[data-testid=status]')),
    );
  }
  root.replaceChildren(...body.filter((n): n is Node => n !== null));
}

function header(state: State, ctl: Controller): HTMLElement {
  const lang = state.lang;
  const o = state.overview;
  const switcher = el(
    'div',
    { class: 'lang', attrs: { role: 'group', 'aria-label': pick(strings.language, lang) } },
    (['id', 'en'] as const).map((l) =>
      el('button', {
        class: 'lang-btn',
        text: l.toUpperCase(),
        attrs: {
          type: 'button',
          'aria-pressed': String(l === lang),
          'aria-label': l === 'id' ? 'Bahasa Indonesia' : 'English',
          'data-key': `lang-${l}`,
          disabled: state.busy !== null,
        },
        on: { click: () => ctl.setLanguage(l) },
      }),
    ),
  );
  return el('header', { class: 'top' }, [
    el('div', { class: 'top-row' }, [
      el('h1', {
        class: 'group',
        text: o ? o.groupName || pick(strings.title, lang) : pick(strings.title, lang),
      }),
      switcher,
    ]),
    o ? el('p', { class: 'asof', text: `${pick(strings.asOf, lang)} ${formatDate(o.asOf, lang)}` }) : null,
  ]);
}

function cards(o: Overview, state: State, ctl: Controller): HTMLElement {
  const lang = state.lang;
  return el('section', { class: 'cards-section', attrs: { 'aria-label': pick(strings.figures, lang) } }, [
    el(
      'ul',
      { class: 'cards' },
      o.cards.map((c) => card(c, state, ctl)),
    ),
  ]);
}

function card(c: Card, state: State, ctl: Controller): HTMLElement {
  const lang = state.lang;
  const open = state.openDefinitions.has(c.key);
  const defId = `def-${c.key}`;
  const label = pick(c.label, lang);
  const shown = formatCardValue(c, lang);
  const tone =
    (c.key === 'errors' && (c.value ?? 0) > 0 && 'bad') ||
    (c.key === 'warnings' && (c.value ?? 0) > 0 && 'warn') ||
    (c.key === 'arrears' && (c.value ?? 0) > 0 && 'warn') ||
    (c.key === 'par30' && (c.value ?? 0) > 0 && 'warn') ||
    '';
  return el('li', { class: `card ${tone}`, attrs: { title: pick(c.definition, lang), 'data-card': c.key } }, [
    el('div', { class: 'card-head' }, [
      el('span', { class: 'card-label', text: label }),
      el('button', {
        class: 'info',
        text: 'i',
        attrs: {
          type: 'button',
          'aria-expanded': String(open),
          'aria-controls': defId,
          'aria-label': `${pick(strings.definitionOf, lang)} ${label}`,
          'data-key': `def-${c.key}`,
        },
        on: { click: () => ctl.toggleDefinition(c.key) },
      }),
    ]),
    el('span', {
      class: `card-value ${valueSize(shown)}`,
      text: shown,
      attrs: { 'aria-label': c.value === null ? pick(strings.notComputable, lang) : undefined },
    }),
    el('p', { class: 'definition', text: pick(c.definition, lang), attrs: { id: defId, hidden: !open } }),
  ]);
}

function actions(o: Overview, state: State, ctl: Controller): HTMLElement {
  const lang = state.lang;
  const buttons = actionButtons(o, state.busy, lang).map((b) => {
    const noteId = `lacks-${b.key}`;
    const note =
      lackingNote(b.lacks, lang, noteId) ??
      (b.key === 'generateSaprodi' && o.seasons.length === 0 ? noSeasonNote(lang, noteId) : null);
    const button = el(
      'button',
      {
        class: `btn ${b.prominent ? 'primary' : ''} ${b.busy ? 'busy' : ''}`,
        attrs: {
          type: 'button',
          disabled: b.disabled,
          'aria-busy': b.busy ? 'true' : undefined,
          'data-key': `action-${b.key}`,
          'data-action': b.key,
          'aria-describedby': note ? noteId : undefined,
        },
        on: { click: () => ctl.run(b.key) },
      },
      [b.busy ? el('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }) : null, b.label],
    );
    if (b.key === 'generateSaprodi') return seasonPicker(o, state, ctl, button, note);
    if (b.key !== 'generateJournal') return note ? [button, note] : button;
    const selected = state.week ?? o.weeks[0]?.value ?? '';
    const picker = el(
      'select',
      {
        class: 'week',
        attrs: {
          id: 'week',
          disabled: state.busy !== null || o.weeks.length === 0,
          'data-key': 'week',
        },
        on: { change: (ev) => ctl.pickWeek((ev.target as HTMLSelectElement).value) },
      },
      o.weeks.map((w) =>
        el('option', {
          text: pick(w.label, lang),
          attrs: { value: w.value, selected: w.value === selected },
        }),
      ),
    );
    return el('div', { class: 'journal' }, [
      el('label', { class: 'week-label', text: pick(strings.week, lang), attrs: { for: 'week' } }),
      picker,
      button,
      note,
    ]);
  });
  return el(
    'section',
    { class: 'actions', attrs: { 'aria-label': pick(strings.actions, lang) } },
    buttons.flat(),
  );
}

/** The season picker beside `Buat Saprodi`: the seasons of the Saprodi tab, the latest written first. */
function seasonPicker(
  o: Overview,
  state: State,
  ctl: Controller,
  button: HTMLElement,
  note: HTMLElement | null,
): HTMLElement {
  const lang = state.lang;
  const selected = state.season ?? o.seasons[0] ?? '';
  const picker = el(
    'select',
    {
      class: 'week',
      attrs: { id: 'season', disabled: state.busy !== null || o.seasons.length === 0, 'data-key': 'season' },
      on: { change: (ev) => ctl.pickSeason((ev.target as HTMLSelectElement).value) },
    },
    o.seasons.map((s) => el('option', { text: s, attrs: { value: s, selected: s === selected } })),
  );
  return el('div', { class: 'journal' }, [
    el('label', { class: 'week-label', text: pick(strings.season, lang), attrs: { for: 'season' } }),
    picker,
    button,
    note,
  ]);
}

/** Under `Buat Saprodi` when the tab is there but gives no season: the button is off, and this says why. */
function noSeasonNote(lang: Lang, id: string): HTMLElement {
  return el('p', {
    class: 'lacks-note',
    text: pick(strings.noSeason, lang),
    attrs: { id, 'data-testid': id },
  });
}

/**
 * The one live region for progress, results and failures. The same node is kept across renders
 * (screen readers announce changes to a region that already exists, not a new one).
 */
function statusRegion(state: State, reuse: HTMLElement | null): HTMLElement {
  const node = reuse ?? el('div', { attrs: { role: 'status', 'data-testid': 'status' } });
  const status = state.status;
  const message = status ? pick(status.message, state.lang) : '';
  node.className = `status ${status?.kind ?? ''}`;
  // Failures interrupt; progress and results wait their turn.
  node.setAttribute('aria-live', status?.kind === 'error' ? 'assertive' : 'polite');
  if (node.textContent !== message) node.textContent = message;
  return node;
}

function problems(o: Overview, state: State, ctl: Controller): HTMLElement {
  const lang = state.lang;
  const { groups, hidden } = groupPage(o.problems);
  const content: (Node | null)[] = [
    el('h2', { text: pick(strings.problems, lang) }),
    restartedNote('problems', o.problems, lang),
  ];
  if (groups.length === 0) content.push(el('p', { class: 'empty', text: pick(strings.noProblems, lang) }));
  for (const g of groups) {
    const counts = [
      g.counts.error ? formatCountOf(g.counts.error, strings.error, strings.errors, lang) : '',
      g.counts.warning ? formatCountOf(g.counts.warning, strings.warning, strings.warnings, lang) : '',
      g.counts.info ? formatCountOf(g.counts.info, strings.note, strings.notes, lang) : '',
    ].filter(Boolean);
    content.push(
      el('h3', { class: 'tab' }, [
        el('span', { text: g.tab }),
        el('span', { class: 'counts', text: counts.join(' · ') }),
      ]),
      el(
        'ul',
        { class: 'problems' },
        g.problems.map((p) => problemItem(p, state, ctl)),
      ),
    );
  }
  if (hidden > 0) {
    // The tabs whose problems are all still to come: named, so that no tab goes unseen.
    const shown = new Set(groups.map((g) => g.tab));
    const others = o.problems.byTab.filter((t) => !shown.has(t.tab)).map((t) => t.tab);
    if (others.length > 0)
      content.push(
        el('p', {
          class: 'more-tabs',
          text: `${pick(strings.otherTabs, lang)} ${others.join(', ')}.`,
          attrs: { 'data-testid': 'more-tabs' },
        }),
      );
    content.push(
      moreButton('more-problems', Math.min(hidden, PROBLEMS_PER_PAGE), hidden, state, () =>
        ctl.moreProblems(),
      ),
    );
  }
  return el('section', { class: 'problems-section', attrs: { 'data-testid': 'problems' } }, content);
}

function problemItem(p: ProblemView, state: State, ctl: Controller): HTMLElement {
  const lang = state.lang;
  const ref = cellReference(p.row, p.col);
  const where =
    p.row === 0
      ? pick(strings.wholeTab, lang)
      : [`${pick(strings.row, lang)} ${p.row}`, p.column ? `${pick(strings.column, lang)} ${p.column}` : '']
          .filter(Boolean)
          .join(' · ');
  // The coloured letter in the panel's language: Kesalahan, Peringatan, Catatan / Error, Warning, info.
  const severityLabel = (
    lang === 'id' ? { error: 'K', warning: 'P', info: 'C' } : { error: 'E', warning: 'W', info: 'i' }
  )[p.severity];
  const go = el(
    'button',
    {
      class: 'problem-go',
      attrs: {
        type: 'button',
        title: `${pick(strings.goTo, lang)} ${p.tab}!${ref}`,
        'data-key': `go-${p.id}`,
        'data-problem': p.id,
        disabled: state.busy !== null,
      },
      on: { click: () => ctl.goToCell(p.tab, p.row, p.col, ref) },
    },
    [
      // Screen readers hear the severity as a word; the coloured letter is for the eye.
      el('span', { class: 'sr-only', text: `${pick(strings[p.severity], lang)}: ` }),
      el('span', { class: 'where', text: where }),
      // Heard as two sentences, not run together ("Kolom ID AnggotaAnggota …").
      el('span', { class: 'sr-only', text: '. ' }),
      el('span', { class: 'message', text: pick(p.message, lang) }),
    ],
  );
  const fixing = state.busy === 'applyFix' && state.busyProblem === p.id;
  const fix = p.fix
    ? el(
        'button',
        {
          class: `btn fix ${fixing ? 'busy' : ''}`,
          attrs: {
            type: 'button',
            title: pick(p.fix.label, lang),
            'aria-label': `${pick(strings.fix, lang)}: ${pick(p.fix.label, lang)}`,
            'data-key': `fix-${p.id}`,
            'data-fix': p.id,
            disabled: state.busy !== null,
            'aria-busy': fixing ? 'true' : undefined,
          },
          on: { click: () => ctl.applyFix(p) },
        },
        [
          fixing ? el('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }) : null,
          pick(strings.fix, lang),
        ],
      )
    : null;
  return el('li', { class: `problem ${p.severity}` }, [
    el('span', {
      class: 'sev',
      text: severityLabel,
      attrs: { 'aria-hidden': 'true', title: pick(strings[p.severity], lang) },
    }),
    go,
    fix,
  ]);
}

/** Why the money figures read –: Kas missing, or its header not found; null when they are known. */
function figuresWhy(o: Overview) {
  if (!figuresUnknown(o)) return null;
  return o.missingTabs.includes(FIGURES_TAB) ? strings.figuresNeedKas : strings.figuresKasUnread;
}

function loans(o: Overview, state: State, ctl: Controller): HTMLElement {
  const lang: Lang = state.lang;
  const page = o.loansAtRisk;
  const shown = page.items;
  const hidden = Math.max(0, page.total - shown.length);
  const content: (Node | null)[] = [
    el('h2', { text: pick(strings.loansAtRisk, lang) }),
    restartedNote('loans', page, lang),
  ];
  // "No loan needs attention" would be untrue of a book whose repayments cannot be read.
  if (shown.length === 0)
    content.push(
      el('p', {
        class: 'empty',
        text: pick(figuresWhy(o) ?? strings.noLoansAtRisk, lang),
      }),
    );
  else
    content.push(
      el(
        'ul',
        { class: 'loans' },
        shown.map((l) => loanItem(l, lang)),
      ),
    );
  if (hidden > 0)
    content.push(
      moreButton('more-loans', Math.min(hidden, LOANS_PER_PAGE), hidden, state, () => ctl.moreLoans()),
    );
  content.push(loanFigureList(o.loanFigures, lang));
  return el('section', { class: 'loans-section', attrs: { 'data-testid': 'loans' } }, content);
}

/**
 * One loan: who, days past due, arrears, Kol; its status with `Jadwal Ulang`/`Hapus Buku` beside it,
 * why its Kol is held, its next installment, its fines, what its write-off left.
 */
function loanItem(l: LoanAtRisk, lang: Lang): HTMLElement {
  // A no-break space: the narrow panel broke `Rp` from its number at the end of a line.
  const rp = (n: number) => formatRupiahIn(n, lang).replace('Rp ', 'Rp\u00a0');
  const held = kolHeldLabel(l);
  // A written-off loan has left the Kol counts (docs/book.md §7): no Kol colour, no Kol.
  const kind = l.writtenOff ? 'off-book' : `kol${l.kol}`;
  const hasFines = l.finesCharged > 0 || l.finesPaid > 0;
  return el('li', { class: `loan ${kind}`, attrs: { 'data-loan': l.loanId } }, [
    el('span', { class: 'member', text: l.memberName || l.memberId }),
    el('span', {
      class: 'days',
      text: formatCountOf(l.daysPastDue, strings.day, strings.days, lang),
    }),
    el('span', { class: 'amount', text: `${pick(strings.arrears, lang)} ${rp(l.arrears)}` }),
    el('span', { class: 'loan-id', text: l.writtenOff ? l.loanId : `${l.loanId} · Kol ${l.kol}` }),
    el('span', { class: 'loan-status', text: pick(loanStatusText(l), lang) }),
    held ? el('span', { class: 'kol-held', text: pick(held, lang) }) : null,
    l.nextInstallment
      ? el('span', {
          class: 'next-installment',
          text: fill(pick(strings.nextInstallment, lang), {
            date: formatDate(l.nextInstallment.due, lang),
            amount: rp(l.nextInstallment.amount),
          }),
        })
      : null,
    hasFines
      ? el('span', {
          class: 'loan-fines',
          text: fill(pick(l.finesWaived > 0 ? strings.loanFinesWaived : strings.loanFines, lang), {
            charged: rp(l.finesCharged),
            paid: rp(l.finesPaid),
            waived: rp(l.finesWaived),
            owed: rp(l.finesOwed),
          }),
        })
      : null,
    l.writtenOff
      ? el('span', {
          class: 'written-off',
          text: fill(pick(strings.loanWrittenOff, lang), {
            principal: rp(l.writtenOff.principal),
            recoveries: rp(l.recoveries),
          }),
        })
      : null,
  ]);
}

/**
 * The portfolio's fines, rescheduling and write-off figures, with the labels and definitions of
 * `Saldo Pinjaman`; only those that are not 0, so a book without them shows nothing here.
 */
function loanFigureList(figures: Overview['loanFigures'], lang: Lang): HTMLElement | null {
  const shown = figures.filter((f) => f.value !== null && f.value !== 0);
  if (shown.length === 0) return null;
  return el(
    'dl',
    {
      class: 'loan-figures',
      attrs: { 'data-testid': 'loan-figures', 'aria-label': pick(strings.loanFigures, lang) },
    },
    shown.map((f) =>
      el('div', { class: 'loan-figure', attrs: { title: pick(f.definition, lang), 'data-figure': f.key } }, [
        el('dt', { text: pick(f.label, lang) }),
        el('dd', { text: formatCardValue(f, lang) }),
      ]),
    ),
  );
}
