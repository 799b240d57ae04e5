// --json printed piece by piece: joined, the pieces are exactly JSON.stringify(value, null, 2), and a
// long list arrives one item per piece instead of as one string.
import { jsonPieces, printJson } from '../../src/local/jsonPieces';

const stringify = (v: unknown): string => JSON.stringify(v, null, 2);
const joined = (v: unknown): string => [...jsonPieces(v)].join('\n');

describe('jsonPieces', () => {
  it('writes what JSON.stringify writes, for every kind of value', () => {
    const values: unknown[] = [
      null,
      0,
      -1.5,
      'teks "kutip" \\ baris\nbaru \u0000 \u2028 é',
      true,
      [],
      {},
      [[]],
      { a: [] },
      [1, 'dua', null, [3, [4, {}]], { lima: [5] }],
      { books: [{ file: 'a.xlsx', problems: [{ tab: 'Kas', row: 2 }], counts: { error: 1 } }] },
      { nested: { deeper: [{ list: [1, [2, []]] }] }, after: 'x' },
      // Left out of an object, null in a list, as JSON.stringify does.
      { gone: undefined, fn: () => 1, list: [undefined, () => 1, Number.NaN, Infinity], kept: 1 },
      // toJSON is used once, in an object, in a list and at the top.
      { when: new Date(Date.UTC(2026, 10, 28)), list: [new Date(Date.UTC(2026, 0, 1))] },
      [{ toJSON: () => ({ made: [1, 2] }) }],
      { toJSON: () => [1, { two: [2] }] },
      { 'kunci "aneh"\n': [1], '': [2] },
    ];
    for (const v of values) expect(joined(v)).toBe(stringify(v));
  });

  it('writes a long list one item per piece', () => {
    const problems = Array.from({ length: 1000 }, (_, i) => ({
      tab: 'Kas',
      row: i + 2,
      message: { id: `baris ${i + 2}`, en: `row ${i + 2}` },
    }));
    const value = { books: [{ file: 'buku.xlsx', problems, counts: { error: 1000 } }] };
    const pieces = [...jsonPieces(value)];
    expect(pieces.join('\n')).toBe(stringify(value));
    // {, "books": [, {, "file", "problems": [, 1000 items, ], "counts", }, ], }
    expect(pieces).toHaveLength(1010);
    expect(pieces[5]).toBe(
      [
        '        {',
        '          "tab": "Kas",',
        '          "row": 2,',
        '          "message": {',
        '            "id": "baris 2",',
        '            "en": "row 2"',
        '          }',
        '        },',
      ].join('\n'),
    );
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200);
  });

  it('prints through out() the text out(JSON.stringify(…)) printed', () => {
    const lines: string[] = [];
    const value = { books: [{ file: 'a.xlsx', problems: [{ row: 1 }, { row: 2 }] }] };
    printJson((l) => lines.push(`${l}\n`), value);
    expect(lines.join('')).toBe(`${stringify(value)}\n`);
  });
});
