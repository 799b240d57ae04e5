// The local preview: serves dist/sidebar.html beside a read-only view of a .xlsx book, and answers
// the sidebar's `POST /api/<name>` with the same `createApi(host)` that Apps Script serves.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createApi } from '../core/api/createApi';
import { apiFunctionNames, type ApiResponse } from '../core/api/types';
import { AtomicWriteError } from './atomicWrite';
import { bookSnapshot } from './bookSnapshot';
import { demoWorkbook } from './demoWorkbook';
import { dateIn, LOCAL_TIME_ZONE } from './localHost';
import { removeTempsOnSignal } from './interruptedWrite';
import { openPreviewBook, type PreviewBook } from './previewBook';
import { previewPageHtml } from './previewPage';
import { isIsoDate } from '../core/isoDate';
import { text, type Bilingual } from '../core/text';
import { WorkbookFileError } from './workbookFileError';

export interface PreviewOptions {
  /** The built sidebar, read on every request so a rebuild shows on reload. */
  readonly sidebarFile: string;
  /** The secret the page and the sidebar send with each request; a fresh random one by default. */
  readonly token?: string;
}

type ApiName = (typeof apiFunctionNames)[number];
/** Calls that leave the book as it is: after any other, the file is saved. */
/**
 * Whether each call writes the book (then the preview saves it): every name of the API is here, so
 * a call added later must be sorted by the compiler, not fall among the writes by default (a read
 * then rewrote the file and was refused when another program had saved it).
 */
const writesBook: Readonly<Record<ApiName, boolean>> = {
  getOverview: false,
  getProblems: false,
  getLoansAtRisk: false,
  getMembers: false,
  getMessages: false,
  goToCell: false,
  setLanguage: false,
  runChecks: true,
  computeBalances: true,
  generateJournal: true,
  setupBook: true,
  applyFix: true,
  generateMemberCard: true,
  generateAllMemberCards: true,
  computeShu: true,
  generatePlan: true,
  generateSaprodi: true,
};
const MAX_BODY = 1 << 20;
/** The request header that carries the per-run token (a custom header: no other page can send it). */
export const TOKEN_HEADER = 'x-buku-kelompok-token';

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // No other site may frame the page and steer clicks into the sidebar.
    'x-frame-options': 'SAMEORIGIN',
    'content-security-policy': "frame-ancestors 'self'",
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json', JSON.stringify(value));
}

function failure(code: string, id: string, en: string): ApiResponse<never> {
  return { ok: false, error: { code, message: { id, en } } };
}

class BodyTooLarge extends Error {}

/** The body as text; over MAX_BODY it rejects with BodyTooLarge and the rest is read and dropped. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) {
      req.resume();
      reject(new BodyTooLarge());
      return;
    }
    let size = 0;
    const chunks: Buffer[] = [];
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) return void chunks.push(c);
      // Answer now; what is still coming is drained (not kept), so the client reads the 413.
      req.off('data', onData);
      req.resume();
      reject(new BodyTooLarge());
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** One call at a time, like the document lock of Apps Script: the workbook is not shared. */
function serialised(): <T>(fn: () => Promise<T>) => Promise<T> {
  let chain: Promise<unknown> = Promise.resolve();
  return (fn) => {
    const next = chain.then(fn, fn);
    chain = next.catch(() => undefined);
    return next;
  };
}

function changedOnDisk(title: string): ApiResponse<never> {
  return failure(
    'file.changed',
    `Berkas ${title} diubah di luar pratinjau sejak terakhir dibaca. Pratinjau sudah membacanya lagi dan tidak mengubah apa pun: lihat isinya, lalu ulangi tindakan.`,
    `The file ${title} was changed outside the preview since it was last read. The preview has read it again and changed nothing: look at it, then repeat the action.`,
  );
}

/** Reads the file again if it changed; a file that is gone or broken now refuses the action. */
async function reloadIfChanged(book: PreviewBook, thorough: boolean): Promise<boolean | ApiResponse<never>> {
  try {
    return await book.reloadIfChanged(thorough);
  } catch (e) {
    if (e instanceof WorkbookFileError) return { ok: false, error: { code: e.code, message: e.text } };
    throw e;
  }
}

