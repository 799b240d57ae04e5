// Which season a Saprodi report is for: the one asked, however it is spelt; else the last written.
import { chooseSeason, saprodiSeasons } from '../../../src/core/saprodi/saprodiReport';
import type { SaprodiRow } from '../../../src/core/book/types';

const row = (season: string) => ({ season }) as SaprodiRow;

describe('chooseSeason', () => {
  const book = { saprodi: [row('MT I 2026'), row('MT II 2026'), row('mt i 2026')] };

  it('takes the last season written when none is asked', () => {
    expect(chooseSeason(book, undefined)).toEqual({ ok: true, season: 'MT II 2026' });
  });

  it('finds the season asked however it is spelt, and keeps the spelling asked', () => {
    expect(chooseSeason(book, 'MT-I  2026')).toEqual({ ok: true, season: 'MT-I  2026' });
  });

  it('takes a season numbered 1, 2 or 3 as the same as I, II or III, and MT 3 as none of those', () => {
    const mixed = { saprodi: [row('MT I 2026'), row('MT 1 2026'), row('MT-2 2026'), row('MT II 2026')] };
    expect(saprodiSeasons(mixed as never)).toEqual(['MT I 2026', 'MT-2 2026']);
    expect(chooseSeason(mixed, 'mt 1 2026')).toEqual({ ok: true, season: 'mt 1 2026' });
    expect(chooseSeason(mixed, 'MT 3 2026')).toMatchObject({ ok: false, code: 'season.unknown' });
    // A word that only holds an i is no season number: `Mimi` stays `Mimi`.
    expect(chooseSeason({ saprodi: [row('Kebun Mimi 2026')] }, 'kebun mimi 2026')).toMatchObject({
      ok: true,
    });
  });

  it('refuses a season not in the tab, naming the seasons there', () => {
    expect(chooseSeason(book, 'MT III 2026')).toEqual({
      ok: false,
      code: 'season.unknown',
      args: { value: 'MT III 2026', seasons: 'MT I 2026, MT II 2026' },
    });
  });

  it('refuses when the tab has no rows', () => {
    expect(chooseSeason({ saprodi: [] }, 'MT I 2026')).toEqual({ ok: false, code: 'season.none', args: {} });
  });
});
