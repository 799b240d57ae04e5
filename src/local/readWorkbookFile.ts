// Reads a book's file from disk, turning the file system's refusals into one bilingual line.
import { readFile } from 'node:fs/promises';
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
        text(`File tidak ditemukan: ${path}`, `File not found: ${path}`),
      );
    if (code === 'EISDIR')
      throw new WorkbookFileError(
        'file.notWorkbook',
        text(`${path} adalah folder, bukan file .xlsx`, `${path} is a folder, not an .xlsx file`),
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
