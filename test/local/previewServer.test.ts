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

function call(
  port: number,
  method: string,
  path: string,
  body = '',
  host = `127.0.0.1:${port}`,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { host } }, (res) => {
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
    save: async () => {
      if (failSave) throw new Error('EBUSY: resource busy or locked');
      saves.push('saved');
    },
  };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preview-'));
    const sidebarFile = join(dir, 'sidebar.html');
    writeFileSync(sidebarFile, '<p>sidebar</p>');
    server = createPreviewServer(book, { sidebarFile });
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
      body: '<p>sidebar</p>',
    });
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
});
