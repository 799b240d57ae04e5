import * as z from 'zod/mini';
import { parseRow } from '../../../src/core/book/parseRow';
import { membersTab } from '../../../src/core/book/schema';
import { dataRows, openTab } from '../../../src/core/book/tabRows';
import type { Problem } from '../../../src/core/problems/problem';
import { d, membersGrid, placeOf, tabSource } from './fixtures';

function firstRow(landHa: number) {
  const problems: Problem[] = [];
  const open = openTab(
    tabSource({
      Anggota: membersGrid([{ memberId: 'A1', name: 'Budi', joinDate: d('2020-01-01'), landHa }]),
    }),
    membersTab,
    problems,
  );
  if (!open) throw new Error('no tab');
  const [row] = dataRows(open);
  if (!row) throw new Error('no row');
  return { row, problems };
}

describe('parseRow', () => {
  const schema = z.object({
    name: z.string().check(z.minLength(1)),
    landHa: z.optional(z.number().check(z.lte(1, 'member.landHa.negative'))),
  });

  it('returns the parsed row when every rule holds', () => {
    const { row, problems } = firstRow(0.5);
    expect(parseRow(schema, { name: 'Budi', landHa: 0.5 }, row, { name: 'member.name.missing' })).toEqual({
      name: 'Budi',
      landHa: 0.5,
    });
    expect(problems).toEqual([]);
  });

  it('drops an optional value that breaks a rule, keeps the row and reports the code the schema names', () => {
    const { row, problems } = firstRow(5);
    expect(parseRow(schema, { name: 'Budi', landHa: 5 }, row, { name: 'member.name.missing' })).toEqual({
      name: 'Budi',
    });
    expect(problems.map(placeOf)).toEqual([
      { code: 'member.landHa.negative', row: 2, column: 'Luas Lahan (ha)', col: 13, severity: 'error' },
    ]);
  });

  it('gives undefined and the missing code when a required value is absent', () => {
    const { row, problems } = firstRow(0.5);
    expect(parseRow(schema, { landHa: 0.5 }, row, { name: 'member.name.missing' })).toBeUndefined();
    expect(problems.map(placeOf)).toEqual([
      { code: 'member.name.missing', row: 2, column: 'Nama', col: 2, severity: 'error' },
    ]);
  });

  it('turns an issue that names no code into a readable problem instead of throwing', () => {
    const { row, problems } = firstRow(5);
    const loose = z.object({ landHa: z.number().check(z.lte(1, 'too much land')) });
    expect(parseRow(loose, { landHa: 5 }, row, {})).toBeUndefined();
    expect(problems.map(placeOf)).toEqual([
      { code: 'value.notAccepted', row: 2, column: 'Luas Lahan (ha)', col: 13, severity: 'error' },
    ]);
    expect(problems[0]?.message.en).toBe(
      'The value "5" in the column "Luas Lahan (ha)" is not accepted. Check it against the column\'s note.',
    );
  });
});
