// What a file is by its first bytes: an .xlsx (a zip), an old .xls or an encrypted book (OLE).
import { text } from '../core/text';
import { WorkbookFileError } from './workbookFileError';

const ENCRYPTED_MARK = Buffer.from('EncryptionInfo', 'utf16le');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Throws WorkbookFileError unless `bytes` can be an .xlsx package (a zip). */
export function refuseNonZipWorkbook(bytes: Buffer, label: string): void {
  if (bytes.subarray(0, 4).equals(CFB_MAGIC)) {
    // An OLE container: either an encrypted .xlsx or an old binary .xls.
    if (bytes.includes(ENCRYPTED_MARK))
      throw new WorkbookFileError(
        'file.encrypted',
        text(
          `${label} dilindungi kata sandi: buka di Excel/LibreOffice, hapus kata sandinya, lalu simpan sebagai .xlsx`,
          `${label} is password-protected: open it in Excel/LibreOffice, remove the password, and save it as .xlsx`,
        ),
      );
    throw new WorkbookFileError(
      'file.notWorkbook',
      text(
        `${label} berformat .xls lama: simpan ulang sebagai .xlsx`,
        `${label} is an old .xls file: save it again as .xlsx`,
      ),
    );
  }
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw notWorkbook(label);
}

/**
 * The refusal of a workbook with a part cut short or missing (a copy interrupted, a program that
 * wrote it half): read anyway, its tabs would look like a book with rows and headers missing.
 */
export function damagedWorkbook(label: string): WorkbookFileError {
  return new WorkbookFileError(
    'file.unreadable',
    text(
      `${label} rusak: isinya terpotong atau tidak lengkap. Buka di Excel/LibreOffice, simpan ulang sebagai .xlsx, lalu coba lagi`,
      `${label} is damaged: part of it is cut short or missing. Open it in Excel/LibreOffice, save it again as .xlsx, and try again`,
    ),
  );
}

/** The refusal of a file that is no Excel workbook at all. */
export function notWorkbook(label: string): WorkbookFileError {
  return new WorkbookFileError(
    'file.notWorkbook',
    text(`${label} bukan file Excel .xlsx`, `${label} is not an Excel .xlsx file`),
  );
}
