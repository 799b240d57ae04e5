// The local preview: serves dist/sidebar.html beside a read-only view of a .xlsx book, and answers
// the sidebar's `POST /api/<name>` with the same `createApi(host)` that Apps Script serves.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createApi } from '../core/api/createApi';
import { apiFunctionNames, type ApiResponse } from '../core/api/types';
import { bookSnapshot } from './bookSnapshot';
import { demoWorkbook } from './demoWorkbook';
import { dateIn, LOCAL_TIME_ZONE } from './localHost';
import { openPreviewBook, type PreviewBook } from './previewBook';
import { previewPageHtml } from './previewPage';
import { WorkbookFileError } from './workbookFileError';

export interface PreviewOptions {
  /** The built sidebar, read on every request so a rebuild shows on reload. */
  readonly sidebarFile: string;
}

type ApiName = (typeof apiFunctionNames)[number];
/** Calls that only read: everything else may have written, so the file is saved after it. */
const readOnly: ReadonlySet<ApiName> = new Set<ApiName>(['getOverview', 'goToCell']);
const MAX_BODY = 1 << 20;

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json', JSON.stringify(value));
}

function failure(code: string, id: string, en: string): ApiResponse<never> {
  return { ok: false, error: { code, message: { id, en } } };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
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
  let result: ApiResponse<unknown>;
  try {
    result = (book.api[name] as (...a: unknown[]) => ApiResponse<unknown>)(...args);
  } catch (e) {
    // createApi answers errors itself; this is the last guard so the sidebar never sees a stack.
    console.error(`preview: ${name} threw`, e);
    return failure('internal', 'Terjadi kesalahan di server pratinjau.', 'The preview server failed.');
  }
  if (result.ok && !readOnly.has(name)) {
    try {
      await book.save();
    } catch (e) {
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

export function createPreviewServer(book: PreviewBook, options: PreviewOptions): Server {
  const queue = serialised();
  return createServer((req, res) => {
    // Only this machine, by its own name: a page elsewhere cannot reach the book (DNS rebinding).
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (!['127.0.0.1', 'localhost'].includes(host)) return send(res, 403, 'text/plain', 'forbidden');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html', previewPageHtml(book.title));
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
      return send(res, 200, 'text/html', html);
    }
    if (req.method === 'GET' && path === '/book') {
      void queue(async () => bookSnapshot(book.workbook, book.selection())).then(
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
          () =>
            sendJson(
              res,
              413,
              failure('request.invalid', 'Permintaan terlalu besar.', 'The request is too large.'),
            ),
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

/** `[BOOK.xlsx] [--port 5173] [--today yyyy-mm-dd] [--prefs FILE]`; a string is a usage error. */
export function parsePreviewArgs(argv: readonly string[]): PreviewArgs | string {
  let file: string | null = null;
  let port = 5173;
  let today: string | undefined;
  let prefsFile: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--port') {
      port = Number(argv[(i += 1)]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return `--port: a number from 0 to 65535`;
    } else if (a === '--today') {
      today = argv[(i += 1)];
      if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return `--today: a date such as 2026-11-28`;
    } else if (a === '--prefs') {
      prefsFile = argv[(i += 1)];
      if (!prefsFile) return '--prefs: a file name';
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (file === null) file = a;
    else return `one book at a time (${file}, ${a})`;
  }
  return prefsFile === undefined ? { file, port, today } : { file, port, today, prefsFile };
}

const USAGE = 'npm run preview -- [BOOK.xlsx] [--port 5173] [--today yyyy-mm-dd] [--prefs FILE]';
/** The demo book's default place, as `buku-kelompok demo` writes it. */
const DEMO_FILE = join('demo', 'buku-kelompok-demo.xlsx');

/** `npm run preview`: resolves with an exit code when it cannot start; else it serves until stopped. */
export async function main(argv: readonly string[]): Promise<number> {
  const args = parsePreviewArgs(argv);
  if (typeof args === 'string') {
    console.error(`preview: ${args}\n${USAGE}`);
    return 2;
  }
  const sidebarFile = join(__dirname, 'sidebar.html');
  if (!existsSync(sidebarFile)) {
    console.error(`preview: ${sidebarFile} is missing: run npm run build first.`);
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
      console.error(`${e.text.id}\n${e.text.en}`);
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
        ? `Port ${args.port} sedang dipakai: coba --port ${args.port + 1}. (Port ${args.port} is in use.)`
        : `preview: ${e instanceof Error ? e.message : String(e)}`,
    );
    return 2;
  }
  console.log(
    `Pratinjau Buku Kelompok: http://127.0.0.1:${port}/\n` +
      `Buku ${file} disimpan setelah setiap tindakan (saved after every action). Ctrl+C untuk berhenti.`,
  );
  return 0;
}

if (require.main === module) {
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
