// docs/problem-codes.md is what `npm run docs:codes` writes from the problem catalogue now: a code
// added, reworded or removed without regenerating the page fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemCatalogue } from '../../src/core/problems/problemCatalogue';
import { PROBLEM_CODES_COMMAND, PROBLEM_CODES_PAGE, problemCodesPage } from '../../scripts/problemCodesPage';

const root = join(__dirname, '..', '..');
const written = readFileSync(join(root, PROBLEM_CODES_PAGE), 'utf8');
const fresh = problemCodesPage(root);

describe('docs/problem-codes.md', () => {
  it(`is up to date (else run \`${PROBLEM_CODES_COMMAND}\` and commit docs/problem-codes.md)`, () => {
    if (written !== fresh) {
      const at = [...written].findIndex((ch, i) => ch !== fresh[i]);
      const line = written.slice(0, at).split('\n').length;
      throw new Error(
        `docs/problem-codes.md is stale from line ${line}: run \`${PROBLEM_CODES_COMMAND}\` and commit the page.`,
      );
    }
  });

  it.each(Object.keys(problemCatalogue))('lists %s in a row of its table', (code) => {
    expect(fresh).toMatch(new RegExp(`^\\| \`${code.replace(/\./g, '\\.')}\` \\| `, 'm'));
  });

  it('shows a message with its arguments as placeholders, in both languages', () => {
    expect(fresh).toContain(
      '| `value.money.fraction` | Kesalahan (error) | Jumlah uang harus Rupiah bulat, tanpa sen: {value}. Bulatkan ke Rupiah penuh. | Money must be whole Rupiah, without cents: {value}. Round it to whole Rupiah. |',
    );
  });

  it('shows the wording a code takes in a case its message tells apart', () => {
    expect(fresh).toContain(
      '| ↳ when `hint = \'shortYear\'` | | "{value}" tidak terbaca sebagai tanggal: tahunnya hanya 2 angka.',
    );
  });

  it('never shows a NIK placeholder as masked dots', () => {
    expect(fresh).toContain('NIK "{value, masked}" hanya boleh berisi angka.');
    expect(fresh).not.toMatch(/\{•/);
  });

  it('links each group to the section of docs/book.md that states its rules', () => {
    expect(fresh).toContain('Rules: [§2 Values](book.md#2-values).');
    expect(fresh).toContain("[§8 The member's own money](book.md#8-the-members-own-money)");
  });
});
