// The first view and the next pages kept between clicks: the check is skipped only while every cell
// read, the tab names, today and the release are those they came from; an edit between clicks is seen.
import { createApi } from '../../../src/core/api/createApi';
import {
  fingerprint,
  KEPT_BYTES_MAX,
  KEPT_KEY,
  KEPT_MESSAGE_PAGES,
  keepViews,
  keptViews,
  PART_BYTES,
  parts,
  type KeptAnswers,
} from '../../../src/core/api/keptViews';
import type { ApiResponse } from '../../../src/core/api/types';
import type { Grid } from '../../../src/core/cell';
import { demoBook } from '../../../src/core/demo/demoBook';
import { districtBook } from '../../../src/core/demo/districtBook';
import { MESSAGES_PER_PAGE } from '../../../src/core/api/pages';
import { LocalHost } from '../../../src/local/localHost';
import { XlsxWorkbook } from '../../../src/local/xlsxWorkbook';

const TODAY = '2026-11-25';

function ok<T>(res: ApiResponse<T>): T {
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message.en}`);
  return res.data;
}

describe('fingerprint', () => {
  const print = (grid: Grid, words = ['v1', TODAY, 'Kas']) => fingerprint(words, [grid]);
  const base: Grid = [
    ['Tanggal', 'Masuk'],
    [{ date: '2026-11-02' }, 5000],
  ];

  it('is the same for the same cells, and differs with any cell, its kind, its row, or the words', () => {
    expect(print(base)).toBe(print(JSON.parse(JSON.stringify(base)) as Grid));
    const others: Grid[] = [
      [
        ['Tanggal', 'Masuk'],
        [{ date: '2026-11-02' }, 5001],
      ],
      [
        ['Tanggal', 'Masuk'],
        [{ date: '2026-11-02' }, '5000'],
      ],
      [
        ['Tanggal', 'Masuk'],
        [{ date: '2026-11-03' }, 5000],
      ],
      [
        ['Tanggal', 'Masuk'],
        ['2026-11-02', 5000],
      ],
      [
        ['Tanggal', 'Masuk'],
        [{ date: '2026-11-02' }, 5000, null],
      ],
      [
        ['Tanggal', 'Masuk'],
        [{ date: '2026-11-02' }, 5000.5],
      ],
      [
        ['Tanggal', 'Masuk'],
        [{ date: '2026-11-02' }, true],
      ],
      [['Tanggal', 'Masuk', { date: '2026-11-02' }], [5000]],
      [['TanggalMasuk'], [{ date: '2026-11-02' }, 5000]],
      [['Tanggal', 'Masuk'], [{ date: '2026-11-02' }, 5000], []],
    ];
    const prints = new Set([print(base), ...others.map((g) => print(g))]);
    expect(prints.size).toBe(others.length + 1);
    expect(print(base, ['v2', TODAY, 'Kas'])).not.toBe(print(base));
    expect(print(base, ['v1', '2026-11-26', 'Kas'])).not.toBe(print(base));
    expect(print(base, ['v1', TODAY, 'Kas '])).not.toBe(print(base));
    expect(print([[''], [null]])).not.toBe(print([[null], ['']]));
  });
});

describe('the kept overview', () => {
  const wb = XlsxWorkbook.create();
  for (const tab of demoBook(TODAY).tabs) wb.writeInputGrid(tab.spec, tab.name, tab.grid, tab.headerRow);
  const store = new Map<string, string>();
  const kept = (version: string): KeptAnswers => ({
    version,
    read: () => Object.fromEntries(store),
    write: (values) => Object.entries(values).forEach(([k, v]) => store.set(k, v)),
  });
  const api = (version = 'v1', today = TODAY) =>
    createApi(Object.assign(new LocalHost(wb, { today }), { kept: kept(version) }));
  /** The kept view with another group name: served only if the book was not checked again. */
  const tamper = () => {
    for (const [k, v] of store) store.set(k, v.replace(/"groupName":"[^"]*"/, '"groupName":"Disimpan"'));
  };
  const groupName = (a = api()) => ok(a.getOverview()).groupName;

  it('is kept in parts of ASCII under 9 KB, and read back whole', () => {
    const view = ok(createApi(new LocalHost(wb, { today: TODAY })).getOverview());
    const views = {
      overview: { ...view, groupName: 'Kelompok Tani “Maju” 🌾' },
      problems: { 40: view.problems },
      loans: {},
    };
    const split = parts(views);
    expect(split.length).toBeGreaterThan(1);
    for (const part of split) {
      expect(part.length).toBeLessThanOrEqual(PART_BYTES);
      expect(part).toMatch(/^[\x20-\x7e]*$/);
    }
    const values = keepViews(views, 'abc', ['Kas']);
    expect(keptViews(values, ['Kas', 'Anggota'], () => 'abc')).toEqual(views);
    // Another fingerprint, a tab gone, or a part missing: nothing is served.
    expect(keptViews(values, ['Kas'], () => 'abd')).toBeUndefined();
    expect(keptViews(values, ['Anggota'], () => 'abc')).toBeUndefined();
    const cut = { ...values };
    delete cut['bukuKelompok.overview.1'];
    expect(keptViews(cut, ['Kas'], () => 'abc')).toBeUndefined();
  });

  it('empties the parts a larger earlier write left, and keeps nothing over KEPT_BYTES_MAX', () => {
    const view = ok(createApi(new LocalHost(wb, { today: TODAY })).getOverview());
    const small = { overview: view, problems: {}, loans: {} };
    const count = parts(small).length;
    const earlier: Record<string, string> = { 'bukuKelompok.overview': `old\n${count + 3}\n["Kas"]` };
    for (let i = 0; i < count + 3; i += 1) earlier[`bukuKelompok.overview.${i}`] = 'x'.repeat(PART_BYTES);
    const values = keepViews(small, 'abc', ['Kas'], earlier);
    expect(Object.keys(values)).toHaveLength(1 + count + 3);
    for (let i = count; i < count + 3; i += 1) expect(values[`bukuKelompok.overview.${i}`]).toBe('');
    expect(keptViews({ ...earlier, ...values }, ['Kas'], () => 'abc')).toEqual(small);
    // Views that would crowd the user's store out are not kept: the old parts are emptied all the same.
    const pages = Math.ceil(KEPT_BYTES_MAX / JSON.stringify(view.problems).length) + 1;
    const large = {
      ...small,
      problems: Object.fromEntries([...Array(pages).keys()].map((k) => [k, view.problems])),
    };
    expect(parts(large).length * PART_BYTES).toBeGreaterThan(KEPT_BYTES_MAX);
    const refused = keepViews(large, 'abc', ['Kas'], earlier);
    expect(refused['bukuKelompok.overview']).toBe('');
    expect(Object.values(refused).every((v) => v === '')).toBe(true);
    expect(Object.keys(refused)).toHaveLength(1 + count + 3);
    expect(keptViews({ ...earlier, ...refused }, ['Kas'], () => 'abc')).toBeUndefined();
  });

  it('answers a click on the same book from what it kept, and sees an edit made between two clicks', () => {
    const first = ok(api().getOverview());
    expect(ok(api().getOverview())).toEqual(first);
    tamper();
    // Nothing changed: the kept view is the answer (the book was read, not checked).
    expect(groupName()).toBe('Disimpan');
    // The treasurer types one amount: the next click checks the book again.
    const kas = demoBook(TODAY).tabs.find((t) => t.spec.key === 'cash')!;
    const masuk = kas.grid[kas.headerRow - 1]!.indexOf('Masuk') + 1;
    wb.writeCell(kas.name, kas.headerRow + 1, masuk, 123_456);
    const after = ok(api().getOverview());
    expect(after.groupName).toBe(first.groupName);
    expect(after.cards.find((c) => c.key === 'cashBalance')!.value).not.toBe(
      first.cards.find((c) => c.key === 'cashBalance')!.value,
    );
    expect(ok(api().getOverview())).toEqual(after);
  });

  it('is not served on another day, by another release, or after the language was chosen differently', () => {
    ok(api().getOverview());
    tamper();
    expect(groupName(api('v1', '2026-11-26'))).toBe(first());
    tamper();
    expect(groupName(api('v2'))).toBe(first());
    tamper();
    const a = api('v2');
    ok(a.setLanguage('en'));
    // The language is the user's, not the book's: the kept view takes the current choice.
    expect(ok(a.getOverview()).lang).toBe('en');
    ok(a.setLanguage('id'));
    expect(ok(a.getOverview()).lang).toBe('id');
  });

  function first(): string {
    return ok(createApi(new LocalHost(wb, { today: TODAY })).getOverview()).groupName;
  }
});

/** A district book (×0.05) and an API over it whose kept answers live in `store`, as user properties would. */
function districtBookWithKeptStore() {
  const wb = XlsxWorkbook.create();
  for (const tab of districtBook(TODAY, 0.05).tabs)
    wb.writeInputGrid(tab.spec, tab.name, tab.grid, tab.headerRow);
  const store = new Map<string, string>();
  const api = () =>
    createApi(
      Object.assign(new LocalHost(wb, { today: TODAY }), {
        kept: {
          version: 'v1',
          read: () => Object.fromEntries(store),
          write: (values) => Object.entries(values).forEach(([k, v]) => store.set(k, v)),
        } satisfies KeptAnswers,
      }),
    );
  return { wb, store, api };
}

describe('the kept pages (a district book, ×0.05)', () => {
  it('keeps the next three pages of problems and loans: "more" is answered from them until the book changes', () => {
    const { wb, store, api } = districtBookWithKeptStore();
    const a = api();
    const view = ok(a.getOverview());
    const plain = createApi(new LocalHost(wb, { today: TODAY }));
    expect(view.problems.total).toBeGreaterThan(80);
    for (const offset of [40, 80, 120, 160])
      expect(ok(a.getProblems(offset))).toEqual(ok(plain.getProblems(offset)));
    for (const offset of [20, 40])
      expect(ok(a.getLoansAtRisk(offset))).toEqual(ok(plain.getLoansAtRisk(offset)));
    // getProblems(160) was past what the first view kept: it checked the book and kept 200, 240, 280.
    const pageAt = (offset: number) => {
      const values = Object.fromEntries(store);
      return keptViews(values, wb.tabNames(), () => values['bukuKelompok.overview']!.split('\n')[0]!)!
        .problems[offset];
    };
    expect(pageAt(200)).toEqual(ok(plain.getProblems(200)));
    expect(pageAt(80)).toBeUndefined();
    // A kept page is what is served, until an edit.
    for (const [k, v] of store) store.set(k, v.replace(/"total":\d+/g, '"total":7'));
    expect(ok(api().getProblems(240)).total).toBe(7);
    const anggota = districtBook(TODAY, 0.05).tabs.find((t) => t.spec.key === 'members')!;
    const nama = anggota.grid[anggota.headerRow - 1]!.indexOf('Nama') + 1;
    wb.writeCell(anggota.name, anggota.headerRow + 1, nama, 'Nama Baru');
    expect(ok(api().getProblems(240))).toEqual(ok(plain.getProblems(240)));
    expect(ok(api().getProblems(240)).total).not.toBe(7);
  });
});

describe('the pages of a list and the reading they came from (a district book, ×0.05)', () => {
  it('a next page joins the pages shown while the book reads as they did, else the list starts again', () => {
    const { wb, store, api } = districtBookWithKeptStore();
    // The preview's API: no kept views, the same readings.
    const plain = () => createApi(new LocalHost(wb, { today: TODAY }));
    const view = ok(api().getOverview());
    expect(view.problems.reading).toBe(ok(plain().getOverview()).problems.reading);
    expect(view.loansAtRisk.reading).toBe(view.problems.reading);
    const writes = () => [...store.values()].join('\n');
    const before = writes();
    const second = ok(api().getProblems(40, view.problems.reading));
    expect(second).toEqual(ok(plain().getProblems(40, view.problems.reading)));
    expect(second.offset).toBe(40);
    expect(second).not.toHaveProperty('restarted');
    // Another reading named (another sidebar's, before an edit): the first page, from the kept views.
    expect(ok(api().getProblems(40, 'lama.lama'))).toEqual({ ...view.problems, restarted: true });
    expect(ok(api().getLoansAtRisk(20, 'lama.lama'))).toEqual({ ...view.loansAtRisk, restarted: true });
    // The first page asked for is the first page, whatever the reading named.
    expect(ok(api().getProblems(0, 'lama.lama'))).toEqual(view.problems);
    expect(writes()).toBe(before);

    // An edit between two pages: the first page of the book as it is now, and the pages after it kept.
    const anggota = districtBook(TODAY, 0.05).tabs.find((t) => t.spec.key === 'members')!;
    const nama = anggota.grid[anggota.headerRow - 1]!.indexOf('Nama') + 1;
    wb.writeCell(anggota.name, anggota.headerRow + 1, nama, 'Nama Baru');
    const now = ok(plain().getOverview());
    expect(now.problems.reading).not.toBe(view.problems.reading);
    const restarted = ok(api().getProblems(40, view.problems.reading));
    expect(restarted).toEqual({ ...now.problems, restarted: true });
    expect(ok(plain().getProblems(40, view.problems.reading))).toEqual(restarted);
    const kept = writes();
    expect(ok(api().getProblems(40, restarted.reading))).toEqual(ok(plain().getProblems(40)));
    expect(writes()).toBe(kept);
    // Ready messages likewise, from the page the collection list opened with.
    const messages = ok(api().getMessages(0));
    wb.writeCell(anggota.name, anggota.headerRow + 1, nama, 'Nama Lain');
    const again = ok(api().getMessages(MESSAGES_PER_PAGE, messages.reading));
    expect(again).toEqual({ ...ok(plain().getMessages(0)), restarted: true });
  });
});

describe('the kept messages (a district book, ×0.05)', () => {
  const setup = () => {
    const { wb, store, api } = districtBookWithKeptStore();
    const plain = () => createApi(new LocalHost(wb, { today: TODAY }));
    const kas = districtBook(TODAY, 0.05).tabs.find((t) => t.spec.key === 'cash')!;
    /**
     * The kept messages with another summary: served only if the book was not checked again. Made
     * in the views' whole text, which its parts may cut anywhere, then split into parts again.
     */
    const tamper = () => {
      const [print, count, ...tabs] = store.get(KEPT_KEY)!.split('\n');
      let text = '';
      for (let i = 0; i < Number(count); i += 1) text += store.get(`${KEPT_KEY}.${i}`)!;
      text = text.replace(/"summary":\{"text":"(?:[^"\\]|\\.)*"/g, '"summary":{"text":"Disimpan"');
      const parts: string[] = [];
      for (let i = 0; i < text.length; i += PART_BYTES) parts.push(text.slice(i, i + PART_BYTES));
      store.set(KEPT_KEY, [print, parts.length, ...tabs].join('\n'));
      for (let i = 0; i < Math.max(parts.length, Number(count)); i += 1)
        store.set(`${KEPT_KEY}.${i}`, parts[i] ?? '');
    };
    return { wb, store, api, plain, kas, tamper };
  };

  it('are kept from the click that asked for them, the page asked and the next three, as computed', () => {
    const { store, api, plain, tamper } = setup();
    expect(ok(api().getOverview())).toEqual(ok(plain().getOverview()));
    // The first view does not pay for the week's journal: no messages are kept with it.
    expect([...store.values()].join('')).not.toContain('weekLabel');
    const first = ok(api().getMessages(0));
    expect(first).toEqual(ok(plain().getMessages(0)));
    expect(first.total).toBeGreaterThan(3 * MESSAGES_PER_PAGE);
    tamper();
    for (const offset of [0, 1, 2, 3].map((k) => k * MESSAGES_PER_PAGE)) {
      const page = ok(api().getMessages(offset));
      expect(page.summary.text).toBe('Disimpan');
      expect({ ...page, summary: {} }).toEqual({ ...ok(plain().getMessages(offset)), summary: {} });
    }
    // Past what was kept: the book is checked again, and the pages from there kept beside the others.
    const fifth = ok(api().getMessages(4 * MESSAGES_PER_PAGE));
    expect(fifth).toEqual(ok(plain().getMessages(4 * MESSAGES_PER_PAGE)));
    expect(ok(api().getMessages(0)).summary.text).toBe('Disimpan');
  });

  it('are kept at most KEPT_MESSAGE_PAGES at a time, those nearest the page asked for', () => {
    const { store, api, plain } = setup();
    const total = ok(api().getMessages(0)).total;
    const keptOffsets = () => {
      const values = Object.fromEntries(store);
      const header = values['bukuKelompok.overview']!.split('\n');
      const views = keptViews(values, JSON.parse(header[2]!) as string[], () => header[0]!)!;
      return Object.keys(views.messages ?? {}).map(Number);
    };
    expect(total).toBeGreaterThan(4 * MESSAGES_PER_PAGE);
    // Page after page, past the end (an empty page is an answer too): a miss every fourth page, and
    // at the third miss eight pages were kept before it.
    const counts: number[] = [];
    for (let offset = 0; offset <= 8 * MESSAGES_PER_PAGE; offset += MESSAGES_PER_PAGE) {
      const page = ok(api().getMessages(offset));
      // Past the end, where the cap drops pages: as computed.
      if (offset === 8 * MESSAGES_PER_PAGE) expect(page).toEqual(ok(plain().getMessages(offset)));
      const offsets = keptOffsets();
      expect(offsets).toContain(offset);
      counts.push(offsets.length);
    }
    expect(Math.max(...counts)).toBe(KEPT_MESSAGE_PAGES);
    const weight = [...store].reduce((n, [k, v]) => n + k.length + v.length, 0);
    expect(weight).toBeLessThan(KEPT_BYTES_MAX);
  });

  it('stay kept when another list misses while the book is unchanged, and an edit between two clicks is seen', () => {
    const { wb, api, plain, kas, tamper } = setup();
    ok(api().getMessages(0));
    tamper();
    // A page of problems not kept: the book is checked again, the messages kept stay.
    ok(api().getProblems(4000));
    expect(ok(api().getMessages(0)).summary.text).toBe('Disimpan');
    // The treasurer types one amount: the next click computes the messages again.
    const masuk = kas.grid[kas.headerRow - 1]!.indexOf('Masuk') + 1;
    wb.writeCell(kas.name, kas.headerRow + 1, masuk, 123_456);
    const after = ok(api().getMessages(0));
    expect(after.summary.text).not.toBe('Disimpan');
    expect(after).toEqual(ok(plain().getMessages(0)));
    expect(ok(api().getMessages(0))).toEqual(after);
  });
});
