// Audit (3 December): the preview saves the book file "after every action (a fix, a generated tab)"
// and "reading actions simply show the new content" (README, The sidebar and its local preview).
// Its list of calls that leave the book as it is (src/local/previewServer.ts, leavesBookAsIs) lacks
// getMessages and getMembers: pressing "Tampilkan pesan tagihan minggu ini", or searching a member,
// rewrites the book file, fails when it cannot be saved (a file held open elsewhere: EBUSY) and is
// refused with file.changed after another program saved the book, where getOverview shows it.
import type { Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SidebarApi } from '../../src/core/api/types';
import type { Workbook } from '../../src/core/workbook';
import type { PreviewBook } from '../../src/local/previewBook';
import { createPreviewServer, listen } from '../../src/local/previewServer';
import { postToPreview } from './previewPost';

const TOKEN = 'a1b2c3';

const call = (port: number, name: string, body: string) => postToPreview(port, TOKEN, name, body);

describe('the preview: reading calls do not save the book', () => {
  let server: Server;
  let port: number;
  const saves: string[] = [];
  let failSave = false;
  let changedOnDisk = false;
  const ok = <T>(data: T) => ({ ok: true as const, data });
  const api = {
    getOverview: () => ok('overview'),
    getMessages: () => ok({ items: [], offset: 0, total: 0 }),
    getMembers: () => ok({ items: [], offset: 0, total: 0 }),
  } as unknown as SidebarApi;
  const book: PreviewBook = {
    title: 'buku.xlsx',
    api,
    workbook: {} as Workbook,
    selection: () => null,
    // Another program saved the book since the preview read it (once: it is then read again).
    reloadIfChanged: async () => {
      const changed = changedOnDisk;
      changedOnDisk = false;
      return changed;
    },
    save: async () => {
      if (failSave) throw new Error('EBUSY: resource busy or locked');
      saves.push('saved');
    },
  };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preview-reads-'));
    const sidebarFile = join(dir, 'sidebar.html');
    writeFileSync(sidebarFile, '<p>sidebar</p>');
    server = createPreviewServer(book, { sidebarFile, token: TOKEN });
    port = await listen(server, 0);
  });
  afterAll(() => new Promise((r) => server.close(r)));

  test.each([
    ['getMessages', '[0]'],
    ['getMembers', '[0,"siti"]'],
  ])('%s is answered without writing the file', async (name, body) => {
    saves.length = 0;
    expect(await call(port, name, body)).toMatchObject({ ok: true });
    expect(saves).toEqual([]);
  });

  test.each([
    ['getMessages', '[0]'],
    ['getMembers', '[0,"siti"]'],
  ])('%s is answered while the file cannot be written (held open elsewhere)', async (name, body) => {
    failSave = true;
    try {
      expect(await call(port, name, body)).toMatchObject({ ok: true });
    } finally {
      failSave = false;
    }
  });

  test.each([
    ['getOverview', '[]'],
    ['getMessages', '[0]'],
    ['getMembers', '[0,"siti"]'],
  ])('%s after another program saved the book shows it, as a reading action', async (name, body) => {
    changedOnDisk = true;
    expect(await call(port, name, body)).toMatchObject({ ok: true });
  });
});
