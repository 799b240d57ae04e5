import { formulaErrorOf } from '../../../src/core/values/formulaError';

describe('formulaErrorOf', () => {
  it.each(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', ' #n/a '])(
    'knows %j as a formula error',
    (cell) => {
      expect(formulaErrorOf(cell)).toBe(cell.trim().toUpperCase());
    },
  );

  it.each(['#1', '# REF!', 'N/A', '#N/A rapat', '', 0, true, null, { date: '2026-01-01' }])(
    'does not take %j for one',
    (cell) => {
      expect(formulaErrorOf(cell)).toBeUndefined();
    },
  );
});
