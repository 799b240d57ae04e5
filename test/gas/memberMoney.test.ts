// The member card and SHU menu items and sidebar functions of dist/Code.js on the demo book.
import type { ActionResult, ApiResponse } from '../../src/core/api/types';
import { GENERATED_MARKER } from '../../src/core/generatedMarker';
import { fillDemo, gasBook, run } from './gasBook';

describe('member card and SHU in the bundle', () => {
  it('the menu writes every card and both SHU years, each a bilingual alert', () => {
    const book = gasBook();
    fillDemo(book);
    const year = Number(book.today.slice(0, 4));
    book.gas.menuAllMemberCards!();
    book.gas.menuShuLastYear!();
    book.gas.menuShuThisYear!();
    const [cards, last, now] = book.world.alerts;
    expect(cards).toMatch(
      /^Tab Kartu Anggota ditulis: \d+ anggota aktif, satu halaman masing-masing\.\n\n\(Tab Kartu Anggota written: \d+ active members, one page each\.\)$/,
    );
    expect(last).toMatch(new RegExp(`^Tab SHU ${year - 1} ditulis: SHU `));
    expect(now).toMatch(new RegExp(`^Tab SHU ${year} ditulis: SHU `));
    for (const name of ['Kartu Anggota', `SHU ${year - 1}`, `SHU ${year}`]) {
      const sheet = book.world.sheet(name)!;
      expect(sheet.metadata.map((m) => m.key)).toEqual([GENERATED_MARKER]);
      expect(sheet.protections.map((p) => p.warningOnly)).toEqual([true]);
    }
  });

  it('generateMemberCard answers plain JSON and a refusal for an unknown member', () => {
    const book = gasBook();
    fillDemo(book);
    const done = run<ApiResponse<ActionResult>>(book, 'generateMemberCard', 'A001');
    expect(done.ok && done.data.message.id).toBe('Tab Kartu Anggota ditulis: Dadang Suherman (A001).');
    const refused = run<ApiResponse<ActionResult>>(book, 'generateMemberCard', 'nobody');
    expect(refused.ok || refused.error.code).toBe('member.notFound');
  });
});
