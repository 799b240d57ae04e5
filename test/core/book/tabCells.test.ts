import { membersTab } from '../../../src/core/book/schema';
import { headerCells, rowCells } from '../../../src/core/book/tabCells';

describe('tabCells', () => {
  it("writes the canonical headers in the schema's order", () => {
    const header = headerCells(membersTab);
    expect(header.slice(0, 3)).toEqual(['ID Anggota', 'Nama', 'NIK']);
    expect(header).toHaveLength(membersTab.columns.length);
  });

  it('puts each value under its column, whatever order it is given in, and leaves the rest blank', () => {
    const row = rowCells(membersTab, { joinDate: { date: '2026-01-05' }, memberId: 'A001', nik: undefined });
    expect(row).toHaveLength(membersTab.columns.length);
    expect(row[0]).toBe('A001');
    expect(row[headerCells(membersTab).indexOf('Tanggal Masuk')]).toEqual({ date: '2026-01-05' });
    expect(row.filter((c) => c !== null)).toHaveLength(2);
  });
});
