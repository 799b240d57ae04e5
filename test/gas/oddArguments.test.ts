// The sidebar functions of dist/Code.js called with arguments the panel never sends (missing, null,
// an object, a year as text), as a caller with a bug might: a plain, bilingual answer that quotes no
// `undefined` or `[object Object]` (found by an add-on audit).
import type { ApiResponse } from '../../src/core/api/types';
import { fillDemo, gasBook, run } from './gasBook';

const calls: [string, unknown[]][] = [
  ['generateJournal', []],
  ['generateJournal', [null]],
  ['generateJournal', [{ week: '2026-W10' }]],
  ['computeBalances', [{}]],
  ['computeShu', []],
  ['computeShu', [null]],
  ['generatePlan', [{}]],
  ['generateSaprodi', [{}]],
  ['generateMemberCard', []],
  ['generateMemberCard', [{ id: 'A001' }]],
  ['generateAllMemberCards', [{}]],
  ['setLanguage', []],
  ['setLanguage', [{}]],
];

describe('odd arguments in the bundle', () => {
  const book = gasBook();
  fillDemo(book);

  it.each(calls)(
    '%s(%j) is refused in both languages, quoting nothing it was not given as text',
    (name, args) => {
      const reply = run<ApiResponse<unknown>>(book, name, ...args);
      expect(reply.ok).toBe(false);
      if (reply.ok) return;
      expect(reply.error.code).not.toBe('internal');
      for (const said of [reply.error.message.id, reply.error.message.en]) {
        expect(said).not.toMatch(/undefined|null|NaN|\[object Object\]| {2}/);
        expect(said.length).toBeGreaterThan(20);
      }
    },
  );

  it('takes a year given as its four digits in text, as the number', () => {
    const year = book.today.slice(0, 4);
    const shu = run<ApiResponse<{ message: { id: string } }>>(book, 'computeShu', year);
    expect(shu.ok && shu.data.message.id).toMatch(new RegExp(`^Tab SHU ${year} ditulis`));
    const plan = run<ApiResponse<{ message: { id: string } }>>(book, 'generatePlan', year);
    expect(plan.ok && plan.data.message.id).toMatch(new RegExp(`RUK ${year}`));
  });
});
