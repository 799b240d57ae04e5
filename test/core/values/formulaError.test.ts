import { formulaErrorOf } from '../../../src/core/values/formulaError';

describe('formulaErrorOf', () => {
  // Behind any whitespace trim takes away: tab, line break, no-break space, ideographic space, BOM.
  it.each([
    '#N/A',
    '#REF!',
    '#VALUE!',
    '#DIV/0!',
    '#NAME?',
    '#NUM!',
    '#NULL!',
    '#ERROR!',
    ' #n/a ',
    '\t#REF!',
    '\n#N/A',
    '\u00a0#VALUE!',
    '\u3000#NUM!',
    '\ufeff#NAME?',
  ])('knows %j as a formula error', (cell) => {
    expect(formulaErrorOf(cell)).toBe(cell.trim().toUpperCase());
  });

  it.each([
    '#1',
    '# REF!',
    'N/A',
    '#N/A rapat',
    'x#N/A',
    '~#REF!',
    'é#N/A',
    '',
    0,
    true,
    null,
    { date: '2026-01-01' },
  ])('does not take %j for one', (cell) => {
    expect(formulaErrorOf(cell)).toBeUndefined();
  });
});
