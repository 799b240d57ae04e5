// Failures the user can act on: an ApiError from the server, or a call that never got an answer.
import type { ApiError, ApiResponse } from '../../src/core/api/types';
import { text } from '../../src/core/text';

/** The first line of a failure's message, without stack frames, shortened: detail, never a trace. */
export function shortDetail(detail: unknown): string {
  const raw =
    detail instanceof Error
      ? detail.message
      : typeof detail === 'string'
        ? detail
        : detail && typeof (detail as { message?: unknown }).message === 'string'
          ? (detail as { message: string }).message
          : '';
  const line = (raw.split('\n').find((l) => l.trim() !== '' && !/^\s*at\s/.test(l)) ?? '').trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

function withDetail(base: string, detail: string): string {
  return detail ? `${base} (${detail})` : base;
}

/** The server could not be reached or failed outside the API's own error handling. */
export function callFailed(detail: unknown): ApiError {
  const d = shortDetail(detail);
  if (/permission|izin|authori[sz]/i.test(d)) {
    return {
      code: 'server.permission',
      message: text(
        withDetail(
          'Anda tidak punya izin untuk tindakan ini. Minta hak edit kepada pemilik buku, lalu muat ulang halaman.',
          d,
        ),
        withDetail(
          'You lack permission for this action. Ask the book owner for edit rights, then reload the page.',
          d,
        ),
      ),
    };
  }
  // Apps Script's own words when it stops a run at its time limit (a district book's every card):
  // not a lost connection, and trying again meets the same limit.
  if (/exceeded maximum execution time|maximum execution time|batas waktu eksekusi/i.test(d)) {
    return {
      code: 'server.timeLimit',
      message: text(
        'Apps Script menghentikan tindakan ini karena melewati batas waktunya; mencoba lagi akan berhenti di batas yang sama. Untuk buku sebesar ini, pakai baris perintah (buku-kelompok) pada salinan .xlsx-nya.',
        'Apps Script stopped this action at its time limit; trying again stops at the same limit. For a book this size, use the command line (buku-kelompok) on an .xlsx copy of it.',
      ),
    };
  }
  // No call's name: it is the add-on's word, not the user's, who sees what they pressed.
  return {
    code: 'server.unreachable',
    message: text(
      withDetail('Server tidak menjawab. Periksa koneksi internet, lalu coba lagi.', d),
      withDetail('The server did not answer. Check the internet connection, then try again.', d),
    ),
  };
}

/** The server answered something that is not an `ApiResponse` (e.g. `null`). */
export function invalidResponse(name: string): ApiError {
  return {
    code: 'response.invalid',
    message: text(
      `Jawaban server untuk ${name} tidak dapat dibaca. Muat ulang panel, lalu coba lagi.`,
      `The server's answer to ${name} could not be read. Reload the panel, then try again.`,
    ),
  };
}

/** Checks the shape of an answer at the border: anything else becomes an error the user can read. */
export function asApiResponse<T>(name: string, value: unknown): ApiResponse<T> {
  if (value && typeof value === 'object') {
    const v = value as { ok?: unknown; data?: unknown; error?: unknown };
    if (v.ok === true && 'data' in v) return { ok: true, data: v.data as T };
    if (v.ok === false && isApiError(v.error)) return { ok: false, error: v.error };
  }
  return { ok: false, error: invalidResponse(name) };
}

function isApiError(e: unknown): e is ApiError {
  if (!e || typeof e !== 'object') return false;
  const err = e as { code?: unknown; message?: { id?: unknown; en?: unknown } };
  return (
    typeof err.code === 'string' &&
    !!err.message &&
    typeof err.message.id === 'string' &&
    typeof err.message.en === 'string' &&
    err.message.id.trim() !== '' &&
    err.message.en.trim() !== ''
  );
}
