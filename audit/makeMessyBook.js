// Writes a messy book for the preview screenshots: the demo book plus long names, long unbroken
// text, large amounts, many problems and many loans past due.
const ExcelJS = require('exceljs');
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const [out, today] = [process.argv[2] || '/tmp/messy.xlsx', process.argv[3] || '2026-11-25'];
const demo = out.replace(/\.xlsx$/, '-demo.xlsx');
execFileSync(process.execPath, [
  path.join(__dirname, '..', 'dist', 'cli.js'),
  'demo',
  '--out',
  demo,
  '--force',
  '--today',
  today,
]);
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(demo);
  const set = wb.getWorksheet('Pengaturan');
  set.eachRow((row) => {
    if (row.getCell(1).value === 'Nama Kelompok')
      row.getCell(2).value = 'Kelompok Tani Sumber Rejeki Makmur Sejahtera Bersama Desa Cikandang';
  });
  const ang = wb.getWorksheet('Anggota');
  const longName = 'Raden Muhammad Abdurrahman Wahyudiningrat Kusumawardhana';
  ang.getRow(4).getCell(2).value = longName;
  const kas = wb.getWorksheet('Kas');
  const pin = wb.getWorksheet('Pinjaman');
  let k = kas.rowCount;
  let p = pin.rowCount;
  const d = new Date(Date.UTC(2026, 2, 10));
  // A grant of twelve billion: long figures on the cards.
  k += 1;
  kas.getRow(k).values = [
    new Date(Date.UTC(2026, 0, 5)),
    'BH-001',
    'Bantuan pemerintah',
    'Bantuan/Hibah',
    '',
    '',
    12345678900,
    null,
    '',
  ];
  for (let i = 1; i <= 28; i++) {
    const id = `P${100 + i}`;
    const m = `A${String(i).padStart(3, '0')}`;
    p += 1;
    pin.getRow(p).values = [id, m, d, 1000000 * i, 1.5, 'Flat', 10, 'Bulanan', 'Modal', 'Dana bergulir', ''];
    k += 1;
    kas.getRow(k).values = [
      d,
      `BK-${id}`,
      `Pencairan ${id}`,
      'Pencairan Pinjaman',
      m,
      id,
      null,
      1000000 * i,
      '',
    ];
  }
  // Fifty amounts typed as text, one with a long unbroken description quoted in its message.
  for (let i = 0; i < 50; i++) {
    k += 1;
    kas.getRow(k).values = [
      new Date(Date.UTC(2026, 10, 2)),
      `BX-${100 + i}`,
      `Iuran tambahan ${i}`,
      'Iuran',
      'A001',
      '',
      `Rp ${10 + i}.000,00`,
      null,
      '',
    ];
  }
  k += 1;
  kas.getRow(k).values = [
    new Date(Date.UTC(2026, 10, 3)),
    'BX-LONG',
    'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/view',
    'Kategori Yang Tidak Dikenal Sama Sekali Oleh Buku',
    'A001',
    '',
    'sepuluhribuduaratuslimapuluhrupiahsaja',
    null,
    '',
  ];
  await wb.xlsx.writeFile(out);
  console.log(out);
})();
