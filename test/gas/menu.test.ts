// onOpen and onInstall from the built bundle build the add-on menu, in AuthMode.NONE.
import { readFileSync } from 'node:fs';
import { bundlePath, loadBundle } from './loadBundle';

function fakeUi() {
  const calls: string[] = [];
  const menu = {
    addItem(label: string, fn: string) {
      calls.push(`item:${label}->${fn}`);
      return menu;
    },
    addSeparator() {
      calls.push('separator');
      return menu;
    },
    addToUi() {
      calls.push('addToUi');
    },
  };
  const ui = {
    createAddonMenu() {
      calls.push('createAddonMenu');
      return menu;
    },
    alert(msg: string) {
      calls.push(`alert:${msg}`);
    },
  };
  return { calls, SpreadsheetApp: { getUi: () => ui } };
}

describe('dist/Code.js entry points', () => {
  it('declares onOpen and onInstall as top-level functions', () => {
    const code = readFileSync(bundlePath, 'utf8');
    expect(code).toMatch(/^function onOpen\(/m);
    expect(code).toMatch(/^function onInstall\(/m);
  });

  it.each(['onOpen', 'onInstall'])('%s builds the add-on menu', (entry) => {
    const fake = fakeUi();
    const gas = loadBundle({ SpreadsheetApp: fake.SpreadsheetApp });
    gas[entry]!({ authMode: 'NONE' });
    expect(fake.calls[0]).toBe('createAddonMenu');
    expect(fake.calls).toContain('item:Buka Panel->menuOpenSidebar');
    expect(fake.calls).toContain('item:Periksa Data->menuRunChecks');
    expect(fake.calls).toContain('item:Buat Jurnal Minggu Ini->menuJournalThisWeek');
    expect(fake.calls).toContain('item:Buat RUK Tahun Ini->menuPlanThisYear');
    expect(fake.calls).toContain('item:Buat Saprodi Musim Terakhir->menuSaprodiLatest');
    expect(fake.calls[fake.calls.length - 1]).toBe('addToUi');
    // Every menu handler is itself a top-level function of the bundle.
    for (const call of fake.calls.filter((c) => c.startsWith('item:'))) {
      const handler = call.split('->')[1]!;
      expect(typeof gas[handler]).toBe('function');
    }
  });
});

describe('the member money items', () => {
  it('name no year (the menu lives from the opening of the book), and run their actions from the menu', () => {
    const fake = fakeUi();
    const gas = loadBundle({ SpreadsheetApp: fake.SpreadsheetApp });
    gas.onOpen!({ authMode: 'NONE' });
    const items = fake.calls.filter((c) => c.startsWith('item:'));
    expect(items.slice(-4)).toEqual([
      'item:Buat Kartu Semua Anggota->menuAllMemberCards',
      'item:Hitung SHU Tahun Lalu->menuShuLastYear',
      'item:Hitung SHU Tahun Ini->menuShuThisYear',
      'item:Bantuan->menuHelp',
    ]);
  });
});
