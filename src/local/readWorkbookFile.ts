// Reads a book's file from disk, turning the file system's refusals into one bilingual line.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { text } from '../core/text';
import { WorkbookFileError } from './workbookFileError';

/** The file's bytes; throws WorkbookFileError when it is missing, a folder or unreadable. */
export async function readWorkbookFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new WorkbookFileError(
        'file.missing',
        // What to do, as every refusal says (an audit): a name mistyped, or a pattern matching nothing.
        text(
          `File tidak ditemukan: ${path}. Periksa nama dan foldernya`,
          `File not found: ${path}. Check its name and folder`,
        ),
      );
    if (code === 'EISDIR')
      throw new WorkbookFileError(
        'file.notWorkbook',
        text(
          `${path} adalah folder, bukan file .xlsx: sebut file-filenya, mis. ${join(path, '*.xlsx')}`,
          `${path} is a folder, not an .xlsx file: name its files, e.g. ${join(path, '*.xlsx')}`,
        ),
      );
    throw new WorkbookFileError(
      'file.unreadable',
      text(
        `File tidak dapat dibaca: ${path} (${code ?? 'error'})`,
        `Cannot read ${path} (${code ?? 'error'})`,
      ),
    );
  }
}
