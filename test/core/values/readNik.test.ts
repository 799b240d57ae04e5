import { nikBirth, readNik } from '../../../src/core/values/readNik';

describe('readNik', () => {
  it('reads a valid NIK with its birth date and sex', () => {
    expect(readNik('3203011505800001')).toEqual({
      nik: '3203011505800001',
      birth: { day: 15, month: 5, yy: 80, female: false },
      notes: [],
    });
    expect(readNik(' 3203015208850002 ').birth).toEqual({ day: 12, month: 8, yy: 85, female: true });
    expect(readNik(null)).toEqual({ notes: [] });
  });

  it('warns when the NIK is stored as a number', () => {
    expect(readNik(3203011505800001).notes.map((n) => n.code)).toEqual(['member.nik.number']);
  });

  it.each([
    ['320301150580000', 'member.nik.length'],
    ['32030115058000011', 'member.nik.length'],
    ['3203O11505800001', 'member.nik.digits'],
    ['2003011505800001', 'member.nik.province'],
    ['9903011505800001', 'member.nik.province'],
    ['3203013213800001', 'member.nik.date'],
    ['3203013202800001', 'member.nik.date'],
    ['3203017202800001', 'member.nik.date'],
  ])('finds %s breaks %s', (nik, code) => {
    expect(readNik(nik).notes.map((n) => n.code)).toEqual([code]);
  });

  it.each([11, 19, 21, 31, 36, 51, 53, 61, 65, 71, 76, 81, 82, 91, 96])(
    'accepts province code %d',
    (code) => {
      expect(readNik(`${code}03011505800001`).notes).toEqual([]);
    },
  );

  it.each([10, 20, 22, 30, 37, 50, 54, 60, 66, 70, 77, 80, 83, 90, 97])(
    'refuses province code %d',
    (code) => {
      expect(readNik(`${code}03011505800001`).notes.map((n) => n.code)).toEqual(['member.nik.province']);
    },
  );

  it('knows 29 February in leap years only', () => {
    expect(nikBirth('3203012902040001')).toEqual({ day: 29, month: 2, yy: 4, female: false });
    expect(nikBirth('3203012902050001')).toBeUndefined();
    expect(nikBirth('3203016902040001')).toEqual({ day: 29, month: 2, yy: 4, female: true });
  });
});