async function callApi(book: PreviewBook, name: ApiName, body: string): Promise<ApiResponse<unknown>> {
  let args: unknown;
  try {
    args = body.trim() === '' ? [] : JSON.parse(body);
  } catch {
    args = null;
  }
  if (!Array.isArray(args)) {
    return failure('request.invalid', 'Permintaan tidak terbaca.', 'The request could not be read.');
  }
  const writes = writesBook[name];
  // Before a write, the whole content is compared: another program's edit is never overwritten.
  const before = await reloadIfChanged(book, writes);
  if (typeof before !== 'boolean') return before;
  if (before && writes) return changedOnDisk(book.title);
  let result: ApiResponse<unknown>;
  try {
    result = (book.api[name] as (...a: unknown[]) => ApiResponse<unknown>)(...args);
  } catch (e) {
    // createApi answers errors itself; this is the last guard so the sidebar never sees a stack.
    console.error(`preview: ${name} threw`, e);
    return failure('internal', 'Terjadi kesalahan di server pratinjau.', 'The preview server failed.');
  }
  if (result.ok && writes) {
    try {
      // Changed while the action ran: the file is read again (the action's work dropped), not saved over.
      const during = await reloadIfChanged(book, true);
      if (typeof during !== 'boolean') return during;
      if (during) return changedOnDisk(book.title);
      await book.save();
    } catch (e) {
      // A full disk, no permission…: named, and the file on disk is as it was.
      if (e instanceof AtomicWriteError) return { ok: false, error: { code: 'file.save', message: e.text } };
      const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
      return failure(
        'file.save',
        `Buku tidak dapat disimpan (${detail}). Tutup berkas di program lain, lalu coba lagi.`,
        `The book could not be saved (${detail}). Close the file in other programs, then try again.`,
      );
    }
  }
  return result;
}

function sameSecret(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

/** The sidebar as built, with the token in a meta tag for its transport to send back. */
function sidebarWithToken(html: string, token: string): string {
  const meta = `<meta name="buku-kelompok-token" content="${token}">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (h) => `${h}${meta}`) : `${meta}${html}`;
}

export function createPreviewServer(book: PreviewBook, options: PreviewOptions): Server {
  const queue = serialised();
  const token = options.token ?? randomBytes(24).toString('hex');
  return createServer((req, res) => {
    // Only this machine, by its own name: a page elsewhere cannot reach the book (DNS rebinding).
    const hostHeader = req.headers.host ?? '';
    const host = hostHeader.replace(/:\d+$/, '');
    if (!['127.0.0.1', 'localhost'].includes(host)) return send(res, 403, 'text/plain', 'forbidden');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (req.method === 'GET' && path === '/')
      return send(res, 200, 'text/html', previewPageHtml(book.title, token));
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (req.method === 'GET' && path === '/sidebar.html') {
      let html: string;
      try {
        html = readFileSync(options.sidebarFile, 'utf8');
      } catch {
        return send(res, 500, 'text/plain', `Missing ${options.sidebarFile}: run npm run build.`);
      }
      return send(res, 200, 'text/html', sidebarWithToken(html, token));
    }
    // Everything below reads or changes the book: only the preview's own page may ask. Another
    // site's form or no-cors fetch cannot send the token header, and a browser names its origin.
    const forbidden = () =>
      sendJson(
        res,
        403,
        failure(
          'request.forbidden',
          'Permintaan ini tidak datang dari halaman pratinjau; tidak ada yang diubah. Buka pratinjau dari alamat yang dicetak saat mulai.',
          'This request did not come from the preview page; nothing was changed. Open the preview at the address printed when it started.',
        ),
      );
    if (req.method === 'GET' && path === '/book') {
      if (!sameSecret(req.headers[TOKEN_HEADER], token)) return forbidden();
      void queue(async () => {
        await reloadIfChanged(book, false);
        return bookSnapshot(book.workbook, book.selection());
      }).then(
        (snap) => sendJson(res, 200, snap),
        (e: unknown) => {
          console.error('preview: reading the book failed', e);
          sendJson(res, 500, { error: 'book.read' });
        },
      );
      return;
    }
    const m = /^\/api\/(\w+)$/.exec(path);
    if (m) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      if (
        req.headers.origin !== `http://${hostHeader}` ||
        !sameSecret(req.headers[TOKEN_HEADER], token) ||
        !/^application\/json\b/.test(req.headers['content-type'] ?? '')
      ) {
        req.resume();
        return forbidden();
      }
      const name = m[1] as ApiName;
      if (!(apiFunctionNames as readonly string[]).includes(name)) {
        return sendJson(
          res,
          404,
          failure('api.unknown', `Fungsi ${name} tidak ada.`, `No function ${name}.`),
        );
      }
      void readBody(req)
        .then((body) => queue(() => callApi(book, name, body)))
        .then(
          (result) => sendJson(res, 200, result),
          (e: unknown) => {
            if (e instanceof BodyTooLarge) {
              res.setHeader('connection', 'close');
              return sendJson(
                res,
                413,
                failure(
                  'request.tooLarge',
                  'Permintaan lebih dari 1 MB; tidak ada yang diubah.',
                  'The request is over 1 MB; nothing was changed.',
                ),
              );
            }
            console.error('preview: the request failed', e);
            sendJson(
              res,
              500,
              failure('internal', 'Terjadi kesalahan di server pratinjau.', 'The preview server failed.'),
            );
          },
        );
      return;
    }
    send(res, 404, 'text/plain', 'not found');
  });
}

