// Reads the share-out's three Pengaturan keys (docs/book.md §8); a value that cannot be used is
// an error on its cell and the default stands in for it, as the other settings do.
import type { ProblemNote } from '../problems/problemCatalogue';
import {
  DEFAULT_SHU_COSTS,
  DEFAULT_SHU_INCOME,
  DEFAULT_SHU_PARTS,
  defaultShuSettings,
  parseShuCategories,
  parseShuParts,
  type ShuSettings,
} from './shuSettings';

/** One setting's value as text (undefined when blank or absent), and how to report on its cell. */
export interface ShuSettingCell {
  readonly text: string | undefined;
  readonly report: (note: ProblemNote) => void;
}

export function readShuSettings(
  cellOf: (key: 'shuIncome' | 'shuCosts' | 'shuParts') => ShuSettingCell | undefined,
): ShuSettings {
  const categories = (key: 'shuIncome' | 'shuCosts', setting: string, example: string) => {
    const cell = cellOf(key);
    if (cell?.text === undefined) return undefined;
    const reading = parseShuCategories(cell.text);
    if (reading.ok) return { value: reading.value, cell };
    // The parser's code and arguments, completed with the setting's name and example for its message.
    cell.report({ code: reading.code, args: { ...reading.args, setting, example } } as ProblemNote);
    return undefined;
  };
  const income = categories('shuIncome', 'Pendapatan SHU', DEFAULT_SHU_INCOME);
  const costs = categories('shuCosts', 'Biaya SHU', DEFAULT_SHU_COSTS);
  const incomeCategories = income?.value ?? defaultShuSettings.incomeCategories;
  let costCategories = costs?.value ?? defaultShuSettings.costCategories;
  const both = costCategories.find((c) => incomeCategories.includes(c));
  if (both !== undefined) {
    // Counted once as income and once as cost, a category would cancel out without anyone seeing it.
    (costs?.cell ?? income?.cell)?.report({ code: 'settings.shuCategory.both', args: { value: both } });
    costCategories = costCategories.filter((c) => !incomeCategories.includes(c));
  }

  const partsCell = cellOf('shuParts');
  let parts = defaultShuSettings.parts;
  if (partsCell?.text !== undefined) {
    const reading = parseShuParts(partsCell.text);
    if (reading.ok) parts = reading.value;
    else
      partsCell.report({
        code: reading.code,
        args: { ...reading.args, example: DEFAULT_SHU_PARTS },
      } as ProblemNote);
  }
  return { incomeCategories, costCategories, parts };
}
