// How a ready message keeps names short: cut with `…` at a stated length, never inside an emoji.
import { charCount, cutId, cutText } from '../../../src/core/messages/shortText';

describe('cutText', () => {
  it('keeps a text of the limit or shorter whole', () => {
    expect(cutText('Ade Rukmana', 11)).toBe('Ade Rukmana');
    expect(cutText('🌾🌾🌾', 3)).toBe('🌾🌾🌾');
  });

  it('cuts a longer text to the limit, its last character `…`', () => {
    expect(cutText('Kelompok Tani Mekar Sari', 10)).toBe('Kelompok…');
    expect(charCount(cutText('a'.repeat(200), 40))).toBe(40);
  });

  it('counts an emoji as one character and never splits it', () => {
    expect(charCount('Siti 🌾')).toBe(6);
    expect(cutText('Siti 🌾🌾🌾', 7)).toBe('Siti 🌾…');
  });

  it('drops a joiner or a skin tone the cut would leave dangling, and a trailing space', () => {
    // 👩‍🌾 is 👩, a zero-width joiner and 🌾: cut after the joiner, the joiner goes too.
    expect(cutText('Ibu 👩‍🌾 Sari', 6)).toBe('Ibu 👩…');
    // 👍🏽 is 👍 and a skin tone: the hand stays, its tone goes rather than stand alone.
    expect(cutText('Ibu 👍🏽👍🏽', 7)).toBe('Ibu 👍…');
    expect(cutText('Ibu Sari Dewi', 5)).toBe('Ibu…');
  });
});

describe('cutId', () => {
  it('keeps an ID of the limit or shorter whole', () => {
    expect(cutId('KREDIT-2026', 12)).toBe('KREDIT-2026');
    expect(cutId('KREDIT-2026-', 12)).toBe('KREDIT-2026-');
  });

  it('keeps the start and the end of a longer ID around `…`, so that two IDs of one book stay two', () => {
    const ids = ['PINJAMAN-PANJANG-SEKALI-1', 'PINJAMAN-PANJANG-SEKALI-2', 'PINJAMAN-PANJANG-SEKALI-10'];
    expect(ids.map((id) => cutId(id, 12))).toEqual(['PINJA…KALI-1', 'PINJA…KALI-2', 'PINJA…ALI-10']);
    expect(ids.map((id) => charCount(cutId(id, 12)))).toEqual([12, 12, 12]);
  });

  it('leaves nothing dangling on either side of the cut', () => {
    // The end would start with the joiner of 👩‍🌾, or with a space: they go.
    expect(cutId('ABCDEFGHIJ👩‍🌾XY', 9)).toBe('ABCD…🌾XY');
    expect(cutId('ABCDEFGHIJKL MNO', 9)).toBe('ABCD…MNO');
  });
});
