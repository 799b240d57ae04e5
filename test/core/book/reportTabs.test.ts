// The table of the tabs each report is made from (src/core/book/reportTabs.ts): by name, for the
// sidebar, and as tab specs through `missingFor`, for both adapters' refusals.
import { missingFor, unreadFor } from '../../../src/core/book/reportNeeds';
import { lackingFor, reportTabs, type Report } from '../../../src/core/book/reportTabs';

const reports = Object.keys(reportTabs) as Report[];

describe('reportTabs', () => {
  test.each(reports)('%s: every tab named is an input tab, found under its name or an alias', (report) => {
    // Nothing in the book: every tab of the report is missing, in the table's order.
    expect(missingFor([], report).map((spec) => spec.name)).toEqual([...reportTabs[report]]);
    expect(lackingFor([...reportTabs[report]], report)).toEqual([...reportTabs[report]]);
    // Each found under an alias a person may use instead.
    const aliases = missingFor([], report).map((spec) => spec.aliases[0] ?? spec.name);
    expect(missingFor(aliases, report)).toEqual([]);
  });

  test('the tabs a book misses that a report is made of, in the table order', () => {
    expect(lackingFor(['Kegiatan', 'Kas', 'Anggota'], 'card')).toEqual(['Anggota', 'Kas']);
    expect(lackingFor(['Kegiatan', 'Kas', 'Anggota'], 'shu')).toEqual(['Kas', 'Anggota']);
    expect(lackingFor(['Pinjaman'], 'savingsAndLoans')).toEqual([]);
    expect(lackingFor(['RUK'], 'ruk')).toEqual(['RUK']);
  });
});

describe('unreadFor', () => {
  const notFound = (tab: string) => ({ code: 'tab.header.notFound', tab });
  test('names a tab the report needs, there but without a header row, as the book spells it', () => {
    const names = ['Anggota', 'Buku Kas', 'Pinjaman'];
    expect(unreadFor(names, [notFound('Buku Kas')], 'journal')).toBe('Buku Kas');
    expect(unreadFor(names, [notFound('Buku Kas')], 'card')).toBe('Buku Kas');
    // In the table's order: Anggota before Kas for the cards, Kas before Anggota for the SHU.
    expect(unreadFor(names, [notFound('Buku Kas'), notFound('Anggota')], 'card')).toBe('Anggota');
    expect(unreadFor(names, [notFound('Buku Kas'), notFound('Anggota')], 'shu')).toBe('Buku Kas');
  });

  test('says nothing of a tab the report does not need, a missing tab, or another problem', () => {
    expect(unreadFor(['Anggota', 'Kas', 'Pinjaman', 'RUK'], [notFound('Pinjaman')], 'ruk')).toBeUndefined();
    expect(unreadFor(['Anggota', 'Kas', 'Pinjaman'], [notFound('Pinjaman')], 'shu')).toBeUndefined();
    expect(unreadFor(['Anggota'], [notFound('Kas')], 'journal')).toBeUndefined();
    expect(unreadFor(['Kas'], [{ code: 'tab.header.duplicate', tab: 'Kas' }], 'journal')).toBeUndefined();
  });
});

describe('a tab a report reads where the book has it (Pinjaman)', () => {
  const notFound = (tab: string) => ({ code: 'tab.header.notFound', tab });
  test.each(['card', 'savingsAndLoans', 'journal', 'messages', 'summaryLoans'] as const)(
    '%s: made without it, refused with it there but unread',
    (report) => {
      expect(missingFor(['Anggota', 'Kas'], report)).toEqual([]);
      expect(unreadFor(['Anggota', 'Kas', 'Buku Pinjaman'], [notFound('Buku Pinjaman')], report)).toBe(
        'Buku Pinjaman',
      );
      expect(lackingFor(['Pinjaman'], report)).toEqual([]);
      expect(lackingFor(['Pinjaman'], report, true)).toEqual(['Pinjaman']);
    },
  );
});
