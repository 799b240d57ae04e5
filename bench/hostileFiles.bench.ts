// Hostile and huge files (issue 10): each file run through the built command line under
// `/usr/bin/time -v`, which reports the process's peak resident memory and wall time. The issue's
// goal: under 1 GB (10^9 bytes) for any file under 20 MB on disk. `npm run bench hostile` runs the
// cases in BENCH_HOSTILE (default far,bomb,rows1m,under20,cells) with the commands in BENCH_COMMANDS
// (default check,balances: `check --json`, `balances --out`; any other command runs with --json, or
// as text when named with `:text`, e.g. check:text,journal:text,summary:text); the files are written
// to a temporary folder and removed afterwards (or kept in BENCH_HOSTILE_KEEP).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { demoWorkbook } from '../src/local/demoWorkbook';
import { ZipPackage } from '../src/local/zipPackage';
import { dosDateTime, writeZip, type ZipPart } from '../src/local/zipWriter';

const today = '2026-11-28';
// npm run bench runs from the repository's root: the commands run as built, dist/cli.js.
const cli = join(process.cwd(), 'dist', 'cli.js');
/** The 1 GB, in decimal units as it is said (1 GiB would let 7% more through). */
const LIMIT = 1000 * 1000 * 1000;
const UNDER = 20 * 1000 * 1000;
const LAST_ROW = 1_048_576;

/** The demo book with some parts replaced. */
function withParts(demo: Buffer, replace: Readonly<Record<string, Buffer>>): Buffer {
  const zip = new ZipPackage(demo, 'demo', Number.MAX_SAFE_INTEGER);
  const parts: ZipPart[] = zip.entries.map((e) => {
    const data = replace[e.name];
    return data ? { kind: 'new', name: e.name, data } : { kind: 'kept', from: zip, entry: e };
  });
  return writeZip(parts, dosDateTime(today));
}

/** The worksheet part of the tab `name` in the demo book. */
function sheetPart(zip: ZipPackage, name: string): string {
  const workbook = zip.readText(zip.entry('xl/workbook.xml')!);
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(workbook)?.[1];
  const rels = zip.readText(zip.entry('xl/_rels/workbook.xml.rels')!);
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
  const path = (target?.[1] ?? target?.[2])!.replace(/^\/?(xl\/)?/, 'xl/');
  return path;
}

function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The demo with its tab `name` grown to `rows` sheet rows: the demo's own data rows repeated (so
 * receipts and dates repeat, and every copy is a problem the check reports), renumbered, in one
 * `<sheetData>`; with `width`, each row also holds a number in every column from J to `width`.
 */
function grownTab(demo: Buffer, name: string, rows: number, width = 0): Buffer {
  const zip = new ZipPackage(demo, 'demo', Number.MAX_SAFE_INTEGER);
  const path = sheetPart(zip, name);
  const xml = zip.readText(zip.entry(path)!);
  const start = xml.indexOf('<sheetData>') + '<sheetData>'.length;
  const end = xml.indexOf('</sheetData>');
  const all = [...xml.slice(start, end).matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)];
  // The header is the first row holding a cell in column B or beyond; data rows follow it.
  const headerAt = all.findIndex((m) => /<c r="[B-Z]/.test(m[2]!));
  const head = all.slice(0, headerAt + 1).map((m) => m[0]);
  // Each data row's cells keep their column letters; the row number is put in for each copy.
  const data = all.slice(headerAt + 1).map((m) => m[2]!.replace(/ r="([A-Z]+)\d+"/g, ' r="$1§"'));
  const firstData = Number(all[headerAt + 1]![1]);
  const chunks: string[] = [xml.slice(0, start).replace(/<dimension [^>]*\/>/, ''), ...head];
  for (let r = firstData, i = 0; r <= rows; r += 1, i += 1) {
    let cells = data[i % data.length]!.replaceAll('§', String(r));
    // Beyond the tab's columns (A to I), numbers from column J on.
    for (let c = 10; c <= width; c += 1) cells += `<c r="${letters(c)}${r}"><v>${(r + c) % 997}</v></c>`;
    chunks.push(`<row r="${r}">${cells}</row>`);
  }
  chunks.push(xml.slice(end));
  return withParts(demo, { [path]: Buffer.from(chunks.join('')) });
}

/** The most Kas rows whose book stays under `bytes` on disk (searched by the size of a sample). */
function grownUnder(demo: Buffer, bytes: number, width: number): Buffer {
  const sample = 100_000;
  const small = grownTab(demo, 'Kas', sample, width).length;
  const perRow = (small - demo.length) / sample;
  let rows = Math.min(LAST_ROW, Math.floor((bytes - demo.length) / perRow));
  let file = grownTab(demo, 'Kas', rows, width);
  while (file.length >= bytes) {
    rows = Math.floor(rows * 0.97);
    file = grownTab(demo, 'Kas', rows, width);
  }
  return file;
}

