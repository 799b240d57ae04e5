import type { Server } from 'node:http';
import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SidebarApi } from '../../src/core/api/types';
import type { Workbook } from '../../src/core/workbook';
import { bookSnapshot, shownCell } from '../../src/local/bookSnapshot';
import type { PreviewBook } from '../../src/local/previewBook';
import { createPreviewServer, listen } from '../../src/local/previewServer';

const TOKEN = 'a1b2c3';

/** A request as the preview's own page makes it: its origin, the token, JSON. */
function call(
  port: number,
  method: string,
  path: string,
  body = '',
  host = `127.0.0.1:${port}`,
  headers: Record<string, string> = {
    origin: `http://${host}`,
    'x-buku-kelompok-token': TOKEN,
    'content-type': 'application/json',
  },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { host, ...headers } }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const workbook: Workbook = {
  tabNames: () => ['Anggota', 'Pemeriksaan'],
  readTab: (n) =>
    n === 'Anggota' ? [['ID', 'Nama', 'Masuk'], ['A1', '<b>x</b>', { date: '2026-01-05' }], [12]] : [],
  isGenerated: (n) => n === 'Pemeriksaan',
  writeGenerated: () => undefined,
  writeCell: () => undefined,
  createInputTab: () => undefined,
};

describe('bookSnapshot', () => {
  test('cells as a sheet shows them, rows padded, generated tabs marked', () => {
    expect(shownCell({ date: '2026-01-05' })).toBe('05/01/2026');
    expect(shownCell(1500000)).toBe('1500000');
    expect(shownCell(null)).toBe('');
    expect(shownCell(true)).toBe('true');
    const snap = bookSnapshot(workbook, { tab: 'Anggota', row: 2, col: 2 });
    expect(snap.tabs[0]).toEqual({
      name: 'Anggota',
      generated: false,
      rows: [
        ['ID', 'Nama', 'Masuk'],
        ['A1', '<b>x</b>', '05/01/2026'],
        ['12', '', ''],
      ],
    });
    expect(snap.tabs[1]).toEqual({ name: 'Pemeriksaan', generated: true, rows: [] });
    expect(snap.selected).toEqual({ tab: 'Anggota', row: 2, col: 2 });
  });
});

