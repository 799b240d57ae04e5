// How a ready message keeps names short: cut with `…` at a stated length, never inside an emoji.
import { charCount, cutText } from '../../../src/core/messages/shortText';

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
