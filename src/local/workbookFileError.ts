// Why a file could not be opened as a book: a stable code and one line in both languages.
import type { Bilingual } from '../core/text';

export type WorkbookFileErrorCode =
  'file.missing' | 'file.notWorkbook' | 'file.encrypted' | 'file.unreadable' | 'file.tooLarge';

export class WorkbookFileError extends Error {
  constructor(
    readonly code: WorkbookFileErrorCode,
    readonly text: Bilingual,
  ) {
    super(text.en);
    this.name = 'WorkbookFileError';
  }
}
