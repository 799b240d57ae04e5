// The command line's text tables (balances, summary, ruk, saprodi, shu, query): one helper.
import { alignedTable } from '../../src/local/cliFormat';

describe('alignedTable', () => {
  it('pads each column to its widest cell, the right ones to the right, with a rule where asked', () => {
    expect(
      alignedTable(
        [
          ['Kelompok', 'Kas'],
          ['Tani Makmur', 'Rp 1.500.000'],
          ['Jumlah', 'Rp 12.000'],
        ],
        (i) => i === 1,
        2,
      ),
    ).toEqual([
      'Kelompok              Kas',
      'Tani Makmur  Rp 1.500.000',
      '-----------  ------------',
      'Jumlah          Rp 12.000',
    ]);
  });

  it('keeps a row on one line when a cell holds a line break (found by an audit: the row split)', () => {
    // Alt+Enter in a group's name (LF), a name from Windows (CR LF), a lone CR.
    const lines = alignedTable(
      [
        ['Kelompok', 'ID'],
        ['Kelompok Tani\nMekar Sari', 'P001\r\nX'],
        ['Cikandang\rHilir', 'P002'],
      ],
      () => false,
    );
    expect(lines).toEqual([
      'Kelompok                  ID',
      'Kelompok Tani↵Mekar Sari  P001↵X',
      'Cikandang↵Hilir           P002',
    ]);
  });
});