/** Listens on 127.0.0.1; resolves with the port (0 picks a free one). */
export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

export interface PreviewArgs {
  /** The book; null means the demo book. */
  readonly file: string | null;
  readonly port: number;
  readonly today?: string;
  /** Where the per-user language is kept; default `~/.buku-kelompok-preview.json`. */
  readonly prefsFile?: string;
}

/** `[BOOK.xlsx] [--port 5173] [--today yyyy-mm-dd] [--prefs FILE]`; a Text is a usage error. */
export function parsePreviewArgs(argv: readonly string[]): PreviewArgs | Bilingual {
  let file: string | null = null;
  let port = 5173;
  let today: string | undefined;
  let prefsFile: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] ?? '';
    if (a === '--port') {
      const value = argv[(i += 1)] ?? '';
      port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
      if (!(port >= 0 && port <= 65535))
        return text(
          `--port harus angka 0 sampai 65535 (bukan "${value}")`,
          `--port must be a number from 0 to 65535 (not "${value}")`,
        );
    } else if (a === '--today') {
      today = argv[(i += 1)];
      if (!today || !isIsoDate(today))
        return text(
          `--today harus tanggal yyyy-mm-dd, mis. 2026-11-28 (bukan "${today ?? ''}")`,
          `--today must be a date yyyy-mm-dd, e.g. 2026-11-28 (not "${today ?? ''}")`,
        );
    } else if (a === '--prefs') {
      prefsFile = argv[(i += 1)];
      if (!prefsFile) return text('--prefs perlu nama file', '--prefs needs a file name');
    } else if (a.startsWith('-')) return text(`Opsi tidak dikenal: ${a}`, `Unknown option: ${a}`);
    else if (file === null) file = a;
    else return text(`Satu buku saja (${file}, ${a})`, `One book at a time (${file}, ${a})`);
  }
  return prefsFile === undefined ? { file, port, today } : { file, port, today, prefsFile };
}

const USAGE = 'npm run preview -- [BOOK.xlsx] [--port 5173] [--today yyyy-mm-dd] [--prefs FILE]';
/** The demo book's default place, as `buku-kelompok demo` writes it. */
const DEMO_FILE = join('demo', 'buku-kelompok-demo.xlsx');

/** `npm run preview`: resolves with an exit code when it cannot start; else it serves until stopped. */
export async function main(argv: readonly string[]): Promise<number> {
  const args = parsePreviewArgs(argv);
  if (!('port' in args)) {
    console.error(`${args.id} / ${args.en}\n${USAGE}`);
    return 2;
  }
  const sidebarFile = join(__dirname, 'sidebar.html');
  if (!existsSync(sidebarFile)) {
    console.error(
      `${sidebarFile} tidak ada: jalankan dulu npm run build / ${sidebarFile} is missing: run npm run build first`,
    );
    return 2;
  }
  const file = resolve(args.file ?? DEMO_FILE);
  if (args.file === null && !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    await demoWorkbook(args.today ?? dateIn(LOCAL_TIME_ZONE, new Date())).save(file);
    console.log(`Buku demo ditulis (demo book written): ${file}`);
  }
  let book: PreviewBook;
  try {
    book = await openPreviewBook(file, (host) => createApi(host, { report: (e) => console.error(e) }), {
      today: args.today,
      prefsFile: args.prefsFile ?? join(homedir(), '.buku-kelompok-preview.json'),
    });
  } catch (e) {
    if (e instanceof WorkbookFileError) {
      console.error(`${e.text.id} / ${e.text.en}`);
      return 2;
    }
    throw e;
  }
  const server = createPreviewServer(book, { sidebarFile });
  let port: number;
  try {
    port = await listen(server, args.port);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${args.port} sedang dipakai: coba --port ${args.port + 1} / Port ${args.port} is in use: try --port ${args.port + 1}`
        : `Pratinjau tidak dapat mulai / The preview cannot start: ${code ?? (e instanceof Error ? e.message : String(e))}`,
    );
    return 2;
  }
  console.log(
    [
      `Pratinjau Buku Kelompok / Buku Kelompok preview: http://127.0.0.1:${port}/`,
      `Buku ${file} disimpan setelah setiap tindakan; bila berkas diubah program lain, pratinjau membacanya lagi dan tidak menimpanya.`,
      'The book is saved after every action; if another program changes the file, the preview reads it again and does not overwrite it.',
      'Ctrl+C untuk berhenti / to stop.',
    ].join('\n'),
  );
  return 0;
}

if (require.main === module) {
  // Ctrl-C or SIGTERM while the book is saved removes its temporary file beside it (interruptedWrite.ts).
  removeTempsOnSignal();
  void main(process.argv.slice(2)).then(
    (code) => {
      if (code !== 0) process.exit(code);
    },
    (e: unknown) => {
      console.error('preview:', e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
