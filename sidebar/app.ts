// The sidebar's state and what each control does: one call to the server at a time, then re-render.
import { fixRequest } from '../src/core/api/shownFix';
import type {
  ActionResult,
  ApiResponse,
  LanguageChoice,
  LoanAtRisk,
  MessagePage,
  Overview,
  Page,
  ProblemPage,
} from '../src/core/api/types';
import type { Bilingual } from '../src/core/text';
import type { SidebarClient } from './client';
import type { Controller, State } from './panelState';
import { render } from './render';
import { fill, strings } from './view/strings';
import type { BusyKey } from './view/actionButtons';
import { appendLoanPage } from './view/loansAtRisk';
import { appendMessagePage } from './view/messagePages';
import { appendProblemPage } from './view/problemGroups';

/** Wires the client to the page; `onBookChanged` runs after every call that wrote or selected a cell. */
export function startApp(root: HTMLElement, client: SidebarClient, onBookChanged: () => void): Controller {
  const state: State = {
    lang: 'id',
    overview: null,
    loadError: null,
    busy: null,
    busyProblem: null,
    status: null,
    week: null,
    season: null,
    openDefinitions: new Set(),
    memberQuery: '',
    membersTotal: 0,
    member: null,
    copied: null,
    messages: null,
  };
  let focusKey: string | null = null;
  let memberSearchTimer: ReturnType<typeof setTimeout> | undefined;

  const update = (): void => {
    const active = document.activeElement as HTMLElement | null;
    if (active && root.contains(active) && active.dataset.key) focusKey = active.dataset.key;
    render(root, state, controller);
    // Keep keyboard focus where it was: the whole panel is rebuilt on every change.
    if (focusKey && (!document.activeElement || document.activeElement === document.body)) {
      const again = root.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`);
      if (again && !again.hasAttribute('disabled')) again.focus();
    }
  };

  const call = async <T>(
    busy: BusyKey,
    progress: Bilingual | null,
    request: () => Promise<ApiResponse<T>>,
    done: (data: T) => void,
  ): Promise<void> => {
    if (state.busy !== null) return;
    state.busy = busy;
    state.status = progress ? { kind: 'progress', message: progress } : state.status;
    update();
    const res = await request();
    state.busy = null;
    state.busyProblem = null;
    if (res.ok) done(res.data);
    else state.status = { kind: 'error', message: res.error.message };
    update();
  };

  const acceptOverview = (o: Overview): void => {
    state.overview = o;
    state.membersTotal = o.members.total;
    state.lang = o.lang;
    state.loadError = null;
    if (state.week !== null && !o.weeks.some((w) => w.value === state.week)) state.week = null;
    if (state.season !== null && !o.seasons.includes(state.season)) state.season = null;
  };

  const acceptResult = (r: ActionResult): void => {
    acceptOverview(r.overview);
    // The book changed: messages shown before may no longer hold; they are asked for again on opening.
    state.messages = null;
    state.status = { kind: 'success', message: r.message };
    onBookChanged();
  };

  const controller: Controller = {
    state,
    reload() {
      // The failure's notice goes while the book is read again: the panel says it is loading.
      state.loadError = null;
      update();
      void call<Overview>('getOverview', null, () => client.getOverview(), acceptOverview).then(() => {
        if (state.overview === null && state.status?.kind === 'error') {
          state.loadError = { code: 'load', message: state.status.message };
          state.status = null;
          update();
        }
      });
    },
    run(action) {
      const busyText = {
        runChecks: strings.runCheckBusy,
        computeBalances: strings.computeBalancesBusy,
        generateJournal: strings.generateJournalBusy,
        generatePlan: strings.generatePlanBusy,
        generateSaprodi: strings.generateSaprodiBusy,
        setupBook: strings.setupBookBusy,
      }[action];
      const request = {
        runChecks: () => client.runChecks(),
        computeBalances: () => client.computeBalances(),
        generateJournal: () => client.generateJournal(state.week ?? state.overview?.weeks[0]?.value ?? ''),
        generatePlan: () => client.generatePlan(),
        generateSaprodi: () => client.generateSaprodi(state.season ?? state.overview?.seasons[0] ?? ''),
        setupBook: () => client.setupBook(),
      }[action];
      void call<ActionResult>(action, busyText, request, acceptResult);
    },
    goToCell(tab, row, col, ref) {
      void call<null>(
        'goToCell',
        // Opening a cell is a round trip in Sheets: say so meanwhile (an audit: the last result stayed up).
        strings.goToCellBusy,
        () => client.goToCell(tab, Math.max(1, row), Math.max(1, col)),
        () => {
          onBookChanged();
          state.status = {
            kind: 'success',
            message: {
              id: fill(strings.goToCellDone.id, { cell: `${tab}!${ref}` }),
              en: fill(strings.goToCellDone.en, { cell: `${tab}!${ref}` }),
            },
          };
        },
      );
    },
    applyFix(problem) {
      const request = fixRequest(problem);
      if (!request) return;
      state.busyProblem = problem.id;
      // The fixed problem leaves the list, and its button with it: keyboard focus goes on to the
      // problem after it (or before it, at the list's end), not back to the panel's top.
      const shown = Array.from(root.querySelectorAll<HTMLElement>('button.problem-go[data-problem]')).map(
        (b) => b.dataset.problem,
      );
      const at = shown.indexOf(problem.id);
      const next = shown[at + 1] ?? shown[at - 1];
      void call<ActionResult>(
        'applyFix',
        strings.applyFixBusy,
        () => client.applyFix(request),
        (r) => {
          acceptResult(r);
          if (next) focusKey = `go-${next}`;
        },
      );
    },
    moreProblems() {
      const loaded = state.overview?.problems;
      if (!loaded) return;
      void call<ProblemPage>(
        'getProblems',
        strings.loadingMore,
        () => client.getProblems(loaded.items.length, loaded.reading),
        (page) => {
          if (state.overview)
            state.overview = { ...state.overview, problems: appendProblemPage(loaded, page) };
          state.status = null;
        },
      );
    },
    moreLoans() {
      const loaded = state.overview?.loansAtRisk;
      if (!loaded) return;
      void call<Page<LoanAtRisk>>(
        'getLoansAtRisk',
        strings.loadingMore,
        () => client.getLoansAtRisk(loaded.items.length, loaded.reading),
        (page) => {
          if (state.overview)
            state.overview = { ...state.overview, loansAtRisk: appendLoanPage(loaded, page) };
          state.status = null;
        },
      );
    },
    showMessages() {
      void call<MessagePage>(
        'getMessages',
        strings.showMessagesBusy,
        () => client.getMessages(0),
        (page) => {
          state.messages = page;
          state.status = null;
        },
      );
    },
    moreMessages() {
      const loaded = state.messages;
      if (!loaded) return;
      void call<MessagePage>(
        'getMessages',
        strings.loadingMore,
        () => client.getMessages(loaded.items.length, loaded.reading),
        (page) => {
          state.messages = appendMessagePage(loaded, page);
          state.status = null;
        },
      );
    },
    setLanguage(lang) {
      if (lang === state.lang && state.overview) return;
      state.lang = lang;
      // The last result or failure stays, now in the other language (an audit: it went).
      const shown = state.status?.kind === 'progress' ? null : state.status;
      // Everything shown is bilingual: the choice is kept for next time, and the panel redrawn.
      void call<LanguageChoice>(
        'setLanguage',
        strings.setLanguageBusy,
        () => client.setLanguage(lang),
        (choice) => {
          state.lang = choice.lang;
          if (state.overview) state.overview = { ...state.overview, lang: choice.lang };
          state.status = shown;
        },
      );
    },
    pickWeek(week) {
      state.week = week;
    },
    pickSeason(season) {
      state.season = season;
    },
    toggleDefinition(key) {
      if (state.openDefinitions.has(key)) state.openDefinitions.delete(key);
      else state.openDefinitions.add(key);
      update();
    },
    searchMembers(query) {
      // No redraw: the picker filters its own options, and the caret stays where it is.
      state.memberQuery = query;
      // A long list (a district book) comes a page at a time: the server searches the rest.
      // Measured against every member of the book, not the last search's matches: after a search for
      // `siti` found three, a search for `budi` still asks the server.
      const members = state.overview?.members;
      if (!members || state.membersTotal <= members.items.length) return;
      if (memberSearchTimer !== undefined) clearTimeout(memberSearchTimer);
      memberSearchTimer = setTimeout(() => {
        void client.getMembers(0, query).then((res) => {
          if (state.memberQuery !== query || !state.overview) return;
          if (!res.ok) state.status = { kind: 'error', message: res.error.message };
          else state.overview = { ...state.overview, members: res.data };
          update();
        });
      }, 300);
    },
    pickMember(id) {
      state.member = id;
      const button = root.querySelector<HTMLButtonElement>('[data-action=memberCard]');
      if (button) button.disabled = id === null || state.busy !== null;
      // "Pick a member first" goes once one is picked (in place, as the list is: no redraw).
      const note = root.querySelector<HTMLElement>('[data-testid=pick-member-note]');
      if (note && (state.overview?.members.total ?? 0) > 0) {
        note.hidden = id !== null;
        if (id === null) button?.setAttribute('aria-describedby', note.id);
        else if (button?.getAttribute('aria-describedby') === note.id)
          button.removeAttribute('aria-describedby');
      }
    },
    makeCard() {
      const id = state.member;
      if (id === null) return;
      void call<ActionResult>(
        'memberCard',
        strings.memberCardBusy,
        () => client.generateMemberCard(id),
        acceptResult,
      );
    },
    makeAllCards() {
      void call<ActionResult>(
        'allMemberCards',
        strings.allMemberCardsBusy,
        () => client.generateAllMemberCards(),
        acceptResult,
      );
    },
    computeShu(year) {
      const thisYear = Number(state.overview?.asOf.slice(0, 4));
      void call<ActionResult>(
        year === thisYear ? 'shuThisYear' : 'shuLastYear',
        strings.computeShuBusy,
        () => client.computeShu(year),
        acceptResult,
      );
    },
    copy(key, text) {
      // The clipboard API needs a secure context; the hidden-textarea copy works in Apps Script's frame.
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.append(area);
      area.select();
      const done = document.execCommand('copy');
      area.remove();
      if (!done && navigator.clipboard) void navigator.clipboard.writeText(text);
      state.copied = key;
      update();
    },
  };

  update();
  controller.reload();
  return controller;
}
