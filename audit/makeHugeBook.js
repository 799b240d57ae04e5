// The demo book with sums past a trillion (three typos of 900 billion), a member's name with no
// space, a long loan ID and a long season: how the 300 px sidebar holds them.
const ExcelJS = require('exceljs');
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const [out, today] = [process.argv[2] || '/tmp/huge.xlsx', process.argv[3] || '2026-11-25'];
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
  const ang = wb.getWorksheet('Anggota');
  ang.getRow(5).getCell(2).value = 'NyiRadenAyuSitiNurhalizaKusumawardhaniPutriSekarwangi';
  const kas = wb.getWorksheet('Kas');
  const pin = wb.getWorksheet('Pinjaman');
  let k = kas.rowCount;
  for (let i = 0; i < 3; i++) {
    k += 1;
    kas.getRow(k).values = [
      new Date(Date.UTC(2026, 0, 5 + i)),
      `BH-00${i}`,
      'Bantuan (salah ketik nol)',
      'Bantuan/Hibah',
      '',
      '',
      900000000000,
      null,
      '',
    ];
  }
  const id = 'KREDIT-USAHA-TANI-2026-000001';
  const p = pin.rowCount + 1;
  const d = new Date(Date.UTC(2026, 2, 10));
  pin.getRow(p).values = [
    id,
    'A004',
    d,
    950000000000,
    1.5,
    'Flat',
    10,
    'Bulanan',
    'Modal',
    'Dana bergulir',
    '',
  ];
  k += 1;
  kas.getRow(k).values = [
    d,
    'BK-X',
    `Pencairan ${id}`,
    'Pencairan Pinjaman',
    'A004',
    id,
    null,
    950000000000,
    '',
  ];
  await wb.xlsx.writeFile(out);
  console.log(out);
})();
