// The sidebar's API over an opened local book, for the commands that write generated tabs: the
// command line writes them exactly as the add-on does.
import { createApi } from '../core/api/createApi';
import type { ApiResponse } from '../core/api/types';
import type { ReviewedBook } from '../core/reviewBook';
import type { CommandTime } from './cliOptions';
import { LocalHost } from './localHost';
import { CliError, type OpenedBook } from './openBook';

/** `reviewed`: the book as the command has just read and checked it as of `today`, not to check it twice. */
export function localApi(opened: Pick<OpenedBook, 'workbook'>, time: CommandTime, reviewed?: ReviewedBook) {
  return createApi(new LocalHost(opened.workbook, time), {
    report: (error) => {
      throw error;
    },
    ...(reviewed ? { reviewed } : {}),
  });
}

/** The data of a response, or its refusal as a one-line CliError. */
export function unwrap<T>(response: ApiResponse<T>): T {
  if (response.ok) return response.data;
  throw new CliError(response.error.code, response.error.message);
}