interface Case {
  readonly name: string;
  readonly what: string;
  readonly make: (demo: Buffer, dir: string) => Promise<Buffer>;
}

const cases: Case[] = [
  {
    name: 'far',
    what: 'the demo with one cell at Kas!XFD1048576',
    make: async (demo) => {
      const raw = new ExcelJS.Workbook();
      await raw.xlsx.load(demo as unknown as ArrayBuffer);
      raw.getWorksheet('Kas')!.getCell('XFD1048576').value = 'jauh';
      return Buffer.from(await raw.xlsx.writeBuffer());
    },
  },
  {
    name: 'bomb',
    what: 'the demo with one shared text of 400,000,000 letters (a zip bomb)',
    make: async (demo) => {
      const zip = new ZipPackage(demo, 'demo', Number.MAX_SAFE_INTEGER);
      const xml = zip.readText(zip.entry('xl/sharedStrings.xml')!);
      const at = xml.indexOf('<si>');
      return withParts(demo, {
        'xl/sharedStrings.xml': Buffer.concat([
          Buffer.from(`${xml.slice(0, at)}<si><t>`),
          Buffer.alloc(400_000_000, 'a'),
          Buffer.from(`</t></si>${xml.slice(at)}`),
        ]),
      });
    },
  },
  {
    name: 'rows1m',
    what: 'Kas grown to row 1,048,576 (the demo’s rows repeated)',
    make: async (demo) => grownTab(demo, 'Kas', LAST_ROW),
  },
  {
    name: 'under20',
    what: 'Kas grown with the demo’s rows to just under 20 MB',
    make: async (demo) => grownUnder(demo, UNDER, 0),
  },
  {
    name: 'cells',
    what: 'Kas rows filled to 40 columns, to just under 20 MB (the most cells under 20 MB)',
    make: async (demo) => grownUnder(demo, UNDER, 40),
  },
];

interface Measured {
  readonly code: number | null;
  readonly wall: number;
  readonly rss: number;
  readonly said: string;
}

/** One command under /usr/bin/time -v: exit code, wall seconds, peak resident bytes. */
function measure(args: readonly string[], dir: string): Measured {
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, ...args], {
    cwd: dir,
    encoding: 'utf8',
    // What the command prints is not kept (a million problems as JSON): only time's report on stderr.
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]) * 1024;
  const clock = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const wall = clock ? Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]) : NaN;
  const said = r.stderr.split('\n').find((l) => l.trim() !== '' && !/^\s*Command being timed/.test(l)) ?? '';
  const exit = /Exit status: (\d+)/.exec(r.stderr)?.[1];
  return { code: exit === undefined ? r.status : Number(exit), wall, rss, said: said.trim() };
}

/** Decimal megabytes, as the goal is said. */
const mb = (n: number): string => `${(n / (1000 * 1000)).toFixed(n < 10 * 1000 * 1000 ? 2 : 0)} MB`;

async function main(): Promise<void> {
  if (!existsSync('/usr/bin/time')) throw new Error('needs /usr/bin/time (GNU time)');
  if (!existsSync(cli)) {
    spawnSync(process.execPath, [join(process.cwd(), 'scripts', 'build.mjs'), '--quiet'], {
      stdio: 'inherit',
    });
  }
  const only = (process.env.BENCH_HOSTILE ?? 'far,bomb,rows1m,under20,cells').split(',');
  const commands = (process.env.BENCH_COMMANDS ?? 'check,balances').split(',').filter(Boolean);
  // BENCH_HOSTILE_KEEP=DIR writes the files into DIR and leaves them there, to look at them again.
  const keep = process.env.BENCH_HOSTILE_KEEP;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'bk-hostile-bench-'));
  try {
    const demo = await demoWorkbook(today).toBuffer();
    console.log(
      `load at start: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log('| file | size on disk | command | exit | wall | peak memory (RSS) | under 1 GB |');
    console.log('|---|---|---|---|---|---|---|');
    for (const c of cases.filter((k) => only.includes(k.name))) {
      const file = join(dir, `${c.name}.xlsx`);
      writeFileSync(file, await c.make(demo, dir));
      const size = statSync(file).size;
      for (const command of commands) {
        const [name, as] = command.split(':');
        const args =
          command === 'balances'
            ? ['balances', file, '--today', today, '--out', join(dir, `${c.name}-saldo.xlsx`)]
            : [name!, file, '--today', today, ...(as === 'text' ? [] : ['--json'])];
        const m = measure(args, dir);
        const said = m.code === 2 ? ` (${m.said.slice(0, 120)})` : '';
        console.log(
          `| ${c.name}: ${c.what} | ${mb(size)} | ${command} | ${m.code}${said} | ${m.wall.toFixed(1)} s | ${mb(m.rss)} | ${m.rss < LIMIT ? 'yes' : size < UNDER ? '**NO**' : 'no (over 20 MB)'} |`,
        );
      }
      if (!keep) rmSync(file, { force: true });
    }
    console.log(
      `load at end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
