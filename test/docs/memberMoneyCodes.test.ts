// docs/book.md §8 names every problem code the member's money adds (the share-out's settings and
// the savings withdrawals), so a person who meets a code in Pemeriksaan can look it up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { savingsProblems } from '../../src/core/problems/savingsProblems';
import { shuProblems } from '../../src/core/problems/shuProblems';

const book = readFileSync(join(__dirname, '..', '..', 'docs', 'book.md'), 'utf8');
const section8 = book.slice(book.indexOf("## 8. The member's own money"), book.indexOf('## 9. '));

describe("docs/book.md §8: the member's own money", () => {
  it('has its section', () => {
    expect(section8.length).toBeGreaterThan(1000);
  });

  it.each([...Object.keys(shuProblems), ...Object.keys(savingsProblems), 'member.phone.invalid'])(
    'documents %s in its table of problems',
    (code) => {
      expect(section8).toMatch(new RegExp(`^\\| \`${code.replace(/\./g, '\\.')}\``, 'm'));
    },
  );

  it.each([
    'card FILE (--member ID \\| --all) [--as-of] [--out] [--json]',
    'shu FILE [--year] [--json] [--out]',
    'messages FILE [--week] [--json]',
    'Buat Kartu Semua Anggota',
    'Hitung SHU <last year>',
    'Kirim WA',
  ])('names %s', (words) => {
    expect(section8).toContain(words);
  });
});