describe('preview server', () => {
  let server: Server;
  let port: number;
  const saves: string[] = [];
  let failSave = false;
  const ok = <T>(data: T) => ({ ok: true as const, data });
  const api = {
    getOverview: () => ok('overview'),
    runChecks: () => ok('checked'),
    goToCell: (...a: unknown[]) => ok(a),
    applyFix: () => {
      throw new Error('boom\n    at secret (x.js:1:1)');
    },
  } as unknown as SidebarApi;
  const book: PreviewBook = {
    title: 'buku <demo>.xlsx',
    api,
    workbook,
    selection: () => null,
    reloadIfChanged: async () => false,
    save: async () => {
      if (failSave) throw new Error('EBUSY: resource busy or locked');
      saves.push('saved');
    },
  };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preview-'));
    const sidebarFile = join(dir, 'sidebar.html');
    writeFileSync(sidebarFile, '<p>sidebar</p>');
    server = createPreviewServer(book, { sidebarFile, token: TOKEN });
    port = await listen(server, 0);
  });
  afterAll(() => new Promise((r) => server.close(r)));

  test('serves the page with the title escaped, and the sidebar file as is', async () => {
    const page = await call(port, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('buku &#60;demo&#62;.xlsx');
    expect(page.body).toContain('<iframe id="sidebar" src="/sidebar.html"');
    await expect(call(port, 'GET', '/sidebar.html')).resolves.toEqual({
      status: 200,
      body: `<meta name="buku-kelompok-token" content="${TOKEN}"><p>sidebar</p>`,
    });
    // The page's script sends the token for /book; no other site may frame the page.
    expect(page.body).toContain(`'x-buku-kelompok-token': '${TOKEN}'`);
    expect((await call(port, 'GET', '/nothing')).status).toBe(404);
  });

  test('POST /api/<name> calls the API with the JSON arguments; a write is saved, a read is not', async () => {
    saves.length = 0;
    const r = await call(port, 'POST', '/api/goToCell', '["Anggota",2,3]');
    expect(JSON.parse(r.body)).toEqual({ ok: true, data: ['Anggota', 2, 3] });
    expect(saves).toEqual([]);
    expect(JSON.parse((await call(port, 'POST', '/api/runChecks', '[]')).body)).toEqual(ok('checked'));
    expect(saves).toEqual(['saved']);
  });

  test('a failed save, a throwing call, bad JSON, an unknown name: readable errors, no stack', async () => {
    failSave = true;
    const saved = JSON.parse((await call(port, 'POST', '/api/runChecks', '[]')).body);
    failSave = false;
    expect(saved.ok).toBe(false);
    expect(saved.error.code).toBe('file.save');
    expect(saved.error.message.en).toContain('EBUSY');
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const thrown = await call(port, 'POST', '/api/applyFix', '["x"]');
    spy.mockRestore();
    expect(JSON.parse(thrown.body).error.code).toBe('internal');
    expect(thrown.body).not.toContain('secret');
    expect(JSON.parse((await call(port, 'POST', '/api/runChecks', '{"a":1}')).body).error.code).toBe(
      'request.invalid',
    );
    const unknown = await call(port, 'POST', '/api/constructor', '[]');
    expect(unknown.status).toBe(404);
    expect((await call(port, 'GET', '/api/runChecks')).status).toBe(405);
  });

  test('only this machine, by its own name (DNS rebinding)', async () => {
    expect((await call(port, 'GET', '/', '', 'evil.example:80')).status).toBe(403);
    expect((await call(port, 'GET', '/', '', `localhost:${port}`)).status).toBe(200);
  });

  test('GET /book: the snapshot of the tabs', async () => {
    const r = await call(port, 'GET', '/book');
    expect(JSON.parse(r.body).tabs.map((t: { name: string }) => t.name)).toEqual(['Anggota', 'Pemeriksaan']);
  });

  test('without the page’s origin, the token and a JSON body, nothing is called or saved', async () => {
    saves.length = 0;
    const calls = jest.spyOn(api, 'runChecks');
    const origin = `http://127.0.0.1:${port}`;
    const json = 'application/json';
    for (const headers of [
      {},
      { origin: 'http://127.0.0.1:9999', 'x-buku-kelompok-token': TOKEN, 'content-type': json },
      { origin: 'null', 'x-buku-kelompok-token': TOKEN, 'content-type': json },
      { origin, 'content-type': json },
      { origin, 'x-buku-kelompok-token': 'a1b2c4', 'content-type': json },
      { origin, 'x-buku-kelompok-token': TOKEN, 'content-type': 'text/plain' },
    ] as Record<string, string>[]) {
      const r = await call(port, 'POST', '/api/runChecks', '[]', `127.0.0.1:${port}`, headers);
      expect(r.status).toBe(403);
      expect(JSON.parse(r.body).error).toEqual({
        code: 'request.forbidden',
        message: {
          id: 'Permintaan ini tidak datang dari halaman pratinjau; tidak ada yang diubah. Buka pratinjau dari alamat yang dicetak saat mulai.',
          en: 'This request did not come from the preview page; nothing was changed. Open the preview at the address printed when it started.',
        },
      });
    }
    expect((await call(port, 'GET', '/book', '', `127.0.0.1:${port}`, {})).status).toBe(403);
    expect(calls).not.toHaveBeenCalled();
    expect(saves).toEqual([]);
    calls.mockRestore();
  });

  test('a body over 1 MB is answered 413, with or without its length said first', async () => {
    const big = `["${'x'.repeat(2 << 20)}"]`;
    const sized = await call(port, 'POST', '/api/goToCell', big);
    expect(sized.status).toBe(413);
    expect(JSON.parse(sized.body).error).toEqual({
      code: 'request.tooLarge',
      message: {
        id: 'Permintaan lebih dari 1 MB; tidak ada yang diubah.',
        en: 'The request is over 1 MB; nothing was changed.',
      },
    });
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/goToCell',
          headers: {
            origin: `http://127.0.0.1:${port}`,
            'x-buku-kelompok-token': TOKEN,
            'content-type': 'application/json',
            'transfer-encoding': 'chunked',
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 8; i += 1) req.write('x'.repeat(256 << 10));
      req.end();
    });
    expect(chunked).toBe(413);
  });
});
