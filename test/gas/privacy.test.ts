// A NIK or a phone number typed where another value belongs reaches the sidebar and Pemeriksaan of
// dist/Code.js only masked (docs/book.md §10). Found by an audit: four ways past the masking.
import type { ActionResult, ApiResponse } from '../../src/core/api/types';
import { fillDemo, gasBook, run } from './gasBook';

/** Each planted value, whole as a person typed it, and the digits a leak would show. */
const planted = {
  mark: '081277000082', // a phone typed as an attendance mark: the sheet keeps 81277000082
  landArea: '3507201201800020', // a NIK as text in Luas Lahan (ha)
  cashMember: '081277000061', // a phone typed into Kas's ID Anggota
  enDashNik: '3507–5412–0180–0054', // a NIK with the en dashes a word processor puts in
};
const leakedDigits = ['277000082', '2012018000', '277000061', '5412', '0180–'];

describe('privacy in the bundle (docs/book.md §10)', () => {
  it('quotes them masked in the overview, runChecks and Pemeriksaan, with no fix carrying them whole', () => {
    const book = gasBook();
    fillDemo(book);
    const w = book.world;
    // A person types into ordinary cells, which Sheets reads as it would read typed input.
    w.sheet('Daftar Hadir')!.type(5, 6, planted.mark);
    w.sheet('Anggota')!.put(3, 13, { value: planted.landArea });
    w.sheet('Kas')!.type(5, 5, planted.cashMember);
    w.sheet('Kas')!.put(6, 5, { value: planted.enDashNik });
    const overview = run(book, 'getOverview');
    const checks = run(book, 'runChecks');
    const pemeriksaan = JSON.stringify(w.sheet('Pemeriksaan')!.values());
    for (const [what, said] of Object.entries({
      overview: JSON.stringify(overview),
      checks: JSON.stringify(checks),
      pemeriksaan,
    })) {
      expect({ what, leaks: leakedDigits.filter((d) => said.includes(d)) }).toEqual({ what, leaks: [] });
    }
    expect(pemeriksaan).toContain(
      '\\"3507••••••••0020\\" tampak seperti NIK atau nomor HP, bukan isi kolom \\"Luas Lahan (ha)\\".',
    );
    expect(pemeriksaan).toContain('\\"8127••••082\\" bukan kode kehadiran.');
    expect(pemeriksaan).toContain('ID Anggota \\"8127••••061\\" tidak ada di tab Anggota.');
    expect(pemeriksaan).toContain('ID Anggota \\"3507••••••••0054\\" tidak ada di tab Anggota.');
  });

  it('refuses a card for a NIK typed as the member ID, quoting it masked', () => {
    const book = gasBook();
    fillDemo(book);
    const refused = run<ApiResponse<ActionResult>>(book, 'generateMemberCard', '3205171003650001');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('member.notFound');
    expect(refused.error.message.id).toBe(
      'Anggota dengan ID "3205••••••••0001" tidak ada di tab Anggota. Pilih anggota dari daftar.',
    );
    expect(JSON.stringify(refused)).not.toContain('3205171003650001');
  });
});
