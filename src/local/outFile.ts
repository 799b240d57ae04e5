// Where a command writes (`--out`): checked before any work, written whole or not at all, and said
// with a verb. It never replaces the input, nor a file it did not write unless told to (--force).
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { text, type Bilingual } from '../core/text';
import { AtomicWriteError, writeFileAtomic, type AtomicWriteFs } from './atomicWrite';
import { CliError } from './openBook';
import { WorkbookFileError } from './workbookFileError';
import { isSealed, sealZip } from './outputSeal';
import type { XlsxWorkbook } from './xlsxWorkbook';

export interface OutTarget {
  /** The path as the person typed it. */
  readonly path: string;
  /** The option that named it, for messages: `--out`, `--demo`. */
  readonly option: string;
  /** True when an earlier file is replaced (one the tool wrote, or any with --force). */
  readonly replaces: boolean;
  /** The folder that does not exist yet and is created, as typed; null when it exists. */
  readonly newFolder: string | null;
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  // Another name for the same file: a hard link, a symbolic link, another case on a
  // case-insensitive disk. Device and inode say it whatever the name.
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Checks `path` as the file a command will write: it ends in .xlsx, it is none of `inputs`, and
 * it is new, or a file this tool wrote that nobody saved since (see outputSeal), or `force` is set.
 */
export function outTarget(
  path: string,
  inputs: readonly string[],
  force: boolean,
  option = '--out',
): OutTarget {
  if (extname(path).toLowerCase() !== '.xlsx')
    throw new CliError(
      'args.outNotXlsx',
      text(
        `${option} harus berakhiran .xlsx (bukan "${path}"): yang ditulis selalu workbook Excel`,
        `${option} must end in .xlsx (not "${path}"): what is written is always an Excel workbook`,
      ),
    );
  for (const input of inputs)
    if (sameFile(input, path))
      throw new CliError(
        'args.outIsInput',
        text(
          `${option} tidak boleh sama dengan file masukan (${input}): file masukan tidak pernah diubah`,
          `${option} may not be the input file (${input}): the input is never modified`,
        ),
      );
  let replaces = false;
  if (existsSync(path)) {
    if (statSync(path).isDirectory())
      throw new CliError(
        'file.write',
        text(`${path} adalah folder, bukan file`, `${path} is a folder, not a file`),
      );
    if (!force && !isSealed(readFileSync(path)))
      throw new CliError(
        'file.outExists',
        text(
          `${path} sudah ada dan bukan tulisan Buku Kelompok (atau sudah disimpan program lain sejak itu), jadi tidak ditimpa: pilih nama lain, atau tambahkan --force untuk menimpanya`,
          `${path} already exists and was not written by Buku Kelompok (or another program saved it since), so it is left alone: choose another name, or add --force to replace it`,
        ),
      );
    replaces = true;
  }
  const folder = dirname(path);
  return { path, option, replaces, newFolder: existsSync(folder) ? null : folder };
}

/** Writes `workbook` to the target, sealed, through a temporary file (see writeFileAtomic). */
export async function writeOut(workbook: XlsxWorkbook, target: OutTarget, fs?: AtomicWriteFs): Promise<void> {
  await writeSaying(target.path, async () => {
    if (target.newFolder !== null) mkdirSync(target.newFolder, { recursive: true });
    await writeFileAtomic(target.path, sealZip(await workbook.toPieces()), fs);
  });
}

/**
 * Writes `workbook` back to the file it is the person's book in (`setup FILE`), through a temporary
 * file: a symbolic link is written through and the file keeps its permissions (writeFileAtomic).
 * Not sealed: it is the group's own book, which no later --out may replace without --force.
 */
export async function writeInPlace(workbook: XlsxWorkbook, path: string, fs?: AtomicWriteFs): Promise<void> {
  await writeSaying(path, async () => writeFileAtomic(path, await workbook.toPieces(), fs));
}

/** Runs `write`, saying why it failed in one line. */
async function writeSaying(path: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (e) {
    if (e instanceof AtomicWriteError) throw new CliError('file.write', e.text);
    // The book read is what is wrong (a damaged styles part), not the file being written.
    if (e instanceof WorkbookFileError) throw new CliError(e.code, e.text);
    const code = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : 'error');
    throw new CliError(
      'file.write',
      text(`File tidak dapat ditulis: ${path} (${code})`, `Cannot write the file ${path} (${code})`),
    );
  }
}

/** `a copy of the book with the tabs Saldo Pinjaman, Simpanan`: what balances and journal write. */
export function copyWithTabs(tabs: readonly string[]): Bilingual {
  const list = tabs.join(', ');
  return text(
    `salinan buku dengan tab ${list}`,
    `a copy of the book with the ${tabs.length === 1 ? 'tab' : 'tabs'} ${list}`,
  );
}

/** What was written, with a verb: `Dibuat hasil/saldo.xlsx: … (folder hasil dibuat)`. */
export function writtenLine(target: OutTarget, contents: Bilingual): Bilingual {
  const folderId = target.newFolder === null ? '' : ` (folder ${target.newFolder} dibuat)`;
  const folderEn = target.newFolder === null ? '' : ` (created the folder ${target.newFolder})`;
  return text(
    `${target.replaces ? 'Ditimpa' : 'Dibuat'} ${target.path}: ${contents.id}${folderId}`,
    `${target.replaces ? 'Replaced' : 'Created'} ${target.path}: ${contents.en}${folderEn}`,
  );
}

/** The target of a command's `--out` (and `--force`) option, checked now; undefined without --out. */
export function outOption(
  values: { readonly out?: string | undefined; readonly force?: boolean | undefined },
  inputs: readonly string[],
): OutTarget | undefined {
  return values.out === undefined ? undefined : outTarget(values.out, inputs, values.force === true);
}
